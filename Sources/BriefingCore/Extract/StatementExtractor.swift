/// What extraction found in one article.
public struct ArticleExtraction: Sendable {
    public var statements: [Statement]
    /// Every date expression, resolved: outside quotations against the publication day, inside a
    /// quotation against the day its words were spoken.
    public var dates: [DateExpression]
    /// Every written form of each person or organisation named, by canonical name within the article.
    public var nameVariants: [String: Set<String>]
    /// Check-worthy claims inside the statements, with this outlet's judgements attached.
    public var claims: [Claim] = []
    /// Every judgement the outlet makes in its own voice, attached to a claim or not.
    public var assessments: [Assessment] = []
}

/// Extracts statements — direct, partial and indirect — from an article, attributes each to a
/// speaker, and dates each to the day it was said. Offsets are UTF-8 bytes into `article.text`.
///
/// Speaker names are canonical within the article; ``SpeakerCanonicalizer`` unifies them across
/// articles.
///
/// - Complexity: O(n) in the article's length, apart from speaker lookups, which are linear in the
///   (small) number of people an article names.
public struct StatementExtractor: Sendable {
    /// Which sentences of the statements are claims (the index stores its version per file).
    public var claimScorer: any ClaimScorer

    public init(claimScorer: any ClaimScorer = DefaultClaimScorer.scorer) {
        self.claimScorer = claimScorer
    }

    /// - Parameter claims: also find claims and the outlet's judgements (the benchmark turns it off
    ///   to measure what claims cost).
    public func extract(_ article: Article, claims: Bool = true) -> ArticleExtraction {
        var scanner = ArticleStatementScanner(article: article, claimScorer: claimScorer)
        scanner.run()
        return scanner.result(claims: claims)
    }
}
