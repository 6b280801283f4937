/// A short excerpt of a hit's text with the matched words marked, built the same way for
/// every store, so the browser and `briefing search` show the same thing.
public struct SearchSnippet: Sendable, Equatable {
    /// The excerpt on one line (newlines become spaces); "…" marks cut ends.
    public var text: String
    /// Matched words, as ranges of Unicode scalars of ``text``.
    public var matches: [Range<Int>]
    /// The first matched word in the source text, in UTF-8 bytes; nil when nothing matched.
    public var firstMatch: Range<Int>?

    /// Texts up to this many scalars are shown whole.
    public static let wholeLength = 240
    /// The window a longer text is cut to, in UTF-8 bytes (about), and the words kept before the
    /// first match.
    static let windowBytes = 200
    static let wordsBefore = 8

    public init(text: String, matches: [Range<Int>], firstMatch: Range<Int>?) {
        self.text = text
        self.matches = matches
        self.firstMatch = firstMatch
    }

    /// Marks the words of `text` that `terms` match (stemmed, phrases as a whole).
    public init(of text: String, marking terms: [SearchTerm]) {
        let words = SearchText.words(text)
        let marked = SearchText.marked(words, by: terms)
        let bytes = Array(text.utf8)
        let first = marked.min()
        var startByte = 0
        var endByte = bytes.count
        if text.unicodeScalars.count > SearchSnippet.wholeLength, !words.isEmpty {
            let from = max(0, (first ?? 0) - SearchSnippet.wordsBefore)
            startByte = from == 0 ? 0 : words[from].range.lowerBound
            var last = from
            while last + 1 < words.count && words[last + 1].range.upperBound - startByte <= SearchSnippet.windowBytes { last += 1 }
            endByte = max(words[last].range.upperBound, min(bytes.count, startByte + SearchSnippet.windowBytes))
            // Never cut inside a scalar.
            while endByte < bytes.count && bytes[endByte] & 0xC0 == 0x80 { endByte += 1 }
        }
        let lead = startByte > 0 ? "…" : ""
        var snippet = lead + String(decoding: bytes[startByte..<endByte], as: UTF8.self)
        if endByte < bytes.count { snippet += "…" }
        snippet = String(String.UnicodeScalarView(snippet.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
        // Scalar offsets of the marked words inside the window.
        var ranges: [Range<Int>] = []
        var scalarOffset = lead.unicodeScalars.count
        var byte = startByte
        func advance(to target: Int) {
            while byte < target {
                if bytes[byte] & 0xC0 != 0x80 { scalarOffset += 1 }
                byte += 1
            }
        }
        for index in marked.sorted() {
            let range = words[index].range
            guard range.lowerBound >= startByte, range.upperBound <= endByte else { continue }
            advance(to: range.lowerBound)
            let lower = scalarOffset
            advance(to: range.upperBound)
            if let previous = ranges.last, previous.upperBound == lower - 1 || previous.upperBound == lower {
                ranges[ranges.count - 1] = previous.lowerBound..<scalarOffset
            } else {
                ranges.append(lower..<scalarOffset)
            }
        }
        self.init(text: snippet, matches: ranges, firstMatch: first.map { words[$0].range })
    }
}
