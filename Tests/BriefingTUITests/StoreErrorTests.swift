import BriefingCore
import Testing
@testable import BriefingTUI

/// A database error while browsing (a damaged index, a disk that failed) is said in the status
/// line; panes are not silently empty.
@Suite("Store errors while browsing")
struct StoreErrorTests {
    struct DiskFailure: Error, CustomStringConvertible {
        var description: String { "SQLite error 10: disk I/O error" }
    }

    /// The fixture's store, failing every read once `failing` is set.
    final class FailingStore: BriefingStore {
        let inner: MemoryBriefingStore
        var failing = false
        init(_ inner: MemoryBriefingStore) { self.inner = inner }
        func check() throws { if failing { throw DiskFailure() } }
        func overview() throws -> StoreOverview { try check(); return try inner.overview() }
        func timelineCount(_ filter: TimelineFilter) throws -> Int { try check(); return try inner.timelineCount(filter) }
        func timeline(_ filter: TimelineFilter, range: Range<Int>) throws -> [TimelineEntry] { try check(); return try inner.timeline(filter, range: range) }
        func timelineIndex(of id: String, _ filter: TimelineFilter) throws -> Int? { try check(); return try inner.timelineIndex(of: id, filter) }
        func timelineEntry(containing statementID: String) throws -> TimelineEntry? { try check(); return try inner.timelineEntry(containing: statementID) }
        func timelinePositions(containing statementIDs: [String]) throws -> [Int] { try check(); return try inner.timelinePositions(containing: statementIDs) }
        func eventSummaries(range: Range<Int>) throws -> [EventSummary] { try check(); return try inner.eventSummaries(range: range) }
        func eventSummary(id: String) throws -> EventSummary? { try check(); return try inner.eventSummary(id: id) }
        func article(id: String) throws -> Article? { try check(); return try inner.article(id: id) }
        func sources(ofArticles ids: [String]) throws -> [String: String] { try check(); return try inner.sources(ofArticles: ids) }
        func statement(id: String) throws -> Statement? { try check(); return try inner.statement(id: id) }
        func event(id: String) throws -> Event? { try check(); return try inner.event(id: id) }
        func claims(statementID: String) throws -> [Claim] { try check(); return try inner.claims(statementID: statementID) }
        func claims(group: String) throws -> [Claim] { try check(); return try inner.claims(group: group) }
        func claims(group: String, inArticles articleIDs: [String]) throws -> [Claim] { try check(); return try inner.claims(group: group, inArticles: articleIDs) }
        func differences(ids: [String]) throws -> [Difference] { try check(); return try inner.differences(ids: ids) }
        func speakers() throws -> [(name: String, count: Int)] { try check(); return try inner.speakers() }
        func sources() throws -> [(name: String, count: Int)] { try check(); return try inner.sources() }
        func search(_ query: String, limit: Int) throws -> [SearchHit] { try check(); return try inner.search(query, limit: limit) }
        func search(_ query: SearchQuery, limit: Int) throws -> [SearchHit] { try check(); return try inner.search(query, limit: limit) }
    }

    @Test func aFailingIndexIsSaidInTheStatusLineNotShownAsAnEmptyPane() throws {
        let fixture = BrowserFixture.browser()
        let store = FailingStore(try #require(fixture.store as? MemoryBriefingStore))
        let browser = Browser(store: store, corpusName: "Fixture briefing", width: 100, height: 30)
        #expect(!browser.render().contains("disk I/O error"))
        store.failing = true
        browser.press("j")
        let screen = browser.render()
        #expect(screen.contains("index: SQLite error 10: disk I/O error"))
        #expect(screen.texts(in: .statusError).contains { $0.contains("disk I/O error") })
    }
}
