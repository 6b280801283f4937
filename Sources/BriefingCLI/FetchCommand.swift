import ArgumentParser
import BriefingCore
import BriefingFetch
import Foundation

/// `briefing fetch [--feeds FILE] [PATH]`: new items of the user's feeds into the corpus folder.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download new items of RSS/Atom feeds into a corpus folder (one file per item, a folder per outlet).",
        discussion: """
            The feeds are listed in FILE (--feeds) or in PATH/.briefing-feeds: one URL per line (# starts a comment), \
            or OPML as feed readers export it. Requests are conditional (ETag, Last-Modified), so an unchanged feed \
            costs one short answer; items already fetched are not written again. Exit status 1 when a feed failed \
            (the others are fetched), 2 when nothing could start.
            """)

    @Argument(help: ArgumentHelp("The corpus folder the items go into (created if missing).", valueName: "path"))
    var path = "."

    @Option(help: ArgumentHelp("The feed list (default: PATH/.briefing-feeds).", valueName: "file"))
    var feeds: String?

    @Option(help: "Seconds between two requests to one host.")
    var interval: Double = 1

    @Option(help: "Seconds without an answer before a feed is given up.")
    var timeout: Double = 20

    @Option(help: "Largest feed (or page) read, in MB.")
    var maxMB: Int = 20

    @Flag(help: "Also fetch each new item's page and keep its article text when the feed gives only a summary.")
    var pages = false

    func run() throws {
        let listPath = feeds ?? (path as NSString).appendingPathComponent(FeedList.corpusFileName)
        guard let data = FileManager.default.contents(atPath: listPath) else {
            if feeds == nil {
                StandardError.line("\(listPath): no feed list; give --feeds FILE or write one feed URL per line into it")
            } else {
                StandardError.line("\(listPath): cannot read the feed list")
            }
            throw ExitCode(2)
        }
        let list = FeedList.parse(String(decoding: data, as: UTF8.self))
        for problem in list.problems { StandardError.line("\(listPath): \(problem)") }
        guard !list.feeds.isEmpty else {
            StandardError.line("\(listPath): no feed URLs in the list")
            throw ExitCode(2)
        }
        var fetcher = FeedFetcher()
        fetcher.interval = max(0, interval)
        fetcher.pages = pages
        fetcher.download.timeout = max(0.5, timeout)
        fetcher.download.maximumBytes = max(1, maxMB) * 1024 * 1024
        let out = StandardOutput()
        fetcher.progress = { report in
            out.line(FetchCommand.line(report))
            out.flush()
        }
        let reports: [FeedFetcher.FeedReport]
        do {
            reports = try fetcher.fetch(list.feeds, into: path)
        } catch {
            out.flush()
            StandardError.line("\(error)")
            throw ExitCode(2)
        }
        var written = 0, outlets = Set<String>(), failed = 0
        for report in reports {
            switch report.result {
            case .fetched(let folder, let count, _, _, _):
                written += count
                if count > 0 { outlets.insert(folder) }
            case .failed: failed += 1
            case .notModified: break
            }
        }
        out.line("\(written) new item\(written == 1 ? "" : "s") from \(outlets.count) outlet\(outlets.count == 1 ? "" : "s") into \(VisibleText.sanitized(path))"
                 + (failed > 0 ? "; \(failed) of \(reports.count) feeds failed" : ""))
        out.flush()
        if failed > 0 { throw ExitCode(1) }
    }

    /// One feed's line: `https://…/feed.xml: 3 new items in the-courier/ (20 in the feed)`.
    static func line(_ report: FeedFetcher.FeedReport) -> String {
        let feed = VisibleText.sanitized(report.feed.absoluteString)
        switch report.result {
        case .notModified:
            return "\(feed): not modified"
        case .failed(let reason):
            return "\(feed): \(VisibleText.sanitized(reason)), skipped"
        case .fetched(let folder, let written, let inFeed, let withoutText, let pagesFailed):
            let skipped = withoutText > 0 ? ", \(withoutText) without text skipped" : ""
            let pages = pagesFailed > 0 ? ", \(pagesFailed) page\(pagesFailed == 1 ? "" : "s") not fetched (feed text kept)" : ""
            return "\(feed): \(written) new item\(written == 1 ? "" : "s") in \(VisibleText.sanitized(folder))/ (\(inFeed) in the feed\(skipped)\(pages))"
        }
    }
}
