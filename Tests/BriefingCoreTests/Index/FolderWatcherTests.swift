import Foundation
import Testing
@testable import BriefingCore

@Suite("Watching a corpus: files that come, change and go update the index")
struct FolderWatcherTests {
    static let article = """
        date 2026-05-06
        Holm backs dredging

        "We will dredge the channel before the winter storms," Mayor Ines Holm told reporters on Tuesday.
        """

    @Test func inotifySeesAFileInAFolderMadeAfterWatchingBegan() throws {
        let corpus = TemporaryCorpus()
        corpus.write("wire/a.txt", Self.article)
        let watcher = FolderWatcher(paths: [corpus.root])
        #expect(watcher.method == "inotify")
        #expect(!watcher.waitForChange(timeout: 0.2), "nothing changed yet")
        try FileManager.default.createDirectory(atPath: corpus.root + "/ledger", withIntermediateDirectories: true)
        #expect(watcher.waitForChange(timeout: 2))
        corpus.write("ledger/b.txt", Self.article)
        #expect(watcher.waitForChange(timeout: 2), "the new folder is watched too")
    }

    @Test func hiddenFilesAndTheIndexItselfAreNotTheCorpusChanging() {
        let corpus = TemporaryCorpus()
        corpus.write("wire/a.txt", Self.article)
        let watcher = FolderWatcher(paths: [corpus.root], ignoring: [corpus.root + "/index.sqlite"])
        corpus.write(".briefing-fetch.json", "{}")
        corpus.write("index.sqlite-wal", "x")
        corpus.write("index.sqlite", "x")
        #expect(!watcher.waitForChange(timeout: 0.5))
        corpus.write("wire/b.txt", Self.article)
        #expect(watcher.waitForChange(timeout: 2))
    }

    @Test func linksBackToAFolderAreWalkedOnce() throws {
        let corpus = TemporaryCorpus()
        corpus.write("wire/a.txt", Self.article)
        try FileManager.default.createSymbolicLink(atPath: corpus.root + "/wire/again", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: corpus.root + "/wire/twice", withDestinationPath: ".")
        // Two links to `.` made paths without end (wire/again/twice/again/…).
        #expect(FolderWatcher.folderTimes([corpus.root]).map { ($0.path as NSString).lastPathComponent } == [(corpus.root as NSString).lastPathComponent, "wire"])
        #expect(FolderWatcher(paths: [corpus.root]).method == "inotify")
    }

    @Test func pollingSeesFilesAddedAndRemoved() throws {
        let corpus = TemporaryCorpus()
        let first = corpus.write("wire/a.txt", Self.article)
        let watcher = FolderWatcher(paths: [corpus.root], pollInterval: 0.1, forcePolling: true)
        #expect(watcher.method == "polling every 0.1 s")
        #expect(!watcher.waitForChange(timeout: 0.3))
        // Folder times have a resolution of the file system's clock: wait past it.
        Thread.sleep(forTimeInterval: 0.02)
        corpus.write("wire/b.txt", Self.article)
        #expect(watcher.waitForChange(timeout: 2))
        Thread.sleep(forTimeInterval: 0.02)
        try FileManager.default.removeItem(atPath: first)
        #expect(watcher.waitForChange(timeout: 2))
    }

    @Test func aWatchingIndexerTakesInANewArticleAndSaysWhatCame() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let index = corpus.root + "-index.sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: index + suffix) } }
        _ = try SQLiteBriefingStore(path: index)
        let indexer = BackgroundIndexer(path: index, paths: [root])
        indexer.watch = true
        indexer.start()
        defer { indexer.stop() }
        try Self.wait { indexer.status.watching != nil }
        let before = indexer.status
        #expect(before.watching == "inotify")
        #expect(before.arrivals == 0)

        corpus.write("harbour-times/dredging.txt", Self.article)
        try Self.wait { indexer.status.arrivals == 1 }
        let after = indexer.status
        #expect(after.lastArrival == "+1 article from harbour-times")
        #expect(after.articles == before.articles + 1)
        #expect(after.commits == before.commits + 1)
        // The index now answers as a fresh build of the folder does.
        let store = try SQLiteBriefingStore(path: index)
        #expect(try store.overview() == IndexFixture.memoryStore(root).overview())

        try FileManager.default.removeItem(atPath: root + "/harbour-times/dredging.txt")
        try Self.wait { indexer.status.arrivals == 2 }
        #expect(indexer.status.lastArrival == "1 removed")
    }

    /// Waits up to ten seconds for `condition`.
    static func wait(_ condition: () -> Bool, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(10)
        while !condition() {
            guard Date() < deadline else {
                Issue.record("waited ten seconds", sourceLocation: sourceLocation)
                throw CancellationError()
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}
