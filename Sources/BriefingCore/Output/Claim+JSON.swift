extension Claim {
    /// The `briefing claims --json` record: one claim occurrence. Offsets are Unicode code points
    /// of the evidence sentence in the article's `text`.
    public func json(article: Article, index: CodePointIndex) -> JSONValue {
        .object([
            ("id", .string(id)),
            ("group", .string(group)),
            ("article", .string(articleID)),
            ("path", .string(article.path)),
            ("source", .optional(article.source)),
            ("speaker", .optional(speaker)),
            ("statement", .optional(statementID)),
            ("text", .string(text)),
            ("evidence", .string(evidenceText)),
            ("start", .int(index.codePoints(atByte: evidence.start))),
            ("end", .int(index.codePoints(atByte: evidence.end))),
            ("type", .string(type.rawValue)),
            ("score", .double(score)),
            ("reasons", .array(reasons.map(JSONValue.string))),
            ("assessments", .array(assessments.map { assessment in
                .object([("source", .optional(assessment.source)), ("label", .string(assessment.label.rawValue)),
                         ("cue", .string(assessment.cue)), ("article", .string(assessment.articleID))])
            })),
        ])
    }
}
