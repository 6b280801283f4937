/// A ``BriefingStore`` over an analysis held in memory: for a corpus read once, and for tests of
/// everything above the store.
///
/// Lookups are dictionary reads; the timeline is filtered by a linear pass that is cached per
/// filter, so scrolling costs nothing after the first screen.
public final class MemoryBriefingStore: BriefingStore {
    public let analysis: BriefingAnalysis
    public let entries: [TimelineEntry]
    let articleByID: [String: Article]
    let statementByID: [String: Statement]
    let claimsByStatement: [String: [Claim]]
    let claimsByGroup: [String: [Claim]]
    let eventByID: [String: Event]
    let differenceByID: [String: Difference]
    let entryOfStatement: [String: Int]
    let entryIndexByID: [String: Int]
    /// Each event's first timeline position.
    let firstEntryOfEvent: [String: Int]
    private var filtered: (filter: TimelineFilter, positions: [Int])?

    public init(analysis: BriefingAnalysis) {
        self.analysis = analysis
        entries = TimelineBuilder.entries(of: analysis)
        var articles: [String: Article] = [:]
        for article in analysis.articles { articles[article.id] = article }
        articleByID = articles
        var statements: [String: Statement] = [:]
        var byStatement: [String: [Claim]] = [:]
        var byGroup: [String: [Claim]] = [:]
        for extraction in analysis.extractions {
            for statement in extraction.statements { statements[statement.id] = statement }
            for claim in extraction.claims {
                if let id = claim.statementID { byStatement[id, default: []].append(claim) }
                byGroup[claim.group, default: []].append(claim)
            }
        }
        statementByID = statements
        claimsByStatement = byStatement.mapValues { $0.sorted { $0.score > $1.score } }
        claimsByGroup = byGroup
        eventByID = Dictionary(analysis.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        differenceByID = Dictionary(analysis.differences.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var entryOf: [String: Int] = [:]
        var indexOf: [String: Int] = [:]
        for (i, entry) in entries.enumerated() {
            indexOf[entry.id] = i
            for id in entry.statementIDs { entryOf[id] = i }
        }
        entryOfStatement = entryOf
        entryIndexByID = indexOf
        var firsts: [String: Int] = [:]
        for (i, entry) in entries.enumerated() { if let event = entry.eventID, firsts[event] == nil { firsts[event] = i } }
        firstEntryOfEvent = firsts
    }

    public func overview() -> StoreOverview {
        let days = analysis.articles.compactMap(\.date) + entries.compactMap(\.day)
        return StoreOverview(
            articles: analysis.articles.count, sources: Set(analysis.articles.compactMap(\.source)).count,
            statements: statementByID.count, claims: analysis.extractions.reduce(0) { $0 + $1.claims.count },
            events: analysis.events.count, differences: analysis.differences.count,
            firstDay: days.min(), lastDay: days.max())
    }

    private func positions(_ filter: TimelineFilter) -> [Int]? {
        if filter.isEmpty { return nil }
        if let filtered, filtered.filter == filter { return filtered.positions }
        // A search's positions are few: check those rather than every entry.
        let positions = (filter.positions ?? Array(entries.indices)).filter { $0 < entries.count && filter.admits(entries[$0], isFirstOfEvent: isFirstOfEvent(entries[$0])) }
        filtered = (filter, positions)
        return positions
    }

    private func isFirstOfEvent(_ entry: TimelineEntry) -> Bool {
        entry.eventID.map { firstEntryOfEvent[$0] == entry.position } ?? true
    }

    public func eventSummaries(range: Range<Int>) -> [EventSummary] {
        let newestFirst = analysis.events.indices.reversed().map { analysis.events[$0] }
        return newestFirst[range.clamped(to: newestFirst.indices)].map(summary)
    }

    public func eventSummary(id: String) -> EventSummary? { eventByID[id].map(summary) }

    private func summary(_ event: Event) -> EventSummary {
        let members = entries.filter { $0.eventID == event.id }
        let days = members.compactMap(\.day)
        return EventSummary(id: event.id, title: event.title, day: event.date, firstDay: days.min(), lastDay: days.max(),
                            sources: event.sources, entries: members.count,
                            differences: analysis.differences.filter { $0.eventID == event.id }.count,
                            firstEntry: firstEntryOfEvent[event.id])
    }

    public func timelineCount(_ filter: TimelineFilter) -> Int {
        positions(filter)?.count ?? entries.count
    }

    public func timeline(_ filter: TimelineFilter, range: Range<Int>) -> [TimelineEntry] {
        guard let positions = positions(filter) else {
            return Array(entries[range.clamped(to: entries.indices)])
        }
        return positions[range.clamped(to: positions.indices)].map { entries[$0] }
    }

    public func timelineIndex(of id: String, _ filter: TimelineFilter) -> Int? {
        guard let i = entryIndexByID[id] else { return nil }
        guard let positions = positions(filter) else { return i }
        return positions.sortedIndex(of: i)
    }

    public func timelinePositions(containing statementIDs: [String]) -> [Int] {
        Array(Set(statementIDs.compactMap { entryOfStatement[$0] })).sorted()
    }

    public func timelineEntry(containing statementID: String) -> TimelineEntry? {
        entryOfStatement[statementID].map { entries[$0] }
    }

    public func article(id: String) -> Article? { articleByID[id] }
    public func sources(ofArticles ids: [String]) -> [String: String] {
        var sources: [String: String] = [:]
        for id in ids { if let source = articleByID[id]?.source { sources[id] = source } }
        return sources
    }
    public func statement(id: String) -> Statement? { statementByID[id] }
    public func event(id: String) -> Event? { eventByID[id] }
    public func claims(statementID: String) -> [Claim] { claimsByStatement[statementID] ?? [] }
    public func claims(group: String) -> [Claim] { claimsByGroup[group] ?? [] }
    public func claims(group: String, inArticles articleIDs: [String]) -> [Claim] {
        let articles = Set(articleIDs)
        return (claimsByGroup[group] ?? []).filter { articles.contains($0.articleID) }
    }
    public func differences(ids: [String]) -> [Difference] { ids.compactMap { differenceByID[$0] } }

    public func speakers() -> [(name: String, count: Int)] {
        counted(entries.compactMap(\.speaker))
    }

    public func sources() -> [(name: String, count: Int)] {
        counted(entries.flatMap(\.sources))
    }

    private func counted(_ names: [String]) -> [(name: String, count: Int)] {
        var counts: [String: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        return counts.map { ($0.key, $0.value) }.sorted { ($1.count, $0.name) < ($0.count, $1.name) }
    }

    /// Evaluates the query language in memory: the reference the SQLite store is checked
    /// against. Matching follows FTS5 exactly (same words, same stems, phrases within one
    /// field); the score is a plain term count per square root of length, not bm25, so only the
    /// set of hits, not their order, is meant to agree with the index.
    public func search(_ query: String, limit: Int) throws -> [SearchHit] {
        let parsed = try SearchQuery(parsing: query)
        return search(parsed, limit: limit)
    }

    public func search(_ query: SearchQuery, limit: Int) -> [SearchHit] {
        let filters = query.filters
        let allowed = filters.allowedKinds
        let terms = query.markedTerms
        var hits: [SearchHit] = []
        func stems(_ text: String) -> [String] { SearchText.words(text).map(\.stem) }
        func score(_ fields: [[String]]) -> Double {
            guard query.hasWords else { return 0 }
            let length = fields.reduce(0) { $0 + $1.count }
            return Double(query.occurrences(in: fields)) / Double(max(1, length)).squareRoot()
        }
        let differenceArticles = Set(analysis.differences.flatMap { $0.items.map(\.articleID) })
        func hasDifference(statement id: String?) -> Bool {
            guard let id, let entry = entryOfStatement[id] else { return false }
            return !entries[entry].differenceIDs.isEmpty
        }
        for extraction in analysis.extractions {
            if allowed.contains(.statement) {
                for statement in extraction.statements {
                    let article = articleByID[statement.articleID]
                    let day = statement.date?.day ?? article?.date
                    guard filters.admits(kind: .statement, speaker: statement.speaker, source: article?.source, day: day,
                                         statementKind: statement.kind, claimType: nil,
                                         hasDifference: hasDifference(statement: statement.id)) else { continue }
                    let fields = [stems(statement.text)]
                    guard query.matches(fields) else { continue }
                    hits.append(.make(kind: .statement, id: statement.id, articleID: statement.articleID, source: article?.source,
                                      speaker: statement.speaker, date: day, statementID: statement.id, text: statement.text,
                                      span: TextSpan(statement.start, statement.end), terms: terms, score: score(fields)))
                }
            }
            if allowed.contains(.claim) {
                for claim in extraction.claims {
                    let article = articleByID[claim.articleID]
                    let day = claim.date ?? article?.date
                    let statementKind = claim.statementID.flatMap { statementByID[$0]?.kind }
                    guard filters.admits(kind: .claim, speaker: claim.speaker, source: article?.source, day: day,
                                         statementKind: statementKind, claimType: claim.type,
                                         hasDifference: hasDifference(statement: claim.statementID)) else { continue }
                    let fields = [stems(claim.text)]
                    guard query.matches(fields) else { continue }
                    hits.append(.make(kind: .claim, id: claim.id, articleID: claim.articleID, source: article?.source,
                                      speaker: claim.speaker, date: day, statementID: claim.statementID, text: claim.text,
                                      span: claim.evidence, terms: terms, score: score(fields)))
                }
            }
        }
        if allowed.contains(.article) {
            for article in analysis.articles {
                guard filters.admits(kind: .article, speaker: nil, source: article.source, day: article.date, statementKind: nil,
                                     claimType: nil, hasDifference: differenceArticles.contains(article.id)) else { continue }
                let fields = [stems(article.headline ?? ""), stems(article.text)]
                guard query.matches(fields) else { continue }
                hits.append(.article(article, terms: terms, score: score(fields)))
            }
        }
        hits.sort(by: SearchHit.ranked)
        return Array(hits.prefix(max(0, limit)))
    }
}
