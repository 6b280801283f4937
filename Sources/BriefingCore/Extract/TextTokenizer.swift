/// Splits article text into ``Token``s in one pass over its UTF-8 bytes.
///
/// Words keep inner apostrophes (`don't`, `Korsland’s`), hyphens (`Putin-Zelensky`) and
/// abbreviation dots (`U.S.`, `a.m.`); a trailing dot stays punctuation unless the word is a known
/// abbreviation or a single capital initial, which the sentence splitter decides, not here.
/// Quotation marks are classified by shape and by the characters around them.
///
/// - Complexity: O(n) in the text's UTF-8 length.
public enum TextTokenizer {
    public static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        let n = bytes.count
        var i = 0
        var spaceBefore = true
        var newlineBefore = false
        var newlines = 0

        @inline(__always) func isWordByte(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
        }
        /// Length of a multi-byte scalar that is punctuation, a quote or a space; 0 when the bytes
        /// at `j` start a letter (or anything we treat as one).
        func specialScalar(at j: Int) -> (length: Int, scalar: UInt32, kind: UInt8) {
            let b = bytes[j]
            if b == 0xC2 && j + 1 < n {
                switch bytes[j + 1] {
                case 0xA0: return (2, 0xA0, 0) // no-break space
                case 0xAB: return (2, 0xAB, 2) // «
                case 0xBB: return (2, 0xBB, 2) // »
                case 0xA7, 0xB6, 0xB7, 0xBF, 0xA1: return (2, UInt32(bytes[j + 1]), 1)
                default: return (0, 0, 0)
                }
            }
            if b == 0xE2 && j + 2 < n && bytes[j + 1] == 0x80 {
                let c = bytes[j + 2]
                let scalar = 0x2000 + UInt32(c - 0x80)
                switch c {
                case 0x98, 0x99, 0x9A, 0x9C, 0x9D, 0x9E, 0xB9, 0xBA: return (3, scalar, 2) // ‘ ’ ‚ “ ” „ ‹ ›
                // The horizontal bar ― serves as a dash: read it as —.
                case 0x95: return (3, 0x2014, 1)
                case 0x93, 0x94, 0xA6, 0xA2, 0xB2, 0xB3: return (3, scalar, 1) // – — … • ′ ″
                case 0x80...0x8B, 0xAF: return (3, scalar, 0) // spaces
                case 0x8C, 0x8D: return (3, scalar, 3) // ZWNJ/ZWJ: part of word
                default: return (0, 0, 0)
                }
            }
            if b == 0xE3 && j + 2 < n && bytes[j + 1] == 0x80 && bytes[j + 2] == 0x80 { return (3, 0x3000, 0) }
            if b == 0xEF && j + 2 < n && bytes[j + 1] == 0xBB && bytes[j + 2] == 0xBF { return (3, 0xFEFF, 0) }
            return (0, 0, 0)
        }

        /// `'s` or `’s` at `j`, not followed by a letter.
        func isPossessive(at j: Int) -> Bool {
            if bytes[j] == 0x27 {
                guard j + 1 < n, bytes[j + 1] | 0x20 == 0x73 else { return false }
                return j + 2 >= n || !(isWordByte(bytes[j + 2]) || bytes[j + 2] >= 0xC3 && bytes[j + 2] < 0xE0)
            }
            if bytes[j] == 0xE2, j + 3 < n, bytes[j + 1] == 0x80, bytes[j + 2] == 0x99, bytes[j + 3] | 0x20 == 0x73 {
                return j + 4 >= n || !(isWordByte(bytes[j + 4]) || bytes[j + 4] >= 0xC3 && bytes[j + 4] < 0xE0)
            }
            return false
        }
        let possessiveHash = WordHash.of("'s")
        let classTable = WordClasses.lookup

        while i < n {
            let b = bytes[i]
            // Whitespace
            if b == 0x20 || b == 0x09 || b == 0x0D {
                spaceBefore = true
                i += 1
                continue
            }
            if b == 0x0A {
                newlines += 1
                spaceBefore = true
                i += 1
                if newlines == 2 {
                    tokens.append(Token(kind: .paragraphBreak, start: Int32(i - 1), end: Int32(i), hash: 0, mark: 0x0A,
                                        quoteRole: .none, isCapitalized: false, isAllCaps: false, spaceBefore: true, newlineBefore: true))
                }
                if newlines == 1 { newlineBefore = true }
                continue
            }
            var special = (length: 0, scalar: UInt32(0), kind: UInt8(0))
            if b >= 0x80 {
                special = specialScalar(at: i)
                if special.length > 0 && special.kind == 0 {
                    spaceBefore = true
                    i += special.length
                    continue
                }
            }
            defer { newlines = 0 }
            if isWordByte(b) || (b >= 0x80 && special.length == 0) || special.kind == 3 {
                // A word or number.
                let start = i
                var hash = WordHash.seed
                var letters = 0
                var uppers = 0
                var digits = 0
                var firstUpper = false
                var first = true
                while i < n {
                    // A run of lowercase ASCII letters, most of every text, in a loop of its own
                    // (the hash is FNV-1a as `WordHash.fold` computes it: no case to fold here).
                    if bytes[i] &- 0x61 <= 0x19 {
                        var j = i
                        repeat {
                            hash = (hash ^ UInt64(bytes[j])) &* FNV1a.prime
                            j &+= 1
                        } while j < n && bytes[j] &- 0x61 <= 0x19
                        letters &+= j &- i
                        first = false
                        i = j
                        if i == n { break }
                    }
                    let c = bytes[i]
                    // A possessive or contracted "'s" becomes a token of its own ("Trump", "'s").
                    if (c == 0x27 || c == 0xE2) && letters + digits > 0 && isPossessive(at: i) { break }
                    if c >= 0x80 {
                        let s = specialScalar(at: i)
                        if s.length > 0 && s.kind != 3 {
                            // Curly apostrophe between letters stays inside the word.
                            if s.scalar == 0x2019, i + 3 < n, isWordByte(bytes[i + 3]) || bytes[i + 3] >= 0xC3 && bytes[i + 3] < 0xE0, letters > 0 {
                                hash = WordHash.fold(hash, 0x27)
                                i += 3
                                continue
                            }
                            break
                        }
                        // A multi-byte letter: hash its bytes as they are; count as a letter.
                        let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
                        // Uppercase Latin-1 letters (À–Þ) start with C3 80–9E.
                        if c == 0xC3 && i + 1 < n && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9E {
                            uppers += 1
                            if first { firstUpper = true }
                        }
                        var k = 0
                        while k < length && i < n { hash = WordHash.fold(hash, bytes[i]); i += 1; k += 1 }
                        letters += 1
                        first = false
                        continue
                    }
                    if isWordByte(c) {
                        if c >= 0x41 && c <= 0x5A { uppers += 1; if first { firstUpper = true } }
                        if c >= 0x30 && c <= 0x39 { digits += 1 } else { letters += 1 }
                        hash = WordHash.fold(hash, c)
                        first = false
                        i += 1
                        continue
                    }
                    // Inner punctuation that belongs to the word when a word byte follows.
                    if (c == 0x27 || c == 0x2D || c == 0x2E || c == 0x2C || c == 0x26 || c == 0x2F) && i + 1 < n {
                        let next = bytes[i + 1]
                        let nextIsWord = isWordByte(next) || (next >= 0xC3 && next < 0xE0)
                        if c == 0x2C || c == 0x2F {
                            // "10,000" and "24/7": only between digits.
                            if digits > 0 && letters == 0 && next >= 0x30 && next <= 0x39 { hash = WordHash.fold(hash, c); i += 1; continue }
                            break
                        }
                        if c == 0x2E {
                            // "4.2", "U.S.", "a.m." — a dot between word bytes, or after a single letter in an initialism.
                            if nextIsWord && (digits > 0 ? next >= 0x30 && next <= 0x39 : (i - start) <= 2 || bytes[i - 2] == 0x2E) {
                                hash = WordHash.fold(hash, c); i += 1; continue
                            }
                            if letters > 0 && digits == 0 && i >= start + 2 && bytes[i - 2] == 0x2E {
                                // Final dot of an initialism ("U.S.") stays in the word.
                                hash = WordHash.fold(hash, c); i += 1
                            }
                            break
                        }
                        if c == 0x26 { if uppers > 0 && isWordByte(next) { hash = WordHash.fold(hash, c); i += 1; continue }; break }
                        if nextIsWord { hash = WordHash.fold(hash, c); i += 1; continue }
                    }
                    break
                }
                let isNumber = digits > 0 && letters == 0
                tokens.append(Token(kind: isNumber ? .number : .word, start: Int32(start), end: Int32(i), hash: hash, mark: 0,
                                    classes: isNumber ? 0 : classTable[hash] ?? 0, quoteRole: .none, isCapitalized: firstUpper, isAllCaps: uppers >= 2 && uppers == letters,
                                    spaceBefore: spaceBefore, newlineBefore: newlineBefore))
                spaceBefore = false
                newlineBefore = false
                if i < n, isPossessive(at: i) {
                    let length = bytes[i] == 0x27 ? 2 : 4
                    tokens.append(Token(kind: .word, start: Int32(i), end: Int32(i + length), hash: possessiveHash, mark: 0,
                                        classes: classTable[possessiveHash] ?? 0, quoteRole: .none, isCapitalized: false, isAllCaps: false, spaceBefore: false, newlineBefore: false))
                    i += length
                }
                continue
            }
            // Punctuation or quote.
            let length = special.length > 0 ? special.length : (b >= 0x80 ? (b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2) : 1)
            let scalar = special.length > 0 ? special.scalar : UInt32(b)
            var token = Token(kind: .punctuation, start: Int32(i), end: Int32(min(n, i + length)), hash: 0, mark: scalar,
                              quoteRole: .none, isCapitalized: false, isAllCaps: false, spaceBefore: spaceBefore, newlineBefore: newlineBefore)
            if scalar == 0x22 || scalar == 0x27 || special.kind == 2 || scalar == 0x60 || scalar == 0xB4 {
                token.kind = .quote
                token.quoteRole = role(of: scalar, at: i, length: length, bytes: bytes, spaceBefore: spaceBefore)
                if token.quoteRole == .none { token.kind = .punctuation }
            }
            tokens.append(token)
            i += length
            spaceBefore = false
            newlineBefore = false
        }
        return tokens
    }

    /// `s' ` or `s’ ` followed by a lowercase word: "the drivers' union", "the Smiths’ complaint".
    static func isPluralPossessive(at i: Int, length: Int, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0, bytes[i - 1] | 0x20 == 0x73 else { return false }
        let afterSpace = i + length + 1
        guard i + length < bytes.count, bytes[i + length] == 0x20, afterSpace < bytes.count else { return false }
        let b = bytes[afterSpace]
        guard b >= 0x61 && b <= 0x7A else { return false }
        // "…the Smiths' house" yes; "…for the Smiths,' she said" never reaches here (comma first).
        // A following speech verb or pronoun means the mark closes a quotation: "…for the drivers' he said" is rare.
        var end = afterSpace
        while end < bytes.count, bytes[end] >= 0x61 && bytes[end] <= 0x7A { end += 1 }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[afterSpace..<end]), as: UTF8.self)
        return !["said", "says", "she", "he", "they", "added", "asked", "told", "according", "wrote"].contains(word)
    }

    /// Whether a quotation mark can open, close, or both, from its shape and its neighbours.
    static func role(of scalar: UInt32, at i: Int, length: Int, bytes: UnsafeBufferPointer<UInt8>, spaceBefore: Bool) -> Token.QuoteRole {
        let n = bytes.count
        let next: UInt8 = i + length < n ? bytes[i + length] : 0x20
        let nextIsSpace = next == 0x20 || next == 0x0A || next == 0x09 || next == 0x0D
        let previous: UInt8 = i > 0 ? bytes[i - 1] : 0x20
        let previousIsOpening = previous == 0x28 || previous == 0x5B || previous == 0x2D || previous == 0x2F
        switch scalar {
        case 0x201C, 0xAB, 0x201E, 0x2039: return .opening
        // ” opening a line or following a space right before a word ("”Fear. I am afraid …” ―
        // Edwin Monroy", vox pops typed with one kind of mark) opens the quotation.
        case 0x201D: return spaceBefore && !nextIsSpace && (next >= 0x41 && next <= 0x5A || next >= 0x61 && next <= 0x7A || next >= 0x30 && next <= 0x39) ? .opening : .closing
        case 0xBB, 0x203A: return .closing
        case 0x2018, 0x201A: return .opening
        case 0x2019:
            // ’ closes a single quote unless it sits inside a word (caught by the tokenizer),
            // elides digits ("’90s") or marks a plural possessive ("the Smiths’ complaint").
            if next >= 0x30 && next <= 0x39 { return .none }
            if !spaceBefore && isPluralPossessive(at: i, length: length, bytes: bytes) { return .none }
            return spaceBefore ? .opening : .closing
        case 0x22, 0x60, 0xB4:
            if spaceBefore || previousIsOpening { return nextIsSpace ? .either : .opening }
            return nextIsSpace || next == 0x2C || next == 0x2E || next == 0x3B || next == 0x3A || next == 0x29 || next == 0x3F || next == 0x21 ? .closing : .either
        case 0x27:
            if next >= 0x30 && next <= 0x39 { return .none } // '90s
            if !spaceBefore && isPluralPossessive(at: i, length: length, bytes: bytes) { return .none }
            if spaceBefore || previousIsOpening { return nextIsSpace ? .none : .opening }
            if nextIsSpace || next == 0x2C || next == 0x2E || next == 0x3B || next == 0x3A || next == 0x29 || next == 0x3F || next == 0x21 || next == 0x22 || i + 1 >= n { return .closing }
            return .none
        default: return .none
        }
    }
}
