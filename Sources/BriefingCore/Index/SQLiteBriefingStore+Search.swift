import GRDB

extension SQLiteBriefingStore {
    /// Runs a query of the search language (see ``SearchQuery``) against the FTS5 table: ranked
    /// by bm25 (``SearchHit/score`` is bm25 negated, higher is better), ties broken by the most
    /// recent day. A query of filters only lists what they select, most recent first.
    public func search(_ query: String, limit: Int) throws -> [SearchHit] {
        try search(try SearchQuery(parsing: query), limit: limit)
    }

    /// The weight of a word in a headline against one in a body or a statement.
    static let headlineWeight = 2.0

    /// The most matches bm25 ranks. A word in most of the corpus ("minister") matches hundreds of
    /// thousands of rows and bm25 costs about a microsecond each; beyond this many matches (that pass the
    /// filters) only the most recent are ranked (rows are written in date order, so the highest rowids are the newest).
    public static let rankingWindow = 1_000

    public func search(_ query: SearchQuery, limit: Int) throws -> [SearchHit] {
        guard limit > 0 else { return [] }
        let filters = query.filters
        let names = try searchNames()
        let speakers = filters.speakers.isEmpty ? nil : names.speakers.filter { SearchFilters.name($0, matches: filters.speakers) }
        let sources = filters.sources.isEmpty ? nil : names.sources.filter { SearchFilters.name($0, matches: filters.sources) }
        if speakers?.isEmpty == true || sources?.isEmpty == true { return [] }
        let kinds = filters.allowedKinds
        if kinds.isEmpty { return [] }
        // Per kind: the SQL condition on its table (alias t) and its arguments.
        var conditions: [(kind: SearchHitKind, code: Int, table: String, sql: String, arguments: StatementArguments)] = []
        for kind in kinds {
            let (table, code) = kind == .statement ? ("statements", 0) : kind == .claim ? ("claims", 1) : ("articles", 2)
            var clauses: [String] = []
            var arguments = StatementArguments()
            if let speakers {
                clauses.append("t.speaker IN (SELECT value FROM json_each(?))")
                arguments += [IndexCoding.json(speakers)]
            }
            if let sources {
                clauses.append("t.source IN (SELECT value FROM json_each(?))")
                arguments += [IndexCoding.json(sources)]
            }
            if !filters.statementKinds.isEmpty && kind != .article {
                clauses.append("\(kind == .claim ? "t.statement_kind" : "t.kind") IN (SELECT value FROM json_each(?))")
                arguments += [IndexCoding.json(filters.statementKinds.map(\.rawValue).sorted())]
            }
            if !filters.claimTypes.isEmpty {
                clauses.append("t.type IN (SELECT value FROM json_each(?))")
                arguments += [IndexCoding.json(filters.claimTypes.map(\.rawValue).sorted())]
            }
            if !filters.days.isEmpty {
                clauses.append("(" + filters.days.map { _ in "t.day BETWEEN ? AND ?" }.joined(separator: " OR ") + ")")
                for range in filters.days { arguments += [range.lowerBound, range.upperBound] }
            }
            if filters.hasDifference { clauses.append("t.has_diff = 1") }
            conditions.append((kind, code, table, clauses.joined(separator: " AND "), arguments))
        }
        var found: [(rowid: Int64, score: Double)] = []
        try database.read { db in
            if let pattern = query.fts5Pattern {
                // One MATCH for every kind; each kind's filters through a join on its table.
                var joins: [String] = []
                var alternatives: [String] = []
                var arguments = StatementArguments()
                for (i, condition) in conditions.enumerated() {
                    if condition.sql.isEmpty {
                        alternatives.append("(search.rowid & 3) = \(condition.code)")
                    } else {
                        let alias = "t\(i)"
                        joins.append("LEFT JOIN \(condition.table) \(alias) ON (search.rowid & 3) = \(condition.code) AND \(alias).rowid = search.rowid >> 2")
                        alternatives.append("(\(alias).rowid IS NOT NULL AND " + condition.sql.replacingOccurrences(of: "t.", with: alias + ".") + ")")
                        arguments += condition.arguments
                    }
                }
                let kindCondition = conditions.count == 3 && joins.isEmpty ? "" : "AND (" + alternatives.joined(separator: " OR ") + ")"
                let from = "FROM search \(joins.joined(separator: " ")) WHERE search MATCH ?"
                var matchArguments = StatementArguments([pattern])
                matchArguments += arguments
                // Where the ranking window starts: the rowid `window` matches (that pass the filters)
                // from the newest; nil when there are fewer.
                let window = max(SQLiteBriefingStore.rankingWindow, limit)
                var boundaryArguments = matchArguments
                boundaryArguments += [window]
                let boundary = try Int64.fetchOne(db, sql: "SELECT search.rowid \(from) \(kindCondition) ORDER BY search.rowid DESC LIMIT 1 OFFSET ?",
                                                  arguments: boundaryArguments)
                var all = StatementArguments([pattern])
                if let boundary { all += [boundary] }
                all += arguments
                all += [limit]
                let rank = "bm25(search, \(SQLiteBriefingStore.headlineWeight), 1.0)"
                found = try Row.fetchAll(db, sql: """
                    SELECT search.rowid, -\(rank) FROM search \(joins.joined(separator: " "))
                    WHERE search MATCH ? \(boundary == nil ? "" : "AND search.rowid > ?") \(kindCondition)
                    ORDER BY \(rank), search.rowid DESC LIMIT ?
                    """, arguments: all).map { ($0[0], $0[1]) }
            } else {
                for condition in conditions {
                    var clauses = condition.sql.isEmpty ? [] : [condition.sql]
                    var arguments = condition.arguments
                    if let exclusion = query.fts5ExclusionPattern {
                        clauses.append("t.rowid * 4 + \(condition.code) NOT IN (SELECT rowid FROM search WHERE search MATCH ?)")
                        arguments += [exclusion]
                    }
                    arguments += [limit]
                    found += try Row.fetchAll(db, sql: """
                        SELECT t.rowid * 4 + \(condition.code), 0.0 FROM \(condition.table) t WHERE \(clauses.isEmpty ? "1" : clauses.joined(separator: " AND "))
                        ORDER BY t.day DESC, t.id LIMIT ?
                        """, arguments: arguments).map { ($0[0], $0[1]) }
                }
            }
        }
        let hits = try hits(found, terms: query.markedTerms)
        return Array(hits.sorted(by: SearchHit.ranked).prefix(limit))
    }

    /// The hits for FTS rowids (`rowid * 4 + kind`), with snippets.
    func hits(_ found: [(rowid: Int64, score: Double)], terms: [SearchTerm]) throws -> [SearchHit] {
        var hits: [SearchHit] = []
        try database.read { db in
            for (rowid, score) in found {
                let key = rowid >> 2
                switch rowid & 3 {
                case 0:
                    guard let row = try Row.fetchOne(db, sql: "SELECT id, article, source, speaker, day, text, spans FROM statements WHERE rowid = ?", arguments: [key]) else { continue }
                    let spans = IndexCoding.spans(row[6])
                    let id: String = row[0]
                    hits.append(.make(kind: .statement, id: id, articleID: row[1], source: row[2], speaker: row[3],
                                      date: (row[4] as Int?).map(Day.init(ordinal:)), statementID: id, text: row[5],
                                      span: TextSpan(spans.first?.start ?? 0, spans.last?.end ?? 0), terms: terms, score: score))
                case 1:
                    guard let row = try Row.fetchOne(db, sql: "SELECT id, article, source, speaker, day, text, evidence_start, evidence_end, statement FROM claims WHERE rowid = ?", arguments: [key]) else { continue }
                    hits.append(.make(kind: .claim, id: row[0], articleID: row[1], source: row[2], speaker: row[3],
                                      date: (row[4] as Int?).map(Day.init(ordinal:)), statementID: row[8], text: row[5],
                                      span: TextSpan(row[6], row[7]), terms: terms, score: score))
                default:
                    guard let row = try Row.fetchOne(db, sql: "SELECT \(IndexRows.articleColumns) FROM articles WHERE rowid = ?", arguments: [key]) else { continue }
                    hits.append(.article(IndexRows.article(row), terms: terms, score: score))
                }
            }
        }
        return hits
    }

    /// Distinct speaker and outlet names, read once per store.
    func searchNames() throws -> (speakers: [String], sources: [String]) {
        if let cachedSearchNames { return cachedSearchNames }
        let names = try database.read { db -> (speakers: [String], sources: [String]) in
            (try String.fetchAll(db, sql: "SELECT name FROM search_names WHERE kind = 'speaker'"),
             try String.fetchAll(db, sql: "SELECT name FROM search_names WHERE kind = 'source'"))
        }
        cachedSearchNames = names
        return names
    }
}
