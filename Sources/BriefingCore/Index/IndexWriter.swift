import Foundation
import GRDB

/// Writes one update of an index inside the caller's transaction: removes the rows of articles
/// that went away, inserts new articles with everything extracted from them, brings the
/// corpus-wide values of kept rows up to date, and replaces the cross-article analysis.
struct IndexWriter {
    let db: Database
    /// Full-text rows of inserted articles, statements and claims, written by
    /// ``writeSearchRows()`` kind by kind in rowid order. FTS5 keeps new rows in memory only
    /// while rowids ascend and writes a segment whenever one does not: inserted article by
    /// article (article, its statements, its claims), every article cost three tiny segments and
    /// their merging, two thirds of the time spent writing a first build.
    private var searchRows: [[SearchRow]] = [[], [], []]

    struct SearchRow {
        var rowid: Int64
        var headline: String
        var body: String
        var tags: String
    }
    /// Values that depend on the whole corpus, per row: the timeline, and for each article of
    /// the analysis (by index) the entry position of each statement (by ordinal; -1 for none).
    let entries: [TimelineEntry]
    let entryOfStatement: [[Int32]]
    let articlesWithDifferences: Set<String>

    init(db: Database, entries: [TimelineEntry], entryOfStatement: [[Int32]], differences: [Difference]) {
        self.db = db
        self.entries = entries
        self.entryOfStatement = entryOfStatement
        articlesWithDifferences = Set(differences.flatMap { $0.items.map(\.articleID) })
    }

    /// The entry holding statement `ordinal` of article `article` (an index into the analysis),
    /// and whether differences concern it.
    func entry(article: Int, statement ordinal: Int) -> (id: String, hasDifference: Bool)? {
        guard article < entryOfStatement.count, ordinal < entryOfStatement[article].count else { return nil }
        let position = Int(entryOfStatement[article][ordinal])
        guard position >= 0 && position < entries.count else { return nil }
        return (entries[position].id, !entries[position].differenceIDs.isEmpty)
    }

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

    /// Inserts an article: `extracted` as extraction returned it, `analysed` with speakers
    /// unified and claims grouped.
    mutating func insert(article: Article, file: String, position: Int, bodyHash: UInt64, extracted: ArticleExtraction, analysed: ArticleExtraction,
                         analysisIndex: Int) throws {
        var insertArticle = try BulkStatement(db, sql: """
            INSERT INTO articles(id, file, position, path, format, source, day, headline, place, url, author, text, body_hash, name_variants, has_diff)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertArticle.bind(article.id)
        insertArticle.bind(file)
        insertArticle.bind(position)
        insertArticle.bind(article.path)
        insertArticle.bind(article.format.rawValue)
        insertArticle.bind(article.source)
        insertArticle.bind(article.date?.ordinal)
        insertArticle.bind(article.headline)
        insertArticle.bind(article.place)
        insertArticle.bind(article.url)
        insertArticle.bind(article.author)
        insertArticle.bind(article.text)
        insertArticle.bind(Int64(bitPattern: bodyHash))
        insertArticle.bind(IndexCoding.nameVariants(extracted.nameVariants))
        insertArticle.bind(articlesWithDifferences.contains(article.id))
        try insertArticle.run()
        let articleRow = db.lastInsertedRowID
        func index(_ rowid: Int64, _ headline: String, _ body: String, _ tags: String) {
            searchRows[Int(rowid & 3)].append(SearchRow(rowid: rowid, headline: headline, body: body, tags: tags))
        }
        index(articleRow * 4 + 2, article.headline ?? "", article.text,
                  SearchTags.of(kind: .article, speaker: nil, source: article.source, statementKind: nil, claimType: nil,
                                day: article.date?.ordinal, hasDifference: articlesWithDifferences.contains(article.id)))
        var insertStatement = try BulkStatement(db, sql: """
            INSERT INTO statements(id, article, ordinal, kind, extracted_speaker, speaker, speaker_mention, speaker_start, speaker_end,
                role, is_organisation, cue, text, spans, date_value, date_evidence, date_evidence_start, date_evidence_end, date_basis,
                pronoun_mismatch, day, source, entry, has_diff)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // What a claim takes from its statement.
        var statementInfo: [String: (kind: StatementKind, hasDifference: Bool)] = [:]
        statementInfo.reserveCapacity(analysed.statements.count)
        for (ordinal, (raw, statement)) in zip(extracted.statements, analysed.statements).enumerated() {
            let entry = self.entry(article: analysisIndex, statement: ordinal)
            let hasDifference = entry?.hasDifference ?? false
            let day = (statement.date?.day ?? article.date)?.ordinal
            statementInfo[statement.id] = (statement.kind, hasDifference)
            insertStatement.bind(statement.id)
            insertStatement.bind(article.id)
            insertStatement.bind(ordinal)
            insertStatement.bind(statement.kind.rawValue)
            insertStatement.bind(raw.speaker)
            insertStatement.bind(statement.speaker)
            insertStatement.bind(statement.speakerMention)
            insertStatement.bind(statement.speakerSpan?.start)
            insertStatement.bind(statement.speakerSpan?.end)
            insertStatement.bind(statement.role)
            insertStatement.bind(statement.speakerIsOrganisation)
            insertStatement.bind(statement.cue)
            insertStatement.bind(statement.text)
            insertStatement.bind(IndexCoding.spans(statement.spans))
            insertStatement.bind(statement.date?.description)
            insertStatement.bind(statement.dateEvidence)
            insertStatement.bind(statement.dateEvidenceSpan?.start)
            insertStatement.bind(statement.dateEvidenceSpan?.end)
            insertStatement.bind(statement.dateBasis.rawValue)
            insertStatement.bind(statement.pronounMismatch)
            insertStatement.bind(day)
            insertStatement.bind(article.source)
            insertStatement.bind(entry?.id)
            insertStatement.bind(hasDifference)
            try insertStatement.run()
            index(db.lastInsertedRowID * 4, "", statement.text,
                  SearchTags.of(kind: .statement, speaker: statement.speaker, source: article.source, statementKind: statement.kind, claimType: nil,
                                day: day, hasDifference: hasDifference))
        }
        var insertClaim = try BulkStatement(db, sql: """
            INSERT INTO claims(id, article, ordinal, statement, extracted_speaker, speaker, claim_day, day, source, text, evidence_start,
                evidence_end, evidence_text, type, score, reasons, group_id, statement_kind, has_diff)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var claimOfAssessment: [Assessment: String] = [:]
        let bytes = Array(article.text.utf8)
        for (ordinal, (raw, claim)) in zip(extracted.claims, analysed.claims).enumerated() {
            for assessment in raw.assessments { claimOfAssessment[assessment] = raw.id }
            let info = claim.statementID.flatMap { statementInfo[$0] }
            let hasDifference = info?.hasDifference ?? false
            // The evidence is stored only when it is not the article's own words at its span.
            let evidenceIsArticleText = IndexWriter.isText(bytes, at: claim.evidence, claim.evidenceText)
            insertClaim.bind(claim.id)
            insertClaim.bind(article.id)
            insertClaim.bind(ordinal)
            insertClaim.bind(claim.statementID)
            insertClaim.bind(raw.speaker)
            insertClaim.bind(claim.speaker)
            insertClaim.bind(claim.date?.ordinal)
            insertClaim.bind((claim.date ?? article.date)?.ordinal)
            insertClaim.bind(article.source)
            insertClaim.bind(claim.text)
            insertClaim.bind(claim.evidence.start)
            insertClaim.bind(claim.evidence.end)
            insertClaim.bind(evidenceIsArticleText ? nil : claim.evidenceText)
            insertClaim.bind(claim.type.rawValue)
            insertClaim.bind(claim.score)
            insertClaim.bind(IndexCoding.json(claim.reasons))
            insertClaim.bind(claim.group)
            insertClaim.bind(info?.kind.rawValue)
            insertClaim.bind(hasDifference)
            try insertClaim.run()
            index(db.lastInsertedRowID * 4 + 1, "", claim.text,
                  SearchTags.of(kind: .claim, speaker: claim.speaker, source: article.source, statementKind: info?.kind,
                                claimType: claim.type, day: (claim.date ?? article.date)?.ordinal, hasDifference: hasDifference))
        }
        var insertAssessment = try BulkStatement(db, sql: """
            INSERT INTO assessments(article, ordinal, claim, source, label, cue, start, end, sentence_start, sentence_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, assessment) in extracted.assessments.enumerated() {
            insertAssessment.bind(article.id)
            insertAssessment.bind(ordinal)
            insertAssessment.bind(claimOfAssessment[assessment])
            insertAssessment.bind(assessment.source)
            insertAssessment.bind(assessment.label.rawValue)
            insertAssessment.bind(assessment.cue)
            insertAssessment.bind(assessment.span.start)
            insertAssessment.bind(assessment.span.end)
            insertAssessment.bind(assessment.sentence.start)
            insertAssessment.bind(assessment.sentence.end)
            try insertAssessment.run()
        }
        var insertDate = try BulkStatement(db, sql: """
            INSERT INTO dates(article, ordinal, token_start, token_end, start, end, mention, value, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, date) in extracted.dates.enumerated() {
            insertDate.bind(article.id)
            insertDate.bind(ordinal)
            insertDate.bind(date.tokens.lowerBound)
            insertDate.bind(date.tokens.upperBound)
            insertDate.bind(date.range.lowerBound)
            insertDate.bind(date.range.upperBound)
            insertDate.bind(IndexCoding.mention(date.mention))
            insertDate.bind(date.value?.description)
            insertDate.bind(date.reference?.ordinal)
            try insertDate.run()
        }
    }

    /// Whether `string` is the bytes of `text` at `span`.
    static func isText(_ text: [UInt8], at span: TextSpan, _ string: String) -> Bool {
        guard span.start >= 0, span.start <= span.end, span.end <= text.count else { return false }
        var string = string
        return string.withUTF8 { bytes in
            bytes.count == span.end - span.start && text.withUnsafeBufferPointer { all in
                bytes.isEmpty || memcmp(all.baseAddress! + span.start, bytes.baseAddress!, bytes.count) == 0
            }
        }
    }

    /// Writes the full-text rows of the articles inserted so far: articles, then statements,
    /// then claims, each in rowid order.
    mutating func writeSearchRows() throws {
        var search = try BulkStatement(db, sql: "INSERT INTO search(rowid, headline, body, tags) VALUES (?, ?, ?, ?)")
        for kind in [2, 0, 1] {
            for row in searchRows[kind].sorted(by: { $0.rowid < $1.rowid }) {
                try search.runSearchRow(row.rowid, row.headline, row.body, row.tags)
            }
            searchRows[kind] = []
        }
    }

    /// Brings a kept article's corpus-wide values (unified speakers, claim groups, entries,
    /// difference flags) up to date, writing only rows whose values changed.
    func refresh(kept: StoredArticle, analysed: ArticleExtraction, analysisIndex: Int) throws {
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
        let hasDifference = articlesWithDifferences.contains(article.id)
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
            let holder = self.entry(article: analysisIndex, statement: ordinal)
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

    /// Replaces events, statement groups, differences, the timeline and the name lists. The
    /// statement groups and differences of `keptEvents` (events that kept their stored
    /// alignment) are left as they are: their rows keep their positions, which order them within
    /// their event (readers order by the event's position first).
    func replaceAnalysis(_ analysis: BriefingAnalysis, entries: [TimelineEntry], keptEvents: Set<String> = []) throws {
        for table in ["events", "timeline", "timeline_sources", "search_names"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
        for table in ["statement_groups", "differences"] {
            if keptEvents.isEmpty {
                try db.execute(sql: "DELETE FROM \(table)")
            } else {
                try db.execute(sql: "DELETE FROM \(table) WHERE event NOT IN (SELECT value FROM json_each(?))", arguments: [IndexCoding.json(Array(keptEvents))])
            }
        }
        var insertEvent = try BulkStatement(db, sql: "INSERT INTO events(id, position, day, title, speakers, articles, sources, transcript) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        for (position, event) in analysis.events.enumerated() {
            insertEvent.bind(event.id)
            insertEvent.bind(position)
            insertEvent.bind(event.date?.ordinal)
            insertEvent.bind(event.title)
            insertEvent.bind(IndexCoding.json(event.speakers))
            insertEvent.bind(IndexCoding.json(event.articleIDs))
            insertEvent.bind(IndexCoding.json(event.sources))
            insertEvent.bind(event.transcriptID)
            try insertEvent.run()
        }
        var insertGroup = try BulkStatement(db, sql: "INSERT OR REPLACE INTO statement_groups(id, position, event, speaker, statements) VALUES (?, ?, ?, ?, ?)")
        // Rows go in by id (their position is a column): the id key then grows at its end
        // instead of taking hundreds of thousands of random inserts.
        func byID(_ ids: [String]) -> [Int] { ids.indices.sorted { ids[$0] < ids[$1] } }
        let groups = analysis.statementGroups
        for position in byID(groups.map(\.id)) where !keptEvents.contains(groups[position].eventID) {
            let group = groups[position]
            insertGroup.bind(group.id)
            insertGroup.bind(position)
            insertGroup.bind(group.eventID)
            insertGroup.bind(group.speaker)
            insertGroup.bind(IndexCoding.json(group.statementIDs))
            try insertGroup.run()
        }
        var insertDifference = try BulkStatement(db, sql: """
            INSERT OR REPLACE INTO differences(id, position, event, kind, summary, speaker, sources, items, edits, minor, group_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let differences = analysis.differences
        for position in byID(differences.map(\.id)) where !keptEvents.contains(differences[position].eventID) {
            let difference = differences[position]
            insertDifference.bind(difference.id)
            insertDifference.bind(position)
            insertDifference.bind(difference.eventID)
            insertDifference.bind(difference.kind.rawValue)
            insertDifference.bind(difference.summary)
            insertDifference.bind(difference.speaker)
            insertDifference.bind(IndexCoding.json(difference.sources))
            insertDifference.bind(IndexCoding.items(difference.items))
            insertDifference.bind(IndexCoding.edits(difference.edits))
            insertDifference.bind(difference.minor)
            insertDifference.bind(difference.groupID)
            try insertDifference.run()
        }
        var insertEntry = try BulkStatement(db, sql: """
            INSERT INTO timeline(position, id, day, event, event_title, speaker, text, statements, sources, event_source_count,
                difference_kinds, differences)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var insertEntrySource = try BulkStatement(db, sql: "INSERT OR IGNORE INTO timeline_sources(source, position) VALUES (?, ?)")
        for entry in entries {
            insertEntry.bind(entry.position)
            insertEntry.bind(entry.id)
            insertEntry.bind(entry.day?.ordinal)
            insertEntry.bind(entry.eventID)
            insertEntry.bind(entry.eventTitle)
            insertEntry.bind(entry.speaker)
            insertEntry.bind(entry.text)
            insertEntry.bind(IndexCoding.json(entry.statementIDs))
            insertEntry.bind(IndexCoding.json(entry.sources))
            insertEntry.bind(entry.eventSourceCount)
            insertEntry.bind(IndexCoding.json(entry.differenceKinds.map(\.rawValue)))
            insertEntry.bind(IndexCoding.json(entry.differenceIDs))
            try insertEntry.run()
            for source in entry.sources {
                insertEntrySource.bind(source)
                insertEntrySource.bind(entry.position)
                try insertEntrySource.run()
            }
        }
        var speakers = Set<String>()
        for extraction in analysis.extractions {
            for statement in extraction.statements { if let s = statement.speaker { speakers.insert(s) } }
            for claim in extraction.claims { if let s = claim.speaker { speakers.insert(s) } }
        }
        let insertName = try db.cachedStatement(sql: "INSERT OR IGNORE INTO search_names(kind, name) VALUES (?, ?)")
        for name in speakers { try insertName.execute(arguments: ["speaker", name]) }
        for name in Set(analysis.articles.compactMap(\.source)) { try insertName.execute(arguments: ["source", name]) }
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
