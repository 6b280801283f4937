import Foundation
import GRDB
import Testing
@testable import BriefingCore

@Suite("Index files: updates, migrations, foreign files, crashes")
struct IndexFileTests {
    /// Index and memory analysis agree on everything a reader sees.
    func expectSame(_ sqlite: SQLiteBriefingStore, asCorpusAt root: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let memory = IndexFixture.memoryStore(root)
        #expect(try sqlite.overview() == memory.overview(), sourceLocation: sourceLocation)
        let count = memory.timelineCount(.all)
        #expect(try sqlite.timeline(.all, range: 0..<count) == memory.timeline(.all, range: 0..<count), sourceLocation: sourceLocation)
        for query in ["guarantee", "tariffs", "flow OR river", "speaker:brandt", "has:diff", "source:wire flow", "is:claim date:2026-03-10", "kind:direct -flow"] {
            #expect(try Set(sqlite.search(query, limit: 100).map(\.id)) == Set(memory.search(query, limit: 100).map(\.id)),
                    "\(query)", sourceLocation: sourceLocation)
        }
    }

    func setModified(_ path: String, secondsAgo: Double) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -secondsAgo)], ofItemAtPath: path)
    }

    @Test func onlyNewChangedAndDeletedFilesAreRead() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let store = try SQLiteBriefingStore(path: corpus.root + "-index/index.sqlite")
        defer { try? FileManager.default.removeItem(atPath: corpus.root + "-index") }
        let indexer = CorpusIndexer(store: store)
        let first = try indexer.update(paths: [root])
        #expect(first.added.count == IndexFixture.files.count)
        try expectSame(store, asCorpusAt: root)

        let again = try indexer.update(paths: [root])
        #expect(again.wasCurrent)
        #expect(again.unchanged == IndexFixture.files.count)

        // Add a file.
        corpus.write("coastal/halden.txt", """
            date 2026-03-10
            Korsland welcomes water deal

            "We will not cut the flow in a drought year," Prime Minister Mara Lindqvist said on Tuesday.
            """)
        let added = try indexer.update(paths: [root])
        #expect(added.added.map { ($0 as NSString).lastPathComponent } == ["halden.txt"])
        #expect(added.unchanged == IndexFixture.files.count)
        try expectSame(store, asCorpusAt: root)

        // Change one (new content, new time) and touch another (new time, same content).
        let changed = corpus.write("wire/tariffs.txt", """
            date 2026-03-12
            Tariffs go, minister says

            "The tariffs will go next year," Finance Minister Olaf Brandt said on Thursday.
            """)
        try setModified(changed, secondsAgo: 5)
        try setModified(root + "/ledger/editorial.txt", secondsAgo: 10)
        let update = try indexer.update(paths: [root])
        #expect(update.changed.count == 1 && update.changed[0].hasSuffix("wire/tariffs.txt"))
        #expect(update.touched == 1)
        try expectSame(store, asCorpusAt: root)
        #expect(try store.search("\"will go\"", limit: 10).contains { $0.kind == .statement })

        // Delete one.
        try FileManager.default.removeItem(atPath: root + "/coastal/tariffs.txt")
        let removed = try indexer.update(paths: [root])
        #expect(removed.removed.count == 1 && removed.removed[0].hasSuffix("coastal/tariffs.txt"))
        try expectSame(store, asCorpusAt: root)
        #expect(try store.search("cafe", limit: 10).isEmpty)

        // A file that can no longer be read loses its articles and is tried again next time.
        corpus.write("wire/tariffs.txt", data: Data([0xFF, 0xFE, 0x00, 0xD8, 0x00]))
        try setModified(changed, secondsAgo: 1)
        let broken = try indexer.update(paths: [root])
        #expect(!broken.problems.isEmpty || broken.changed.count == 1)
    }

    @Test func aFileWhoseTimeAloneChangedIsNotAnalysedAgain() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let store = try IndexFixture.sqliteStore(root)
        let updated = try store.meta("updated")
        try setModified(root + "/ledger/editorial.txt", secondsAgo: 30)
        let touch = try CorpusIndexer(store: store).update(paths: [root])
        #expect(touch.touched == 1)
        #expect(!touch.reanalysed)
        #expect(try store.meta("updated") == updated, "nothing but the file's time was written")
        // The new time is recorded: the next update does not even hash the file.
        let again = try CorpusIndexer(store: store).update(paths: [root])
        #expect(again.wasCurrent)
        #expect(again.unchanged == IndexFixture.files.count)
    }

    @Test func aForeignFileIsRefusedAndLeftAlone() throws {
        let corpus = TemporaryCorpus()
        let text = corpus.write("notes.txt", "my notes, not an index\n")
        let sqlite = corpus.root + "/other.sqlite"
        let other = try DatabaseQueue(path: sqlite)
        try other.write { try $0.execute(sql: "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('Ada')") }
        try other.close()
        for path in [text, sqlite] {
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect {
                _ = try SQLiteBriefingStore(path: path)
            } throws: { error in
                (error as? IndexError)?.message.contains("not a briefing index") == true
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
            #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        }
        // --rebuild replaces it.
        let root = IndexFixture.write(into: corpus)
        let (store, report) = try BriefingIndex.open(paths: [root + "/wire"], index: sqlite, rebuild: true)
        #expect(report.added.count == 2)
        #expect(try store.overview().articles == 2)
    }

    /// Copies `path` and its rollback journal while a transaction has changed it: the copy has
    /// a hot journal, as after a process was killed in the middle of a write.
    func copyWithHotJournal(_ path: String, to copy: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "PRAGMA cache_size = 1") // spill: the change reaches the file
            try db.execute(sql: "CREATE TABLE filler(x TEXT)")
            for _ in 0..<200 { try db.execute(sql: "INSERT INTO filler VALUES (?)", arguments: [String(repeating: "x", count: 2_000)]) }
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            try FileManager.default.copyItem(atPath: path + "-journal", toPath: copy + "-journal")
            try db.execute(sql: "ROLLBACK")
        }
        try queue.close()
    }

    @Test func aKilledWriteOfAnIndexIsRolledBackWhenOpenedButAForeignFileIsLeftAlone() throws {
        let corpus = TemporaryCorpus()
        // An index with articles, killed while writing more.
        let root = IndexFixture.write(into: corpus)
        let built = corpus.root + "/built.sqlite"
        let (store, _) = try BriefingIndex.open(paths: [root + "/wire"], index: built)
        let overview = try store.overview()
        try store.database.writeWithoutTransaction { try $0.checkpoint(.truncate) } // everything in the file
        try store.database.close()
        try copyWithHotJournal(built, to: corpus.root + "/index.sqlite")
        #expect(SQLiteBriefingStore.hasIndexHeader(corpus.root + "/index.sqlite"))
        let reopened = try SQLiteBriefingStore(path: corpus.root + "/index.sqlite")
        #expect(try reopened.overview() == overview)
        #expect(try reopened.database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master WHERE name = 'filler'") } == 0)

        // Another program's database, killed while writing: neither it nor its journal is touched.
        let foreign = corpus.root + "/contacts.sqlite"
        let other = try DatabaseQueue(path: foreign)
        try other.write { try $0.execute(sql: "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('Ada')") }
        try other.close()
        let copy = corpus.root + "/contacts-copy.sqlite"
        try copyWithHotJournal(foreign, to: copy)
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        let journal = try Data(contentsOf: URL(fileURLWithPath: copy + "-journal"))
        #expect {
            _ = try SQLiteBriefingStore(path: copy)
        } throws: { error in
            (error as? IndexError)?.message.contains("not a briefing index") == true
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy + "-journal")) == journal)

        // --rebuild removes the journal with the file.
        try SQLiteBriefingStore.remove(path: copy)
        #expect(!FileManager.default.fileExists(atPath: copy) && !FileManager.default.fileExists(atPath: copy + "-journal"))
    }

    /// The number of segments of the full-text index, from FTS5's structure record (a 4-byte
    /// cookie, then varints: levels, segments).
    func searchSegments(_ store: SQLiteBriefingStore) throws -> Int {
        let block = try #require(try store.database.read { try Data.fetchOne($0, sql: "SELECT block FROM search_data WHERE id = 10") })
        var bytes = [UInt8](block)[4...].makeIterator()
        func varint() -> Int {
            var value = 0
            while let byte = bytes.next() {
                value = value << 7 | Int(byte & 0x7f)
                if byte & 0x80 == 0 { break }
            }
            return value
        }
        _ = varint()
        return varint()
    }

    @Test func everyUpdateLeavesTheFullTextIndexInOneSegment() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let store = try SQLiteBriefingStore()
        let indexer = CorpusIndexer(store: store)
        try indexer.update(paths: [root + "/wire"])
        #expect(try searchSegments(store) == 1)
        try indexer.update(paths: [root])
        #expect(try searchSegments(store) == 1)
        try FileManager.default.removeItem(atPath: root + "/wire/tariffs.txt")
        try indexer.update(paths: [root])
        #expect(try searchSegments(store) == 1)
        try expectSame(store, asCorpusAt: root)
    }

    @Test func anOlderSchemaIsUpgradedAndANewerOneRefused() throws {
        let corpus = TemporaryCorpus()
        let path = corpus.root + "/old.sqlite"
        let old = try DatabasePool(path: path)
        try IndexSchema.migrator.migrate(old, upTo: "v1")
        try old.write { try $0.execute(sql: "INSERT INTO meta(key, value) VALUES ('marker', 'kept')") }
        try old.close()
        let store = try SQLiteBriefingStore(path: path)
        #expect(try store.meta("marker") == "kept")
        let indexes = try store.database.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'index'") }
        #expect(indexes.contains("dates_article")) // v3
        #expect(!indexes.contains("statements_speaker")) // v4

        try store.database.write { try $0.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99-from-the-future')") }
        #expect {
            _ = try SQLiteBriefingStore(path: path)
        } throws: { error in
            (error as? IndexError)?.message.contains("newer briefing") == true
        }
    }

    @Test func aFirstBuildWithDeferredIndexesEndsWithEveryIndex() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let expected = try SQLiteBriefingStore().database.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name") }
        let store = try SQLiteBriefingStore()
        let indexer = CorpusIndexer(store: store)
        indexer.bulkThreshold = 0
        try indexer.update(paths: [root])
        #expect(try store.database.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name") } == expected)
        try expectSame(store, asCorpusAt: root)
        // The full-text index merges lazily only while the bulk update runs.
        let merging = try store.database.read { try Row.fetchAll($0, sql: "SELECT k, v FROM search_config WHERE k IN ('automerge', 'crisismerge') ORDER BY k") }
        #expect(merging.map { "\($0[0] as String)=\($0[1] as Int)" } == ["automerge=4", "crisismerge=16"])
    }

    struct Abort: Error {}

    func journalMode(_ db: Database) throws -> String? { try String.fetchOne(db, sql: "PRAGMA journal_mode") }

    /// An empty index file beside `corpus` (remove `corpus.root + "-index"` after) and an indexer
    /// whose every first build is a bulk one.
    func emptyIndexFile(beside corpus: TemporaryCorpus) throws -> (store: SQLiteBriefingStore, indexer: CorpusIndexer) {
        let store = try SQLiteBriefingStore(path: corpus.root + "-index/index.sqlite")
        let indexer = CorpusIndexer(store: store)
        indexer.bulkThreshold = 0
        return (store, indexer)
    }

    @Test func aFirstBuildIntoAnEmptyFileWritesWithARollbackJournalAndEndsInWALMode() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let (store, indexer) = try emptyIndexFile(beside: corpus)
        defer { try? FileManager.default.removeItem(atPath: corpus.root + "-index") }
        var modeWhileWriting: String?
        indexer.beforeCommit = { modeWhileWriting = try journalMode($0) }
        try indexer.update(paths: [root + "/wire"])
        #expect(modeWhileWriting == "delete")
        #expect(try store.database.read { try journalMode($0) } == "wal")
        #expect(!FileManager.default.fileExists(atPath: corpus.root + "-index/index.sqlite-journal"))

        // The index is no longer empty: the next update writes through the WAL.
        try indexer.update(paths: [root])
        #expect(modeWhileWriting == "wal")
        try expectSame(store, asCorpusAt: root)
    }

    @Test func aFirstBuildAbortedMidWriteLeavesAnEmptyIndexThatTheNextRunCompletes() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let (store, indexer) = try emptyIndexFile(beside: corpus)
        defer { try? FileManager.default.removeItem(atPath: corpus.root + "-index") }
        indexer.beforeCommit = { _ in throw Abort() }
        #expect(throws: Abort.self) { try indexer.update(paths: [root]) }
        #expect(try store.overview().articles == 0)
        #expect(try store.search("flow", limit: 10).isEmpty)
        #expect(try store.database.read { try journalMode($0) } == "wal")
        indexer.beforeCommit = nil
        try indexer.update(paths: [root])
        try expectSame(store, asCorpusAt: root)
    }

    @Test func aFirstBuildWhileAnotherConnectionHoldsTheFileWritesThroughTheWAL() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let (store, indexer) = try emptyIndexFile(beside: corpus)
        defer { try? FileManager.default.removeItem(atPath: corpus.root + "-index") }
        let other = try SQLiteBriefingStore(path: corpus.root + "-index/index.sqlite")
        #expect(try other.overview().articles == 0)
        var modeWhileWriting: String?
        indexer.beforeCommit = { modeWhileWriting = try journalMode($0) }
        try indexer.update(paths: [root])
        #expect(modeWhileWriting == "wal")
        try expectSame(store, asCorpusAt: root)
        other.reload()
        #expect(try other.overview() == store.overview())
    }

    @Test func anAbortedUpdateLeavesTheLastCompleteStateAndTheNextRunCompletes() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let store = try SQLiteBriefingStore()
        let indexer = CorpusIndexer(store: store)
        try indexer.update(paths: [root + "/wire"])
        let before = try store.overview()
        indexer.beforeCommit = { _ in throw Abort() }
        #expect(throws: Abort.self) { try indexer.update(paths: [root]) }
        #expect(try store.overview() == before)
        #expect(try store.search("cafe", limit: 10).isEmpty)
        indexer.beforeCommit = nil
        let report = try indexer.update(paths: [root])
        #expect(report.added.count == 3)
        try expectSame(store, asCorpusAt: root)
    }
}

@Suite("Ranking a very common word")
struct RankingWindowTests {
    @Test func aWordInMostOfTheCorpusStillGivesRightHits() throws {
        let corpus = TemporaryCorpus()
        _ = try SyntheticCorpus(seed: 5, articleCount: 120).write(to: URL(fileURLWithPath: corpus.root))
        let store = try SQLiteBriefingStore()
        try CorpusIndexer(store: store).update(paths: [corpus.root])
        let memory = IndexFixture.memoryStore(corpus.root)
        for query in ["the", "the is:statement -minister"] {
            let all = Set(try memory.search(query, limit: 100_000).map(\.id))
            #expect(all.count > SQLiteBriefingStore.rankingWindow, "\(query)")
            let hits = try store.search(query, limit: 50)
            #expect(hits.count == 50)
            #expect(Set(hits.map(\.id)).isSubset(of: all), "\(query)")
            #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score >= $1.score })
        }
    }
}
