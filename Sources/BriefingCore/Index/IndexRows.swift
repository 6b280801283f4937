import GRDB

/// Model values from index rows: the column lists and the decoders that go with them.
enum IndexRows {
    static let articleColumns = "id, path, format, source, day, headline, place, url, author, text"

    static func article(_ row: Row) -> Article {
        Article(id: row[0], path: row[1], format: ArticleFormat(rawValue: row[2]) ?? .text, source: row[3],
                date: (row[4] as Int?).map(Day.init(ordinal:)), headline: row[5], place: row[6], url: row[7], author: row[8], text: row[9])
    }

    static let statementColumns = """
        id, article, kind, speaker, speaker_mention, speaker_start, speaker_end, role, is_organisation, cue, text, spans, \
        date_value, date_evidence, date_evidence_start, date_evidence_end, date_basis, pronoun_mismatch, extracted_speaker
        """

    /// - Parameter extracted: the speaker as extraction found it in its article, before names
    ///   were unified across the corpus (for re-running the cross-article analysis).
    static func statement(_ row: Row, extracted: Bool = false) -> Statement {
        func span(_ a: Int, _ b: Int) -> TextSpan? {
            guard let start = row[a] as Int?, let end = row[b] as Int? else { return nil }
            return TextSpan(start, end)
        }
        return Statement(
            id: row[0], articleID: row[1], kind: StatementKind(rawValue: row[2]) ?? .direct, speaker: extracted ? row[18] : row[3],
            speakerMention: row[4], speakerSpan: span(5, 6), role: row[7], speakerIsOrganisation: row[8], cue: row[9], text: row[10],
            spans: IndexCoding.spans(row[11]), date: IndexCoding.dateValue(row[12]), dateEvidence: row[13],
            dateEvidenceSpan: span(14, 15), dateBasis: DateBasis(rawValue: row[16]) ?? .publication, pronounMismatch: row[17])
    }

    /// The evidence sentence is stored only when it is not the article's text at the evidence
    /// span (it always is, so far): otherwise it is cut from the article, bytes as stored.
    static let claimColumns = """
        id, article, statement, speaker, claim_day, text, evidence_start, evidence_end, \
        coalesce(evidence_text, CAST(substr(CAST((SELECT a.text FROM articles a WHERE a.id = claims.article) AS BLOB), \
        evidence_start + 1, evidence_end - evidence_start) AS TEXT)), type, score, reasons, group_id
        """

    static func claim(_ row: Row) -> Claim {
        Claim(id: row[0], articleID: row[1], statementID: row[2], speaker: row[3],
              date: (row[4] as Int?).map(Day.init(ordinal:)), text: row[5], evidence: TextSpan(row[6], row[7]),
              evidenceText: row[8], type: ClaimType(rawValue: row[9]) ?? .fact, score: row[10],
              reasons: IndexCoding.strings(row[11]), group: row[12])
    }

    /// Every column of a claim row, the evidence as stored (nil when it is the article's text):
    /// for reading many claims beside their articles' texts (``claim(_:articleText:extracted:)``).
    static let storedClaimColumns = """
        id, article, statement, speaker, claim_day, text, evidence_start, evidence_end, evidence_text, type, score, reasons, \
        group_id, extracted_speaker, has_diff
        """

    /// A claim from a row of ``storedClaimColumns``, its evidence cut from `articleText` (the
    /// article's UTF-8) unless stored. With `extracted`, the speaker as extraction found it and no
    /// group (for re-running the cross-article analysis).
    static func claim(_ row: Row, articleText: [UInt8], extracted: Bool) -> Claim {
        let start: Int = row[6], end: Int = row[7]
        let evidence = (row[8] as String?)
            ?? (start >= 0 && start <= end && end <= articleText.count ? String(decoding: articleText[start..<end], as: UTF8.self) : "")
        return Claim(id: row[0], articleID: row[1], statementID: row[2], speaker: extracted ? row[13] : row[3],
                     date: (row[4] as Int?).map(Day.init(ordinal:)), text: row[5], evidence: TextSpan(start, end), evidenceText: evidence,
                     type: ClaimType(rawValue: row[9]) ?? .fact, score: row[10], reasons: IndexCoding.strings(row[11]),
                     group: extracted ? "" : row[12])
    }

    /// `columns` (a list as above) with each name qualified by a table alias: `a.id, a.path, …`.
    static func qualified(_ columns: String, _ alias: String) -> String {
        columns.split(separator: ",").map { alias + "." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }.joined(separator: ", ")
    }

    static let assessmentColumns = "article, source, label, cue, start, end, sentence_start, sentence_end, claim"

    static func assessment(_ row: Row) -> Assessment {
        Assessment(articleID: row[0], source: row[1], label: AssessmentLabel(rawValue: row[2]) ?? .disputed, cue: row[3],
                   span: TextSpan(row[4], row[5]), sentence: TextSpan(row[6], row[7]))
    }

    /// Claims matching `condition`, each with the judgements of every claim of its group (as
    /// the analysis shares them).
    /// - Parameter assessmentsOfWholeGroup: attach every judgement of each claim's group (as the
    ///   analysis does), or only the judgements of the claims returned.
    static func claims(_ db: Database, where condition: String, arguments: StatementArguments,
                       assessmentsOfWholeGroup: Bool = true) throws -> [Claim] {
        var claims = try Row.fetchAll(db, sql: "SELECT \(claimColumns) FROM claims WHERE \(condition) ORDER BY rowid", arguments: arguments)
            .map { claim($0) }
        if !assessmentsOfWholeGroup {
            let columns = qualified(assessmentColumns, "a")
            for i in claims.indices {
                claims[i].assessments = try Row.fetchAll(db, sql: "SELECT \(columns) FROM assessments a WHERE a.claim = ? ORDER BY a.ordinal",
                                                         arguments: [claims[i].id]).map(assessment)
            }
            return claims
        }
        var byGroup: [String: [Assessment]] = [:]
        for group in Set(claims.map(\.group)) {
            var seen = Set<Assessment>()
            byGroup[group] = try Row.fetchAll(db, sql: """
                SELECT \(qualified(assessmentColumns, "a"))
                FROM assessments a JOIN claims c ON a.claim = c.id WHERE c.group_id = ? ORDER BY c.rowid, a.ordinal
                """, arguments: [group]).map(assessment).filter { seen.insert($0).inserted }
        }
        for i in claims.indices { claims[i].assessments = byGroup[claims[i].group] ?? [] }
        return claims
    }

    static let eventColumns = "id, day, title, speakers, articles, sources, transcript"

    static func event(_ row: Row) -> Event {
        Event(id: row[0], date: (row[1] as Int?).map(Day.init(ordinal:)), title: row[2], speakers: IndexCoding.strings(row[3]),
              articleIDs: IndexCoding.strings(row[4]), sources: IndexCoding.strings(row[5]), transcriptID: row[6])
    }

    static let differenceColumns = "id, event, kind, summary, speaker, sources, items, edits, minor, group_id"

    static func difference(_ row: Row) -> Difference {
        Difference(id: row[0], eventID: row[1], kind: DifferenceKind(rawValue: row[2]) ?? .wording, summary: row[3], speaker: row[4],
                   sources: IndexCoding.strings(row[5]), items: IndexCoding.items(row[6]), edits: IndexCoding.edits(row[7]),
                   minor: row[8], groupID: row[9])
    }
}
