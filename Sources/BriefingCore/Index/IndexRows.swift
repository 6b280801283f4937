import GRDB

/// Model values from index rows: the column lists and the decoders that go with them.
enum IndexRows {
    static let articleColumns = ArticleColumn.selectList()

    static func article(_ row: Row) -> Article {
        typealias C = ArticleColumn
        return Article(id: row[C.id], path: row[C.path], format: ArticleFormat(rawValue: row[C.format]) ?? .text, source: row[C.source],
                       date: (row[C.day] as Int?).map(Day.init(ordinal:)), headline: row[C.headline], place: row[C.place], url: row[C.url],
                       author: row[C.author], text: row[C.text])
    }

    static let statementColumns = StatementColumn.selectList()

    /// - Parameter extracted: the speaker as extraction found it in its article, before names
    ///   were unified across the corpus (for re-running the cross-article analysis).
    static func statement(_ row: Row, extracted: Bool = false) -> Statement {
        typealias C = StatementColumn
        func span(_ a: C, _ b: C) -> TextSpan? {
            guard let start = row[a] as Int?, let end = row[b] as Int? else { return nil }
            return TextSpan(start, end)
        }
        return Statement(
            id: row[C.id], articleID: row[C.article], kind: StatementKind(rawValue: row[C.kind]) ?? .direct,
            speaker: extracted ? row[C.extractedSpeaker] : row[C.speaker], speakerMention: row[C.speakerMention],
            speakerSpan: span(.speakerStart, .speakerEnd), role: row[C.role], speakerIsOrganisation: row[C.isOrganisation], cue: row[C.cue],
            text: row[C.text], spans: IndexCoding.spans(row[C.spans]), date: IndexCoding.dateValue(row[C.dateValue]),
            dateEvidence: row[C.dateEvidence], dateEvidenceSpan: span(.dateEvidenceStart, .dateEvidenceEnd),
            dateBasis: DateBasis(rawValue: row[C.dateBasis]) ?? .publication, pronounMismatch: row[C.pronounMismatch])
    }

    /// The evidence sentence is stored only when it is not the article's text at the evidence
    /// span (it always is, so far): otherwise it is cut from the article, bytes as stored.
    static let claimColumns = ClaimColumn.selectList([.evidenceText: """
        coalesce(evidence_text, CAST(substr(CAST((SELECT a.text FROM articles a WHERE a.id = claims.article) AS BLOB), \
        evidence_start + 1, evidence_end - evidence_start) AS TEXT))
        """])

    static func claim(_ row: Row) -> Claim {
        typealias C = ClaimColumn
        return Claim(id: row[C.id], articleID: row[C.article], statementID: row[C.statement], speaker: row[C.speaker],
                     date: (row[C.claimDay] as Int?).map(Day.init(ordinal:)), text: row[C.text],
                     evidence: TextSpan(row[C.evidenceStart], row[C.evidenceEnd]), evidenceText: row[C.evidenceText],
                     type: ClaimType(rawValue: row[C.type]) ?? .fact, score: row[C.score], reasons: IndexCoding.strings(row[C.reasons]),
                     group: row[C.groupId])
    }

    /// Every column of a claim row, the evidence as stored (nil when it is the article's text):
    /// for reading many claims beside their articles' texts (``claim(_:articleText:extracted:)``).
    static let storedClaimColumns = ClaimColumn.selectList()

    /// A claim from a row of ``storedClaimColumns``, its evidence cut from `articleText` (the
    /// article's UTF-8) unless stored. With `extracted`, the speaker as extraction found it and no
    /// group (for re-running the cross-article analysis).
    static func claim(_ row: Row, articleText: [UInt8], extracted: Bool) -> Claim {
        typealias C = ClaimColumn
        let start: Int = row[C.evidenceStart], end: Int = row[C.evidenceEnd]
        let evidence = (row[C.evidenceText] as String?)
            ?? (start >= 0 && start <= end && end <= articleText.count ? String(decoding: articleText[start..<end], as: UTF8.self) : "")
        return Claim(id: row[C.id], articleID: row[C.article], statementID: row[C.statement],
                     speaker: extracted ? row[C.extractedSpeaker] : row[C.speaker], date: (row[C.claimDay] as Int?).map(Day.init(ordinal:)),
                     text: row[C.text], evidence: TextSpan(start, end), evidenceText: evidence,
                     type: ClaimType(rawValue: row[C.type]) ?? .fact, score: row[C.score], reasons: IndexCoding.strings(row[C.reasons]),
                     group: extracted ? "" : row[C.groupId])
    }

    /// `columns` (a list as above) with each name qualified by a table alias: `a.id, a.path, …`.
    static func qualified(_ columns: String, _ alias: String) -> String {
        columns.split(separator: ",").map { alias + "." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }.joined(separator: ", ")
    }

    static let assessmentColumns = AssessmentColumn.selectList()

    static func assessment(_ row: Row) -> Assessment {
        typealias C = AssessmentColumn
        return Assessment(articleID: row[C.article], source: row[C.source], label: AssessmentLabel(rawValue: row[C.label]) ?? .disputed,
                          cue: row[C.cue], span: TextSpan(row[C.start], row[C.end]), sentence: TextSpan(row[C.sentenceStart], row[C.sentenceEnd]))
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

    static let eventColumns = EventColumn.selectList()

    static func event(_ row: Row) -> Event {
        typealias C = EventColumn
        return Event(id: row[C.id], date: (row[C.day] as Int?).map(Day.init(ordinal:)), title: row[C.title],
                     speakers: IndexCoding.strings(row[C.speakers]), articleIDs: IndexCoding.strings(row[C.articles]),
                     sources: IndexCoding.strings(row[C.sources]), transcriptID: row[C.transcript])
    }

    static let differenceColumns = DifferenceColumn.selectList()

    static func difference(_ row: Row) -> Difference {
        typealias C = DifferenceColumn
        return Difference(id: row[C.id], eventID: row[C.event], kind: DifferenceKind(rawValue: row[C.kind]) ?? .wording, summary: row[C.summary],
                          speaker: row[C.speaker], sources: IndexCoding.strings(row[C.sources]), items: IndexCoding.items(row[C.items]),
                          edits: IndexCoding.edits(row[C.edits]), minor: row[C.minor], groupID: row[C.groupId])
    }
}
