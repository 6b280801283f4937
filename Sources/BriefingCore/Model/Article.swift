import Foundation

/// The file formats `briefing` reads. The raw value is the `format` field of the JSON contract.
public enum ArticleFormat: String, Codable, Sendable, CaseIterable {
    case text, markdown, html, json, feed, transcript
}

/// One news article (or one official transcript) as read from the corpus.
///
/// `text` is the body, normalised once on reading (Unicode NFC, `\n` line endings, paragraphs
/// separated by a blank line). Every offset elsewhere in the model points into this string; the
/// JSON contract counts them in Unicode code points.
public struct Article: Sendable, Equatable, Codable, Identifiable {
    /// Stable id derived from the article's path and its position in the file.
    public var id: String
    /// The path as the user gave it (joined with the relative path found while walking folders).
    public var path: String
    public var format: ArticleFormat
    /// The outlet (or, for a transcript, the issuing office); nil when nothing names it.
    public var source: String?
    /// Publication day.
    public var date: Day?
    /// Headline; nil when the file has none (never invented from the body).
    public var headline: String?
    /// Place from the dateline ("Washington, DC").
    public var place: String?
    public var url: String?
    public var author: String?
    /// The body text.
    public var text: String

    public init(id: String, path: String, format: ArticleFormat, source: String? = nil, date: Day? = nil,
                headline: String? = nil, place: String? = nil, url: String? = nil, author: String? = nil,
                text: String) {
        self.id = id
        self.path = path
        self.format = format
        self.source = source
        self.date = date
        self.headline = headline
        self.place = place
        self.url = url
        self.author = author
        self.text = text
    }
}
