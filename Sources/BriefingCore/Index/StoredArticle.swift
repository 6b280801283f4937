import GRDB

/// An article kept in the index, with its extraction as extraction returned it (to re-run the
/// cross-article analysis without extracting again) and the corpus-wide values its rows hold now
/// (to write only what changed).
struct StoredArticle {
    var article: Article
    var file: String
    var position: Int
    var bodyHash: UInt64
    var extracted: ArticleExtraction
    var hasDifference: Bool
    var statementState: [(speaker: String?, entry: String?, hasDifference: Bool)]
    var claimState: [(speaker: String?, group: String, hasDifference: Bool)]

    /// Every article of the index whose file is not in `skipping`, by file path, in position order.
    static func load(_ db: Database, skipping: Set<String>) throws -> [String: [StoredArticle]] {
        // Articles first: the statements and judgements of articles skipped are not decoded (all
        // of them, when new rules read every file again: 18 s at 100,000 articles).
        var loaded: [(article: Article, file: String, position: Int, bodyHash: Int64, nameVariants: String, hasDifference: Bool)] = []
        let articleRows = try Row.fetchCursor(db, sql: """
            SELECT \(IndexRows.articleColumns) FROM articles ORDER BY file, position
            """)
        while let row = try articleRows.next() {
            typealias C = ArticleColumn
            if skipping.contains(row[C.file]) { continue }
            loaded.append((IndexRows.article(row), row[C.file], row[C.position], row[C.bodyHash], row[C.nameVariants], row[C.hasDiff]))
        }
        if loaded.isEmpty { return [:] }
        let keptIDs = Set(loaded.map(\.article.id))
        var statements: [String: [(Statement, (speaker: String?, entry: String?, hasDifference: Bool))]] = [:]
        let statementRows = try Row.fetchCursor(db, sql: "SELECT \(IndexRows.statementColumns) FROM statements ORDER BY article, ordinal")
        while let row = try statementRows.next() {
            guard keptIDs.contains(row[StatementColumn.article]) else { continue }
            let statement = IndexRows.statement(row, extracted: true)
            statements[statement.articleID, default: []].append((statement, (row[StatementColumn.speaker], row[StatementColumn.entry], row[StatementColumn.hasDiff])))
        }
        var assessments: [String: [(Assessment, String?)]] = [:]
        let assessmentRows = try Row.fetchCursor(db, sql: "SELECT \(IndexRows.assessmentColumns) FROM assessments ORDER BY article, ordinal")
        while let row = try assessmentRows.next() {
            guard keptIDs.contains(row[AssessmentColumn.article]) else { continue }
            let assessment = IndexRows.assessment(row)
            assessments[assessment.articleID, default: []].append((assessment, row[AssessmentColumn.claim]))
        }
        // Claim evidence is cut from the texts just read rather than by a subquery per claim.
        var textOf: [String: [UInt8]] = [:]
        for item in loaded { textOf[item.article.id] = Array(item.article.text.utf8) }
        var claims: [String: [(Claim, (speaker: String?, group: String, hasDifference: Bool))]] = [:]
        let claimRows = try Row.fetchCursor(db, sql: "SELECT \(IndexRows.storedClaimColumns) FROM claims ORDER BY article, ordinal")
        while let row = try claimRows.next() {
            guard let text = textOf[row[ClaimColumn.article]] else { continue }
            let claim = IndexRows.claim(row, articleText: text, extracted: true)
            claims[claim.articleID, default: []].append((claim, (row[ClaimColumn.speaker], row[ClaimColumn.groupId], row[ClaimColumn.hasDiff])))
        }
        textOf = [:]
        var result: [String: [StoredArticle]] = [:]
        for (article, file, position, bodyHash, nameVariants, hasDifference) in loaded {
            let own = assessments[article.id] ?? []
            var articleClaims = (claims[article.id] ?? []).map(\.0)
            for i in articleClaims.indices {
                articleClaims[i].assessments = own.filter { $0.1 == articleClaims[i].id }.map(\.0)
            }
            let extraction = ArticleExtraction(
                statements: (statements[article.id] ?? []).map(\.0), dates: [], nameVariants: IndexCoding.nameVariants(nameVariants),
                claims: articleClaims, assessments: own.map(\.0))
            result[file, default: []].append(StoredArticle(
                article: article, file: file, position: position, bodyHash: UInt64(bitPattern: bodyHash), extracted: extraction,
                hasDifference: hasDifference, statementState: (statements[article.id] ?? []).map(\.1),
                claimState: (claims[article.id] ?? []).map(\.1)))
        }
        return result
    }
}
