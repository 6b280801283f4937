/// Everything extracted from a set of articles: per-article statements and dates, with speaker
/// names unified across articles.
public struct BriefingAnalysis: Sendable {
    public var articles: [Article]
    public var extractions: [ArticleExtraction]

    /// Extracts every article (on all cores) and canonicalises speaker names across them.
    public init(articles: [Article], aliases: SpeakerAliases = SpeakerAliases(), concurrently: Bool = true) {
        self.articles = articles
        var extractions = ParallelMap.map(articles, concurrently: concurrently) { StatementExtractor().extract($0) }
        SpeakerCanonicalizer.unify(&extractions, aliases: aliases)
        // Claims take the canonical speaker names of their statements.
        for a in extractions.indices {
            let speakers = Dictionary(extractions[a].statements.map { ($0.id, $0.speaker) }, uniquingKeysWith: { first, _ in first })
            for c in extractions[a].claims.indices {
                if let id = extractions[a].claims[c].statementID, let speaker = speakers[id] { extractions[a].claims[c].speaker = speaker }
            }
        }
        ClaimGrouper.group(&extractions)
        self.extractions = extractions
    }
}
