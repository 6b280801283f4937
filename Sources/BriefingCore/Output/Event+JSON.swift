extension Event {
    /// The `briefing events --json` record.
    public var json: JSONValue {
        .object([
            ("id", .string(id)), ("date", .optional(date?.description)), ("title", .string(title)),
            ("speakers", .array(speakers.map(JSONValue.string))), ("articles", .array(articleIDs.map(JSONValue.string))),
            ("sources", .array(sources.map(JSONValue.string))), ("transcript", .optional(transcriptID)),
        ])
    }
}

extension Difference {
    /// The `briefing diff --json` record. Offsets are Unicode code points of each item's article text.
    public func json(indexes: [String: CodePointIndex]) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .string(id)), ("event", .string(eventID)), ("kind", .string(kind.rawValue)), ("summary", .string(summary)),
            ("speaker", .optional(speaker)), ("sources", .array(sources.map(JSONValue.string))),
            ("items", .array(items.map { item in
                let index = indexes[item.articleID]
                return .object([
                    ("article", .string(item.articleID)), ("source", .optional(item.source)), ("text", .string(item.text)),
                    ("start", item.span.flatMap { span in index.map { .int($0.codePoints(atByte: span.start)) } } ?? .null),
                    ("end", item.span.flatMap { span in index.map { .int($0.codePoints(atByte: span.end)) } } ?? .null),
                ])
            })),
            ("minor", .bool(minor)), ("group", .optional(groupID)),
        ]
        if let edits {
            fields.append(("edits", .array(edits.map { .object([("op", .string($0.op.rawValue)), ("a", .string($0.a)), ("b", .string($0.b))]) })))
        }
        return .object(fields)
    }
}
