/// Everything extracted from a set of articles: per-article statements and dates, with speaker
/// names unified across articles.
public struct BriefingAnalysis: Sendable {
    public var articles: [Article]
    public var extractions: [ArticleExtraction]
    public var events: [Event] = []
    public var statementGroups: [StatementGroup] = []
    public var differences: [Difference] = []

    /// The cross-article steps only (see the initializer with `storedAlignments`), every event aligned.
    public init(articles: [Article], extracted: [ArticleExtraction], aliases: SpeakerAliases = SpeakerAliases(), concurrently: Bool = true) {
        self.init(articles: articles, extracted: extracted, aliases: aliases, concurrently: concurrently, storedAlignments: nil)
    }

    /// An analysis worked out before (read back from an index).
    init(articles: [Article], extractions: [ArticleExtraction], events: [Event], statementGroups: [StatementGroup], differences: [Difference]) {
        self.articles = articles
        self.extractions = extractions
        self.events = events
        self.statementGroups = statementGroups
        self.differences = differences
    }

    /// Extracts every article (on all cores) and canonicalises speaker names across them.
    public init(articles: [Article], aliases: SpeakerAliases = SpeakerAliases(), concurrently: Bool = true) {
        let extracted = ParallelMap.map(articles, concurrently: concurrently) { StatementExtractor().extract($0) }
        self.init(articles: articles, extracted: extracted, aliases: aliases, concurrently: concurrently)
    }

    /// The cross-article steps only, over extractions exactly as ``StatementExtractor`` returns
    /// them (speakers not yet unified, claims not grouped): what the index re-runs when files
    /// change, without extracting unchanged articles again. `extracted[i]` belongs to `articles[i]`.
    ///
    /// - Parameter storedAlignments: called once events are known, before any is aligned: the
    ///   statement groups and differences of the events whose inputs did not change since they
    ///   were stored (the index re-aligns only the events a change touched), by event id.
    init(articles: [Article], extracted: [ArticleExtraction], aliases: SpeakerAliases = SpeakerAliases(), concurrently: Bool = true,
         storedAlignments: ((_ events: [Event], _ extractions: [String: ArticleExtraction]) -> [String: EventAlignment])?) {
        let mark = PhaseTimer(enabledBy: "BRIEFING_INDEX_TIMING", prefix: "analysis, ").mark
        self.articles = articles
        var extractions = extracted
        SpeakerCanonicalizer.unify(&extractions, aliases: aliases)
        mark("speakers unified")
        // Claims take the canonical speaker names of their statements.
        for a in extractions.indices {
            let speakers = Dictionary(extractions[a].statements.map { ($0.id, $0.speaker) }, uniquingKeysWith: { first, _ in first })
            for c in extractions[a].claims.indices {
                if let id = extractions[a].claims[c].statementID, let speaker = speakers[id] { extractions[a].claims[c].speaker = speaker }
            }
        }
        // Claim groups and events read different parts of the extractions (claims; statements and
        // headlines), so the two run at once, each on one core.
        let unified = extractions
        let steps = ParallelMap.map([CrossArticleStep.groupClaims, .clusterEvents], concurrently: concurrently) { step -> CrossArticleResult in
            switch step {
            case .groupClaims:
                var grouped = unified
                ClaimGrouper.group(&grouped)
                return .grouped(grouped)
            case .clusterEvents:
                return .events(EventClusterer.cluster(articles: articles, extractions: unified))
            }
        }
        for result in steps {
            switch result {
            case .grouped(let grouped): extractions = grouped
            case .events(let clustered): events = clustered
            }
        }
        self.extractions = extractions
        mark("claim groups and events")
        let articleByID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let extractionByID = Dictionary(zip(articles.map(\.id), extractions), uniquingKeysWith: { first, _ in first })
        let stored = storedAlignments?(events, extractionByID) ?? [:]
        let perEvent = ParallelMap.map(events, concurrently: concurrently) { event -> ([StatementGroup], [Difference]) in
            if let kept = stored[event.id] { return (kept.groups, kept.differences) }
            let groups = StatementAligner.align(event: event, articles: articleByID, extractions: extractionByID)
            let differences = DifferenceFinder(event: event, articles: articleByID, extractions: extractionByID, groups: groups).differences()
            return (groups, differences)
        }
        statementGroups = perEvent.flatMap(\.0)
        differences = perEvent.flatMap(\.1)
        mark("alignment and differences")
    }
}

/// An event's statement groups and differences, in the order alignment gives them.
struct EventAlignment: Sendable {
    var groups: [StatementGroup] = []
    var differences: [Difference] = []
}

private enum CrossArticleStep: Sendable { case groupClaims, clusterEvents }
private enum CrossArticleResult: Sendable {
    case grouped([ArticleExtraction])
    case events([Event])
}
