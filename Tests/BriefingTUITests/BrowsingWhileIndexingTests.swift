import BriefingCore
import Foundation
import Testing
@testable import BriefingTUI

@Suite("Browsing while the index is built")
struct BrowsingWhileIndexingTests {
    /// Two outlets' files on one briefing and one more story, in a fresh folder.
    final class Corpus {
        let root = NSTemporaryDirectory() + "briefing-tui-" + UUID().uuidString
        var index: String { root + "-index.sqlite" }
        init() {
            let files = [
                "wire/harbour.txt": """
                    date 2026-05-05
                    Harbour plan approved

                    "We will dredge the channel before the winter storms," Mayor Ines Holm said on Tuesday.
                    """,
                "ledger/harbour.txt": """
                    date 2026-05-06
                    Holm backs dredging

                    "We will dredge the channel before the winter storms," Holm told reporters on Tuesday. She said the fees would not rise.
                    """,
                "wire/bridge.txt": """
                    date 2026-05-07
                    Bridge repairs delayed

                    "The bridge will reopen in September," said Transport Minister Karl Brun on Thursday.
                    """,
            ]
            for (path, text) in files {
                let full = root + "/" + path
                try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                FileManager.default.createFile(atPath: full, contents: Data(text.utf8))
            }
        }
        deinit {
            try? FileManager.default.removeItem(atPath: root)
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: index + suffix) }
        }
    }

    @Test func theFirstFrameComesBeforeTheIndexAndTheStatementsWhenItCommits() throws {
        let corpus = Corpus()
        let (store, path, followed) = try BriefingIndex.prepare(paths: [corpus.root], index: corpus.index)
        let browser = Browser(store: store, corpusName: "harbour", width: 100, height: 30)
        let indexer = BackgroundIndexer(path: path, paths: followed, firstLook: 1)
        browser.follow(indexer)
        let before = browser.render()
        #expect(before.contains("Indexing the corpus…"))
        #expect(before.contains("checking the files…"))

        indexer.run()
        #expect(browser.poll())
        let after = browser.render()
        #expect(!after.contains("Indexing the corpus"))
        #expect(browser.indexingText == nil)
        #expect(after.contains("dredge the channel"))
        #expect(after.contains("3 articles"))
        #expect(!browser.poll(), "nothing new after the last commit")
    }

    @Test func aCommitKeepsTheSearchAndFindsWhatTheNewFilesAdd() throws {
        let corpus = Corpus()
        let (store, path, followed) = try BriefingIndex.prepare(paths: [corpus.root], index: corpus.index)
        // A first look at one file, committed.
        _ = try CorpusIndexer(store: try SQLiteBriefingStore(path: path)).update(paths: followed, firstFiles: 1)
        let browser = Browser(store: store, corpusName: "harbour", width: 100, height: 30)
        let indexer = BackgroundIndexer(path: path, paths: followed)
        browser.follow(indexer)
        browser.runSearch("reopen OR dredge")
        let before = browser.timelineCount()
        #expect(before >= 1)

        indexer.run()
        #expect(browser.poll())
        #expect(browser.state.query == "reopen OR dredge")
        #expect(browser.timelineCount() == 2, "the bridge statement arrived with the rest of the corpus")
        #expect(browser.render().contains("reopen"))
    }

    @Test func theProgressTextNamesThePhaseAndCountsFiles() {
        var status = BackgroundIndexer.Status()
        #expect(Browser.indexingText(status) == "checking the files…")
        status.progress = IndexProgress(phase: .reading, filesDone: 1_792, filesTotal: 100_000, bytesDone: 6_000_000, bytesTotal: 350_000_000, elapsed: 2)
        #expect(Browser.indexingText(status) == "indexing 1,792/100,000 files · 3.0 MB/s")
        status.isFirstLook = true
        status.progress?.phase = .writing
        #expect(Browser.indexingText(status) == "first look: indexing: writing the index…")
    }

    @Test func anUnreadableCorpusSaysSoInTheStatusLine() throws {
        let corpus = Corpus()
        try FileManager.default.removeItem(atPath: corpus.root)
        try FileManager.default.createDirectory(atPath: corpus.root, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: corpus.root + "/broken.html", contents: Data("<html><body> </body></html>".utf8))
        let (store, path, followed) = try BriefingIndex.prepare(paths: [corpus.root], index: corpus.index)
        let browser = Browser(store: store, corpusName: "broken", width: 100, height: 30)
        let indexer = BackgroundIndexer(path: path, paths: followed)
        browser.follow(indexer)
        indexer.run()
        _ = browser.poll()
        #expect(browser.state.messageIsError)
        #expect(browser.state.message?.contains("broken.html") == true)
    }

    @Test func aFileWrittenWhileBrowsingShowsUpWithTheSelectionKeptAndTheStatusLineSaysWhatCame() throws {
        let corpus = Corpus()
        let (store, path, followed) = try BriefingIndex.prepare(paths: [corpus.root], index: corpus.index)
        let browser = Browser(store: store, corpusName: "harbour", width: 100, height: 30)
        let indexer = BackgroundIndexer(path: path, paths: followed)
        indexer.watch = true
        browser.follow(indexer)
        indexer.start()
        defer { indexer.stop() }
        try Self.poll(browser) { indexer.status.watching != nil }
        browser.select(index: 1)
        let selected = try #require(browser.state.selectedID)
        let before = browser.timelineCount()

        // Another outlet's report arrives (as `briefing fetch` writes it: a temporary file renamed).
        try FileManager.default.createDirectory(atPath: corpus.root + "/courier", withIntermediateDirectories: true)
        let temporary = corpus.root + "/courier/.briefing-tmp-1"
        FileManager.default.createFile(atPath: temporary, contents: Data("""
            date 2026-05-08
            Ferry fares frozen

            "Ferry fares will not rise this year," Transport Minister Karl Brun said on Friday.
            """.utf8))
        try FileManager.default.moveItem(atPath: temporary, toPath: corpus.root + "/courier/ferry.txt")
        try Self.poll(browser) { indexer.status.arrivals == 1 }
        #expect(browser.state.message == "+1 article from courier")
        #expect(!browser.state.messageIsError)
        #expect(browser.timelineCount() == before + 1)
        #expect(browser.state.selectedID == selected, "the statement the reader was on stays selected")
        #expect(browser.render().contains("+1 article from courier"))
        // A third outlet's report of the harbour briefing joins its event: the shared quote's entry
        // now names three outlets, and so does the event.
        FileManager.default.createFile(atPath: corpus.root + "/courier/harbour.txt", contents: Data("""
            date 2026-05-06
            Holm promises dredging

            "We will dredge the channel before the winter storms," Mayor Ines Holm said on Tuesday, adding that fees would rise.
            """.utf8))
        try Self.poll(browser) { indexer.status.arrivals == 2 }
        let entries = browser.read { try $0.timeline(.all, range: 0..<100) } ?? []
        let dredging = try #require(entries.first { $0.text.contains("dredge the channel") })
        #expect(Set(dredging.sources) == ["wire", "ledger", "courier"], "\(dredging.sources)")
        let event = try #require(browser.read { try $0.eventSummary(id: dredging.eventID ?? "") } ?? nil)
        #expect(event.sources.count == 3, "the event counts the newcomer: \(event.sources)")
    }

    /// Polls the browser (as the terminal loop does between keys) until `condition`, for up to ten seconds.
    static func poll(_ browser: Browser, until condition: () -> Bool, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(10)
        while !condition() {
            guard Date() < deadline else {
                Issue.record("waited ten seconds", sourceLocation: sourceLocation)
                throw CancellationError()
            }
            _ = browser.poll()
            Thread.sleep(forTimeInterval: 0.05)
        }
        _ = browser.poll()
    }
}
