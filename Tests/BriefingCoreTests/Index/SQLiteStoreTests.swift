import Foundation
import GRDB
import Testing
@testable import BriefingCore

/// The fixture corpus, read once: in memory (the reference) and in an in-memory index.
final class IndexedFixture: @unchecked Sendable {
    static let shared = IndexedFixture()
    let corpus = TemporaryCorpus()
    let root: String
    let memory: MemoryBriefingStore
    let sqlite: SQLiteBriefingStore
    let lock = NSLock()

    init() {
        root = IndexFixture.write(into: corpus)
        memory = IndexFixture.memoryStore(root)
        sqlite = try! IndexFixture.sqliteStore(root)
    }

    /// "kind relative/path" for each hit.
    func keys(_ hits: [SearchHit], store: any BriefingStore) throws -> Set<String> {
        Set(try hits.map { hit in
            let path = try store.article(id: hit.articleID)?.path ?? "?"
            return "\(hit.kind.rawValue) " + path.replacingOccurrences(of: root + "/", with: "")
        })
    }
}

@Suite("The SQLite store", .serialized)
struct SQLiteStoreTests {
    let fixture = IndexedFixture.shared

    @Test func holdsWhatTheInMemoryAnalysisHolds() throws {
        fixture.lock.lock(); defer { fixture.lock.unlock() }
        let memory = fixture.memory, sqlite = fixture.sqlite
        #expect(try sqlite.overview() == memory.overview())
        let count = memory.timelineCount(.all)
        #expect(count > 0)
        #expect(try sqlite.timelineCount(.all) == count)
        #expect(try sqlite.timeline(.all, range: 0..<count) == memory.timeline(.all, range: 0..<count))
        #expect(try sqlite.speakers().map(\.name) == memory.speakers().map(\.name))
        #expect(try sqlite.sources().map(\.name) == memory.sources().map(\.name))
        for extraction in memory.analysis.extractions {
            for statement in extraction.statements {
                #expect(try sqlite.statement(id: statement.id) == statement)
                #expect(try sqlite.claims(statementID: statement.id).map(\.id) == memory.claims(statementID: statement.id).map(\.id))
                #expect(try sqlite.timelineEntry(containing: statement.id) == memory.timelineEntry(containing: statement.id))
            }
            for claim in extraction.claims {
                #expect(try Set(sqlite.claims(group: claim.group).map(\.id)) == Set(memory.claims(group: claim.group).map(\.id)))
                let some = [claim.articleID]
                #expect(try sqlite.claims(group: claim.group, inArticles: some).map(\.id) == memory.claims(group: claim.group, inArticles: some).map(\.id))
                #expect(memory.claims(group: claim.group, inArticles: some).contains { $0.id == claim.id })
                #expect(try sqlite.claims(group: claim.group).first { $0.id == claim.id }?.assessments.count == claim.assessments.count)
            }
        }
        for article in memory.analysis.articles { #expect(try sqlite.article(id: article.id) == article) }
        let articleIDs = memory.analysis.articles.map(\.id) + ["no-such-article"]
        #expect(try sqlite.sources(ofArticles: articleIDs) == memory.sources(ofArticles: articleIDs))
        #expect(memory.sources(ofArticles: articleIDs).count == memory.analysis.articles.filter { $0.source != nil }.count)
        for event in memory.analysis.events { #expect(try sqlite.event(id: event.id) == event) }
        let ids = memory.analysis.differences.map(\.id)
        #expect(try sqlite.differences(ids: ids) == memory.differences(ids: ids))
    }

    @Test func filtersTheTimelineLikeTheMemoryStore() throws {
        fixture.lock.lock(); defer { fixture.lock.unlock() }
        let memory = fixture.memory, sqlite = fixture.sqlite
        let entries = memory.timeline(.all, range: 0..<memory.timelineCount(.all))
        var filters: [TimelineFilter] = [TimelineFilter(speaker: "Olaf Brandt"), TimelineFilter(source: "wire"),
                                         TimelineFilter(speaker: "Mara Lindqvist", source: "ledger")]
        filters.append(TimelineFilter(positions: [0, 2, 3]))
        filters.append(TimelineFilter(speaker: "Mara Lindqvist", positions: Array(stride(from: 0, to: entries.count, by: 2))))
        let statementIDs = entries.prefix(4).flatMap(\.statementIDs)
        #expect(try sqlite.timelinePositions(containing: statementIDs) == memory.timelinePositions(containing: statementIDs))
        #expect(memory.timelinePositions(containing: statementIDs) == [0, 1, 2, 3])
        for filter in filters {
            let count = memory.timelineCount(filter)
            #expect(try sqlite.timelineCount(filter) == count)
            #expect(try sqlite.timeline(filter, range: 1..<(count + 2)) == memory.timeline(filter, range: 1..<(count + 2)))
            for entry in entries {
                #expect(try sqlite.timelineIndex(of: entry.id, filter) == memory.timelineIndex(of: entry.id, filter))
            }
        }
    }

    /// Queries and the hits they must find ("kind path"), checked against both stores.
    static let table: [(query: String, expected: Set<String>)] = [
        ("guarantee", ["statement wire/halden.txt", "claim wire/halden.txt", "article wire/halden.txt",
                       "statement ledger/halden.txt", "claim ledger/halden.txt", "article ledger/halden.txt"]),
        ("\"drought year\"", ["statement wire/halden.txt", "statement ledger/halden.txt", "article wire/halden.txt",
                              "article ledger/halden.txt", "claim wire/halden.txt", "claim ledger/halden.txt"]),
        ("tariffs -towns", ["statement coastal/tariffs.txt", "article coastal/tariffs.txt"]),
        ("cafe", ["article coastal/tariffs.txt"]),
        ("naive résumé", ["article ledger/editorial.txt"]),
        ("is:article river", ["article ledger/editorial.txt"]),
        ("speaker:lindqvist flow is:statement", ["statement wire/halden.txt", "statement ledger/halden.txt"]),
        ("kind:indirect cost*", ["statement wire/halden.txt", "statement ledger/halden.txt", "claim wire/halden.txt"]),
        ("date:2026-03-11..2026-03-13 steel", ["statement coastal/tariffs.txt", "article coastal/tariffs.txt", "claim coastal/tariffs.txt"]),
        ("source:wire is:statement speaker:brandt", ["statement wire/halden.txt", "statement wire/tariffs.txt"]),
        ("speaker:brandt -tariffs is:statement", ["statement wire/halden.txt", "statement ledger/halden.txt", "statement coastal/tariffs.txt",
                                                  "statement wire/tariffs.txt"]),
        ("duties OR imports", ["statement wire/tariffs.txt", "statement coastal/tariffs.txt", "article wire/tariffs.txt",
                               "article coastal/tariffs.txt", "claim wire/tariffs.txt", "claim coastal/tariffs.txt"]),
        ("(flow OR tariffs) protect is:statement", ["statement coastal/tariffs.txt", "statement wire/tariffs.txt"]),
        ("zebra", []),
    ]

    @Test(arguments: table)
    func queriesFindTheirHitsInBothStores(query: String, expected: Set<String>) throws {
        fixture.lock.lock(); defer { fixture.lock.unlock() }
        let fromMemory = try fixture.memory.search(query, limit: 100)
        let fromIndex = try fixture.sqlite.search(query, limit: 100)
        #expect(Set(fromIndex.map(\.id)) == Set(fromMemory.map(\.id)), "\(query)")
        let found = try fixture.keys(fromIndex, store: fixture.sqlite)
        #expect(found == expected, "\(query): \(found.sorted())")
        // Same snippets and spans, whichever store found them.
        let byID = Dictionary(fromMemory.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for hit in fromIndex {
            #expect(hit.snippet == byID[hit.id]?.snippet)
            #expect(hit.matches == byID[hit.id]?.matches)
            #expect(hit.span == byID[hit.id]?.span)
        }
    }

    /// An article about the search word outranks one that mentions it once among many other
    /// words, in both stores; and `limit` cuts that order.
    @Test func moreRelevantHitsComeFirst() throws {
        let corpus = TemporaryCorpus()
        corpus.write("focused.txt", """
            date 2026-03-10
            Tariffs on steel and tariffs on grain

            "Tariffs are a tax on our own farmers," Ilse Varga said on Tuesday. "These tariffs will be gone by spring."
            """)
        corpus.write("passing.txt", """
            date 2026-03-10
            Harbour budget approved after long debate

            The council approved the harbour budget on Tuesday after a debate that ran past midnight. Members argued \
            over dredging, ferry timetables, the new breakwater, pay for the pilots, the fish market's lease, the \
            lighthouse repairs and the cost of the winter ice service. "We have cut dredging costs and we will keep \
            the ferries running all year," the harbour chair, Tomas Berg, said. One member mentioned tariffs in passing.
            """)
        for store in [IndexFixture.memoryStore(corpus.root) as any BriefingStore, try IndexFixture.sqliteStore(corpus.root)] {
            let hits = try store.search("tariffs", limit: 100)
            let articles = try hits.map { try store.article(id: $0.articleID)?.path ?? "?" }
            let firstPassing = try #require(articles.firstIndex { $0.hasSuffix("passing.txt") }, "\(articles)")
            #expect(articles.prefix(firstPassing).contains { $0.hasSuffix("focused.txt") } && articles.first?.hasSuffix("focused.txt") == true, "\(articles)")
            #expect(hits[0].score > hits[firstPassing].score)
            #expect(try store.search("tariffs", limit: 1).map(\.id) == [hits[0].id])
        }
    }

    /// `--limit N` is the first N of the whole order, whatever ties the scores and days hold.
    @Test func aLimitCutsTheFullOrder() throws {
        fixture.lock.lock(); defer { fixture.lock.unlock() }
        for text in ["tariffs", "speaker:brandt", "speaker:lindqvist", "flow OR river", "is:statement", "is:claim", "source:wire", "steel OR dam OR water"] {
            let all = try fixture.sqlite.search(text, limit: 500).map(\.id)
            #expect(all.count > 1, "\(text)")
            for n in 1...min(all.count, 15) {
                #expect(try fixture.sqlite.search(text, limit: n).map(\.id) == Array(all.prefix(n)), "\(text) --limit \(n)")
            }
        }
    }

    @Test func aSearchRestrictsTheTimelineToTheSameEntriesInBothStores() throws {
        fixture.lock.lock(); defer { fixture.lock.unlock() }
        for text in ["tariffs", "flow OR river", "speaker:brandt", "guarantee is:claim", "largest -dam", "date:2026-03-12 steel", "nothingmatches"] {
            var query = try SearchQuery(parsing: text)
            query.filters.hitKinds = [.statement, .claim]
            let fromIndex = try fixture.sqlite.timelinePositions(matching: query, limit: 500)
            let fromMemory = try fixture.memory.timelinePositions(matching: query, limit: 500)
            #expect(fromIndex.positions == fromMemory.positions, "\(text)")
            #expect(fromIndex.matches == fromMemory.matches, "\(text)")
            // The same as reading the hits and looking their statements up.
            let hits = try fixture.sqlite.search(query, limit: 500)
            #expect(fromIndex.positions == (try fixture.sqlite.timelinePositions(containing: hits.compactMap(\.statementID))), "\(text)")
        }
    }

    @Test func filtersSelectButDoNotChangeTheScore() throws {
        fixture.lock.lock(); defer { fixture.lock.unlock() }
        let plain = Dictionary(try fixture.sqlite.search("tariffs", limit: 100).map { ($0.id, $0.score) }, uniquingKeysWith: { a, _ in a })
        let filtered = try fixture.sqlite.search("tariffs speaker:brandt is:statement", limit: 100)
        #expect(!filtered.isEmpty)
        for hit in filtered {
            #expect(hit.kind == .statement)
            #expect(hit.score == plain[hit.id], "\(hit.id)")
        }
    }

    static let hostile = [
        "", "\"?!\"", "?!", "NOT", "(", ")", "\"", "AND", "OR", "-", "*", "speaker:", "date:2025-13-45", "date:..",
        String(repeating: "(", count: 500), String(repeating: "a ", count: 2_000), "NEAR(a b)", "a NEAR b", "\"a\" * *", "^a",
        "col:flow", "{flow}", "flow:", "'; DROP TABLE articles; --", "\u{0}", "\u{1B}[31m", "flow*ing", "a\"b", "-\"\"", "\"\"*",
        "x OR -y", "(-x)", "- flow", "flow -", "NOT NOT flow", "* flow", "speaker:\"", "date:2026", "date:2026-03", "is:",
    ].map(HostileQuery.init)

    /// A query shown in test names with its control characters escaped: an escape sequence in a
    /// name would reach the terminal that runs `swift test`.
    struct HostileQuery: Sendable, CustomTestStringConvertible {
        let text: String
        var testDescription: String {
            let shown = text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
            return shown.count > 60 ? String(shown.prefix(60)) + "…" : shown
        }
    }

    @Test(arguments: hostile)
    func hostileQueriesGiveAClearErrorOrNoResultsNeverAnSQLiteError(_ hostile: HostileQuery) {
        let query = hostile.text
        fixture.lock.lock(); defer { fixture.lock.unlock() }
        for store in [fixture.sqlite as any BriefingStore, fixture.memory] {
            do {
                _ = try store.search(query, limit: 10)
            } catch is SearchQueryError {
            } catch {
                Issue.record("\(query.prefix(40)): \(error)")
            }
        }
    }

    @Test func porterStemmingMatchesFTS5() throws {
        var words = ["guarantee", "guarantees", "guaranteed", "running", "caresses", "ponies", "ties", "caress", "cats", "feed",
                     "agreed", "plastered", "bled", "motoring", "sing", "conflated", "troubled", "sized", "hopping", "tanned",
                     "falling", "hissing", "fizzed", "failing", "filing", "happy", "sky", "relational", "conditional", "rational",
                     "valenci", "hesitanci", "digitizer", "conformabli", "radicalli", "differentli", "vileli", "analogousli",
                     "vietnamization", "predication", "operator", "feudalism", "decisiveness", "hopefulness", "callousness",
                     "formaliti", "sensitiviti", "sensibiliti", "triplicate", "formative", "formalize", "electriciti",
                     "electrical", "hopeful", "goodness", "revival", "allowance", "inference", "airliner", "gyroscopic",
                     "adjustable", "defensible", "irritant", "replacement", "adjustment", "dependent", "adoption", "homologou",
                     "communism", "activate", "angulariti", "homologous", "effective", "bowdlerize", "probate", "rate", "cease",
                     "controll", "roll", "generalizations", "oscillators", "yes", "by", "a", "is", "eed", "ied", "ss", "xyz",
                     "nørby", "cafe", "naive", "résumé", "40", "2027", "12th"]
        let corpus = SyntheticCorpus(seed: 3, articleCount: 40)
        for i in 0..<40 { words += SearchText.foldedWords(corpus.article(at: i).contents) }
        let unique = Array(Set(words))
        let queue = try DatabaseQueue()
        let stems = try queue.write { db -> Set<String> in
            try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='\(IndexSchema.tokenizer)')")
            try db.execute(sql: "CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')")
            try db.execute(sql: "INSERT INTO t(x) VALUES (?)", arguments: [unique.joined(separator: " ")])
            return Set(try String.fetchAll(db, sql: "SELECT term FROM v"))
        }
        let mine = Set(unique.flatMap(SearchText.foldedWords).map(PorterStemmer.stem))
        #expect(mine.subtracting(stems).isEmpty, "only here: \(mine.subtracting(stems).sorted())")
        #expect(stems.subtracting(mine).isEmpty, "only in FTS5: \(stems.subtracting(mine).sorted())")
    }
}
