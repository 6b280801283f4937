/// A set of word hashes with an open-addressing table indexed by the hash itself.
///
/// Token hashes are already uniform (FNV-1a), so rehashing them through `Hasher` — what
/// `Set<UInt64>` does — would be wasted work in the innermost loops of extraction.
public struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private var slots: [UInt64]
    private let mask: Int
    private var members: [UInt64]

    public init(_ hashes: some Sequence<UInt64>) {
        let unique = Array(Set(hashes))
        var capacity = 16
        while capacity < unique.count * 3 { capacity <<= 1 }
        mask = capacity - 1
        slots = Array(repeating: 0, count: capacity)
        members = unique
        for hash in unique where hash != 0 {
            var i = Int(truncatingIfNeeded: hash) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = hash
        }
    }

    public init(arrayLiteral elements: UInt64...) { self.init(elements) }

    @inline(__always)
    public func contains(_ hash: UInt64) -> Bool {
        if hash == 0 { return false }
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[i]
            if slot == hash { return true }
            if slot == 0 { return false }
            i = (i + 1) & mask
        }
    }

    public func makeIterator() -> IndexingIterator<[UInt64]> { members.makeIterator() }
}

/// A map from word hashes to values, like ``WordSet``.
public struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    public init(_ dictionary: [UInt64: Value]) {
        var capacity = 16
        while capacity < dictionary.count * 3 { capacity <<= 1 }
        mask = capacity - 1
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        for (hash, value) in dictionary where hash != 0 {
            var i = Int(truncatingIfNeeded: hash) & mask
            while keys[i] != 0 && keys[i] != hash { i = (i + 1) & mask }
            keys[i] = hash
            values[i] = value
        }
    }

    public init(dictionaryLiteral elements: (UInt64, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }

    /// The hashes the map holds.
    public var words: [UInt64] { keys.filter { $0 != 0 } }

    @inline(__always)
    public subscript(hash: UInt64) -> Value? {
        if hash == 0 { return nil }
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let key = keys[i]
            if key == hash { return values[i] }
            if key == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}

/// A ``WordMap`` behind a 4 KB bit filter on the hashes' high bits: most words of a text are in
/// none of a word list's entries, and each would probe the table at a random place (a cache miss
/// in a table of tens of KB); the filter tells them apart with one load that stays in the L1 cache.
public struct FilteredWordMap<Value: Sendable>: Sendable {
    private let filter: [UInt64]
    private let map: WordMap<Value>

    public init(_ map: WordMap<Value>) {
        var filter = [UInt64](repeating: 0, count: 512)
        for hash in map.words { filter[Self.word(hash)] |= Self.bit(hash) }
        self.filter = filter
        self.map = map
    }

    @inline(__always) private static func word(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 46) & 511 }
    @inline(__always) private static func bit(_ hash: UInt64) -> UInt64 { 1 << ((hash >> 40) & 63) }

    @inline(__always)
    public subscript(hash: UInt64) -> Value? {
        guard filter[Self.word(hash)] & Self.bit(hash) != 0 else { return nil }
        return map[hash]
    }
}
