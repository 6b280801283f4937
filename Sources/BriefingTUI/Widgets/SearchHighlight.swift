/// The words of a search query worth highlighting, and where they occur in a text.
///
/// Matching is by word prefix on a rough stem ("guarantee" marks "guarantees", "ruled" marks
/// "rule"), case-insensitive: close to what the index's Porter stemmer matches, and only used to
/// mark words, never to decide results.
public enum SearchHighlight {
    /// Query words without operators, filters, exclusions or quotes, lowercased.
    public static func terms(of query: String) -> [String] {
        var terms: [String] = []
        for raw in query.split(whereSeparator: { $0 == " " || $0 == "\"" || $0 == "(" || $0 == ")" }) {
            if raw.hasPrefix("-") || raw.contains(":") || raw == "OR" || raw == "AND" || raw == "NOT" { continue }
            let word = raw.lowercased().filter { $0.isLetter || $0.isNumber }
            if word.isEmpty { continue }
            let stem = stem(word)
            if !terms.contains(stem) { terms.append(stem) }
        }
        return terms
    }

    static func stem(_ word: String) -> String {
        guard word.count > 4 else { return word }
        for suffix in ["ing", "ies", "es", "ed", "s", "e", "y"] where word.hasSuffix(suffix) && word.count - suffix.count >= 4 {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    /// UTF-8 byte ranges of words in `text` that begin with one of `terms`.
    public static func ranges(of terms: [String], in text: String) -> [Range<Int>] {
        guard !terms.isEmpty else { return [] }
        var ranges: [Range<Int>] = []
        var offset = 0
        var wordStart = -1
        var word = ""
        func close(at end: Int) {
            if wordStart >= 0, terms.contains(where: { word.hasPrefix($0) }) { ranges.append(wordStart..<end) }
            wordStart = -1
            word = ""
        }
        for scalar in text.unicodeScalars {
            let isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWord {
                if wordStart < 0 { wordStart = offset }
                word.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                close(at: offset)
            }
            offset += scalar.utf8.count
        }
        close(at: offset)
        return ranges
    }
}
