/// What an index keeps of an article's extraction as extraction returned it, for the rows it
/// writes: the speakers before the analysis unified them (`extracted_speaker`), the claim each
/// judgement was attached to before claims were grouped, and the dates, judgements and name
/// variants (which the analysis does not change, so they share its storage).
///
/// Not the whole extraction: the analysis changes every statement and claim (speakers unified,
/// claims grouped), so holding the extraction beside it kept two copies of each article's
/// statements and claims until the index was written — 8 KB per article of a first build.
struct ExtractedValues: Sendable {
    var statementSpeakers: [String?]
    var claimSpeakers: [String?]
    /// The id of the claim each of `assessments` was attached to, by the assessment's position.
    var claimOfAssessment: [String?]
    var assessments: [Assessment]
    var dates: [DateExpression]
    var nameVariants: [String: Set<String>]

    init(_ extraction: ArticleExtraction) {
        statementSpeakers = extraction.statements.map(\.speaker)
        claimSpeakers = extraction.claims.map(\.speaker)
        var claimOf: [Assessment: String] = [:]
        for claim in extraction.claims {
            for assessment in claim.assessments { claimOf[assessment] = claim.id }
        }
        claimOfAssessment = extraction.assessments.map { claimOf[$0] }
        assessments = extraction.assessments
        dates = extraction.dates
        nameVariants = extraction.nameVariants
    }
}
