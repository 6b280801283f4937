/// Everything extracted from a set of articles: per-article statements and dates, with speaker
/// names unified across articles.
public struct BriefingAnalysis: Sendable {
    public var articles: [Article]
    public var extractions: [ArticleExtraction]

    /// Extracts every article (on all cores) and canonicalises speaker names across them.
    public init(articles: [Article], concurrently: Bool = true) {
        self.articles = articles
        var extractions = ParallelMap.map(articles, concurrently: concurrently) { StatementExtractor().extract($0) }
        SpeakerCanonicalizer.unify(&extractions)
        self.extractions = extractions
    }
}
