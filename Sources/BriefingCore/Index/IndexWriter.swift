import Foundation
import GRDB

/// The writes of an update that read the index: removing the rows of articles that went away,
/// bringing the corpus-wide values of kept rows up to date, clearing the cross-article analysis
/// before it is written again. New rows are encoded by ``IndexRowEncoder``.
struct IndexWriter {
    let db: Database

    /// Deletes an article, its statements, claims and judgements, and their search rows (a
    /// contentless FTS5 row is deleted by giving back the text it indexed).
    func deleteArticle(id: String) throws {
        var deleteSearch = try BulkStatement(db, sql: "INSERT INTO search(search, rowid, headline, body, tags) VALUES('delete', ?, ?, ?, ?)")
        func unindex(_ rowid: Int64, _ headline: String, _ body: String, _ tags: String) throws {
            try deleteSearch.runSearchRow(rowid, headline, body, tags)
        }
        for row in try Row.fetchAll(db, sql: "SELECT rowid, text, speaker, source, kind, day, has_diff FROM statements WHERE article = ?", arguments: [id]) {
            try unindex(row[0] * 4, "", row[1], SearchTags.of(kind: .statement, speaker: row[2], source: row[3], statementKind: StatementKind(rawValue: row[4]),
                                                                claimType: nil, day: row[5], hasDifference: row[6]))
        }
        for row in try Row.fetchAll(db, sql: "SELECT rowid, text, speaker, source, statement_kind, type, day, has_diff FROM claims WHERE article = ?", arguments: [id]) {
            try unindex(row[0] * 4 + 1, "", row[1], SearchTags.of(kind: .claim, speaker: row[2], source: row[3],
                                                                    statementKind: (row[4] as String?).flatMap(StatementKind.init(rawValue:)),
                                                                    claimType: ClaimType(rawValue: row[5]), day: row[6], hasDifference: row[7]))
        }
        if let row = try Row.fetchOne(db, sql: "SELECT rowid, headline, text, source, day, has_diff FROM articles WHERE id = ?", arguments: [id]) {
            try unindex(row[0] * 4 + 2, (row[1] as String?) ?? "", row[2], SearchTags.of(kind: .article, speaker: nil, source: row[3], statementKind: nil,
                                                                                      claimType: nil, day: row[4], hasDifference: row[5]))
        }
        for table in ["statements", "claims", "assessments", "dates"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE article = ?", arguments: [id])
        }
        try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [id])
    }

    /// Brings a kept article's corpus-wide values (unified speakers, claim groups, entries,
    /// difference flags) up to date, writing only rows whose values changed.
    func refresh(kept: StoredArticle, analysed: ArticleExtraction, analysisIndex: Int, lookup: EntryLookup) throws {
        let article = kept.article
        // Search rows carry speaker and difference tags: a changed one is indexed again.
        var retag = try BulkStatement(db, sql: "INSERT INTO search(search, rowid, headline, body, tags) VALUES('delete', ?, ?, ?, ?)")
        var tag = try BulkStatement(db, sql: "INSERT INTO search(rowid, headline, body, tags) VALUES (?, ?, ?, ?)")
        func reindex(_ rowid: Int64, _ headline: String, _ body: String, old: String, new: String) throws {
            for (statement, tags) in [(0, old), (1, new)] {
                if statement == 0 { retag.bind(rowid); retag.bind(headline); retag.bind(body); retag.bind(tags); try retag.run() }
                else { tag.bind(rowid); tag.bind(headline); tag.bind(body); tag.bind(tags); try tag.run() }
            }
        }
        func rowid(_ table: String, _ id: String) throws -> Int64 {
            try Int64.fetchOne(db, sql: "SELECT rowid FROM \(table) WHERE id = ?", arguments: [id]) ?? -1
        }
        let hasDifference = lookup.articlesWithDifferences.contains(article.id)
        if hasDifference != kept.hasDifference {
            try db.cachedStatement(sql: "UPDATE articles SET has_diff = ? WHERE id = ?").execute(arguments: [hasDifference, article.id])
            func tags(_ flag: Bool) -> String {
                SearchTags.of(kind: .article, speaker: nil, source: article.source, statementKind: nil, claimType: nil, day: article.date?.ordinal, hasDifference: flag)
            }
            try reindex(try rowid("articles", article.id) * 4 + 2, article.headline ?? "", article.text, old: tags(kept.hasDifference), new: tags(hasDifference))
        }
        // What a claim takes from its statement.
        var statementInfo: [String: (kind: StatementKind, hasDifference: Bool)] = [:]
        let updateStatement = try db.cachedStatement(sql: "UPDATE statements SET speaker = ?, entry = ?, has_diff = ? WHERE id = ?")
        for (ordinal, (statement, stored)) in zip(analysed.statements, kept.statementState).enumerated() {
            let holder = lookup.entry(article: analysisIndex, statement: ordinal)
            let entry = holder?.id
            let flag = holder?.hasDifference ?? false
            statementInfo[statement.id] = (statement.kind, flag)
            if statement.speaker != stored.speaker || entry != stored.entry || flag != stored.hasDifference {
                try updateStatement.execute(arguments: [statement.speaker, entry, flag, statement.id])
            }
            if statement.speaker != stored.speaker || flag != stored.hasDifference {
                func tags(_ speaker: String?, _ flag: Bool) -> String {
                    SearchTags.of(kind: .statement, speaker: speaker, source: article.source, statementKind: statement.kind, claimType: nil,
                                  day: (statement.date?.day ?? article.date)?.ordinal, hasDifference: flag)
                }
                try reindex(try rowid("statements", statement.id) * 4, "", statement.text, old: tags(stored.speaker, stored.hasDifference), new: tags(statement.speaker, flag))
            }
        }
        let updateClaim = try db.cachedStatement(sql: "UPDATE claims SET speaker = ?, group_id = ?, has_diff = ? WHERE id = ?")
        for (claim, stored) in zip(analysed.claims, kept.claimState) {
            let info = claim.statementID.flatMap { statementInfo[$0] }
            let flag = info?.hasDifference ?? false
            if claim.speaker != stored.speaker || claim.group != stored.group || flag != stored.hasDifference {
                try updateClaim.execute(arguments: [claim.speaker, claim.group, flag, claim.id])
            }
            if claim.speaker != stored.speaker || flag != stored.hasDifference {
                func tags(_ speaker: String?, _ flag: Bool) -> String {
                    SearchTags.of(kind: .claim, speaker: speaker, source: article.source, statementKind: info?.kind,
                                  claimType: claim.type, day: (claim.date ?? article.date)?.ordinal, hasDifference: flag)
                }
                try reindex(try rowid("claims", claim.id) * 4 + 1, "", claim.text, old: tags(stored.speaker, stored.hasDifference), new: tags(claim.speaker, flag))
            }
        }
    }

    /// Empties events, the timeline and the name lists, and the statement groups and differences
    /// of all events but `keptEvents` (events that kept their stored alignment): their rows keep
    /// their positions, which order them within their event (readers order by the event's
    /// position first). ``IndexRowEncoder`` writes the rest again.
    func clearAnalysis(keptEvents: Set<String>) throws {
        for table in ["events", "timeline", "timeline_sources", "search_names", "event_summaries"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
        for table in ["statement_groups", "differences"] {
            if keptEvents.isEmpty {
                try db.execute(sql: "DELETE FROM \(table)")
            } else {
                try db.execute(sql: "DELETE FROM \(table) WHERE event NOT IN (SELECT value FROM json_each(?))", arguments: [IndexCoding.json(Array(keptEvents))])
            }
        }
    }
}

extension BulkStatement {
    /// Binds the values of a `search` row (rowid, headline, body, tags), in that order, and runs
    /// the statement: inserting a row and deleting one (FTS5's `'delete'`) take the same values.
    mutating func runSearchRow(_ rowid: Int64, _ headline: String, _ body: String, _ tags: String) throws {
        bind(rowid)
        bind(headline)
        bind(body)
        bind(tags)
        try run()
    }
}
