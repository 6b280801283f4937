import GRDB

/// Events in the index: the overview's summaries, folded timelines and headings.
///
/// Folded events without scans: a timeline with some events folded is the full timeline less a
/// sorted list of hidden positions (the folded events' entries but their first), and one with
/// every event folded is a sorted list of visible positions. Both are read once per folding
/// (`timeline_event` finds an event's entries) and kept, so paging, counting and finding an entry
/// cost what they cost unfolded: before, a folded 116,000-entry timeline paged by OFFSET and a
/// key to the bottom took 200 ms.
extension SQLiteBriefingStore {
    enum FoldedTimeline {
        /// Positions not shown (ascending); every other position is.
        case hidden([Int])
        /// Positions shown (ascending).
        case visible([Int])
    }

    /// The folding of a filter that restricts nothing else by SQL (no speaker, no outlet).
    func foldedTimeline(_ folding: EventFolding) throws -> FoldedTimeline {
        if let cached = cachedFolding, cached.folding == folding { return cached.timeline }
        let exceptions = IndexCoding.json(folding.exceptions)
        let timeline: FoldedTimeline = try database.read { db in
            if folding.foldsAll {
                return .visible(try Int.fetchAll(db, sql: """
                    SELECT first_entry FROM event_summaries
                    UNION SELECT position FROM timeline WHERE event IN (SELECT value FROM json_each(?))
                    UNION SELECT position FROM timeline WHERE event IS NULL
                    ORDER BY 1
                    """, arguments: [exceptions]))
            }
            return .hidden(try Int.fetchAll(db, sql: """
                SELECT t.position FROM timeline t JOIN event_summaries s ON s.event = t.event
                WHERE t.event IN (SELECT value FROM json_each(?)) AND t.position != s.first_entry ORDER BY t.position
                """, arguments: [exceptions]))
        }
        cachedFolding = (folding, timeline)
        return timeline
    }

    /// Whether folding alone (and maybe a search's positions) restricts `filter`: it is then
    /// resolved in memory.
    func foldsOnly(_ filter: TimelineFilter) -> Bool {
        filter.speaker == nil && filter.source == nil && !filter.folding.isNone
    }

    /// The hidden positions of a filter that only folds some events (no search, no speaker or
    /// outlet); nil for any other filter.
    func hiddenPositions(_ filter: TimelineFilter) throws -> [Int]? {
        guard foldsOnly(filter), filter.positions == nil, case .hidden(let hidden) = try foldedTimeline(filter.folding) else { return nil }
        return hidden
    }

    /// A search's positions with the folding applied, or every event folded: ascending positions.
    func foldedPositions(_ filter: TimelineFilter) throws -> [Int]? {
        guard foldsOnly(filter) else { return nil }
        switch try foldedTimeline(filter.folding) {
        case .visible(let visible):
            guard let positions = filter.positions else { return visible }
            return positions.filter { visible.sortedContains($0) }
        case .hidden(let hidden):
            return filter.positions?.filter { !hidden.sortedContains($0) }
        }
    }

    /// The position of the `index`-th shown entry when `hidden` positions are not shown.
    static func position(ofShown index: Int, hidden: [Int]) -> Int {
        // Shown entries before position p: p - (hidden positions below p); the smallest p with
        // `index` shown entries before it, then past any hidden run.
        var low = index, high = index + hidden.count
        while low < high {
            let mid = (low + high) / 2
            if mid - hidden.lowerBound(of: mid) >= index { high = mid } else { low = mid + 1 }
        }
        var position = low
        var k = hidden.lowerBound(of: position)
        while k < hidden.count && hidden[k] == position { position += 1; k += 1 }
        return position
    }

    /// Entries at `range` of the shown ones, reading rows by key from the first shown position.
    func timeline(hiding hidden: [Int], range: Range<Int>) throws -> [TimelineEntry] {
        var start = SQLiteBriefingStore.position(ofShown: range.lowerBound, hidden: hidden)
        var entries: [TimelineEntry] = []
        let columns = SQLiteBriefingStore.entryColumns
        while entries.count < range.count {
            let want = range.count - entries.count
            let rows = try database.read { db in
                try Row.fetchAll(db, sql: "SELECT \(columns) FROM timeline WHERE position >= ? ORDER BY position LIMIT ?",
                                 arguments: [start, want + 64]).map(SQLiteBriefingStore.entry)
            }
            entries += rows.filter { !hidden.sortedContains($0.position) }.prefix(want)
            guard let last = rows.last, rows.count == want + 64 else { break }
            start = last.position + 1
        }
        return entries
    }
}

extension SQLiteBriefingStore {
    /// The unfiltered timeline finds a heading by key order in SQL, without reading rows into
    /// entries (`}` over a 1.1-million-entry timeline read pages of 256 full rows); filtered ones
    /// page as every store does.
    public func timelineGroupStart(after index: Int, _ filter: TimelineFilter) throws -> Int? {
        guard filter.isEmpty else { return try pagedGroupStart(after: index, filter) }
        return try database.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT day, event FROM timeline WHERE position = ?", arguments: [index]) else { return nil }
            let day: Int? = row[0], event: String? = row[1]
            return try Int.fetchOne(db, sql: """
                SELECT position FROM timeline WHERE position > ? AND NOT (day IS ? AND event IS ?) ORDER BY position LIMIT 1
                """, arguments: [index, day, event])
        }
    }

    public func timelineGroupStart(of index: Int, _ filter: TimelineFilter) throws -> Int {
        guard filter.isEmpty else { return try pagedGroupStart(of: index, filter) }
        return try database.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT day, event FROM timeline WHERE position = ?", arguments: [index]) else { return index }
            let day: Int? = row[0], event: String? = row[1]
            let before = try Int.fetchOne(db, sql: """
                SELECT position FROM timeline WHERE position < ? AND NOT (day IS ? AND event IS ?) ORDER BY position DESC LIMIT 1
                """, arguments: [index, day, event])
            return before.map { $0 + 1 } ?? 0
        }
    }
}

extension SQLiteBriefingStore {
    static let summaryColumns = """
        e.id, e.title, e.day, e.sources, s.first_day, s.last_day, coalesce(s.entries, 0), coalesce(s.differences, 0), s.first_entry
        """

    static func summary(_ row: Row) -> EventSummary {
        EventSummary(id: row[0], title: row[1], day: (row[2] as Int?).map(Day.init(ordinal:)), firstDay: (row[4] as Int?).map(Day.init(ordinal:)),
                     lastDay: (row[5] as Int?).map(Day.init(ordinal:)), sources: IndexCoding.strings(row[3]), entries: row[6],
                     differences: row[7], firstEntry: row[8])
    }

    public func eventSummaries(range: Range<Int>) throws -> [EventSummary] {
        guard !range.isEmpty, range.lowerBound >= 0 else { return [] }
        return try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(SQLiteBriefingStore.summaryColumns) FROM events e LEFT JOIN event_summaries s ON s.event = e.id
                ORDER BY e.position DESC LIMIT ? OFFSET ?
                """, arguments: [range.count, range.lowerBound]).map(SQLiteBriefingStore.summary)
        }
    }

    public func eventSummary(id: String) throws -> EventSummary? {
        try database.read { db in
            try Row.fetchOne(db, sql: """
                SELECT \(SQLiteBriefingStore.summaryColumns) FROM events e LEFT JOIN event_summaries s ON s.event = e.id WHERE e.id = ?
                """, arguments: [id]).map(SQLiteBriefingStore.summary)
        }
    }
}
