import GRDB

/// Writes one update of an index inside the caller's transaction: removes the rows of articles
/// that went away, inserts new articles with everything extracted from them, brings the
/// corpus-wide values of kept rows up to date, and replaces the cross-article analysis.
struct IndexWriter {
    let db: Database
    /// Values that depend on the whole corpus, per row.
    let entryOfStatement: [String: String]
    let entryHasDifference: Set<String>
    let articlesWithDifferences: Set<String>

    init(db: Database, entries: [TimelineEntry], differences: [Difference]) {
        self.db = db
        var entryOf: [String: String] = [:]
        var withDifferences = Set<String>()
        for entry in entries {
            for id in entry.statementIDs { entryOf[id] = entry.id }
            if !entry.differenceIDs.isEmpty { withDifferences.insert(entry.id) }
        }
        entryOfStatement = entryOf
        entryHasDifference = withDifferences
        articlesWithDifferences = Set(differences.flatMap { $0.items.map(\.articleID) })
    }

    func statementHasDifference(_ id: String?) -> Bool {
        guard let id, let entry = entryOfStatement[id] else { return false }
        return entryHasDifference.contains(entry)
    }

    /// Deletes an article, its statements, claims and judgements, and their search rows (a
    /// contentless FTS5 row is deleted by giving back the text it indexed).
    func deleteArticle(id: String) throws {
        let deleteSearch = try db.cachedStatement(sql: "INSERT INTO search(search, rowid, headline, body) VALUES('delete', ?, ?, ?)")
        for row in try Row.fetchAll(db, sql: "SELECT rowid, text FROM statements WHERE article = ?", arguments: [id]) {
            try deleteSearch.execute(arguments: [(row[0] as Int64) * 4, "", row[1] as String])
        }
        for row in try Row.fetchAll(db, sql: "SELECT rowid, text FROM claims WHERE article = ?", arguments: [id]) {
            try deleteSearch.execute(arguments: [(row[0] as Int64) * 4 + 1, "", row[1] as String])
        }
        if let row = try Row.fetchOne(db, sql: "SELECT rowid, headline, text FROM articles WHERE id = ?", arguments: [id]) {
            try deleteSearch.execute(arguments: [(row[0] as Int64) * 4 + 2, (row[1] as String?) ?? "", row[2] as String])
        }
        for table in ["statements", "claims", "assessments"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE article = ?", arguments: [id])
        }
        try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [id])
    }

    /// Inserts an article: `extracted` as extraction returned it, `analysed` with speakers
    /// unified and claims grouped.
    func insert(article: Article, file: String, position: Int, bodyHash: UInt64, extracted: ArticleExtraction, analysed: ArticleExtraction) throws {
        var insertArticle = try BulkStatement(db, sql: """
            INSERT INTO articles(id, file, position, path, format, source, day, headline, place, url, author, text, body_hash, name_variants, has_diff)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for value in [article.id, file] { insertArticle.bind(value) }
        insertArticle.bind(position)
        for value in [article.path, article.format.rawValue, article.source] { insertArticle.bind(value) }
        insertArticle.bind(article.date?.ordinal)
        for value in [article.headline, article.place, article.url, article.author, article.text] { insertArticle.bind(value) }
        insertArticle.bind(Int64(bitPattern: bodyHash))
        insertArticle.bind(IndexCoding.nameVariants(extracted.nameVariants))
        insertArticle.bind(articlesWithDifferences.contains(article.id))
        try insertArticle.run()
        let articleRow = db.lastInsertedRowID
        var search = try BulkStatement(db, sql: "INSERT INTO search(rowid, headline, body) VALUES (?, ?, ?)")
        func index(_ rowid: Int64, _ headline: String, _ body: String) throws {
            search.bind(rowid)
            search.bind(headline)
            search.bind(body)
            try search.run()
        }
        try index(articleRow * 4 + 2, article.headline ?? "", article.text)
        var insertStatement = try BulkStatement(db, sql: """
            INSERT INTO statements(id, article, ordinal, kind, extracted_speaker, speaker, speaker_mention, speaker_start, speaker_end,
                role, is_organisation, cue, text, spans, date_value, date_evidence, date_evidence_start, date_evidence_end, date_basis,
                pronoun_mismatch, day, source, entry, has_diff)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var kinds: [String: StatementKind] = [:]
        for (ordinal, (raw, statement)) in zip(extracted.statements, analysed.statements).enumerated() {
            kinds[statement.id] = statement.kind
            insertStatement.bind(statement.id)
            insertStatement.bind(article.id)
            insertStatement.bind(ordinal)
            for value in [statement.kind.rawValue, raw.speaker, statement.speaker, statement.speakerMention] { insertStatement.bind(value) }
            insertStatement.bind(statement.speakerSpan?.start)
            insertStatement.bind(statement.speakerSpan?.end)
            insertStatement.bind(statement.role)
            insertStatement.bind(statement.speakerIsOrganisation)
            for value in [statement.cue, statement.text, IndexCoding.spans(statement.spans), statement.date?.description, statement.dateEvidence] {
                insertStatement.bind(value)
            }
            insertStatement.bind(statement.dateEvidenceSpan?.start)
            insertStatement.bind(statement.dateEvidenceSpan?.end)
            insertStatement.bind(statement.dateBasis.rawValue)
            insertStatement.bind(statement.pronounMismatch)
            insertStatement.bind((statement.date?.day ?? article.date)?.ordinal)
            insertStatement.bind(article.source)
            insertStatement.bind(entryOfStatement[statement.id])
            insertStatement.bind(statementHasDifference(statement.id))
            try insertStatement.run()
            try index(db.lastInsertedRowID * 4, "", statement.text)
        }
        var insertClaim = try BulkStatement(db, sql: """
            INSERT INTO claims(id, article, ordinal, statement, extracted_speaker, speaker, claim_day, day, source, text, evidence_start,
                evidence_end, evidence_text, type, score, reasons, group_id, statement_kind, has_diff)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var claimOfAssessment: [Assessment: String] = [:]
        let bytes = article.text.utf8
        for (ordinal, (raw, claim)) in zip(extracted.claims, analysed.claims).enumerated() {
            for assessment in raw.assessments { claimOfAssessment[assessment] = raw.id }
            // The evidence is stored only when it is not the article's own words at its span.
            let evidenceIsArticleText = claim.evidence.start >= 0 && bytes.count >= claim.evidence.end
                && bytes.dropFirst(claim.evidence.start).prefix(claim.evidence.length).elementsEqual(claim.evidenceText.utf8)
            insertClaim.bind(claim.id)
            insertClaim.bind(article.id)
            insertClaim.bind(ordinal)
            for value in [claim.statementID, raw.speaker, claim.speaker] { insertClaim.bind(value) }
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
            insertClaim.bind(claim.statementID.flatMap { kinds[$0]?.rawValue })
            insertClaim.bind(statementHasDifference(claim.statementID))
            try insertClaim.run()
            try index(db.lastInsertedRowID * 4 + 1, "", claim.text)
        }
        var insertAssessment = try BulkStatement(db, sql: """
            INSERT INTO assessments(article, ordinal, claim, source, label, cue, start, end, sentence_start, sentence_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, assessment) in extracted.assessments.enumerated() {
            insertAssessment.bind(article.id)
            insertAssessment.bind(ordinal)
            for value in [claimOfAssessment[assessment], assessment.source, assessment.label.rawValue, assessment.cue] { insertAssessment.bind(value) }
            for value in [assessment.span.start, assessment.span.end, assessment.sentence.start, assessment.sentence.end] { insertAssessment.bind(value) }
            try insertAssessment.run()
        }
    }

    /// Brings a kept article's corpus-wide values (unified speakers, claim groups, entries,
    /// difference flags) up to date, writing only rows whose values changed.
    func refresh(kept: StoredArticle, analysed: ArticleExtraction) throws {
        let hasDifference = articlesWithDifferences.contains(kept.article.id)
        if hasDifference != kept.hasDifference {
            try db.cachedStatement(sql: "UPDATE articles SET has_diff = ? WHERE id = ?").execute(arguments: [hasDifference, kept.article.id])
        }
        let updateStatement = try db.cachedStatement(sql: "UPDATE statements SET speaker = ?, entry = ?, has_diff = ? WHERE id = ?")
        for (statement, stored) in zip(analysed.statements, kept.statementState) {
            let entry = entryOfStatement[statement.id]
            let flag = statementHasDifference(statement.id)
            if statement.speaker != stored.speaker || entry != stored.entry || flag != stored.hasDifference {
                try updateStatement.execute(arguments: [statement.speaker, entry, flag, statement.id])
            }
        }
        let updateClaim = try db.cachedStatement(sql: "UPDATE claims SET speaker = ?, group_id = ?, has_diff = ? WHERE id = ?")
        for (claim, stored) in zip(analysed.claims, kept.claimState) {
            let flag = statementHasDifference(claim.statementID)
            if claim.speaker != stored.speaker || claim.group != stored.group || flag != stored.hasDifference {
                try updateClaim.execute(arguments: [claim.speaker, claim.group, flag, claim.id])
            }
        }
    }

    /// Replaces events, statement groups, differences, the timeline and the name lists.
    func replaceAnalysis(_ analysis: BriefingAnalysis, entries: [TimelineEntry]) throws {
        for table in ["events", "statement_groups", "differences", "timeline", "timeline_sources", "search_names"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
        var insertEvent = try BulkStatement(db, sql: "INSERT INTO events(id, position, day, title, speakers, articles, sources, transcript) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        for (position, event) in analysis.events.enumerated() {
            insertEvent.bind(event.id)
            insertEvent.bind(position)
            insertEvent.bind(event.date?.ordinal)
            for value in [event.title, IndexCoding.json(event.speakers), IndexCoding.json(event.articleIDs), IndexCoding.json(event.sources), event.transcriptID] {
                insertEvent.bind(value)
            }
            try insertEvent.run()
        }
        var insertGroup = try BulkStatement(db, sql: "INSERT OR REPLACE INTO statement_groups(id, position, event, speaker, statements) VALUES (?, ?, ?, ?, ?)")
        for (position, group) in analysis.statementGroups.enumerated() {
            insertGroup.bind(group.id)
            insertGroup.bind(position)
            for value in [group.eventID, group.speaker, IndexCoding.json(group.statementIDs)] { insertGroup.bind(value) }
            try insertGroup.run()
        }
        var insertDifference = try BulkStatement(db, sql: """
            INSERT OR REPLACE INTO differences(id, position, event, kind, summary, speaker, sources, items, edits, minor, group_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, difference) in analysis.differences.enumerated() {
            insertDifference.bind(difference.id)
            insertDifference.bind(position)
            for value in [difference.eventID, difference.kind.rawValue, difference.summary, difference.speaker, IndexCoding.json(difference.sources),
                          IndexCoding.items(difference.items), IndexCoding.edits(difference.edits)] {
                insertDifference.bind(value)
            }
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
            for value in [entry.eventID, entry.eventTitle, entry.speaker, entry.text, IndexCoding.json(entry.statementIDs), IndexCoding.json(entry.sources)] {
                insertEntry.bind(value)
            }
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
