import Foundation
import Testing
@testable import BriefingCore

@Suite("Event summaries and folded events, in both stores")
struct EventSummaryTests {
    /// The index fixture analysed in memory (the reference) and indexed; the corpus folder lives
    /// as long as the value returned.
    static func stores() throws -> (TemporaryCorpus, MemoryBriefingStore, SQLiteBriefingStore) {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        return (corpus, IndexFixture.memoryStore(root), try IndexFixture.sqliteStore(root))
    }

    @Test func theIndexSummarisesEventsAsTheMemoryStoreDoes() throws {
        let (corpus, memory, index) = try Self.stores()
        defer { withExtendedLifetime(corpus) {} }
        let count = memory.overview().events
        try #require(count >= 2)
        let expected = memory.eventSummaries(range: 0..<count)
        #expect(try index.eventSummaries(range: 0..<count) == expected)
        #expect(expected.map(\.day) == expected.map(\.day).sorted { ($0?.ordinal ?? 0) > ($1?.ordinal ?? 0) }, "newest first")
        let withStatements = try #require(expected.first { $0.entries > 1 })
        #expect(try index.eventSummary(id: withStatements.id) == withStatements)
        let entries = memory.timeline(.all, range: 0..<memory.timelineCount(.all))
        #expect(withStatements.entries == entries.filter { $0.eventID == withStatements.id }.count)
        #expect(withStatements.firstEntry == entries.first { $0.eventID == withStatements.id }?.position)
    }

    @Test func aFoldedEventShowsOnlyItsFirstEntry() throws {
        let (corpus, memory, index) = try Self.stores()
        defer { withExtendedLifetime(corpus) {} }
        let stores: [BriefingStore] = [memory, index]
        for store in stores {
            let total = try store.timelineCount(.all)
            let summaries = try store.eventSummaries(range: 0..<100)
            let event = try #require(summaries.first { $0.entries > 1 })
            var filter = TimelineFilter()
            filter.folding.toggle(event.id)
            #expect(try store.timelineCount(filter) == total - event.entries + 1)
            let shown = try store.timeline(filter, range: 0..<total).filter { $0.eventID == event.id }
            #expect(shown.map(\.position) == [event.firstEntry], "\(type(of: store))")
            let hidden = try #require(store.timeline(.all, range: 0..<total).last { $0.eventID == event.id })
            #expect(try store.timelineIndex(of: hidden.id, filter) == nil)

            let all = TimelineFilter(folding: .all)
            #expect(try store.timelineCount(all) == summaries.filter { $0.firstEntry != nil }.count)
            var allButOne = all
            allButOne.folding.toggle(event.id)
            #expect(try store.timelineCount(allButOne) == summaries.filter { $0.firstEntry != nil }.count + event.entries - 1)
        }
    }

    /// The index resolves folds in memory (hidden or visible positions); every page, count and
    /// lookup must equal the memory store's, also under a search's positions.
    @Test func foldedTimelinesPageAlikeInBothStores() throws {
        let (corpus, memory, index) = try Self.stores()
        defer { withExtendedLifetime(corpus) {} }
        let total = memory.timelineCount(.all)
        let events = memory.eventSummaries(range: 0..<100).filter { $0.entries > 1 }.map(\.id)
        try #require(!events.isEmpty)
        let everyOther = Array(stride(from: 0, to: total, by: 2))
        var filters: [TimelineFilter] = []
        for folding in [EventFolding(exceptions: [events[0]]), EventFolding(exceptions: events), .all, EventFolding(foldsAll: true, exceptions: [events[0]])] {
            filters.append(TimelineFilter(folding: folding))
            filters.append(TimelineFilter(positions: everyOther, folding: folding))
        }
        for filter in filters {
            let count = memory.timelineCount(filter)
            #expect(try index.timelineCount(filter) == count, "\(filter)")
            let expected = memory.timeline(filter, range: 0..<count)
            #expect(try index.timeline(filter, range: 0..<count).map(\.position) == expected.map(\.position))
            var paged: [Int] = []
            for start in stride(from: 0, to: count, by: 2) { paged += try index.timeline(filter, range: start..<start + 2).map(\.position) }
            #expect(paged == expected.map(\.position), "pages of two")
            for (offset, entry) in expected.enumerated() { #expect(try index.timelineIndex(of: entry.id, filter) == offset) }
        }
    }

    /// `}` and `{` on the index find headings by key order in SQL; they must land where paging does.
    @Test func headingsAreFoundAlikeByKeyOrderAndByPaging() throws {
        let (corpus, memory, index) = try Self.stores()
        defer { withExtendedLifetime(corpus) {} }
        let total = memory.timelineCount(.all)
        try #require(total > 3)
        for i in 0..<total {
            #expect(try index.timelineGroupStart(after: i, .all) == memory.timelineGroupStart(after: i, .all), "after \(i)")
            #expect(try index.timelineGroupStart(of: i, .all) == memory.timelineGroupStart(of: i, .all), "of \(i)")
        }
        let starts = Set(try (0..<total).map { try memory.timelineGroupStart(of: $0, .all) })
        #expect(starts.count > 1, "the fixture has more than one heading")
    }
}
