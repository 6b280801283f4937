import Foundation
import GRDB
import Testing
@testable import BriefingCore

/// What `briefing statements|claims|dates|diff|events` print comes from the index: it must be
/// the analysis the files give in memory.
@Suite("The analysis read back from an index")
struct StoredAnalysisTests {
    static func expectEqual(_ stored: BriefingAnalysis, _ memory: BriefingAnalysis) {
        #expect(stored.articles == memory.articles)
        #expect(stored.extractions.count == memory.extractions.count)
        for (s, m) in zip(stored.extractions, memory.extractions) {
            #expect(s.statements == m.statements)
            #expect(s.dates == m.dates)
            #expect(s.claims == m.claims)
            #expect(s.assessments == m.assessments)
            #expect(s.nameVariants == m.nameVariants)
        }
        #expect(stored.events == memory.events)
        #expect(stored.statementGroups == memory.statementGroups)
        #expect(stored.differences == memory.differences)
    }

    static func memory(_ root: String) -> BriefingAnalysis {
        BriefingAnalysis(articles: CorpusReader().read(paths: [root]).articles)
    }

    @Test func equalsTheAnalysisOfTheFilesInMemory() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let stored = try IndexFixture.sqliteStore(root).analysis()
        let memory = Self.memory(root)
        Self.expectEqual(stored, memory)
        // Not equal by being empty: the fixture has dates, claims, differences.
        #expect(memory.extractions.contains { !$0.dates.isEmpty })
        #expect(memory.extractions.contains { !$0.claims.isEmpty })
        #expect(!memory.differences.isEmpty)
        #expect(memory.events.count >= 2)
    }

    @Test func onlyThePartsAskedForAreRead() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let store = try IndexFixture.sqliteStore(root)
        let whole = try store.analysis()
        let dates = try store.analysis(.dates)
        #expect(dates.articles == whole.articles)
        #expect(dates.extractions.map(\.dates) == whole.extractions.map(\.dates))
        #expect(dates.extractions.allSatisfy { $0.statements.isEmpty && $0.claims.isEmpty })
        #expect(dates.events.isEmpty && dates.differences.isEmpty)
        let cross = try store.analysis([.events, .differences])
        #expect(cross.events == whole.events)
        #expect(cross.differences == whole.differences)
        #expect(cross.extractions.allSatisfy { $0.dates.isEmpty })
    }

    @Test func staysEqualAfterFilesAreChangedAddedAndDeleted() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let store = try IndexFixture.sqliteStore(root)
        corpus.write("coastal/tariffs.txt", """
            date 2026-03-12
            Brandt defends steel tariffs

            Finance Minister Olaf Brandt defended the steel tariffs on Thursday. “The tariffs protect our workers,” Brandt said. “Steel imports fell by 15 percent last year,” he said.
            """)
        corpus.write("coastal/halden.txt", """
            date 2026-03-11
            Dam release guaranteed

            “We will not cut the flow in a drought year,” Prime Minister Mara Lindqvist said on Tuesday, falsely claiming the release was the largest ever.
            """)
        try FileManager.default.removeItem(atPath: root + "/ledger/editorial.txt")
        try CorpusIndexer(store: store).update(paths: [root])
        let memory = Self.memory(root)
        Self.expectEqual(try store.analysis(), memory)
        // The new outlet's judgement is shared by the claim's group.
        #expect(memory.extractions.contains { $0.claims.contains { !$0.assessments.isEmpty } })
    }

    @Test func onlyTheEventsAChangeTouchesAreAlignedAgain() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let store = try IndexFixture.sqliteStore(root)
        let before = try store.analysis()
        corpus.write("coastal/tariffs.txt", """
            date 2026-03-12
            Brandt defends steel tariffs

            Finance Minister Olaf Brandt defended the steel tariffs on Thursday. “The tariffs protect our workers,” Brandt said. “Steel imports fell by 15 percent last year,” he said.
            """)
        let report = try CorpusIndexer(store: store).update(paths: [root])
        #expect(report.changed.count == 1)
        #expect(report.events == before.events.count)
        #expect(report.realignedEvents == 1, "only the tariffs event")
        let after = try store.analysis()
        Self.expectEqual(after, Self.memory(root))
        // The Halden event's groups and differences are the stored ones, unchanged.
        let haldenArticles = Set(before.articles.filter { $0.path.hasSuffix("halden.txt") }.map(\.id))
        let halden = try #require(before.events.first { !haldenArticles.isDisjoint(with: $0.articleIDs) })
        #expect(after.statementGroups.filter { $0.eventID == halden.id } == before.statementGroups.filter { $0.eventID == halden.id })
        #expect(after.differences.filter { $0.eventID == halden.id } == before.differences.filter { $0.eventID == halden.id })
    }

    @Test func theSameFilesInAnotherOrderAreAlignedAgain() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let folders = ["wire", "ledger", "coastal"].map { root + "/" + $0 }
        let store = try SQLiteBriefingStore()
        try CorpusIndexer(store: store).update(paths: folders)
        // Same files, same index: the order decides each event's reference quotes and numbering.
        let reversed = Array(folders.reversed())
        let report = try CorpusIndexer(store: store).update(paths: reversed)
        #expect(report.changed.isEmpty && report.added.isEmpty)
        #expect(report.realignedEvents > 0)
        Self.expectEqual(try store.analysis(), BriefingAnalysis(articles: CorpusReader().read(paths: reversed).articles))
    }

    @Test func anIndexMadeBeforeDatesWereStoredReadsItsFilesAgain() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let path = corpus.root + "/index.sqlite"
        do {
            let store = try SQLiteBriefingStore(path: path)
            try CorpusIndexer(store: store).update(paths: [root])
        }
        // Made into the index an older briefing left: no dates table, migrations up to v2.
        let old = try DatabasePool(path: path)
        try old.write { db in
            try db.execute(sql: "DROP TABLE dates")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v3'")
        }
        try old.close()
        let store = try SQLiteBriefingStore(path: path)
        #expect(try store.analysis().extractions.allSatisfy(\.dates.isEmpty))
        let report = try CorpusIndexer(store: store).update(paths: [root])
        #expect(report.changed.count == IndexFixture.files.count)
        Self.expectEqual(try store.analysis(), Self.memory(root))
    }
}
