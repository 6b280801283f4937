import Foundation

/// Encodes the rows an update inserts — new articles with their statements, claims,
/// judgements, dates and full-text rows, then the cross-article analysis — as ``RowBatch``es
/// for the writer on the other end of a ``RowPipeline``. Builds the timeline meanwhile: the
/// writer indexes the articles' text while it does.
///
/// Rowids are given here, counting on from the largest stored ones, so full-text rows can be
/// keyed on them (`rowid * 4 + kind`) before their rows are written. Each kind's full-text rows
/// go in rowid order: FTS5 keeps new rows in memory only while rowids ascend and writes a
/// segment whenever one does not.
struct IndexRowEncoder: Sendable {
    /// An article read in this update, with its index in the analysis.
    struct NewArticle: Sendable {
        var index: Int
        var file: String
        var position: Int
        var bodyHash: UInt64
        /// What the rows take from the extraction as it returned it (the analysis unified
        /// speakers and grouped claims).
        var extracted: ExtractedValues
    }

    let analysis: BriefingAnalysis
    /// In the order their rows are written.
    let newArticles: [NewArticle]
    /// The largest rowid stored in `articles`, `statements` and `claims`.
    let lastRowids: (articles: Int64, statements: Int64, claims: Int64)
    /// Events whose statement groups and differences stay as stored.
    let keptEvents: Set<String>

    static let searchSQL = "INSERT INTO search(rowid, headline, body, tags) VALUES (?, ?, ?, ?)"

    /// Hands over every row and stage, in order; stops early when the writer gave up.
    func encode(into pipeline: RowPipeline) {
        // The timeline is built on a thread of its own: this one mostly waits for the writer.
        let analysis = self.analysis
        let timeline = ThreadedWork(orLater: { TimelineBuilder.build(analysis) })
        // Every way out waits for it: nothing runs on after the update.
        defer { _ = timeline.result }
        var output = Output(pipeline: pipeline)
        let articles = analysis.articles
        let articlesWithDifferences = EntryLookup.articlesWithDifferences(analysis.differences)

        var articleRows = RowBatch(sql: """
            INSERT INTO articles(rowid, id, file, position, path, format, source, day, headline, place, url, author, text, body_hash,
                name_variants, has_diff)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, columns: 16)
        for (k, new) in newArticles.enumerated() {
            let article = articles[new.index]
            articleRows.add(lastRowids.articles + 1 + Int64(k))
            articleRows.add(article.id)
            articleRows.add(new.file)
            articleRows.add(new.position)
            articleRows.add(article.path)
            articleRows.add(article.format.rawValue)
            articleRows.add(article.source)
            articleRows.add(article.date?.ordinal)
            articleRows.add(article.headline)
            articleRows.add(article.place)
            articleRows.add(article.url)
            articleRows.add(article.author)
            articleRows.add(article.text)
            articleRows.add(Int64(bitPattern: new.bodyHash))
            articleRows.add(IndexCoding.nameVariants(new.extracted.nameVariants))
            articleRows.add(articlesWithDifferences.contains(article.id))
            guard output.send(&articleRows) else { return }
        }
        guard output.flush(&articleRows), output.stage(.articles) else { return }

        var search = RowBatch(sql: IndexRowEncoder.searchSQL, columns: 4)
        for (k, new) in newArticles.enumerated() {
            let article = articles[new.index]
            search.addSearchRow((lastRowids.articles + 1 + Int64(k)) * 4 + 2, article.headline ?? "", article.text,
                                SearchTags.of(kind: .article, speaker: nil, source: article.source, statementKind: nil, claimType: nil,
                                              day: article.date?.ordinal, hasDifference: articlesWithDifferences.contains(article.id)))
            guard output.send(&search) else { return }
        }
        guard output.flush(&search), output.stage(.articleText) else { return }

        // Rows that do not need the timeline, for the writer to insert while it is built.
        guard encodeJudgementsAndDates(&output), encodeAlignment(&output) else { return }
        let (entries, entryOfStatement) = timeline.result
        let lookup = EntryLookup(entries: entries, entryOfStatement: entryOfStatement, articlesWithDifferences: articlesWithDifferences)
        guard output.stage(.timeline(lookup)) else { return }
        guard encodeStatementsAndClaims(&output, lookup) else { return }
        guard output.stage(.extractions) else { return }
        guard encodeTimeline(&output, entries: entries) else { return }
        _ = output.stage(.analysis)
    }

    /// Statements with their full-text rows, then claims with theirs.
    private func encodeStatementsAndClaims(_ output: inout Output, _ lookup: EntryLookup) -> Bool {
        let articles = analysis.articles
        var statements = RowBatch(sql: """
            INSERT INTO statements(rowid, id, article, ordinal, kind, extracted_speaker, speaker, speaker_mention, speaker_start, speaker_end,
                role, is_organisation, cue, text, spans, date_value, date_evidence, date_evidence_start, date_evidence_end, date_basis,
                pronoun_mismatch, day, source, entry, has_diff)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, columns: 25)
        var search = RowBatch(sql: IndexRowEncoder.searchSQL, columns: 4)
        var rowid = lastRowids.statements
        for new in newArticles {
            let article = articles[new.index]
            for (ordinal, (rawSpeaker, statement)) in zip(new.extracted.statementSpeakers, analysis.extractions[new.index].statements).enumerated() {
                let entry = lookup.entry(article: new.index, statement: ordinal)
                let hasDifference = entry?.hasDifference ?? false
                let day = (statement.date?.day ?? article.date)?.ordinal
                rowid += 1
                statements.add(rowid)
                statements.add(statement.id)
                statements.add(article.id)
                statements.add(ordinal)
                statements.add(statement.kind.rawValue)
                statements.add(rawSpeaker)
                statements.add(statement.speaker)
                statements.add(statement.speakerMention)
                statements.add(statement.speakerSpan?.start)
                statements.add(statement.speakerSpan?.end)
                statements.add(statement.role)
                statements.add(statement.speakerIsOrganisation)
                statements.add(statement.cue)
                statements.add(statement.text)
                statements.add(IndexCoding.spans(statement.spans))
                statements.add(statement.date?.description)
                statements.add(statement.dateEvidence)
                statements.add(statement.dateEvidenceSpan?.start)
                statements.add(statement.dateEvidenceSpan?.end)
                statements.add(statement.dateBasis.rawValue)
                statements.add(statement.pronounMismatch)
                statements.add(day)
                statements.add(article.source)
                statements.add(entry?.id)
                statements.add(hasDifference)
                search.addSearchRow(rowid * 4, "", statement.text,
                                    SearchTags.of(kind: .statement, speaker: statement.speaker, source: article.source, statementKind: statement.kind,
                                                  claimType: nil, day: day, hasDifference: hasDifference))
                guard output.send(&statements), output.send(&search) else { return false }
            }
        }
        guard output.flush(&statements), output.flush(&search) else { return false }

        var claims = RowBatch(sql: """
            INSERT INTO claims(rowid, id, article, ordinal, statement, extracted_speaker, speaker, claim_day, day, source, text, evidence_start,
                evidence_end, evidence_text, type, score, reasons, group_id, statement_kind, has_diff)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, columns: 20)
        rowid = lastRowids.claims
        for new in newArticles {
            let article = articles[new.index]
            let analysed = analysis.extractions[new.index]
            // What a claim takes from its statement.
            var statementInfo: [String: (kind: StatementKind, hasDifference: Bool)] = [:]
            statementInfo.reserveCapacity(analysed.statements.count)
            for (ordinal, statement) in analysed.statements.enumerated() {
                statementInfo[statement.id] = (statement.kind, lookup.entry(article: new.index, statement: ordinal)?.hasDifference ?? false)
            }
            let bytes = Array(article.text.utf8)
            for (ordinal, (rawSpeaker, claim)) in zip(new.extracted.claimSpeakers, analysed.claims).enumerated() {
                let info = claim.statementID.flatMap { statementInfo[$0] }
                let hasDifference = info?.hasDifference ?? false
                let day = (claim.date ?? article.date)?.ordinal
                // The evidence is stored only when it is not the article's own words at its span.
                let evidenceIsArticleText = IndexRowEncoder.isText(bytes, at: claim.evidence, claim.evidenceText)
                rowid += 1
                claims.add(rowid)
                claims.add(claim.id)
                claims.add(article.id)
                claims.add(ordinal)
                claims.add(claim.statementID)
                claims.add(rawSpeaker)
                claims.add(claim.speaker)
                claims.add(claim.date?.ordinal)
                claims.add(day)
                claims.add(article.source)
                claims.add(claim.text)
                claims.add(claim.evidence.start)
                claims.add(claim.evidence.end)
                claims.add(evidenceIsArticleText ? nil : claim.evidenceText)
                claims.add(claim.type.rawValue)
                claims.add(claim.score)
                claims.add(IndexCoding.json(claim.reasons))
                claims.add(claim.group)
                claims.add(info?.kind.rawValue)
                claims.add(hasDifference)
                search.addSearchRow(rowid * 4 + 1, "", claim.text,
                                    SearchTags.of(kind: .claim, speaker: claim.speaker, source: article.source, statementKind: info?.kind,
                                                  claimType: claim.type, day: day, hasDifference: hasDifference))
                guard output.send(&claims), output.send(&search) else { return false }
            }
        }
        return output.flush(&claims) && output.flush(&search)
    }

    /// The outlets' judgements of claims, and the date expressions.
    private func encodeJudgementsAndDates(_ output: inout Output) -> Bool {
        let articles = analysis.articles
        var assessments = RowBatch(sql: """
            INSERT INTO assessments(article, ordinal, claim, source, label, cue, start, end, sentence_start, sentence_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, columns: 10)
        var dates = RowBatch(sql: """
            INSERT INTO dates(article, ordinal, token_start, token_end, start, end, mention, value, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, columns: 9)
        for new in newArticles {
            let article = articles[new.index]
            for (ordinal, assessment) in new.extracted.assessments.enumerated() {
                assessments.add(article.id)
                assessments.add(ordinal)
                assessments.add(new.extracted.claimOfAssessment[ordinal])
                assessments.add(assessment.source)
                assessments.add(assessment.label.rawValue)
                assessments.add(assessment.cue)
                assessments.add(assessment.span.start)
                assessments.add(assessment.span.end)
                assessments.add(assessment.sentence.start)
                assessments.add(assessment.sentence.end)
                guard output.send(&assessments) else { return false }
            }
            for (ordinal, date) in new.extracted.dates.enumerated() {
                dates.add(article.id)
                dates.add(ordinal)
                dates.add(date.tokens.lowerBound)
                dates.add(date.tokens.upperBound)
                dates.add(date.range.lowerBound)
                dates.add(date.range.upperBound)
                dates.add(IndexCoding.mention(date.mention))
                dates.add(date.value?.description)
                dates.add(date.reference?.ordinal)
                guard output.send(&dates) else { return false }
            }
        }
        return output.flush(&assessments) && output.flush(&dates)
    }

    /// Events, and statement groups and differences but those of ``keptEvents``. Statement groups
    /// and differences go in by id (their position is a column): the id key then grows at its
    /// end instead of taking random inserts.
    private func encodeAlignment(_ output: inout Output) -> Bool {
        var events = RowBatch(sql: "INSERT INTO events(id, position, day, title, speakers, articles, sources, transcript) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                              columns: 8)
        for (position, event) in analysis.events.enumerated() {
            events.add(event.id)
            events.add(position)
            events.add(event.date?.ordinal)
            events.add(event.title)
            events.add(IndexCoding.json(event.speakers))
            events.add(IndexCoding.json(event.articleIDs))
            events.add(IndexCoding.json(event.sources))
            events.add(event.transcriptID)
            guard output.send(&events) else { return false }
        }
        guard output.flush(&events) else { return false }

        func byID(_ ids: [String]) -> [Int] { ids.indices.sorted { ids[$0] < ids[$1] } }
        var groups = RowBatch(sql: "INSERT OR REPLACE INTO statement_groups(id, position, event, speaker, statements) VALUES (?, ?, ?, ?, ?)", columns: 5)
        let statementGroups = analysis.statementGroups
        for position in byID(statementGroups.map(\.id)) where !keptEvents.contains(statementGroups[position].eventID) {
            let group = statementGroups[position]
            groups.add(group.id)
            groups.add(position)
            groups.add(group.eventID)
            groups.add(group.speaker)
            groups.add(IndexCoding.json(group.statementIDs))
            guard output.send(&groups) else { return false }
        }
        guard output.flush(&groups) else { return false }

        var differences = RowBatch(sql: """
            INSERT OR REPLACE INTO differences(id, position, event, kind, summary, speaker, sources, items, edits, minor, group_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, columns: 11)
        let found = analysis.differences
        for position in byID(found.map(\.id)) where !keptEvents.contains(found[position].eventID) {
            let difference = found[position]
            differences.add(difference.id)
            differences.add(position)
            differences.add(difference.eventID)
            differences.add(difference.kind.rawValue)
            differences.add(difference.summary)
            differences.add(difference.speaker)
            differences.add(IndexCoding.json(difference.sources))
            differences.add(IndexCoding.items(difference.items))
            differences.add(IndexCoding.edits(difference.edits))
            differences.add(difference.minor)
            differences.add(difference.groupID)
            guard output.send(&differences) else { return false }
        }
        return output.flush(&differences)
    }

    /// Each event's first entry, days and counts, for the overview and folded events.
    private func encodeEventSummaries(_ output: inout Output, entries: [TimelineEntry]) -> Bool {
        struct Tally { var first: Int; var firstDay: Int?; var lastDay: Int?; var entries = 0; var differences = 0 }
        var tallies: [String: Tally] = [:]
        for entry in entries {
            guard let event = entry.eventID else { continue }
            var tally = tallies[event] ?? Tally(first: entry.position)
            tally.entries += 1
            if let day = entry.day?.ordinal {
                tally.firstDay = min(tally.firstDay ?? day, day)
                tally.lastDay = max(tally.lastDay ?? day, day)
            }
            tallies[event] = tally
        }
        for difference in analysis.differences { tallies[difference.eventID]?.differences += 1 }
        var rows = RowBatch(sql: "INSERT INTO event_summaries(event, first_entry, first_day, last_day, entries, differences) VALUES (?, ?, ?, ?, ?, ?)",
                            columns: 6)
        for (event, tally) in tallies.sorted(by: { $0.key < $1.key }) {
            rows.add(event)
            rows.add(tally.first)
            rows.add(tally.firstDay)
            rows.add(tally.lastDay)
            rows.add(tally.entries)
            rows.add(tally.differences)
            guard output.send(&rows) else { return false }
        }
        return output.flush(&rows)
    }

    /// The timeline, the outlets of its entries, and the speaker and outlet names.
    private func encodeTimeline(_ output: inout Output, entries: [TimelineEntry]) -> Bool {
        var timeline = RowBatch(sql: """
            INSERT INTO timeline(position, id, day, event, event_title, speaker, text, statements, sources, event_source_count,
                difference_kinds, differences)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, columns: 12)
        var entrySources = RowBatch(sql: "INSERT OR IGNORE INTO timeline_sources(source, position) VALUES (?, ?)", columns: 2)
        for entry in entries {
            timeline.add(entry.position)
            timeline.add(entry.id)
            timeline.add(entry.day?.ordinal)
            timeline.add(entry.eventID)
            timeline.add(entry.eventTitle)
            timeline.add(entry.speaker)
            timeline.add(entry.text)
            timeline.add(IndexCoding.json(entry.statementIDs))
            timeline.add(IndexCoding.json(entry.sources))
            timeline.add(entry.eventSourceCount)
            timeline.add(IndexCoding.json(entry.differenceKinds.map(\.rawValue)))
            timeline.add(IndexCoding.json(entry.differenceIDs))
            for source in entry.sources {
                entrySources.add(source)
                entrySources.add(entry.position)
            }
            guard output.send(&timeline), output.send(&entrySources) else { return false }
        }
        guard output.flush(&timeline), output.flush(&entrySources) else { return false }
        guard encodeEventSummaries(&output, entries: entries) else { return false }

        var speakers = Set<String>()
        for extraction in analysis.extractions {
            for statement in extraction.statements { if let s = statement.speaker { speakers.insert(s) } }
            for claim in extraction.claims { if let s = claim.speaker { speakers.insert(s) } }
        }
        var names = RowBatch(sql: "INSERT OR IGNORE INTO search_names(kind, name) VALUES (?, ?)", columns: 2)
        for name in speakers {
            names.add("speaker")
            names.add(name)
        }
        for name in Set(analysis.articles.compactMap(\.source)) {
            names.add("source")
            names.add(name)
        }
        return output.flush(&names)
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

    /// The encoder's end of the pipeline: hands over full batches and stages.
    private struct Output {
        let pipeline: RowPipeline

        /// Hands `batch` over when it is full (and starts a new one); false once the writer gave up.
        mutating func send(_ batch: inout RowBatch) -> Bool {
            batch.isFull ? flush(&batch) : true
        }

        /// Hands `batch` over unless it is empty.
        mutating func flush(_ batch: inout RowBatch) -> Bool {
            guard !batch.isEmpty else { return true }
            let full = batch
            batch = RowBatch(sql: full.sql, columns: full.columns)
            return pipeline.put(.rows(full))
        }

        func stage(_ stage: IndexStage) -> Bool { pipeline.put(.stage(stage)) }
    }
}
