/// An article's text with its UTF-8 bytes and tokens, shared by every extraction step so the
/// text is tokenized once.
public struct TokenizedText: Sendable {
    public let text: String
    public let bytes: [UInt8]
    public let tokens: [Token]

    public init(_ text: String) {
        self.text = text
        let bytes = Array(text.utf8)
        self.bytes = bytes
        self.tokens = bytes.withUnsafeBufferPointer { TextTokenizer.tokenize($0) }
    }

    /// The text of a byte range.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    public func string(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return string(Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end))
    }

    /// Whether `range` holds at least `count` word tokens (read until it does: no array of them).
    func hasWords(_ range: Range<Int>, atLeast count: Int) -> Bool {
        var words = 0
        for k in range where tokens[k].kind == .word {
            words += 1
            if words >= count { return true }
        }
        return false
    }

    /// Whether the token at `index` is a word in a list of ``WordClasses``; false out of range.
    @inline(__always)
    func isIn(_ index: Int, _ classes: UInt32) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].classes & classes != 0
    }

    @inline(__always)
    public func hash(_ index: Int) -> UInt64 {
        index >= 0 && index < tokens.count ? tokens[index].hash : 0
    }

    /// Whether the token at `index` is an "-ly" word of five letters or more ("repeatedly",
    /// "flatly"): an adverb by its spelling, not "only" or "fly".
    @inline(__always)
    func isLyAdverb(_ index: Int) -> Bool {
        tokens[index].kind == .word && tokens[index].length > 4 && word(index, endsWith: "ly")
    }

    /// Whether the token at `index` ends with `suffix` (lowercase ASCII: "ly", "ed", "ing"),
    /// for telling adverbs, participles and gerunds by their spelling.
    @inline(__always)
    func word(_ index: Int, endsWith suffix: StaticString) -> Bool {
        let token = tokens[index]
        let n = suffix.utf8CodeUnitCount
        guard Int(token.length) > n else { return false }
        let end = Int(token.end)
        for j in 0..<n where bytes[end - n + j] != suffix.utf8Start[j] { return false }
        return true
    }

    /// Whether the word at `index` is written in capitals throughout ("SAY", "OFFICIALS"): the
    /// type of a headline or a kicker, not of running text.
    func isAllCapitals(_ index: Int) -> Bool {
        guard isWord(index) else { return false }
        let token = tokens[index]
        guard token.length > 1 else { return false }
        for i in Int(token.start)..<Int(token.end) where bytes[i] >= 0x61 && bytes[i] <= 0x7A { return false }
        return true
    }

    @inline(__always)
    public func isWord(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word
    }

    @inline(__always)
    public func isMark(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].mark == scalar.value && tokens[index].kind != .word
    }

    /// The integer value of a number token ("2025", "20"), or of a day with an ordinal suffix ("4th").
    public func integer(_ index: Int) -> Int? {
        guard index >= 0, index < tokens.count else { return nil }
        let token = tokens[index]
        guard token.kind == .number || token.kind == .word else { return nil }
        var value = 0
        var digits = 0
        var i = Int(token.start)
        while i < Int(token.end), bytes[i] >= 0x30, bytes[i] <= 0x39 {
            value = value * 10 + Int(bytes[i] - 0x30)
            digits += 1
            i += 1
            if digits > 6 { return nil }
        }
        guard digits > 0 else { return nil }
        if i < Int(token.end) {
            // Only ordinal suffixes may follow the digits.
            let suffix = String(decoding: bytes[i..<Int(token.end)], as: UTF8.self).lowercased()
            guard ["st", "nd", "rd", "th"].contains(suffix) else { return nil }
        }
        return value
    }

    /// The first token starting at or after `byte` (binary search); nil past the last token.
    func firstToken(atOrAfter byte: Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].start) < byte { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count ? lo : nil
    }
}

/// Converts many byte offsets of one text to code point offsets in one pass each direction.
public struct CodePointIndex: Sendable {
    private var checkpoints: [Int32] = [] // code points before each 64-byte block
    private let bytes: [UInt8]

    public init(_ text: String) {
        bytes = Array(text.utf8)
        checkpoints.reserveCapacity(bytes.count / 64 + 1)
        var count: Int32 = 0
        for (i, b) in bytes.enumerated() {
            if i % 64 == 0 { checkpoints.append(count) }
            if b & 0xC0 != 0x80 { count += 1 }
        }
        if bytes.count % 64 == 0 { checkpoints.append(count) }
    }

    public func codePoints(atByte offset: Int) -> Int {
        let clamped = max(0, min(offset, bytes.count))
        let block = clamped / 64
        var count = Int(checkpoints[min(block, checkpoints.count - 1)])
        var i = block * 64
        while i < clamped {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
