import CMallocArenas
import Foundation

/// How many malloc arenas the process may use. glibc gives each thread that meets a busy arena
/// one of its own, up to eight per core, each reserving 64 MB of address space and keeping what
/// its thread freed for itself: an index build's extraction threads leave their arenas holding
/// memory the writer cannot reuse. Two arenas (one per core here) cost no measured build time;
/// under an address-space limit (`ulimit -v`) one, whose reservation is the one thing that still
/// counts: a 3,000-article first build then completes within 400 MB, where the default needed 650
/// and two arenas 500 (about 15% slower than two, only when a limit is set).
public enum MallocArenas {
    /// The arenas `briefing` allows without an address-space limit.
    public static let maximum: Int32 = 2

    /// Sets the limit; call first thing in `main`, before any thread starts. `MALLOC_ARENA_MAX`
    /// in the environment still wins.
    public static func limit() {
        guard getenv("MALLOC_ARENA_MAX") == nil else { return }
        var limit = rlimit()
        let bounded = getrlimit(Int32(RLIMIT_AS.rawValue), &limit) == 0 && limit.rlim_cur != rlim_t.max
        set(bounded ? 1 : maximum)
    }

    /// Sets glibc's arena limit; false where the C library has none (or refused it).
    @discardableResult
    static func set(_ arenas: Int32) -> Bool { briefing_limit_malloc_arenas(arenas) == 1 }
}
