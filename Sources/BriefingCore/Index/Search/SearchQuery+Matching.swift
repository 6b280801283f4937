extension SearchQuery {
    /// The FTS5 MATCH pattern for ``including`` (nil when the query is filters only), built
    /// only from folded words, each phrase quoted: no user text reaches MATCH as syntax.
    public var fts5Pattern: String? {
        guard !including.isEmpty else { return nil }
        return SearchQuery.pattern(.all(including: including, excluding: excluding))
    }

    /// How many FTS5 phrases ``fts5Pattern`` holds (each term is one phrase, excluded ones too), so
    /// a ranking function can tell the query's phrases from filter tags appended after them.
    public var fts5PhraseCount: Int {
        func count(_ e: SearchExpression) -> Int {
            switch e {
            case .term: return 1
            case .all(let inc, let exc): return (inc + exc).reduce(0) { $0 + count($1) }
            case .any(let branches): return branches.reduce(0) { $0 + count($1) }
            }
        }
        return (including + excluding).reduce(0) { $0 + count($1) }
    }

    /// The pattern of the excluded terms alone (for a query of filters and exclusions).
    public var fts5ExclusionPattern: String? {
        excluding.isEmpty ? nil : SearchQuery.pattern(excluding.count == 1 ? excluding[0] : .any(excluding))
    }

    static func pattern(_ expression: SearchExpression) -> String {
        switch expression {
        case .term(let term):
            let phrase = "\"" + term.words.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\""
            return term.isPrefix ? phrase + " *" : phrase
        case .all(let including, let excluding):
            var result = including.map { "(" + pattern($0) + ")" }.joined(separator: " AND ")
            for e in excluding { result = "(" + result + ") NOT (" + pattern(e) + ")" }
            return result
        case .any(let branches):
            return branches.map { "(" + pattern($0) + ")" }.joined(separator: " OR ")
        }
    }

    /// Whether a document matches, evaluated in memory the way FTS5 evaluates ``fts5Pattern``.
    /// `fields` are the document's columns, each as Porter stems; a phrase must lie within one.
    public func matches(_ fields: [[String]]) -> Bool {
        let stemmed = StemmedExpression.all(including.map(StemmedExpression.init), excluding.map(StemmedExpression.init))
        if including.isEmpty {
            return !excluding.contains { StemmedExpression($0).matches(fields) }
        }
        return stemmed.matches(fields)
    }

    /// How many times the marked terms occur (a simple relevance for the in-memory store).
    public func occurrences(in fields: [[String]]) -> Int {
        markedTerms.reduce(0) { total, term in
            let stems = StemmedExpression.stems(term)
            return total + fields.reduce(0) { $0 + StemmedExpression.positions(of: stems, prefix: term.isPrefix, in: $1).count }
        }
    }
}

/// An expression with its words stemmed once.
indirect enum StemmedExpression {
    case term([String], prefix: Bool)
    case all([StemmedExpression], [StemmedExpression])
    case any([StemmedExpression])

    init(_ expression: SearchExpression) {
        switch expression {
        case .term(let t): self = .term(StemmedExpression.stems(t), prefix: t.isPrefix)
        case .all(let inc, let exc): self = .all(inc.map(StemmedExpression.init), exc.map(StemmedExpression.init))
        case .any(let list): self = .any(list.map(StemmedExpression.init))
        }
    }

    static func stems(_ term: SearchTerm) -> [String] { term.words.map(PorterStemmer.stem) }

    func matches(_ fields: [[String]]) -> Bool {
        switch self {
        case .term(let stems, let prefix): return fields.contains { !StemmedExpression.positions(of: stems, prefix: prefix, in: $0).isEmpty }
        case .all(let inc, let exc): return inc.allSatisfy { $0.matches(fields) } && !exc.contains { $0.matches(fields) }
        case .any(let list): return list.contains { $0.matches(fields) }
        }
    }

    /// Where the phrase `stems` starts in `field` (the last stem a prefix when `prefix`).
    static func positions(of stems: [String], prefix: Bool, in field: [String]) -> [Int] {
        guard !stems.isEmpty, field.count >= stems.count else { return [] }
        var found: [Int] = []
        for start in 0...(field.count - stems.count) {
            var ok = true
            for (j, stem) in stems.enumerated() {
                let word = field[start + j]
                let last = j == stems.count - 1
                if last && prefix ? !word.hasPrefix(stem) : word != stem { ok = false; break }
            }
            if ok { found.append(start) }
        }
        return found
    }
}
