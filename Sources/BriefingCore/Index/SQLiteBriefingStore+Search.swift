import GRDB

extension SQLiteBriefingStore {
    /// Runs a query of the search language (see ``SearchQuery``) against the FTS5 table: ranked
    /// by BM25 (``SearchHit/score``, higher is better; see `CSearchRank`), ties broken by the most
    /// recent day. A query of filters only lists what they select, most recent first.
    public func search(_ query: String, limit: Int) throws -> [SearchHit] {
        try search(try SearchQuery(parsing: query), limit: limit)
    }

    /// The weight of a word in a headline against one in a body or a statement.
    static let headlineWeight = 2.0

    /// The most matches ranked. A word in most of the corpus ("minister") matches hundreds of
    /// thousands of rows; beyond this many matches (that pass the filters) only the most recent are
    /// ranked (rows are written in date order, so the highest rowids are the newest).
    public static let rankingWindow = 500

    /// `limit` cuts one total order (``SearchHit/ranked(_:_:)``: score, then day, then kind and
    /// id): the first `limit` hits are the first `limit` of any larger limit up to
    /// ``rankingWindow``. SQLite orders by score and row, so rows tied with the last hit kept
    /// are fetched until the last row fetched ranks strictly below it.
    public func search(_ query: SearchQuery, limit: Int) throws -> [SearchHit] {
        guard limit > 0 else { return [] }
        let window = max(SQLiteBriefingStore.rankingWindow, limit)
        return try database.read { db in
            var fetch = limit + 16
            while true {
                let found = try ranked(db, query, limit: fetch, window: window)
                let hits = try self.hits(db, found, terms: query.markedTerms)
                let sorted = hits.sorted(by: SearchHit.ranked)
                guard found.count == fetch, sorted.count > limit, let last = hits.last else { return Array(sorted.prefix(limit)) }
                let kept = sorted[limit - 1]
                // Rows not fetched score at most `last.score` (words), or are older than it (filters only).
                let strictlyBelow = query.hasWords ? last.score < kept.score
                    : (last.date?.ordinal ?? Int.min) < (kept.date?.ordinal ?? Int.min)
                if strictlyBelow { return Array(sorted.prefix(limit)) }
                fetch *= 2
            }
        }
    }

    /// Without building hits (snippets are the costly part of 500 of them): the statements of the
    /// best statement and claim matches, by row, then their entries' positions.
    public func timelinePositions(matching query: SearchQuery, limit: Int) throws -> (positions: [Int], matches: Int) {
        guard limit > 0 else { return ([], 0) }
        return try database.read { db in
            var statementRows: [Int64] = []
            var claimRows: [Int64] = []
            let found = try ranked(db, query, limit: limit, window: max(SQLiteBriefingStore.rankingWindow, limit))
            for (rowid, _) in found {
                switch rowid & 3 {
                case 0: statementRows.append(rowid >> 2)
                case 1: claimRows.append(rowid >> 2)
                default: break
                }
            }
            guard !statementRows.isEmpty || !claimRows.isEmpty else { return ([], found.count) }
            let positions = try Int.fetchAll(db, sql: """
                SELECT DISTINCT t.position FROM (
                    SELECT s.entry AS entry FROM statements s WHERE s.rowid IN (SELECT value FROM json_each(?))
                    UNION
                    SELECT s.entry FROM claims c JOIN statements s ON s.id = c.statement WHERE c.rowid IN (SELECT value FROM json_each(?))
                ) found JOIN timeline t ON t.id = found.entry ORDER BY t.position
                """, arguments: [IndexCoding.json(statementRows.map { Int($0) }), IndexCoding.json(claimRows.map { Int($0) })])
            return (positions, found.count)
        }
    }

    /// FTS rowids (`rowid * 4 + kind`) of the best matches with their scores: up to `limit` ranked
    /// ones, or for filters only, the newest (up to `limit` of each kind for a long date range).
    func ranked(_ db: Database, _ query: SearchQuery, limit: Int, window: Int) throws -> [(rowid: Int64, score: Double)] {
        let filters = query.filters
        let names = try searchNames(db)
        let speakers = filters.speakers.isEmpty ? nil : names.speakers.filter { SearchFilters.folded($0.folded, matches: filters.speakers) }.map(\.name)
        let sources = filters.sources.isEmpty ? nil : names.sources.filter { SearchFilters.folded($0.folded, matches: filters.sources) }.map(\.name)
        if speakers?.isEmpty == true || sources?.isEmpty == true || filters.allowedKinds.isEmpty { return [] }
        // Filters become tags to MATCH; only long date ranges need a join on each kind's table.
        // Kinds are checked on the rowid unless there is nothing else to MATCH (`is:claim` alone).
        let withoutKinds = SearchTags.pattern(filters, speakers: speakers, sources: sources, byRowid: true)
        let byRowid = query.hasWords || withoutKinds.pattern != nil
        let (tags, daysByJoin) = byRowid ? withoutKinds : SearchTags.pattern(filters, speakers: speakers, sources: sources)
        let kindCondition = byRowid ? SearchTags.kindCondition(filters.allowedKinds) : ""
        var parts: [String] = []
        if let words = query.fts5Pattern { parts.append("{headline body} : (" + words + ")") }
        if let tags { parts.append(tags) }
        var pattern = parts.map { "(" + $0 + ")" }.joined(separator: " AND ")
        if query.fts5Pattern == nil, !pattern.isEmpty, let excluded = query.fts5ExclusionPattern {
            pattern = "(" + pattern + ") NOT ({headline body} : (" + excluded + "))"
        }
        var joins: [String] = []
        var joinCondition = ""
        var joinArguments = StatementArguments()
        if daysByJoin {
            var alternatives: [String] = []
            for (i, kind) in filters.allowedKinds.enumerated() {
                let (table, code) = kind == .statement ? ("statements", 0) : kind == .claim ? ("claims", 1) : ("articles", 2)
                joins.append("LEFT JOIN \(table) t\(i) ON (search.rowid & 3) = \(code) AND t\(i).rowid = search.rowid >> 2")
                alternatives.append("(t\(i).rowid IS NOT NULL AND (" + filters.days.map { _ in "t\(i).day BETWEEN ? AND ?" }.joined(separator: " OR ") + "))")
                for range in filters.days { joinArguments += [range.lowerBound, range.upperBound] }
            }
            joinCondition = "AND (" + alternatives.joined(separator: " OR ") + ")"
        }
        joinCondition = kindCondition + " " + joinCondition
        if pattern.isEmpty {
            var found: [(rowid: Int64, score: Double)] = []
            // Only a long date range: the newest rows of each kind in it.
            for kind in filters.allowedKinds {
                let (table, code) = kind == .statement ? ("statements", 0) : kind == .claim ? ("claims", 1) : ("articles", 2)
                var arguments = StatementArguments()
                for range in filters.days { arguments += [range.lowerBound, range.upperBound] }
                var exclusion = ""
                if let excluded = query.fts5ExclusionPattern {
                    exclusion = "AND t.rowid * 4 + \(code) NOT IN (SELECT rowid FROM search WHERE search MATCH ?)"
                    arguments += ["{headline body} : (" + excluded + ")"]
                }
                arguments += [limit]
                found += try Row.fetchAll(db, sql: """
                    SELECT t.rowid * 4 + \(code), 0.0 FROM \(table) t
                    WHERE (\(filters.days.map { _ in "t.day BETWEEN ? AND ?" }.joined(separator: " OR "))) \(exclusion)
                    ORDER BY t.day DESC, t.id LIMIT ?
                    """, arguments: arguments).map { ($0[0], $0[1]) }
            }
            return found
        }
        let from = "FROM search \(joins.joined(separator: " ")) WHERE search MATCH ?"
        var arguments = StatementArguments([pattern])
        arguments += joinArguments
        guard query.hasWords else {
            // Filters only: the newest first (rows are written in date order).
            arguments += [limit]
            return try Row.fetchAll(db, sql: "SELECT search.rowid, 0.0 \(from) \(joinCondition) ORDER BY search.rowid DESC LIMIT ?",
                                    arguments: arguments).map { ($0[0], $0[1]) }
        }
        // BM25 over the newest `window` matches at most: where that window starts, if it does.
        var boundaryArguments = arguments
        boundaryArguments += [window]
        let boundary = try Int64.fetchOne(db, sql: "SELECT search.rowid \(from) \(joinCondition) ORDER BY search.rowid DESC LIMIT 1 OFFSET ?",
                                          arguments: boundaryArguments)
        var all = StatementArguments([pattern])
        if let boundary { all += [boundary] }
        all += joinArguments
        all += [limit]
        // BM25 over the query's own phrases (not the filter tags after them): see CSearchRank.
        let rank = "briefing_rank(search, \(query.fts5PhraseCount), \(SQLiteBriefingStore.headlineWeight), 1.0, 0.0)"
        return try Row.fetchAll(db, sql: """
            SELECT search.rowid, \(rank) AS score FROM search \(joins.joined(separator: " "))
            WHERE search MATCH ? \(boundary == nil ? "" : "AND search.rowid > ?") \(joinCondition)
            ORDER BY score DESC, search.rowid DESC LIMIT ?
            """, arguments: all).map { ($0[0], $0[1]) }
    }

    /// The hits for FTS rowids (`rowid * 4 + kind`), with snippets.
    func hits(_ db: Database, _ found: [(rowid: Int64, score: Double)], terms: [SearchTerm]) throws -> [SearchHit] {
        var hits: [SearchHit] = []
        for (rowid, score) in found {
            let key = rowid >> 2
            switch rowid & 3 {
            case 0:
                guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, article, source, speaker, day, text, spans FROM statements WHERE rowid = ?"), arguments: [key]) else { continue }
                let spans = IndexCoding.spans(row[6])
                let id: String = row[0]
                hits.append(.make(kind: .statement, id: id, articleID: row[1], source: row[2], speaker: row[3],
                                  date: (row[4] as Int?).map(Day.init(ordinal:)), statementID: id, text: row[5],
                                  span: TextSpan(spans.first?.start ?? 0, spans.last?.end ?? 0), terms: terms, score: score))
            case 1:
                guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, article, source, speaker, day, text, evidence_start, evidence_end, statement FROM claims WHERE rowid = ?"), arguments: [key]) else { continue }
                hits.append(.make(kind: .claim, id: row[0], articleID: row[1], source: row[2], speaker: row[3],
                                  date: (row[4] as Int?).map(Day.init(ordinal:)), statementID: row[8], text: row[5],
                                  span: TextSpan(row[6], row[7]), terms: terms, score: score))
            default:
                guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(IndexRows.articleColumns) FROM articles WHERE rowid = ?"), arguments: [key]) else { continue }
                hits.append(.article(IndexRows.article(row), terms: terms, score: score))
            }
        }
        return hits
    }

    /// Distinct speaker and outlet names with their folded forms, read and folded once per store.
    func searchNames(_ db: Database) throws -> SearchNames {
        if let cachedSearchNames { return cachedSearchNames }
        func folded(_ kind: String) throws -> [(name: String, folded: String)] {
            try String.fetchAll(db, sql: "SELECT name FROM search_names WHERE kind = ?", arguments: [kind])
                .map { ($0, SearchFilters.foldedName($0)) }
        }
        let names = (try folded("speaker"), try folded("source"))
        cachedSearchNames = names
        return names
    }
}
