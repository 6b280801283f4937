import GRDB
import Testing
@testable import BriefingCore

/// `briefing_rank`, the index's ranking function: FTS5's BM25 over the query's own phrases.
@Suite("Ranking search hits")
struct SearchRankTests {
    /// A three-column FTS5 table like the index's, on a connection configured like the store's.
    func table(_ rows: [(headline: String, body: String, tags: String)]) throws -> DatabaseQueue {
        let queue = try DatabaseQueue(configuration: SQLiteBriefingStore.configuration())
        try queue.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE search USING fts5(headline, body, tags, tokenize='\(IndexSchema.tokenizer)')")
            for row in rows {
                try db.execute(sql: "INSERT INTO search(headline, body, tags) VALUES (?, ?, ?)", arguments: [row.headline, row.body, row.tags])
            }
        }
        return queue
    }

    let rows: [(headline: String, body: String, tags: String)] = [
        ("", "the dam will release water in spring", "isstatement spa"),
        ("Water deal", "the minister said water would flow", "isarticle"),
        ("", "steel tariffs protect workers", "isstatement spb"),
        ("", "water water everywhere and the dam holds", "isstatement spa"),
        ("", "the tariffs on steel stay until spring", "isclaim spb"),
        ("", "nothing to see here", "isstatement spa"),
    ]

    @Test func agreesWithFTS5Bm25WhenEveryPhraseIsAWord() throws {
        let queue = try table(rows)
        for pattern in ["water", "water OR steel", "\"the dam\"", "spring AND (water OR steel)", "tariff*"] {
            let pairs = try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT briefing_rank(search, 99, 2.0, 1.0, 1.0), bm25(search, 2.0, 1.0, 1.0) FROM search WHERE search MATCH ?",
                                 arguments: [pattern])
            }
            #expect(!pairs.isEmpty, "\(pattern)")
            for pair in pairs {
                let mine: Double = pair[0], theirs: Double = pair[1]
                #expect(abs(mine + theirs) < 1e-9, "\(pattern): \(mine) vs \(theirs)")
            }
        }
    }

    @Test func filterTagsAfterTheWordsDoNotCount() throws {
        let queue = try table(rows)
        let (plain, filtered) = try queue.read { db in
            (try Double.fetchAll(db, sql: "SELECT briefing_rank(search, 1, 2.0, 1.0, 0.0) FROM search WHERE search MATCH ? ORDER BY rowid",
                                 arguments: ["({headline body} : water) AND (tags : spa)"]),
             try Double.fetchAll(db, sql: "SELECT briefing_rank(search, 1, 2.0, 1.0, 0.0) FROM search WHERE search MATCH ? AND (rowid IN (1, 4)) ORDER BY rowid",
                                 arguments: ["{headline body} : water"]))
        }
        #expect(plain.count == 2)
        #expect(plain == filtered)
    }

    @Test func aRareWordOutweighsACommonOneAndHeadlinesCountDouble() throws {
        let queue = try table(rows)
        let scores = try queue.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT rowid, briefing_rank(search, 2, 2.0, 1.0, 0.0) FROM search WHERE search MATCH ?",
                                                             arguments: ["{headline body} : (water OR holds)"]).map { ($0[0] as Int64, $0[1] as Double) })
        }
        // Row 4 has "water" twice and the rarer "holds"; row 1 has "water" once.
        #expect(scores[4]! > scores[1]!)
        // Row 2 has "water" in its headline (weight 2) and once in the body.
        #expect(scores[2]! > scores[1]!)
    }
}
