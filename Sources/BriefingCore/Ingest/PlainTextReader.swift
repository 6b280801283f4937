/// Reads plain-text articles. Two shapes:
///
/// - the corpus convention: a first line `date YYYY-MM-DD` followed on the same line by a headline
///   (a short line without closing sentence punctuation and a blank line after it) or directly by
///   the first paragraph;
/// - plain text without any header: the whole file is the body, with no date and no headline.
public struct PlainTextReader: ArticleReader {
    public init() {}

    public func read(_ text: String, fileName: String, warnings: inout [String]) throws(ReadFailure) -> [ArticleDraft] {
        let header = PlainTextHeader.parse(text)
        let body = header?.body ?? Substring(text)
        guard body.contains(where: { !$0.isWhitespace }) else {
            throw ReadFailure(header == nil ? "empty file" : "no article text after the date line")
        }
        let format: ArticleFormat = TranscriptLabel.isTranscript(String(body)) ? .transcript : .text
        return [ArticleDraft(format: format, date: header?.date, headline: header?.headline, text: String(body))]
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
        var rest = text.drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" })
        guard rest.hasPrefix("date ") || rest.hasPrefix("Date ") || rest.hasPrefix("date:") else { return nil }
        rest = rest.dropFirst(5).drop(while: { $0 == " " || $0 == ":" })
        guard let day = Day(iso: rest.prefix(10)) else { return nil }
        rest = rest.dropFirst(10)
        if let next = rest.first, next != " " && next != "\t" && next != "\n" { return nil }
        let lineEnd = rest.firstIndex(of: "\n") ?? rest.endIndex
        let remainder = rest[..<lineEnd].trimmingCharacters(in: .whitespaces)
        let after = rest[lineEnd...]
        if remainder.isEmpty {
            return PlainTextHeader(date: day, headline: nil, body: after.drop(while: { $0.isNewline }))
        }
        let blankLineFollows = after.hasPrefix("\n\n") || after.hasPrefix("\n \n") || after.drop(while: { $0 == "\n" }).isEmpty
        if blankLineFollows && looksLikeHeadline(remainder) {
            return PlainTextHeader(date: day, headline: remainder, body: after.drop(while: { $0.isNewline || $0 == " " }))
        }
        // The first paragraph starts on the date line: keep it as the body's first line.
        let start = rest.firstIndex(where: { $0 != " " && $0 != "\t" }) ?? rest.startIndex
        return PlainTextHeader(date: day, headline: nil, body: rest[start...])
    }

    /// Headlines are short, do not end like a sentence, and never open with a dateline.
    static func looksLikeHeadline(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count <= 25, line.count <= 200 else { return false }
        if let last = line.last, last == "." || last == ":" || last == ";" || last == "," {
            return false
        }
        if Dateline.parse(line) != nil { return false }
        return true
    }
}
