import BriefingCore

/// A ``BriefingStore`` that forwards to another and adds up the time each method takes: where a
/// slow keypress spends its time.
final class TimedStore: BriefingStore {
    let base: BriefingStore
    private(set) var totals: [String: (calls: Int, seconds: Double)] = [:]

    init(_ base: BriefingStore) { self.base = base }

    func reset() { totals = [:] }

    private func timed<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        var result: T?
        var failure: Error?
        let elapsed = seconds {
            do { result = try body() } catch { failure = error }
        }
        let total = totals[name] ?? (0, 0)
        totals[name] = (total.calls + 1, total.seconds + elapsed)
        if let failure { try { throw failure }() }
        return result!
    }

    func overview() throws -> StoreOverview { try timed("overview") { try base.overview() } }
    func timelineCount(_ filter: TimelineFilter) throws -> Int { try timed("timelineCount") { try base.timelineCount(filter) } }
    func timeline(_ filter: TimelineFilter, range: Range<Int>) throws -> [TimelineEntry] { try timed("timeline") { try base.timeline(filter, range: range) } }
    func timelineIndex(of id: String, _ filter: TimelineFilter) throws -> Int? { try timed("timelineIndex") { try base.timelineIndex(of: id, filter) } }
    func timelineEntry(containing statementID: String) throws -> TimelineEntry? { try timed("timelineEntry") { try base.timelineEntry(containing: statementID) } }
    func timelinePositions(containing statementIDs: [String]) throws -> [Int] { try timed("timelinePositions") { try base.timelinePositions(containing: statementIDs) } }
    func timelineGroupStart(after index: Int, _ filter: TimelineFilter) throws -> Int? { try timed("timelineGroupStart(after:)") { try base.timelineGroupStart(after: index, filter) } }
    func timelineGroupStart(of index: Int, _ filter: TimelineFilter) throws -> Int { try timed("timelineGroupStart(of:)") { try base.timelineGroupStart(of: index, filter) } }
    func eventSummaries(range: Range<Int>) throws -> [EventSummary] { try timed("eventSummaries") { try base.eventSummaries(range: range) } }
    func eventSummary(id: String) throws -> EventSummary? { try timed("eventSummary") { try base.eventSummary(id: id) } }
    func article(id: String) throws -> Article? { try timed("article") { try base.article(id: id) } }
    func sources(ofArticles ids: [String]) throws -> [String: String] { try timed("sources(ofArticles:)") { try base.sources(ofArticles: ids) } }
    func statement(id: String) throws -> Statement? { try timed("statement") { try base.statement(id: id) } }
    func event(id: String) throws -> Event? { try timed("event") { try base.event(id: id) } }
    func claims(statementID: String) throws -> [Claim] { try timed("claims(statementID:)") { try base.claims(statementID: statementID) } }
    func claims(group: String) throws -> [Claim] { try timed("claims(group:)") { try base.claims(group: group) } }
    func claims(group: String, inArticles articleIDs: [String]) throws -> [Claim] { try timed("claims(group:inArticles:)") { try base.claims(group: group, inArticles: articleIDs) } }
    func differences(ids: [String]) throws -> [Difference] { try timed("differences") { try base.differences(ids: ids) } }
    func speakers() throws -> [(name: String, count: Int)] { try timed("speakers") { try base.speakers() } }
    func sources() throws -> [(name: String, count: Int)] { try timed("sources") { try base.sources() } }
    func search(_ query: String, limit: Int) throws -> [SearchHit] { try timed("search") { try base.search(query, limit: limit) } }
    func search(_ query: SearchQuery, limit: Int) throws -> [SearchHit] { try timed("search") { try base.search(query, limit: limit) } }
    func timelinePositions(matching query: SearchQuery, limit: Int) throws -> (positions: [Int], matches: Int) {
        try timed("timelinePositions(matching:)") { try base.timelinePositions(matching: query, limit: limit) }
    }
    func reload() { base.reload() }
}
