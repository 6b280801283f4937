import BriefingCore
@testable import BriefingFetch
import Foundation
import Testing

/// `briefing fetch`: feeds from a local server into a corpus folder.
@Suite("Fetching feeds", .serialized)
struct FetchTests {
    static func rss(title: String, items: [(title: String, link: String, date: String, body: String)]) -> Data {
        var xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>\(title)</title>"
        for item in items {
            xml += "<item><title>\(item.title)</title><link>\(item.link)</link><pubDate>\(item.date)</pubDate><description>\(item.body)</description></item>"
        }
        return Data((xml + "</channel></rss>").utf8)
    }

    static let courier = rss(title: "The Daily Courier", items: [
        ("Tolls to stay until 2027", "https://courier.example/tolls", "Tue, 12 May 2026 09:00:00 GMT",
         "Minister Elena Sorvik said on Monday that the tolls on the old crossing would stay until 2027."),
        ("Bridge opens in June", "https://courier.example/bridge", "Wed, 13 May 2026 10:00:00 GMT",
         "The new bridge opens in June, the transport ministry said."),
    ])

    /// A fresh folder and a server; both go away with the value.
    final class Setup: @unchecked Sendable {
        let folder = NSTemporaryDirectory() + "briefing-fetch-" + UUID().uuidString
        let server: LocalHTTPServer
        init() throws { server = try LocalHTTPServer() }
        deinit {
            server.stop()
            try? FileManager.default.removeItem(atPath: folder)
        }

        func fetcher(timeout: TimeInterval = 5, maximumBytes: Int = 1 << 20) -> FeedFetcher {
            var fetcher = FeedFetcher()
            fetcher.interval = 0
            fetcher.download.timeout = timeout
            fetcher.download.maximumBytes = maximumBytes
            return fetcher
        }

        func files() -> [String] {
            (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        }
    }

    @Test func newItemsBecomeOneArticleFileEachInTheOutletsFolder() throws {
        let setup = try Setup()
        setup.server.route("/courier.xml", .init(body: Self.courier))
        let reports = try setup.fetcher().fetch([FeedSource(url: URL(string: setup.server.url("/courier.xml"))!)], into: setup.folder)
        #expect(reports.map(\.result) == [.fetched(folder: "the-daily-courier", written: 2, inFeed: 2, withoutText: 0)])
        let files = setup.files()
        #expect(files == ["the-daily-courier/2026-05-12-tolls-to-stay-until-2027-\(Self.hash("https://courier.example/tolls")).json",
                          "the-daily-courier/2026-05-13-bridge-opens-in-june-\(Self.hash("https://courier.example/bridge")).json"])
        // The files are articles as `briefing` reads them: outlet, day, headline, link, text.
        let corpus = CorpusReader().read(paths: [setup.folder])
        #expect(corpus.problems.isEmpty, "\(corpus.problems)")
        let tolls = try #require(corpus.articles.first { $0.headline == "Tolls to stay until 2027" })
        #expect(tolls.source == "The Daily Courier")
        #expect(tolls.date == Day(iso: "2026-05-12"))
        #expect(tolls.url == "https://courier.example/tolls")
        #expect(tolls.text.contains("Elena Sorvik said on Monday"))
    }

    static func hash(_ key: String) -> String { String(ContentHash.of(key) & 0xFFFF_FFFF, radix: 16) }

    @Test func anUnchangedFeedIsAskedConditionallyAndWritesNothing() throws {
        let setup = try Setup()
        setup.server.route("/courier.xml", .init(body: Self.courier, etag: "\"v1\""))
        let feed = [FeedSource(url: URL(string: setup.server.url("/courier.xml"))!)]
        _ = try setup.fetcher().fetch(feed, into: setup.folder)
        let second = try setup.fetcher().fetch(feed, into: setup.folder)
        #expect(second.map(\.result) == [.notModified])
        #expect(setup.server.requests.map { $0.headers["if-none-match"] } == [nil, "\"v1\""])
        #expect(setup.files().count == 2)
    }

    @Test func onlyItemsNotFetchedBeforeAreWrittenEvenAfterTheirFilesWereDeleted() throws {
        let setup = try Setup()
        setup.server.route("/courier.xml", .init(body: Self.courier))
        let feed = [FeedSource(url: URL(string: setup.server.url("/courier.xml"))!)]
        _ = try setup.fetcher().fetch(feed, into: setup.folder)
        // The user deletes one article; the feed gains a third item.
        try FileManager.default.removeItem(atPath: setup.folder + "/" + setup.files()[0])
        setup.server.route("/courier.xml", .init(body: Self.rss(title: "The Daily Courier", items: [
            ("Ferry fares frozen", "https://courier.example/ferry", "Thu, 14 May 2026 08:00:00 GMT", "Ferry fares are frozen for a year, the minister said."),
            ("Tolls to stay until 2027", "https://courier.example/tolls", "Tue, 12 May 2026 09:00:00 GMT", "Minister Elena Sorvik said the tolls stay."),
        ])))
        let reports = try setup.fetcher().fetch(feed, into: setup.folder)
        #expect(reports.map(\.result) == [.fetched(folder: "the-daily-courier", written: 1, inFeed: 2, withoutText: 0)])
        #expect(setup.files().count == 2)
        #expect(setup.files().contains { $0.contains("ferry-fares-frozen") })
    }

    @Test func aFailingFeedIsOneLineAndTheOthersGoOn() throws {
        let setup = try Setup()
        let server = setup.server
        server.route("/courier.xml", .init(body: Self.courier))
        server.route("/moved.xml", .init(status: 301, headers: ["Location": server.url("/courier-new.xml")]))
        server.route("/courier-new.xml", .init(body: Self.rss(title: "Harbour Times", items: [
            ("Port reopens", "https://harbour.example/port", "Fri, 15 May 2026 07:00:00 GMT", "The port reopened on Friday."),
        ])))
        server.route("/broken.xml", .init(body: Data("<html><body>Maintenance</body></html>".utf8)))
        server.route("/slow.xml", .init(body: Self.courier, delay: 4))
        server.route("/huge.xml", .init(body: Data(repeating: 0x41, count: 3 << 20)))
        let urls = ["/missing.xml", "/moved.xml", "/broken.xml", "/slow.xml", "/huge.xml", "/courier.xml"]
        let feeds = urls.map { FeedSource(url: URL(string: server.url($0))!) }
        let started = Date()
        let reports = try setup.fetcher(timeout: 1, maximumBytes: 1 << 20).fetch(feeds, into: setup.folder)
        #expect(Date().timeIntervalSince(started) < 4, "the slow server was given up after the timeout")
        #expect(reports.map(\.result) == [
            .failed("HTTP 404"),
            .fetched(folder: "harbour-times", written: 1, inFeed: 1, withoutText: 0),
            .failed("not an RSS or Atom feed"),
            .failed("no answer within 1 s"),
            .failed("larger than 1 MB, not read"),
            .fetched(folder: "the-daily-courier", written: 2, inFeed: 2, withoutText: 0),
        ])
        #expect(setup.files().count == 3)
    }

    @Test func withPagesAnItemKeepsItsPagesFullTextAndTheFeedsTitleAndDate() throws {
        let setup = try Setup()
        let server = setup.server
        server.route("/summaries.xml", .init(body: Self.rss(title: "Harbour Times", items: [
            ("Port reopens", server.url("/port.html"), "Fri, 15 May 2026 07:00:00 GMT", "The port reopened."),
            ("Ferry strike ends", server.url("/ferry.html"), "Sat, 16 May 2026 07:00:00 GMT", ""),
            ("Dredging starts", server.url("/gone.html"), "Sun, 17 May 2026 07:00:00 GMT", "Dredging of the channel began on Sunday."),
        ])))
        server.route("/port.html", .init(headers: ["Content-Type": "text/html"], body: Data("""
            <html><head><title>Port reopens | Harbour Times</title></head><body><nav>Home · World</nav>
            <article><h1>Port reopens after storm</h1>
            <p>The port of Harwick reopened on Friday after a week of storm damage, Harbour Master Lena Ostrom said.</p>
            <p>"We will have every berth working by Monday," Ostrom told reporters at the quay.</p></article></body></html>
            """.utf8)))
        server.route("/ferry.html", .init(body: Data("""
            <html><body><article><p>The ferry strike ended on Saturday when the union accepted a new pay offer, the operator said.</p></article></body></html>
            """.utf8)))
        var fetcher = setup.fetcher()
        fetcher.pages = true
        let reports = try fetcher.fetch([FeedSource(url: URL(string: server.url("/summaries.xml"))!)], into: setup.folder)
        #expect(reports.map(\.result) == [.fetched(folder: "harbour-times", written: 3, inFeed: 3, withoutText: 0, pagesFailed: 1)])
        let articles = CorpusReader().read(paths: [setup.folder]).articles
        let port = try #require(articles.first { $0.headline == "Port reopens" }, "the feed's title is kept")
        #expect(port.text.contains("every berth working by Monday"))
        #expect(!port.text.contains("Home · World"), "the page's navigation is no article text")
        #expect(port.date == Day(iso: "2026-05-15"))
        let ferry = try #require(articles.first { $0.headline == "Ferry strike ends" }, "an item without text in the feed is written from its page")
        #expect(ferry.text.contains("accepted a new pay offer"))
        let dredging = try #require(articles.first { $0.headline == "Dredging starts" })
        #expect(dredging.text == "Dredging of the channel began on Sunday.", "a page that cannot be fetched leaves the feed's text")
    }

    @Test func anUnreadableStateFileStopsTheFetchBeforeAnythingIsWritten() throws {
        let setup = try Setup()
        setup.server.route("/courier.xml", .init(body: Self.courier))
        try FileManager.default.createDirectory(atPath: setup.folder, withIntermediateDirectories: true)
        try "{ not json".write(toFile: setup.folder + "/" + FetchState.fileName, atomically: true, encoding: .utf8)
        #expect {
            try setup.fetcher().fetch([FeedSource(url: URL(string: setup.server.url("/courier.xml"))!)], into: setup.folder)
        } throws: { error in
            "\(error)".hasPrefix(setup.folder + "/.briefing-fetch.json: not a fetch state file")
        }
        #expect(setup.files().isEmpty, "fetching again without its memory would write every item twice")
        #expect(setup.server.requests.isEmpty)
    }

    @Test func requestsToOneHostKeepTheirDistance() throws {
        let setup = try Setup()
        setup.server.route("/a.xml", .init(body: Self.courier))
        setup.server.route("/b.xml", .init(body: Self.courier))
        var fetcher = setup.fetcher()
        fetcher.interval = 0.4
        _ = try fetcher.fetch(["/a.xml", "/b.xml"].map { FeedSource(url: URL(string: setup.server.url($0))!) }, into: setup.folder)
        let times = setup.server.requests.map(\.time)
        #expect(times.count == 2)
        #expect(times[1].timeIntervalSince(times[0]) >= 0.35)
    }

    @Test func aFeedListIsLinesOrOPML() {
        let lines = FeedList.parse("""
            # my feeds
            https://courier.example/rss   # the courier
            https://courier.example/rss
            ftp://old.example/feed

            http://harbour.example/atom.xml
            """)
        #expect(lines.feeds.map(\.url.absoluteString) == ["https://courier.example/rss", "http://harbour.example/atom.xml"])
        #expect(lines.problems == ["line 4: not an http or https URL: ftp://old.example/feed"])
        let opml = FeedList.parse("""
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>Subscriptions</title></head><body>
              <outline text="News">
                <outline type="rss" text="The Courier" title="The Daily Courier" xmlUrl="https://courier.example/rss?a=1&amp;b=2"/>
                <outline type='rss' text='Harbour' xmlUrl='http://harbour.example/atom.xml'/>
              </outline>
            </body></opml>
            """)
        #expect(opml.feeds == [FeedSource(url: URL(string: "https://courier.example/rss?a=1&b=2")!, title: "The Daily Courier"),
                               FeedSource(url: URL(string: "http://harbour.example/atom.xml")!, title: "Harbour")])
        #expect(opml.problems.isEmpty)
    }

    @Test func theCommandReadsTheCorpusFeedListAndSaysWhatCameIn() throws {
        let sandbox = try CLISandbox()
        let setup = try Setup()
        setup.server.route("/courier.xml", .init(body: Self.courier))
        let folder = sandbox.root + "/news"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "\(setup.server.url("/courier.xml"))\n\(setup.server.url("/gone.xml"))\n".write(toFile: folder + "/.briefing-feeds", atomically: true, encoding: .utf8)
        let run = try sandbox.run(["fetch", folder, "--interval", "0"])
        #expect(run.status == 1, "a feed failed: \(run)")
        #expect(run.stdoutLines == [
            "\(setup.server.url("/courier.xml")): 2 new items in the-daily-courier/ (2 in the feed)",
            "\(setup.server.url("/gone.xml")): HTTP 404, skipped",
            "2 new items from 1 outlet into \(folder); 1 of 2 feeds failed",
        ])
        // What was fetched is a corpus the other commands read.
        let articles = try sandbox.jsonLines(["articles", folder, "--no-index", "--json"])
        #expect(articles.count == 2)
        let missing = try sandbox.run(["fetch", sandbox.root + "/empty"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "\(sandbox.root)/empty/.briefing-feeds: no feed list; give --feeds FILE or write one feed URL per line into it\n")
    }
}
