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

    public func search(_ query: SearchQuery, limit: Int) throws -> [SearchHit] {
        guard limit > 0 else { return [] }
        let filters = query.filters
        let names = try searchNames()
        let speakers = filters.speakers.isEmpty ? nil : names.speakers.filter { SearchFilters.name($0, matches: filters.speakers) }
        let sources = filters.sources.isEmpty ? nil : names.sources.filter { SearchFilters.name($0, matches: filters.sources) }
        if speakers?.isEmpty == true || sources?.isEmpty == true { return [] }
        let terms = query.markedTerms
        var hits: [SearchHit] = []
        try database.read { db in
            for kind in filters.allowedKinds {
                let table: String, code: Int, columns: String
                switch kind {
                case .statement: (table, code, columns) = ("statements", 0, "t.id, t.article, t.source, t.speaker, t.day, t.text, t.spans")
                case .claim: (table, code, columns) = ("claims", 1, "t.id, t.article, t.source, t.speaker, t.day, t.text, t.evidence_start, t.evidence_end, t.statement")
                case .article: (table, code, columns) = ("articles", 2, "t.id, t.path, t.format, t.source, t.day, t.headline, t.place, t.url, t.author, t.text")
                }
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
                let sql: String
                if let pattern = query.fts5Pattern {
                    let weights = kind == .article ? "\(SQLiteBriefingStore.headlineWeight), 1.0" : "1.0, 1.0"
                    var all = StatementArguments([pattern])
                    all += arguments
                    all += [limit]
                    arguments = all
                    sql = """
                        SELECT -bm25(search, \(weights)) AS score, \(columns) FROM search JOIN \(table) t ON t.rowid = search.rowid >> 2
                        WHERE search MATCH ? AND (search.rowid & 3) = \(code) \(clauses.map { "AND " + $0 }.joined(separator: " "))
                        ORDER BY bm25(search, \(weights)), t.day DESC, t.id LIMIT ?
                        """
                } else {
                    if let exclusion = query.fts5ExclusionPattern {
                        clauses.append("t.rowid * 4 + \(code) NOT IN (SELECT rowid FROM search WHERE search MATCH ?)")
                        arguments += [exclusion]
                    }
                    arguments += [limit]
                    sql = """
                        SELECT 0.0 AS score, \(columns) FROM \(table) t WHERE \(clauses.isEmpty ? "1" : clauses.joined(separator: " AND "))
                        ORDER BY t.day DESC, t.id LIMIT ?
                        """
                }
                let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let row = try rows.next() {
                    let score: Double = row[0]
                    let day = (row[5] as Int?).map(Day.init(ordinal:))
                    switch kind {
                    case .statement:
                        let spans = IndexCoding.spans(row[7])
                        let id: String = row[1]
                        hits.append(.make(kind: .statement, id: id, articleID: row[2], source: row[3], speaker: row[4], date: day,
                                          statementID: id, text: row[6], span: TextSpan(spans.first?.start ?? 0, spans.last?.end ?? 0),
                                          terms: terms, score: score))
                    case .claim:
                        hits.append(.make(kind: .claim, id: row[1], articleID: row[2], source: row[3], speaker: row[4], date: day,
                                          statementID: row[9], text: row[6], span: TextSpan(row[7], row[8]), terms: terms, score: score))
                    case .article:
                        let article = Article(id: row[1], path: row[2], format: ArticleFormat(rawValue: row[3]) ?? .text, source: row[4],
                                              date: day, headline: row[6], place: row[7], url: row[8], author: row[9], text: row[10])
                        hits.append(.article(article, terms: terms, score: score))
                    }
                }
            }
        }
        hits.sort(by: SearchHit.ranked)
        return Array(hits.prefix(limit))
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
