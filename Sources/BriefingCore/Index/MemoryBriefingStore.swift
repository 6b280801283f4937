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
        for (i, entry) in entries.enumerated() {
            for id in entry.statementIDs { entryOf[id] = i }
        }
        entryOfStatement = entryOf
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
        let positions = entries.indices.filter { filter.admits(entries[$0]) }
        filtered = (filter, positions)
        return positions
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
        guard let i = entries.firstIndex(where: { $0.id == id }) else { return nil }
        guard let positions = positions(filter) else { return i }
        return binarySearch(positions, i)
    }

    private func binarySearch(_ sorted: [Int], _ value: Int) -> Int? {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == value ? low : nil
    }

    public func timelineEntry(containing statementID: String) -> TimelineEntry? {
        entryOfStatement[statementID].map { entries[$0] }
    }

    public func article(id: String) -> Article? { articleByID[id] }
    public func statement(id: String) -> Statement? { statementByID[id] }
    public func event(id: String) -> Event? { eventByID[id] }
    public func claims(statementID: String) -> [Claim] { claimsByStatement[statementID] ?? [] }
    public func claims(group: String) -> [Claim] { claimsByGroup[group] ?? [] }
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

    // TEMPORARY until the search language lands (issue 6): every word, case-insensitive, in statement text.
    public func search(_ query: String, limit: Int) throws -> [SearchHit] {
        let words = query.lowercased().split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        var hits: [SearchHit] = []
        for entry in entries {
            for id in entry.statementIDs {
                guard let statement = statementByID[id] else { continue }
                let lower = statement.text.lowercased()
                guard words.allSatisfy({ lower.contains($0) }) else { continue }
                let article = articleByID[statement.articleID]
                hits.append(SearchHit(kind: .statement, id: id, articleID: statement.articleID, source: article?.source,
                                      speaker: statement.speaker, date: statement.date?.day, statementID: id,
                                      snippet: statement.text, matches: [], span: TextSpan(statement.start, statement.end), score: 1))
                if hits.count >= limit { return hits }
            }
        }
        return hits
    }
}
