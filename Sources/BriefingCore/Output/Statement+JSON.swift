extension Statement {
    /// The `briefing statements --json` record. Offsets are Unicode code points into the
    /// article's `text`.
    public func json(article: Article, index: CodePointIndex) -> JSONValue {
        func cp(_ byte: Int) -> JSONValue { .int(index.codePoints(atByte: byte)) }
        return .object([
            ("id", .string(id)),
            ("article", .string(articleID)),
            ("path", .string(article.path)),
            ("source", .optional(article.source)),
            ("speaker", .optional(speaker)),
            ("speakerMention", .optional(speakerMention)),
            ("speakerStart", speakerSpan.map { cp($0.start) } ?? .null),
            ("speakerEnd", speakerSpan.map { cp($0.end) } ?? .null),
            ("role", .optional(role)),
            ("kind", .string(kind.rawValue)),
            ("cue", .optional(cue)),
            ("text", .string(text)),
            // As a reader should see it: with a cue that negates ("ruled out deploying …").
            ("reportedText", .string(reportedText)),
            ("start", cp(start)),
            ("end", cp(end)),
            ("spans", .array(spans.map { .object([("start", cp($0.start)), ("end", cp($0.end))]) })),
            ("date", .optional(date?.day?.description)),
            ("dateValue", .optional(date?.description)),
            ("dateEvidence", .optional(dateEvidence)),
            ("dateBasis", .string(dateBasis.rawValue)),
            ("speakerIsOrganisation", .bool(speakerIsOrganisation)),
            ("pronounMismatch", .bool(pronounMismatch)),
        ])
    }
}
