extension SearchHit {
    /// The `briefing search --json` record. `start`/`end` are Unicode code points of the
    /// article's `text` (the matched words' span); `matches` are code point ranges of `snippet`.
    public func json(article: Article?, index: CodePointIndex?) -> JSONValue {
        func cp(_ byte: Int) -> JSONValue { index.map { .int($0.codePoints(atByte: byte)) } ?? .null }
        return .object([
            ("kind", .string(kind.rawValue)),
            ("id", .string(id)),
            ("article", .string(articleID)),
            ("path", .optional(article?.path)),
            ("source", .optional(source)),
            ("speaker", .optional(speaker)),
            ("date", .optional(date?.description)),
            ("statement", .optional(statementID)),
            ("snippet", .string(snippet)),
            ("matches", .array(matches.map { .array([.int($0.lowerBound), .int($0.upperBound)]) })),
            ("start", cp(span.start)),
            ("end", cp(span.end)),
            ("score", .double(score)),
        ])
    }
}
