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

    public init() {}

    /// What became of one feed.
    public struct FeedReport: Sendable, Equatable {
        public enum Result: Sendable, Equatable {
            /// Fetched: `written` new items into `folder` (relative to the corpus), of `inFeed`;
            /// `withoutText` items had no text and were not written.
            case fetched(folder: String, written: Int, inFeed: Int, withoutText: Int)
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
        var lastRequest: [String: Date] = [:]
        var reports: [FeedReport] = []
        for feed in feeds {
            let host = feed.url.host?.lowercased() ?? ""
            if let last = lastRequest[host] {
                let wait = interval - Date().timeIntervalSince(last)
                if wait > 0 { Thread.sleep(forTimeInterval: wait) }
            }
            lastRequest[host] = Date()
            let known = state.feeds[feed.url.absoluteString]
            let result: FeedReport.Result
            switch download.get(feed.url, etag: known?.etag, lastModified: known?.lastModified) {
            case .notModified:
                result = .notModified
            case .failed(let reason):
                result = .failed(reason)
            case .fetched(let body, let etag, let lastModified, _):
                result = write(body, of: feed, into: folder, state: &state, etag: etag, lastModified: lastModified)
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
                       etag: String?, lastModified: String?) -> FeedReport.Result {
        let text: String
        do { text = try TextDecoder.decode(body).text } catch { return .failed("\(error)") }
        guard let parsed = FeedParser.parse(text) else { return .failed("not an RSS or Atom feed") }
        let outlet = parsed.title ?? feed.title ?? feed.url.host ?? "feed"
        let outletFolder = FeedItemFile.slug(outlet)
        let key = feed.url.absoluteString
        let seen = Set(state.feeds[key]?.items ?? [])
        var written: [String] = []
        var withoutText = 0
        var created = false
        for item in parsed.items {
            let itemKey = FeedItemFile.key(of: item)
            guard !seen.contains(itemKey), !written.contains(itemKey) else { continue }
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
        return .fetched(folder: outletFolder, written: written.count, inFeed: parsed.items.count, withoutText: withoutText)
    }
}
