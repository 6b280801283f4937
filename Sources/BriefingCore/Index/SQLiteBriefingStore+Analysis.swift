import GRDB

/// Which parts of an analysis to read back from an index (``SQLiteBriefingStore/analysis(_:)``):
/// a command that prints dates need not decode a million differences.
public struct AnalysisParts: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let statements = AnalysisParts(rawValue: 1 << 0)
    public static let dates = AnalysisParts(rawValue: 1 << 1)
    /// Claims with their groups' judgements, and each article's judgements.
    public static let claims = AnalysisParts(rawValue: 1 << 2)
    /// Events and their statement groups.
    public static let events = AnalysisParts(rawValue: 1 << 3)
    public static let differences = AnalysisParts(rawValue: 1 << 4)
    public static let all: AnalysisParts = [.statements, .dates, .claims, .events, .differences]
}

extension SQLiteBriefingStore {
    /// The whole analysis as the last update stored it, equal to a ``BriefingAnalysis`` of the
    /// same files: articles in corpus order (files in scan order, each file's articles in
    /// position order), each with its statements, dates, claims (speakers unified, grouped, the
    /// group's judgements shared) and judgements; events, statement groups and differences in
    /// their analysis order. What `briefing statements|claims|dates|diff|events` print.
    ///
    /// - Complexity: one pass over each table, in its index order; the articles' texts are read
    ///   once (claim evidence is cut from them, not read per claim).
    /// - Parameter parts: what to read; the rest is left empty (articles are always read).
    /// - Throws: ``IndexError`` when the index cannot be read.
    public func analysis(_ parts: AnalysisParts = .all) throws(IndexError) -> BriefingAnalysis {
        do {
            return try readAnalysis(parts)
        } catch let error as IndexError {
            throw error
        } catch {
            throw IndexError("\(path ?? "index"): cannot read the index: \((error as? DatabaseError)?.message ?? "\(error)")")
        }
    }

    private func readAnalysis(_ parts: AnalysisParts) throws -> BriefingAnalysis {
        try database.read { db in
            var articles: [Article] = []
            var positions: [String: Int] = [:]
            var nameVariants: [[String: Set<String>]] = []
            let articleRows = try Row.fetchCursor(db, sql: """
                SELECT \(IndexRows.qualified(IndexRows.articleColumns, "a"))
                FROM articles a LEFT JOIN files f ON f.path = a.file ORDER BY f.scan_order, a.file, a.position
                """)
            while let row = try articleRows.next() {
                let article = IndexRows.article(row)
                positions[article.id] = articles.count
                articles.append(article)
                nameVariants.append(IndexCoding.nameVariants(row[ArticleColumn.nameVariants]))
            }
            var extractions = nameVariants.map { ArticleExtraction(statements: [], dates: [], nameVariants: $0) }

            let statementRows = try Row.fetchCursor(db, sql: "SELECT \(IndexRows.statementColumns) FROM statements ORDER BY article, ordinal")
            while parts.contains(.statements), let row = try statementRows.next() {
                let statement = IndexRows.statement(row)
                if let a = positions[statement.articleID] { extractions[a].statements.append(statement) }
            }

            let dateRows = try Row.fetchCursor(db, sql: """
                SELECT article, token_start, token_end, start, end, mention, value, reference FROM dates ORDER BY article, ordinal
                """)
            while parts.contains(.dates), let row = try dateRows.next() {
                guard let a = positions[row[0]], let mention = IndexCoding.mention(row[5] as String) else { continue }
                extractions[a].dates.append(DateExpression(tokens: row[1]..<max(row[1], row[2]), range: row[3]..<max(row[3], row[4]), mention: mention,
                                                           value: IndexCoding.dateValue(row[6]), reference: (row[7] as Int?).map(Day.init(ordinal:))))
            }

            // Judgements by the claim extraction attached them to, in article order.
            var ownAssessments: [String: [Assessment]] = [:]
            let assessmentRows = try Row.fetchCursor(db, sql: "SELECT \(IndexRows.assessmentColumns) FROM assessments ORDER BY article, ordinal")
            while parts.contains(.claims), let row = try assessmentRows.next() {
                let assessment = IndexRows.assessment(row)
                guard let a = positions[assessment.articleID] else { continue }
                extractions[a].assessments.append(assessment)
                if let claim = row[AssessmentColumn.claim] as String? { ownAssessments[claim, default: []].append(assessment) }
            }

            // The evidence is cut from the article's text unless it was stored (see IndexRows.claimColumns).
            let utf8 = parts.contains(.claims) ? articles.map { Array($0.text.utf8) } : []
            let claimRows = try Row.fetchCursor(db, sql: "SELECT \(IndexRows.storedClaimColumns) FROM claims ORDER BY article, ordinal")
            while parts.contains(.claims), let row = try claimRows.next() {
                guard let a = positions[row[ClaimColumn.article]] else { continue }
                extractions[a].claims.append(IndexRows.claim(row, articleText: utf8[a], extracted: false))
            }
            // A group's judgements are shared by all its claims, in corpus order without repeats
            // (as ClaimGrouper shares them).
            var groupAssessments: [String: [Assessment]] = [:]
            var seen: [String: Set<Assessment>] = [:]
            for extraction in extractions {
                for claim in extraction.claims {
                    for assessment in ownAssessments[claim.id] ?? [] where seen[claim.group, default: []].insert(assessment).inserted {
                        groupAssessments[claim.group, default: []].append(assessment)
                    }
                }
            }
            for a in extractions.indices {
                for c in extractions[a].claims.indices { extractions[a].claims[c].assessments = groupAssessments[extractions[a].claims[c].group] ?? [] }
            }

            var events: [Event] = []
            var groups: [StatementGroup] = []
            if parts.contains(.events) {
                events = try Row.fetchAll(db, sql: "SELECT \(IndexRows.eventColumns) FROM events ORDER BY position").map(IndexRows.event)
                groups = try Row.fetchAll(db, sql: """
                    SELECT g.id, g.event, g.speaker, g.statements FROM statement_groups g JOIN events e ON e.id = g.event ORDER BY e.position, g.position
                    """).map { row in
                    StatementGroup(id: row[0], eventID: row[1], speaker: row[2], statementIDs: IndexCoding.strings(row[3]))
                }
            }
            let differences = parts.contains(.differences)
                ? try Row.fetchAll(db, sql: """
                    SELECT \(IndexRows.qualified(IndexRows.differenceColumns, "d"))
                    FROM differences d JOIN events e ON e.id = d.event ORDER BY e.position, d.position
                    """).map(IndexRows.difference) : []
            return BriefingAnalysis(articles: articles, extractions: extractions, events: events, statementGroups: groups, differences: differences)
        }
    }
}
