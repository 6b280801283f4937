import Foundation

/// Words as the index sees them: FTS5's `unicode61` tokenizer with `remove_diacritics 2`, then
/// the Porter stemmer. Used to build safe MATCH patterns, to search in memory, and to mark the
/// matched words in snippets, so all three agree on what a word is.
public enum SearchText {
    /// One word of a text: its folded form (lowercase, diacritics removed) and its UTF-8 byte
    /// range in the text.
    public struct Word: Sendable, Equatable {
        public var folded: String
        public var range: Range<Int>
        public var stem: String { PorterStemmer.stem(folded) }
    }

    /// The words of `text`: maximal runs of letters, digits and private-use characters.
    public static func words(_ text: String) -> [Word] {
        var words: [Word] = []
        var current = ""
        var start = -1
        var offset = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            if isWordScalar(scalar) {
                if start < 0 { start = offset }
                appendFolded(scalar, to: &current)
            } else if start >= 0 {
                words.append(Word(folded: current, range: start..<offset))
                current = ""
                start = -1
            }
            offset += width
        }
        if start >= 0 { words.append(Word(folded: current, range: start..<offset)) }
        return words
    }

    /// Indices of the `words` that `terms` match: stemmed, a phrase only as a whole, a prefix
    /// term by its start.
    static func marked(_ words: [Word], by terms: [SearchTerm]) -> Set<Int> {
        let termStems = terms.map(StemmedExpression.stems)
        // A Porter stem keeps its word's first letter: only words starting like some term's word
        // need stemming.
        let initials = Set(termStems.flatMap { $0.compactMap(\.utf8.first) })
        let stems = words.map { word in word.folded.utf8.first.map(initials.contains) == true ? word.stem : "" }
        var marked = Set<Int>()
        for (term, termStems) in zip(terms, termStems) {
            for start in StemmedExpression.positions(of: termStems, prefix: term.isPrefix, in: stems) {
                marked.formUnion(start..<(start + termStems.count))
            }
        }
        return marked
    }

    /// UTF-8 byte ranges of the words of `text` that `terms` match, in order: what the browser
    /// highlights, matched exactly as the index matches.
    public static func matchedRanges(of terms: [SearchTerm], in text: String) -> [Range<Int>] {
        guard !terms.isEmpty else { return [] }
        let words = words(text)
        return marked(words, by: terms).sorted().map { words[$0].range }
    }

    /// Folded words only (for query terms).
    public static func foldedWords(_ text: String) -> [String] { words(text).map(\.folded) }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return true
        default:
            return false
        }
    }

    static func appendFolded(_ scalar: Unicode.Scalar, to out: inout String) {
        let v = scalar.value
        if v < 0x80 {
            out.unicodeScalars.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : scalar)
            return
        }
        let folded = String(scalar).lowercased().folding(options: .diacriticInsensitive, locale: nil)
        for s in folded.unicodeScalars where !s.properties.isDiacritic || isWordScalar(s) { out.unicodeScalars.append(s) }
    }
}
