/// Reads a news page saved from a website: the article body, headline, publication date and
/// outlet as ``HTMLArticleExtractor`` finds them.
public struct HTMLReader: ArticleReader {
    public init() {}

    public func read(_ text: String, fileName: String, warnings: inout [String]) throws(ReadFailure) -> [ArticleDraft] {
        let page = HTMLArticleExtractor.extract(text)
        guard page.body.contains(where: { !$0.isWhitespace }) else { throw ReadFailure("HTML page without article text") }
        let format: ArticleFormat = TranscriptLabel.isTranscript(page.body) ? .transcript : .html
        return [ArticleDraft(format: format, source: page.outlet, date: page.date.flatMap { Day(metadata: $0) },
                             headline: page.headline, url: page.url, author: page.author, text: page.body)]
    }
}

/// Reads RSS 2.0, RSS 1.0 and Atom feeds: each item or entry is an article, the feed's title its outlet.
public struct FeedReader: ArticleReader {
    public init() {}

    public func read(_ text: String, fileName: String, warnings: inout [String]) throws(ReadFailure) -> [ArticleDraft] {
        guard let feed = FeedParser.parse(text) else { throw ReadFailure("not a readable RSS or Atom feed") }
        guard !feed.items.isEmpty else { throw ReadFailure("feed without items") }
        var drafts: [ArticleDraft] = []
        var empty = 0
        for item in feed.items {
            guard item.body.contains(where: { !$0.isWhitespace }) else { empty += 1; continue }
            drafts.append(ArticleDraft(format: .feed, source: feed.title, date: item.date.flatMap { Day(metadata: $0) },
                                       headline: item.title, url: item.link, author: item.author, text: item.body))
        }
        if drafts.isEmpty { throw ReadFailure("feed items have no text") }
        if empty > 0 { warnings.append("\(empty) feed item\(empty == 1 ? "" : "s") without text skipped") }
        return drafts
    }
}
