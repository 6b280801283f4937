/// What the browser and the commands read: a corpus's articles, statements, claims, events,
/// timeline and differences, looked up by id, and keyword search over them.
///
/// The front end sees only this protocol, never SQL: ``MemoryBriefingStore`` serves an analysis
/// held in memory (tests, a corpus read once), the SQLite index serves a persisted corpus, and a
/// server-backed store can be added without touching the browser.
///
/// Offsets in everything returned are UTF-8 bytes of the owning article's `text`.
public protocol BriefingStore: AnyObject {
    /// Counts and the span of days, for status lines.
    func overview() throws -> StoreOverview

    /// Number of timeline entries that pass `filter`.
    func timelineCount(_ filter: TimelineFilter) throws -> Int
    /// The entries at `range` (positions among those that pass `filter`), in timeline order. The
    /// browser asks only for the rows it shows.
    func timeline(_ filter: TimelineFilter, range: Range<Int>) throws -> [TimelineEntry]
    /// Where the entry with `id` sits among those that pass `filter`; nil when it does not pass.
    func timelineIndex(of id: String, _ filter: TimelineFilter) throws -> Int?
    /// The entry a statement belongs to.
    func timelineEntry(containing statementID: String) throws -> TimelineEntry?
    /// Positions of the entries that hold any of `statementIDs`, ascending, without repeats: what
    /// a search restricts the timeline to.
    func timelinePositions(containing statementIDs: [String]) throws -> [Int]

    /// Where the next heading (a change of day or event) starts after entry `index` among those
    /// that pass `filter`; nil when none does. `}` in the browser.
    func timelineGroupStart(after index: Int, _ filter: TimelineFilter) throws -> Int?
    /// Where the heading that entry `index` sits under starts. `{` in the browser.
    func timelineGroupStart(of index: Int, _ filter: TimelineFilter) throws -> Int

    /// Events for the overview, newest first: the summaries at `range` of that order (the count
    /// is ``StoreOverview/events``).
    func eventSummaries(range: Range<Int>) throws -> [EventSummary]
    func eventSummary(id: String) throws -> EventSummary?

    func article(id: String) throws -> Article?
    /// The outlets of many articles at once, by article id, without reading their text.
    func sources(ofArticles ids: [String]) throws -> [String: String]
    func statement(id: String) throws -> Statement?
    func event(id: String) throws -> Event?
    /// Claims found in one statement, most check-worthy first.
    func claims(statementID: String) throws -> [Claim]
    /// Every occurrence of a claim group, across outlets.
    func claims(group: String) throws -> [Claim]
    /// The occurrences of a claim group in some articles (an event's), with their own outlets'
    /// judgements: a claim repeated over months can have tens of thousands of occurrences.
    func claims(group: String, inArticles articleIDs: [String]) throws -> [Claim]
    func differences(ids: [String]) throws -> [Difference]

    /// Speakers and outlets with the number of timeline entries for each, for filter lists.
    func speakers() throws -> [(name: String, count: Int)]
    func sources() throws -> [(name: String, count: Int)]

    /// Runs a query of the search language (words, "phrases", OR, -word, prefix*, filters such as
    /// `speaker:` and `date:`). Throws ``SearchQueryError`` with a one-line explanation when the
    /// query is malformed.
    func search(_ query: String, limit: Int) throws -> [SearchHit]
    /// The same, for a query already parsed (the browser narrows it to statements and claims).
    func search(_ query: SearchQuery, limit: Int) throws -> [SearchHit]

    /// The timeline positions of the entries holding the `limit` best statement and claim matches
    /// of `query` (a claim counts for its statement), ascending: what a search in the browser
    /// shows; and how many matches that was (`limit` when there may be more).
    func timelinePositions(matching query: SearchQuery, limit: Int) throws -> (positions: [Int], matches: Int)

    /// Forgets what was cached from the data: another writer (a background update) changed it.
    func reload()
}

extension BriefingStore {
    public func reload() {}

    public func timelineGroupStart(after index: Int, _ filter: TimelineFilter) throws -> Int? { try pagedGroupStart(after: index, filter) }
    public func timelineGroupStart(of index: Int, _ filter: TimelineFilter) throws -> Int { try pagedGroupStart(of: index, filter) }

    /// Pages through the filtered timeline, 256 entries at a time.
    func pagedGroupStart(after index: Int, _ filter: TimelineFilter) throws -> Int? {
        guard let current = try timeline(filter, range: index..<index + 1).first else { return nil }
        var start = index + 1
        while true {
            let page = try timeline(filter, range: start..<start + 256)
            if let hit = page.firstIndex(where: { $0.day != current.day || $0.eventID != current.eventID }) { return start + hit }
            if page.count < 256 { return nil }
            start += page.count
        }
    }

    func pagedGroupStart(of index: Int, _ filter: TimelineFilter) throws -> Int {
        guard let current = try timeline(filter, range: index..<index + 1).first else { return index }
        var end = index
        while end > 0 {
            let low = max(0, end - 256)
            let page = try timeline(filter, range: low..<end)
            if let hit = page.lastIndex(where: { $0.day != current.day || $0.eventID != current.eventID }) { return low + hit + 1 }
            end = low
        }
        return 0
    }

    public func timelinePositions(matching query: SearchQuery, limit: Int) throws -> (positions: [Int], matches: Int) {
        let hits = try search(query, limit: limit)
        return (try timelinePositions(containing: hits.compactMap { $0.kind == .article ? nil : $0.statementID ?? $0.id }), hits.count)
    }
}

/// Counts that describe a store's corpus.
public struct StoreOverview: Sendable, Equatable {
    public var articles: Int
    public var sources: Int
    public var statements: Int
    public var claims: Int
    public var events: Int
    public var differences: Int
    public var firstDay: Day?
    public var lastDay: Day?

    public init(articles: Int, sources: Int, statements: Int, claims: Int, events: Int, differences: Int, firstDay: Day?, lastDay: Day?) {
        self.articles = articles
        self.sources = sources
        self.statements = statements
        self.claims = claims
        self.events = events
        self.differences = differences
        self.firstDay = firstDay
        self.lastDay = lastDay
    }
}

/// Which timeline entries to show: all, one speaker's, one outlet's, or those a search found;
/// folded events show only their first entry.
public struct TimelineFilter: Sendable, Equatable, Hashable {
    /// Canonical speaker name, exact.
    public var speaker: String?
    /// Outlet name, exact: entries that outlet carries.
    public var source: String?
    /// Only the entries at these timeline positions (ascending, from a search); nil for no
    /// restriction. Positions, not ids: a store reads a page of them by key, without a scan.
    public var positions: [Int]?
    /// Events shown as their first entry only.
    public var folding: EventFolding

    public init(speaker: String? = nil, source: String? = nil, positions: [Int]? = nil, folding: EventFolding = .none) {
        self.speaker = speaker
        self.source = source
        self.positions = positions
        self.folding = folding
    }

    public static let all = TimelineFilter()
    public var isEmpty: Bool { speaker == nil && source == nil && positions == nil && folding.isNone }
    /// Whether only speaker, outlet or folding restrict it (not a search).
    var restrictsBeyondPositions: Bool { speaker != nil || source != nil || !folding.isNone }

    /// - Parameter isFirstOfEvent: whether the entry is its event's first (a folded event shows it).
    public func admits(_ entry: TimelineEntry, isFirstOfEvent: Bool = true) -> Bool {
        if let speaker, entry.speaker != speaker { return false }
        if let source, !entry.sources.contains(source) { return false }
        if let positions, !positions.sortedContains(entry.position) { return false }
        if !isFirstOfEvent && folding.isFolded(entry.eventID) { return false }
        return true
    }
}

/// What a search result is.
public enum SearchHitKind: String, Sendable, Codable, CaseIterable {
    case statement, claim, article
}

/// One search result, with a snippet whose matched words are marked.
public struct SearchHit: Sendable, Equatable {
    public var kind: SearchHitKind
    /// Statement, claim or article id.
    public var id: String
    public var articleID: String
    public var source: String?
    public var speaker: String?
    public var date: Day?
    /// The statement or claim for a statement or claim hit; nil for an article.
    public var statementID: String?
    /// A short excerpt; ``matches`` are ranges of it, in Unicode scalars.
    public var snippet: String
    public var matches: [Range<Int>]
    /// The matched text's span in the article (UTF-8 bytes).
    public var span: TextSpan
    /// Relevance, higher is better (BM25 for the SQLite store).
    public var score: Double

    public init(kind: SearchHitKind, id: String, articleID: String, source: String?, speaker: String?, date: Day?,
                statementID: String?, snippet: String, matches: [Range<Int>], span: TextSpan, score: Double) {
        self.kind = kind
        self.id = id
        self.articleID = articleID
        self.source = source
        self.speaker = speaker
        self.date = date
        self.statementID = statementID
        self.snippet = snippet
        self.matches = matches
        self.span = span
        self.score = score
    }
}
