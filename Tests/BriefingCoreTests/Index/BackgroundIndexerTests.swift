import Foundation
import Testing
@testable import BriefingCore

@Suite("Indexing in the background, with a first look at a new corpus")
struct BackgroundIndexerTests {
    @Test func aFirstLookIndexesSomeFilesOfEveryFolderAndTheNextUpdateTheRest() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let store = try SQLiteBriefingStore()
        let indexer = CorpusIndexer(store: store)
        let first = try indexer.update(paths: [root], firstFiles: 3)
        #expect(first.added.count == 3)
        #expect(first.deferred == IndexFixture.files.count - 3)
        // One file from each of the three folders.
        let folders = Set(first.added.map { (($0 as NSString).deletingLastPathComponent as NSString).lastPathComponent })
        #expect(folders == ["wire", "ledger", "coastal"])
        #expect(try store.overview().articles == 3)
        #expect(try store.timelineCount(.all) > 0)

        let rest = try indexer.update(paths: [root])
        #expect(rest.added.count == IndexFixture.files.count - 3)
        #expect(rest.removed.isEmpty)
        let memory = IndexFixture.memoryStore(root)
        #expect(try store.overview() == memory.overview())
        let count = memory.timelineCount(.all)
        #expect(try store.timeline(.all, range: 0..<count) == memory.timeline(.all, range: 0..<count))
    }

    @Test func aFirstLookRemovesNothingAndASmallCorpusNeedsNoSecondUpdate() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let store = try SQLiteBriefingStore()
        let indexer = CorpusIndexer(store: store)
        let first = try indexer.update(paths: [root], firstFiles: 100)
        #expect(first.deferred == 0)
        #expect(first.added.count == IndexFixture.files.count)
        try FileManager.default.removeItem(atPath: root + "/coastal/tariffs.txt")
        #expect(try indexer.update(paths: [root], firstFiles: 2).removed.isEmpty)
        #expect(try indexer.update(paths: [root]).removed.count == 1)
    }

    @Test func theIndexerCommitsAFirstLookThenEverythingAndSaysSo() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let path = corpus.root + "-index/index.sqlite"
        defer { try? FileManager.default.removeItem(atPath: corpus.root + "-index") }
        let (reader, _, followed) = try BriefingIndex.prepare(paths: [root], index: path)
        #expect(followed == [root])
        #expect(try reader.overview().articles == 0)
        let background = BackgroundIndexer(path: path, paths: followed, firstLook: 2)
        #expect(!background.status.finished)
        background.run()
        let status = background.status
        #expect(status.finished)
        #expect(status.error == nil)
        #expect(status.commits == 2)
        #expect(status.articles == IndexFixture.files.count)
        // The reader's own connection sees the new state once it forgets its caches.
        reader.reload()
        #expect(try reader.overview().articles == IndexFixture.files.count)

        // Next time: the index exists, nothing changed, nothing is committed.
        let again = BackgroundIndexer(path: path, paths: followed)
        again.run()
        #expect(again.status.commits == 0 && again.status.finished && again.status.error == nil)
    }

    /// The reader sees statements within a second even of a debug build: a glimpse of a few files
    /// is committed before the first look, and the first look before the rest.
    @Test func aGlimpseIsCommittedBeforeTheFirstLook() throws {
        let corpus = TemporaryCorpus()
        let glimpse = BackgroundIndexer.glimpseFiles
        for i in 0..<(glimpse * 2 + 5) {
            corpus.write("outlet\(i % 3)/\(i).txt", "date 2026-05-\(10 + i % 9)\nStory \(i)\n\n\"We will build bridge \(i),\" Minister Anna Holm said.\n")
        }
        let path = corpus.root + "-index/index.sqlite"
        defer { try? FileManager.default.removeItem(atPath: corpus.root + "-index") }
        let (_, _, followed) = try BriefingIndex.prepare(paths: [corpus.root], index: path)
        let background = BackgroundIndexer(path: path, paths: followed, firstLook: glimpse + 10)
        background.run()
        #expect(background.status.commits == 3, "glimpse, first look, the rest")
        #expect(background.status.articlesByCommit == [glimpse, glimpse + 10, glimpse * 2 + 5])
        #expect(background.status.articles == glimpse * 2 + 5)
    }

    @Test func anIndexBusyOrBrokenEndsWithAnErrorLine() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let path = corpus.write("not-an-index.sqlite", "this is text, not a database")
        let background = BackgroundIndexer(path: path, paths: [root])
        background.run()
        #expect(background.status.finished)
        #expect(background.status.error?.contains("not-an-index.sqlite") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "this is text, not a database")
    }
}
