import Testing
@testable import BriefingCore

@Suite("The malloc arena limit of an index build")
struct MallocArenasTests {
    /// The first version compiled to nothing: its C file tested `__GLIBC__` before including any
    /// header that defines it, and every build ran with glibc's default arenas.
    @Test func theLimitReachesGlibc() {
        #if os(Linux)
        #expect(MallocArenas.set(8))
        #endif
    }
}
