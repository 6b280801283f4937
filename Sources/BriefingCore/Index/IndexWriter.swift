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
        try db.cachedStatement(sql: """
            INSERT INTO articles(id, file, position, path, format, source, day, headline, place, url, author, text, body_hash, name_variants, has_diff)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                article.id, file, position, article.path, article.format.rawValue, article.source, article.date?.ordinal,
                article.headline, article.place, article.url, article.author, article.text, Int64(bitPattern: bodyHash),
                IndexCoding.nameVariants(extracted.nameVariants), articlesWithDifferences.contains(article.id),
            ])
        let articleRow = db.lastInsertedRowID
        let search = try db.cachedStatement(sql: "INSERT INTO search(rowid, headline, body) VALUES (?, ?, ?)")
        try search.execute(arguments: [articleRow * 4 + 2, article.headline ?? "", article.text])
        let insertStatement = try db.cachedStatement(sql: """
            INSERT INTO statements(id, article, ordinal, kind, extracted_speaker, speaker, speaker_mention, speaker_start, speaker_end,
                role, is_organisation, cue, text, spans, date_value, date_evidence, date_evidence_start, date_evidence_end, date_basis,
                pronoun_mismatch, day, source, entry, has_diff)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var kinds: [String: StatementKind] = [:]
        for (ordinal, (raw, statement)) in zip(extracted.statements, analysed.statements).enumerated() {
            kinds[statement.id] = statement.kind
            let values: [(any DatabaseValueConvertible)?] = [
                statement.id, article.id, ordinal, statement.kind.rawValue, raw.speaker, statement.speaker, statement.speakerMention,
                statement.speakerSpan?.start, statement.speakerSpan?.end, statement.role, statement.speakerIsOrganisation, statement.cue,
                statement.text, IndexCoding.spans(statement.spans), statement.date?.description, statement.dateEvidence,
                statement.dateEvidenceSpan?.start, statement.dateEvidenceSpan?.end, statement.dateBasis.rawValue,
                statement.pronounMismatch, (statement.date?.day ?? article.date)?.ordinal, article.source,
                entryOfStatement[statement.id], statementHasDifference(statement.id),
            ]
            try insertStatement.execute(arguments: StatementArguments(values))
            try search.execute(arguments: [db.lastInsertedRowID * 4, "", statement.text])
        }
        let insertClaim = try db.cachedStatement(sql: """
            INSERT INTO claims(id, article, ordinal, statement, extracted_speaker, speaker, claim_day, day, source, text, evidence_start,
                evidence_end, evidence_text, type, score, reasons, group_id, statement_kind, has_diff)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertAssessment = try db.cachedStatement(sql: """
            INSERT INTO assessments(article, ordinal, claim, source, label, cue, start, end, sentence_start, sentence_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var claimOfAssessment: [Assessment: String] = [:]
        for (ordinal, (raw, claim)) in zip(extracted.claims, analysed.claims).enumerated() {
            for assessment in raw.assessments { claimOfAssessment[assessment] = raw.id }
            let values: [(any DatabaseValueConvertible)?] = [
                claim.id, article.id, ordinal, claim.statementID, raw.speaker, claim.speaker, claim.date?.ordinal,
                (claim.date ?? article.date)?.ordinal, article.source, claim.text, claim.evidence.start, claim.evidence.end,
                article.text.utf8.count >= claim.evidence.end && claim.evidence.start >= 0
                    && article.text.utf8.dropFirst(claim.evidence.start).prefix(claim.evidence.length).elementsEqual(claim.evidenceText.utf8)
                    ? nil : claim.evidenceText, claim.type.rawValue, claim.score, IndexCoding.json(claim.reasons), claim.group,
                claim.statementID.flatMap { kinds[$0]?.rawValue }, statementHasDifference(claim.statementID),
            ]
            try insertClaim.execute(arguments: StatementArguments(values))
            try search.execute(arguments: [db.lastInsertedRowID * 4 + 1, "", claim.text])
        }
        for (ordinal, assessment) in extracted.assessments.enumerated() {
            let values: [(any DatabaseValueConvertible)?] = [
                article.id, ordinal, claimOfAssessment[assessment], assessment.source, assessment.label.rawValue, assessment.cue,
                assessment.span.start, assessment.span.end, assessment.sentence.start, assessment.sentence.end,
            ]
            try insertAssessment.execute(arguments: StatementArguments(values))
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
        let insertEvent = try db.cachedStatement(sql: "INSERT INTO events(id, position, day, title, speakers, articles, sources, transcript) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        for (position, event) in analysis.events.enumerated() {
            let values: [(any DatabaseValueConvertible)?] = [
                event.id, position, event.date?.ordinal, event.title, IndexCoding.json(event.speakers), IndexCoding.json(event.articleIDs),
                IndexCoding.json(event.sources), event.transcriptID,
            ]
            try insertEvent.execute(arguments: StatementArguments(values))
        }
        let insertGroup = try db.cachedStatement(sql: "INSERT OR REPLACE INTO statement_groups(id, position, event, speaker, statements) VALUES (?, ?, ?, ?, ?)")
        for (position, group) in analysis.statementGroups.enumerated() {
            try insertGroup.execute(arguments: [group.id, position, group.eventID, group.speaker, IndexCoding.json(group.statementIDs)])
        }
        let insertDifference = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO differences(id, position, event, kind, summary, speaker, sources, items, edits, minor, group_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, difference) in analysis.differences.enumerated() {
            let values: [(any DatabaseValueConvertible)?] = [
                difference.id, position, difference.eventID, difference.kind.rawValue, difference.summary, difference.speaker,
                IndexCoding.json(difference.sources), IndexCoding.items(difference.items), IndexCoding.edits(difference.edits),
                difference.minor, difference.groupID,
            ]
            try insertDifference.execute(arguments: StatementArguments(values))
        }
        let insertEntry = try db.cachedStatement(sql: """
            INSERT INTO timeline(position, id, day, event, event_title, speaker, text, statements, sources, event_source_count,
                difference_kinds, differences)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertEntrySource = try db.cachedStatement(sql: "INSERT OR IGNORE INTO timeline_sources(source, position) VALUES (?, ?)")
        for entry in entries {
            let values: [(any DatabaseValueConvertible)?] = [
                entry.position, entry.id, entry.day?.ordinal, entry.eventID, entry.eventTitle, entry.speaker, entry.text,
                IndexCoding.json(entry.statementIDs), IndexCoding.json(entry.sources), entry.eventSourceCount,
                IndexCoding.json(entry.differenceKinds.map(\.rawValue)), IndexCoding.json(entry.differenceIDs),
            ]
            try insertEntry.execute(arguments: StatementArguments(values))
            for source in entry.sources { try insertEntrySource.execute(arguments: [source, entry.position]) }
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
