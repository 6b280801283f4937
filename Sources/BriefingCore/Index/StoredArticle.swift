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
        var statements: [String: [(Statement, (speaker: String?, entry: String?, hasDifference: Bool))]] = [:]
        let statementRows = try Row.fetchCursor(db, sql: "SELECT \(IndexRows.statementColumns), entry, has_diff FROM statements ORDER BY article, ordinal")
        while let row = try statementRows.next() {
            let statement = IndexRows.statement(row, extracted: true)
            statements[statement.articleID, default: []].append((statement, (row[3], row[19], row[20])))
        }
        var assessments: [String: [(Assessment, String?)]] = [:]
        let assessmentRows = try Row.fetchCursor(db, sql: "SELECT \(IndexRows.assessmentColumns) FROM assessments ORDER BY article, ordinal")
        while let row = try assessmentRows.next() {
            let assessment = IndexRows.assessment(row)
            assessments[assessment.articleID, default: []].append((assessment, row[8]))
        }
        var claims: [String: [(Claim, (speaker: String?, group: String, hasDifference: Bool))]] = [:]
        let claimRows = try Row.fetchCursor(db, sql: "SELECT \(IndexRows.claimColumns), has_diff FROM claims ORDER BY article, ordinal")
        while let row = try claimRows.next() {
            let claim = IndexRows.claim(row, extracted: true)
            claims[claim.articleID, default: []].append((claim, (row[3], row[12], row[14])))
        }
        var result: [String: [StoredArticle]] = [:]
        let articleRows = try Row.fetchCursor(db, sql: """
            SELECT \(IndexRows.articleColumns), file, position, body_hash, name_variants, has_diff FROM articles ORDER BY file, position
            """)
        while let row = try articleRows.next() {
            let file: String = row[10]
            if skipping.contains(file) { continue }
            let article = IndexRows.article(row)
            let own = assessments[article.id] ?? []
            var articleClaims = (claims[article.id] ?? []).map(\.0)
            for i in articleClaims.indices {
                articleClaims[i].assessments = own.filter { $0.1 == articleClaims[i].id }.map(\.0)
            }
            let extraction = ArticleExtraction(
                statements: (statements[article.id] ?? []).map(\.0), dates: [], nameVariants: IndexCoding.nameVariants(row[13]),
                claims: articleClaims, assessments: own.map(\.0))
            result[file, default: []].append(StoredArticle(
                article: article, file: file, position: row[11], bodyHash: UInt64(bitPattern: row[12]), extracted: extraction,
                hasDifference: row[14], statementState: (statements[article.id] ?? []).map(\.1),
                claimState: (claims[article.id] ?? []).map(\.1)))
        }
        return result
    }
}
