import BriefingCore
import Foundation

/// Brings new items of a list of feeds into a corpus folder: each feed fetched once
/// (conditionally), its new items written one file each into the outlet's folder, what was seen
/// kept in ``FetchState``. Feeds are fetched in the list's order; two requests to one host are
/// at least ``interval`` seconds apart. A feed that fails is one line of the report and the
/// others go on; the state is saved after every feed, so an interrupted fetch loses nothing it
/// wrote.
public struct FeedFetcher {
    public var download = FeedDownload()
    /// Seconds between two requests to one host.
    public var interval: TimeInterval = 1
    /// Called after each feed, in order (the CLI prints a line).
    public var progress: ((FeedReport) -> Void)?
    /// Also fetch each new item's page and keep its article text when it holds more than the
    /// feed gives (many feeds carry a summary only). The feed's title and date are kept.
    public var pages = false

    public init() {}

    /// What became of one feed.
    public struct FeedReport: Sendable, Equatable {
        public enum Result: Sendable, Equatable {
            /// Fetched: `written` new items into `folder` (relative to the corpus), of `inFeed`;
            /// `withoutText` items had no text and were not written; `pagesFailed` pages could
            /// not be fetched or read (their items keep the feed's text).
            case fetched(folder: String, written: Int, inFeed: Int, withoutText: Int, pagesFailed: Int = 0)
            case notModified
            case failed(String)
        }
        public var feed: URL
        public var result: Result
    }

    /// Fetches `feeds` into `folder` (created if missing).
    public func fetch(_ feeds: [FeedSource], into folder: String) throws -> [FeedReport] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var state = try FetchState.load(from: folder)
        var clock = HostClock(interval: interval)
        var reports: [FeedReport] = []
        for feed in feeds {
            clock.waitTurn(for: feed.url)
            let known = state.feeds[feed.url.absoluteString]
            let result: FeedReport.Result
            switch download.get(feed.url, etag: known?.etag, lastModified: known?.lastModified) {
            case .notModified:
                result = .notModified
            case .failed(let reason):
                result = .failed(reason)
            case .fetched(let body, let etag, let lastModified, _):
                result = write(body, of: feed, into: folder, state: &state, etag: etag, lastModified: lastModified, clock: &clock)
            }
            try state.save(to: folder)
            let report = FeedReport(feed: feed.url, result: result)
            progress?(report)
            reports.append(report)
        }
        return reports
    }

    /// Parses a fetched feed and writes its new items.
    private func write(_ body: Data, of feed: FeedSource, into folder: String, state: inout FetchState,
                       etag: String?, lastModified: String?, clock: inout HostClock) -> FeedReport.Result {
        let text: String
        do { text = try TextDecoder.decode(body).text } catch { return .failed("\(error)") }
        guard let parsed = FeedParser.parse(text) else { return .failed("not an RSS or Atom feed") }
        let outlet = parsed.title ?? feed.title ?? feed.url.host ?? "feed"
        let outletFolder = FeedItemFile.slug(outlet)
        let key = feed.url.absoluteString
        let seen = Set(state.feeds[key]?.items ?? [])
        var written: [String] = []
        var withoutText = 0, pagesFailed = 0
        var created = false
        for listed in parsed.items {
            let itemKey = FeedItemFile.key(of: listed)
            guard !seen.contains(itemKey), !written.contains(itemKey) else { continue }
            var item = listed
            if pages, let link = item.link.flatMap(URL.init(string:)), ["http", "https"].contains(link.scheme?.lowercased() ?? "") {
                clock.waitTurn(for: link)
                if let page = page(link) { item = Self.item(item, withPage: page) } else { pagesFailed += 1 }
            }
            guard !item.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                withoutText += 1
                continue
            }
            do {
                let path = folder + "/" + outletFolder
                if !created {
                    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
                    created = true
                }
                try FeedItemFile.writeAtomically(try FeedItemFile.contents(of: item, outlet: outlet), to: path + "/" + FeedItemFile.name(of: item))
                written.append(itemKey)
            } catch {
                state.remember(written, of: key)
                return .failed("\(error)")
            }
        }
        state.remember(written, of: key)
        state.feeds[key]?.etag = etag
        state.feeds[key]?.lastModified = lastModified
        return .fetched(folder: outletFolder, written: written.count, inFeed: parsed.items.count, withoutText: withoutText,
                        pagesFailed: pagesFailed)
    }

    /// The article of an item's page, or nil when it cannot be fetched or holds no article text.
    private func page(_ url: URL) -> ExtractedHTMLArticle? {
        guard case .fetched(let body, _, _, _) = download.get(url, etag: nil, lastModified: nil),
              let text = try? TextDecoder.decode(body).text else { return nil }
        let page = HTMLArticleExtractor.extract(text)
        return page.body.contains(where: { !$0.isWhitespace }) ? page : nil
    }

    /// The item with its page's text when the page says more; the feed's title, date and author
    /// first, the page's where the feed has none.
    static func item(_ item: FeedItem, withPage page: ExtractedHTMLArticle) -> FeedItem {
        var item = item
        if page.body.count > item.body.count { item.body = page.body }
        item.title = item.title ?? page.headline
        item.date = item.date ?? page.date
        item.author = item.author ?? page.author
        return item
    }
}

/// Keeps two requests to one host at least `interval` seconds apart.
struct HostClock {
    let interval: TimeInterval
    private var last: [String: Date] = [:]

    init(interval: TimeInterval) { self.interval = interval }

    /// Waits until a request to `url`'s host is polite, and notes it as made now.
    mutating func waitTurn(for url: URL) {
        let host = url.host?.lowercased() ?? ""
        if let previous = last[host] {
            let wait = interval - Date().timeIntervalSince(previous)
            if wait > 0 { Thread.sleep(forTimeInterval: wait) }
        }
        last[host] = Date()
    }
}
