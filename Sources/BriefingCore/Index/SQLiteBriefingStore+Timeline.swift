import Foundation
import GRDB

/// The timeline as the browser pages it: which entries pass a filter (speaker, outlet, search
/// positions, folded events), how many, a page of them, and where one entry stands.
extension SQLiteBriefingStore {
    /// The SQL condition and arguments that select the entries passing `filter`.
    func condition(_ filter: TimelineFilter) -> (sql: String, arguments: StatementArguments) {
        var clauses: [String] = []
        var arguments = StatementArguments()
        if let speaker = filter.speaker {
            clauses.append("speaker = ?")
            arguments += [speaker]
        }
        if let source = filter.source {
            clauses.append("position IN (SELECT position FROM timeline_sources WHERE source = ?)")
            arguments += [source]
        }
        let folding = filter.folding
        if folding.foldsAll {
            clauses.append("""
                (event IS NULL OR event IN (SELECT value FROM json_each(?)) OR position IN (SELECT first_entry FROM event_summaries))
                """)
            arguments += [IndexCoding.json(folding.exceptions)]
        } else if !folding.exceptions.isEmpty {
            clauses.append("""
                (event IS NULL OR event NOT IN (SELECT value FROM json_each(?))
                 OR position IN (SELECT first_entry FROM event_summaries WHERE event IN (SELECT value FROM json_each(?))))
                """)
            arguments += [IndexCoding.json(folding.exceptions), IndexCoding.json(folding.exceptions)]
        }
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments)
    }

    /// For a filter with positions (a search): the positions that also pass its speaker and
    /// outlet, computed once per filter and kept, so paging through results reads rows by key.
    func resolvedPositions(_ filter: TimelineFilter) throws -> [Int]? {
        if foldsOnly(filter) { return try foldedPositions(filter) }
        guard let positions = filter.positions else { return nil }
        if !filter.restrictsBeyondPositions { return positions }
        if let cached = cachedPositions, cached.filter == filter { return cached.positions }
        var unrestricted = filter
        unrestricted.positions = nil
        let (sql, arguments) = condition(unrestricted)
        var all = arguments
        all += [IndexCoding.json(positions)]
        let passing = try database.read { db in
            try Int.fetchAll(db, sql: "SELECT position FROM timeline WHERE \(sql) AND position IN (SELECT value FROM json_each(?)) ORDER BY position",
                             arguments: all)
        }
        cachedPositions = (filter, passing)
        return passing
    }

    public func timelinePositions(containing statementIDs: [String]) throws -> [Int] {
        guard !statementIDs.isEmpty else { return [] }
        return try database.read { db in
            try Int.fetchAll(db, sql: """
                SELECT DISTINCT t.position FROM statements s JOIN timeline t ON t.id = s.entry
                WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY t.position
                """, arguments: [IndexCoding.json(statementIDs)])
        }
    }

    public func timelineCount(_ filter: TimelineFilter) throws -> Int {
        if let hidden = try hiddenPositions(filter) { return try timelineCount(.all) - hidden.count }
        if let positions = try resolvedPositions(filter) { return positions.count }
        if filter.isEmpty {
            // Positions are dense from 0: the last one says how many, without counting the rows.
            return try database.read { try Int.fetchOne($0, sql: "SELECT max(position) + 1 FROM timeline") ?? 0 }
        }
        let (sql, arguments) = condition(filter)
        return try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM timeline WHERE \(sql)", arguments: arguments) ?? 0 }
    }

    static let entryColumns = "position, id, day, event, event_title, speaker, text, statements, sources, event_source_count, difference_kinds, differences"

    static func entry(_ row: Row) -> TimelineEntry {
        TimelineEntry(
            id: row[1], position: row[0], day: (row[2] as Int?).map(Day.init(ordinal:)), eventID: row[3], eventTitle: row[4],
            speaker: row[5], text: row[6], statementIDs: IndexCoding.strings(row[7]), sources: IndexCoding.strings(row[8]),
            eventSourceCount: row[9], differenceKinds: IndexCoding.strings(row[10]).compactMap(DifferenceKind.init(rawValue:)),
            differenceIDs: IndexCoding.strings(row[11]))
    }

    public func timeline(_ filter: TimelineFilter, range: Range<Int>) throws -> [TimelineEntry] {
        guard !range.isEmpty, range.lowerBound >= 0 else { return [] }
        let columns = SQLiteBriefingStore.entryColumns
        if let hidden = try hiddenPositions(filter) { return try timeline(hiding: hidden, range: range) }
        if let positions = try resolvedPositions(filter) {
            let page = Array(positions[range.clamped(to: positions.indices)])
            guard !page.isEmpty else { return [] }
            return try database.read { db in
                try Row.fetchAll(db, sql: "SELECT \(columns) FROM timeline WHERE position IN (SELECT value FROM json_each(?)) ORDER BY position",
                                 arguments: [IndexCoding.json(page)]).map(SQLiteBriefingStore.entry)
            }
        }
        return try database.read { db in
            if filter.isEmpty {
                // Positions are dense: the range is a key range.
                return try Row.fetchAll(db, sql: "SELECT \(columns) FROM timeline WHERE position >= ? AND position < ? ORDER BY position",
                                        arguments: [range.lowerBound, range.upperBound]).map(SQLiteBriefingStore.entry)
            }
            var (sql, arguments) = condition(filter)
            arguments += [range.count, range.lowerBound]
            return try Row.fetchAll(db, sql: "SELECT \(columns) FROM timeline WHERE \(sql) ORDER BY position LIMIT ? OFFSET ?",
                                    arguments: arguments).map(SQLiteBriefingStore.entry)
        }
    }

    public func timelineIndex(of id: String, _ filter: TimelineFilter) throws -> Int? {
        if let hidden = try hiddenPositions(filter) {
            let position = try database.read { try Int.fetchOne($0, sql: "SELECT position FROM timeline WHERE id = ?", arguments: [id]) }
            guard let position, !hidden.sortedContains(position) else { return nil }
            return position - hidden.lowerBound(of: position)
        }
        if let positions = try resolvedPositions(filter) {
            let position = try database.read { try Int.fetchOne($0, sql: "SELECT position FROM timeline WHERE id = ?", arguments: [id]) }
            return position.flatMap { positions.sortedIndex(of: $0) }
        }
        var (sql, arguments) = condition(filter)
        return try database.read { db in
            guard let position = try Int.fetchOne(db, sql: "SELECT position FROM timeline WHERE id = ?", arguments: [id]) else { return nil }
            if filter.isEmpty { return position }
            var check = arguments
            check += [position]
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM timeline WHERE \(sql) AND position = ?", arguments: check) != nil else { return nil }
            arguments += [position]
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM timeline WHERE \(sql) AND position < ?", arguments: arguments)
        }
    }

    public func timelineEntry(containing statementID: String) throws -> TimelineEntry? {
        try database.read { db in
            try Row.fetchOne(db, sql: """
                SELECT \(SQLiteBriefingStore.entryColumns) FROM timeline
                WHERE id = (SELECT entry FROM statements WHERE id = ?)
                """, arguments: [statementID]).map(SQLiteBriefingStore.entry)
        }
    }
}
