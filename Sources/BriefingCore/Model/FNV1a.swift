/// 64-bit FNV-1a, the hash of article ids, event ids and word keys: stable across processes and
/// platforms (Swift's `Hasher` is seeded per process), so ids derived from it are stored in indexes.
enum FNV1a {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always)
    static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    static func add(_ hash: UInt64, _ text: some StringProtocol) -> UInt64 {
        var hash = hash
        for byte in text.utf8 { hash = add(hash, byte) }
        return hash
    }
}
