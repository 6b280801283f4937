import Foundation
import GRDB
import Testing
@testable import BriefingCore

/// An index made by older rules is brought up to the rules of this build by the next update —
/// exactly the stages whose version changed, with no `--rebuild` — and then equals a fresh build.
@Suite("An index that knows which rules made it")
struct IndexVersionTests {
    static let old = IndexVersions(extraction: "0", claims: "0", grouping: "0", alignment: "0")

    /// An index of the fixture built by `versions`, whose rows `stale` then changes the way older
    /// rules would have made them differently.
    static func index(_ root: String, versions: IndexVersions, stale: (Database) throws -> Void) throws -> SQLiteBriefingStore {
        let store = try SQLiteBriefingStore()
        let indexer = CorpusIndexer(store: store)
        indexer.versions = versions
        try indexer.update(paths: [root])
        try store.database.write(stale)
        store.reload()
        return store
    }

    /// An index of the fixture made by older extraction rules: other roles, no dates.
    static func indexByOlderExtraction(_ root: String) throws -> SQLiteBriefingStore {
        var versions = IndexVersions.current
        versions.extraction = Self.old.extraction
        return try Self.index(root, versions: versions) { db in
            try db.execute(sql: "UPDATE statements SET role = 'stale role'; DELETE FROM dates")
        }
    }

    @Test func newExtractionRulesReadEveryFileAgain() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let store = try Self.indexByOlderExtraction(root)
        #expect(try store.analysis().extractions.allSatisfy(\.dates.isEmpty))
        let report = try CorpusIndexer(store: store).update(paths: [root])
        #expect(report.reextracted == IndexFixture.files.count)
        #expect(report.changed.count == IndexFixture.files.count)
        #expect(report.rulesNote == "rules changed: re-extracting \(IndexFixture.files.count) files")
        StoredAnalysisTests.expectEqual(try store.analysis(), StoredAnalysisTests.memory(root))
        #expect(try CorpusIndexer(store: store).update(paths: [root]).wasCurrent)
    }

    /// New rules over a corpus the size of a first build: the tables are emptied at once and
    /// filled like a first build (indexes built afterwards), and the index then answers as a
    /// fresh one does — searches too.
    @Test func newExtractionRulesForEveryFileEmptyTheTablesAndFillThemLikeAFirstBuild() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let store = try Self.indexByOlderExtraction(root)
        let indexer = CorpusIndexer(store: store)
        indexer.bulkThreshold = 1
        let report = try indexer.update(paths: [root])
        #expect(report.reextracted == IndexFixture.files.count)
        StoredAnalysisTests.expectEqual(try store.analysis(), StoredAnalysisTests.memory(root))
        let fresh = try SQLiteBriefingStore()
        try CorpusIndexer(store: fresh).update(paths: [root])
        for query in ["tolls", "is:statement bridge", "minister"] {
            #expect(try store.search(query, limit: 100).map(\.id) == fresh.search(query, limit: 100).map(\.id), "\(query)")
        }
        let indexes = { (store: SQLiteBriefingStore) in
            try store.database.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name") }
        }
        #expect(try indexes(store) == indexes(fresh), "every index built again")
        #expect(try store.database.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
    }

    @Test func newClaimsRulesScoreTheStoredTextAgainWithoutReadingFiles() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let reference = TemporaryCorpus()
        // The files as written, read from elsewhere (their paths made this corpus's).
        var expected = StoredAnalysisTests.memory(IndexFixture.write(into: reference))
        expected.articles = expected.articles.map { article in
            var article = article
            article.path = article.path.replacingOccurrences(of: reference.root, with: corpus.root)
            return article
        }
        var versions = IndexVersions.current
        versions.claims = Self.old.claims
        let store = try Self.index(root, versions: versions) { db in
            try db.execute(sql: "UPDATE claims SET score = 0.01, reasons = '[\"stale\"]'")
        }
        let articles = try store.overview().articles
        // Each file's content swapped behind the same size and time: reading one would show.
        for file in IndexFixture.files {
            let path = root + "/" + file.path
            var info = stat()
            #expect(stat(path, &info) == 0)
            corpus.write(file.path, String(repeating: "x", count: Int(info.st_size)))
            var times = [info.st_atim, info.st_mtim]
            #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        }
        let report = try CorpusIndexer(store: store).update(paths: [root])
        #expect(report.rescored == articles)
        #expect(report.reextracted == 0 && report.changed.isEmpty && report.touched == 0)
        #expect(report.rulesNote == "rules changed: scoring the claims of \(IndexFixture.files.count) files again")
        let analysis = try store.analysis()
        #expect(analysis.extractions.flatMap(\.claims).allSatisfy { $0.reasons != ["stale"] })
        StoredAnalysisTests.expectEqual(analysis, expected)
        #expect(try CorpusIndexer(store: store).update(paths: [root]).wasCurrent)
    }

    @Test func newGroupingRulesGroupTheCorpusAgain() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        var versions = IndexVersions.current
        versions.grouping = Self.old.grouping
        let store = try Self.index(root, versions: versions) { db in
            try db.execute(sql: "UPDATE events SET title = 'stale title'")
        }
        let report = try CorpusIndexer(store: store).update(paths: [root])
        #expect(report.reanalysed && report.changed.isEmpty && report.unchanged == IndexFixture.files.count)
        #expect(try store.analysis().events.allSatisfy { $0.title != "stale title" })
        StoredAnalysisTests.expectEqual(try store.analysis(), StoredAnalysisTests.memory(root))
    }

    @Test func newAlignmentRulesAlignEveryEventAgain() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        var versions = IndexVersions.current
        versions.alignment = Self.old.alignment
        let store = try Self.index(root, versions: versions) { db in
            try db.execute(sql: "UPDATE differences SET summary = 'stale summary'")
        }
        let report = try CorpusIndexer(store: store).update(paths: [root])
        #expect(report.realignedEvents == report.events)
        #expect(try store.analysis().differences.allSatisfy { $0.summary != "stale summary" })
        StoredAnalysisTests.expectEqual(try store.analysis(), StoredAnalysisTests.memory(root))
    }

    @Test func anIndexMadeBeforeVersionsWereRecordedCountsAsVersionOne() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let folder = TemporaryCorpus()
        let path = folder.root + "/index.sqlite"
        do {
            let store = try SQLiteBriefingStore(path: path)
            try CorpusIndexer(store: store).update(paths: [root])
        }
        // The index an older briefing left: no version columns, no grouping version, schema v4.
        let old = try DatabasePool(path: path)
        try old.write { db in
            try db.execute(sql: """
                ALTER TABLE files DROP COLUMN extraction_version;
                ALTER TABLE files DROP COLUMN claims_version;
                DELETE FROM meta WHERE key = 'grouping';
                DELETE FROM grdb_migrations WHERE identifier = 'v5';
                """)
        }
        try old.close()
        let store = try SQLiteBriefingStore(path: path)
        let report = try CorpusIndexer(store: store).update(paths: [root])
        let current = IndexVersions.current
        #expect(report.reextracted == (current.extraction == "1" ? 0 : IndexFixture.files.count))
        #expect(report.rescored == 0 || current.claims != "1")
        #expect(report.reanalysed == (current.extraction != "1" || current.claims != "1" || current.grouping != "1"))
        StoredAnalysisTests.expectEqual(try store.analysis(), StoredAnalysisTests.memory(root))
    }
}
