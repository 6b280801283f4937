import CMallocArenas
import Foundation

/// How many malloc arenas the process may use. glibc gives each thread that meets a busy arena
/// one of its own, up to eight per core, each reserving 64 MB of address space and keeping what
/// its thread freed for itself: an index build's extraction threads leave their arenas holding
/// memory the writer cannot reuse. Two arenas (one per core here) keep a 3,000-article first
/// build within a 400 MB address-space limit (`ulimit -v`) where the default needed 650 MB, at
/// no measured cost in time.
public enum MallocArenas {
    /// The arenas `briefing` allows; `MALLOC_ARENA_MAX` in the environment still wins.
    public static let maximum: Int32 = 2

    /// Sets the limit; call first thing in `main`, before any thread starts.
    public static func limit() {
        if getenv("MALLOC_ARENA_MAX") == nil { _ = briefing_limit_malloc_arenas(maximum) }
    }
}
