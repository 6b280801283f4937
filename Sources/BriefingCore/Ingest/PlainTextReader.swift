/// Reads plain-text articles. Two shapes:
///
/// - the corpus convention: a first line `date YYYY-MM-DD` followed on the same line by a headline
///   (a short line without closing sentence punctuation and a blank line after it) or directly by
///   the first paragraph; or the date alone on its line, the headline on the next line and a
///   blank line after it;
/// - plain text without any header: the whole file is the body, with no date and no headline.
public struct PlainTextReader: ArticleReader {
    public init() {}

    public func read(_ text: String, fileName: String, warnings: inout [String]) throws(ReadFailure) -> [ArticleDraft] {
        let header = PlainTextHeader.parse(text)
        let body = header?.body ?? Substring(text)
        guard body.utf8.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
            throw ReadFailure(header == nil ? "empty file" : "no article text after the date line")
        }
        // Trailing blank lines are dropped here, so normalisation usually finds nothing to do.
        var end = body.utf8.endIndex
        while end > body.utf8.startIndex {
            let previous = body.utf8.index(before: end)
            let b = body.utf8[previous]
            guard b == 0x0A || b == 0x20 || b == 0x0D || b == 0x09 else { break }
            end = previous
        }
        let bodyText = String(body[..<end])
        let format: ArticleFormat = TranscriptLabel.isTranscript(bodyText) ? .transcript : .text
        return [ArticleDraft(format: format, date: header?.date, headline: header?.headline, text: bodyText)]
    }
}

/// The `date YYYY-MM-DD …` first line of the corpus convention, shared by the plain-text and
/// transcript readers.
struct PlainTextHeader {
    var date: Day
    var headline: String?
    /// The text after the header: the first paragraph when the rest of the first line was not a
    /// headline, followed by the rest of the file.
    var body: Substring

    static func parse(_ text: String) -> PlainTextHeader? {
        // UTF-8 view indices throughout: this runs on every file during format detection.
        let utf8 = text.utf8
        var i = utf8.startIndex
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        while i < utf8.endIndex, isBlank(utf8[i]) { i = utf8.index(after: i) }
        let keyword = utf8[i...].prefix(5)
        guard keyword.elementsEqual("date ".utf8) || keyword.elementsEqual("Date ".utf8) || keyword.elementsEqual("date:".utf8) else { return nil }
        i = utf8.index(i, offsetBy: 5)
        while i < utf8.endIndex, utf8[i] == 0x20 || utf8[i] == 0x3A { i = utf8.index(after: i) }
        guard let day = Day(iso: text[i...].prefix(10)), utf8.distance(from: i, to: utf8.endIndex) >= 10 else { return nil }
        i = utf8.index(i, offsetBy: 10)
        if i < utf8.endIndex, !isBlank(utf8[i]) { return nil }
        let lineEnd = utf8[i...].firstIndex(of: 0x0A) ?? utf8.endIndex
        var remainderStart = i, remainderEnd = lineEnd
        while remainderStart < remainderEnd, isBlank(utf8[remainderStart]) { remainderStart = utf8.index(after: remainderStart) }
        while remainderEnd > remainderStart, isBlank(utf8[utf8.index(before: remainderEnd)]) { remainderEnd = utf8.index(before: remainderEnd) }
        let remainder = String(text[remainderStart..<remainderEnd])
        var after = lineEnd
        if remainder.isEmpty {
            // "date YYYY-MM-DD", the headline on the very next line, a blank line, the body.
            if after < utf8.endIndex, utf8[after] == 0x0A, case let next = utf8.index(after: after), next < utf8.endIndex, !isBlank(utf8[next]) {
                let headlineEnd = utf8[next...].firstIndex(of: 0x0A) ?? utf8.endIndex
                var k = headlineEnd
                var newlines = 0
                while k < utf8.endIndex, isBlank(utf8[k]) {
                    if utf8[k] == 0x0A { newlines += 1 }
                    k = utf8.index(after: k)
                }
                var lineEnd = headlineEnd
                while lineEnd > next, isBlank(utf8[utf8.index(before: lineEnd)]) { lineEnd = utf8.index(before: lineEnd) }
                let line = String(text[next..<lineEnd])
                if newlines >= 2, k < utf8.endIndex, looksLikeHeadline(line) {
                    return PlainTextHeader(date: day, headline: line, body: text[k...])
                }
            }
            while after < utf8.endIndex, utf8[after] == 0x0A || utf8[after] == 0x0D { after = utf8.index(after: after) }
            return PlainTextHeader(date: day, headline: nil, body: text[after...])
        }
        // A blank line (or the end) after the date line.
        var k = lineEnd
        var newlines = 0
        while k < utf8.endIndex, isBlank(utf8[k]) {
            if utf8[k] == 0x0A { newlines += 1 }
            k = utf8.index(after: k)
        }
        let blankLineFollows = newlines >= 2 || k == utf8.endIndex
        if blankLineFollows && looksLikeHeadline(remainder) {
            return PlainTextHeader(date: day, headline: remainder, body: text[k...])
        }
        // The first paragraph starts on the date line: keep it as the body's first line.
        while i < utf8.endIndex, utf8[i] == 0x20 || utf8[i] == 0x09 { i = utf8.index(after: i) }
        return PlainTextHeader(date: day, headline: nil, body: text[i...])
    }

    /// Headlines are short, do not end like a sentence, and never open with a dateline.
    static func looksLikeHeadline(_ line: String) -> Bool {
        let words = line.utf8.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) }
        guard words <= 25, line.utf8.count <= 400 else { return false }
        if let last = line.last, last == "." || last == ":" || last == ";" || last == "," {
            return false
        }
        if Dateline.parse(line) != nil { return false }
        return true
    }
}
