/// What extraction found in one article.
public struct ArticleExtraction: Sendable {
    public var statements: [Statement]
    /// Every date expression, resolved: outside quotations against the publication day, inside a
    /// quotation against the day its words were spoken.
    public var dates: [DateExpression]
    /// Every written form of each person or organisation named, by canonical name within the article.
    public var nameVariants: [String: Set<String>]
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
    public init() {}

    public func extract(_ article: Article) -> ArticleExtraction {
        var scanner = ArticleStatementScanner(article: article)
        scanner.run()
        return scanner.result()
    }
}
