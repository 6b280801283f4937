import Foundation

/// How values that SQLite has no type for are stored in index columns: lists as JSON, spans
/// as `start:end` pairs, dates in their ISO-like forms.
enum IndexCoding {
    static func json(_ strings: [String]) -> String { JSONValue.array(strings.map(JSONValue.string)).serialized() }

    /// `[1,2,3]`: integers for `json_each`.
    static func json(_ integers: [Int]) -> String { "[" + integers.map(String.init).joined(separator: ",") + "]" }

    static func strings(_ json: String?) -> [String] {
        guard let json, let data = json.data(using: .utf8),
              let array = try? JSONSerialization.jsonObject(with: data) as? [Any] else { return [] }
        return array.compactMap { $0 as? String }
    }

    /// `12:40,52:90`: UTF-8 byte ranges.
    static func spans(_ spans: [TextSpan]) -> String { spans.map { "\($0.start):\($0.end)" }.joined(separator: ",") }

    static func spans(_ text: String) -> [TextSpan] {
        text.split(separator: ",").compactMap { pair in
            let parts = pair.split(separator: ":")
            guard parts.count == 2, let start = Int(parts[0]), let end = Int(parts[1]) else { return nil }
            return TextSpan(start, end)
        }
    }

    /// Parses what ``DateValue/description`` wrote: `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM`, `YYYY`.
    static func dateValue(_ text: String?) -> DateValue? {
        guard let text else { return nil }
        if let day = Day(iso: text) { return .day(day) }
        let parts = text.split(separator: "-")
        guard let year = parts.first.flatMap({ Int($0) }) else { return nil }
        if parts.count == 1 { return .year(year) }
        if parts[1].hasPrefix("W"), let week = Int(parts[1].dropFirst()) { return .week(year: year, week: week) }
        if let month = Int(parts[1]) { return .month(year: year, month: month) }
        return nil
    }

    static func nameVariants(_ variants: [String: Set<String>]) -> String {
        JSONValue.object(variants.keys.sorted().map { ($0, .array(variants[$0]!.sorted().map(JSONValue.string))) }).serialized()
    }

    static func nameVariants(_ json: String) -> [String: Set<String>] {
        guard let data = json.data(using: .utf8), let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        var result: [String: Set<String>] = [:]
        for (key, value) in object { result[key] = Set((value as? [Any] ?? []).compactMap { $0 as? String }) }
        return result
    }

    /// Difference items and word edits, as JSON arrays of arrays (read only when a difference
    /// is shown): `[article, source, text, start, end]` and `[op, a, b]`.
    static func items(_ items: [Difference.Item]) -> String {
        JSONValue.array(items.map { item in
            .array([.string(item.articleID), .optional(item.source), .string(item.text), .optional(item.span?.start), .optional(item.span?.end)])
        }).serialized()
    }

    static func arrays(_ json: String?) -> [[Any]] {
        guard let json, let data = json.data(using: .utf8), let array = try? JSONSerialization.jsonObject(with: data) as? [Any] else { return [] }
        return array.compactMap { $0 as? [Any] }
    }

    static func items(_ json: String) -> [Difference.Item] {
        arrays(json).compactMap { fields in
            guard fields.count == 5, let article = fields[0] as? String, let text = fields[2] as? String else { return nil }
            let start = (fields[3] as? NSNumber)?.intValue, end = (fields[4] as? NSNumber)?.intValue
            return Difference.Item(articleID: article, source: fields[1] as? String, text: text,
                                   span: start.flatMap { s in end.map { TextSpan(s, $0) } })
        }
    }

    static func edits(_ edits: [WordDiff.Edit]?) -> String? {
        guard let edits else { return nil }
        return JSONValue.array(edits.map { .array([.string($0.op.rawValue), .string($0.a), .string($0.b)]) }).serialized()
    }

    static func edits(_ json: String?) -> [WordDiff.Edit]? {
        guard let json else { return nil }
        return arrays(json).compactMap { fields in
            guard fields.count == 3, let op = (fields[0] as? String).flatMap(WordDiff.Operation.init(rawValue:)),
                  let a = fields[1] as? String, let b = fields[2] as? String else { return nil }
            return WordDiff.Edit(op: op, a: a, b: b)
        }
    }
}
