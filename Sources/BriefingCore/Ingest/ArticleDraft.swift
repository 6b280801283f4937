/// What a format reader found in a file, before the corpus reader gives it an id, normalises its
/// text and fills in the outlet from the dateline, folder or file name.
public struct ArticleDraft: Sendable, Equatable {
    public var format: ArticleFormat
    public var source: String?
    public var date: Day?
    public var headline: String?
    public var place: String?
    public var url: String?
    public var author: String?
    public var text: String

    public init(format: ArticleFormat, source: String? = nil, date: Day? = nil, headline: String? = nil,
                place: String? = nil, url: String? = nil, author: String? = nil, text: String) {
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

/// Why a file (or one record in it) could not be read. The message is one line, without the path;
/// the caller prints `path: message`.
public struct ReadFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A reader for one file format.
public protocol ArticleReader: Sendable {
    /// Reads every article in `text` (already decoded). Throws when the file holds no article;
    /// adds non-fatal problems (one bad record among good ones) to `warnings`.
    func read(_ text: String, fileName: String, warnings: inout [String]) throws(ReadFailure) -> [ArticleDraft]
}
