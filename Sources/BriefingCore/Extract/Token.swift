/// One token of article text, addressed by UTF-8 byte offsets into the article's `text`.
///
/// Extraction works on tokens rather than `String`s: a word carries the hash of its lowercase
/// form, so lexicon lookups (speech verbs, titles, weekdays) cost one integer compare and no
/// allocation. That is what keeps statement extraction above 30 MB/s.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        /// Letters, digits, inner apostrophes, hyphens and abbreviation dots ("U.S.", "don't").
        case word
        /// Digits, possibly with `,` `.` inside ("4.2", "10,000").
        case number
        /// One punctuation character (`,` `.` `:` `(` `—` …), stored in `mark`.
        case punctuation
        /// A quotation mark; `mark` holds the code point, `quoteRole` how it may be used.
        case quote
        /// A blank line: the boundary between two paragraphs.
        case paragraphBreak
    }

    /// How a quotation mark can be used, from its shape and neighbours.
    public enum QuoteRole: UInt8, Sendable {
        case opening, closing, either, none
    }

    // Stored widest first: 32 bytes a token.
    /// FNV-1a of the lowercase ASCII-folded word (words and numbers); 0 otherwise.
    public var hash: UInt64
    /// Byte offsets: `start..<end`.
    public var start: Int32
    public var end: Int32
    /// The code point of a punctuation or quote token.
    public var mark: UInt32
    /// The extractor's word lists the word is in (``WordClasses``); 0 for other tokens.
    public var classes: UInt32
    public var kind: Kind
    public var quoteRole: QuoteRole
    /// First letter is uppercase.
    public var isCapitalized: Bool
    /// Every letter is uppercase (and there are at least two).
    public var isAllCaps: Bool
    /// Whitespace precedes the token (or it starts the text).
    public var spaceBefore: Bool
    /// A line break (not a paragraph break) precedes the token.
    public var newlineBefore: Bool

    public init(kind: Kind, start: Int32, end: Int32, hash: UInt64, mark: UInt32, classes: UInt32 = 0, quoteRole: QuoteRole,
                isCapitalized: Bool, isAllCaps: Bool, spaceBefore: Bool, newlineBefore: Bool) {
        self.hash = hash
        self.start = start
        self.end = end
        self.mark = mark
        self.classes = classes
        self.kind = kind
        self.quoteRole = quoteRole
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.spaceBefore = spaceBefore
        self.newlineBefore = newlineBefore
    }

    public var range: Range<Int> { Int(start)..<Int(end) }
    public var length: Int { Int(end - start) }

    public func isMark(_ scalar: Unicode.Scalar) -> Bool { mark == scalar.value }
}

/// Hashing used for tokens and lexicons alike.
public enum WordHash {
    @inline(__always)
    public static func fold(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        var b = byte
        if b >= 0x41 && b <= 0x5A { b |= 0x20 }
        return FNV1a.add(hash, b)
    }

    public static let seed: UInt64 = FNV1a.offsetBasis

    /// The hash of a word as the tokenizer computes it (lowercase, curly apostrophes as `'`).
    public static func of(_ word: String) -> UInt64 {
        var h = seed
        for scalar in word.unicodeScalars {
            if scalar == "\u{2019}" { h = fold(h, UInt8(ascii: "'")); continue }
            for b in String(scalar).utf8 { h = fold(h, b) }
        }
        return h
    }

    public static func set(_ words: [String]) -> WordSet { WordSet(words.map(of)) }
}
