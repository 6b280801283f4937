import Foundation

/// How values that SQLite has no type for are stored in index columns: lists as JSON, spans
/// as `start:end` pairs, dates in their ISO-like forms.
enum IndexCoding {
    static func json(_ strings: [String]) -> String { JSONValue.array(strings.map(JSONValue.string)).serialized() }

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

    /// Difference items and word edits, as JSON (read only when a difference is shown).
    struct StoredItem: Codable {
        var article: String
        var source: String?
        var text: String
        var start: Int?
        var end: Int?
    }

    struct StoredEdit: Codable {
        var op: String
        var a: String
        var b: String
    }

    static func items(_ items: [Difference.Item]) -> String {
        let stored = items.map { StoredItem(article: $0.articleID, source: $0.source, text: $0.text, start: $0.span?.start, end: $0.span?.end) }
        return String(decoding: (try? JSONEncoder().encode(stored)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func items(_ json: String) -> [Difference.Item] {
        let stored = (try? JSONDecoder().decode([StoredItem].self, from: Data(json.utf8))) ?? []
        return stored.map { item in
            Difference.Item(articleID: item.article, source: item.source, text: item.text,
                            span: item.start.flatMap { start in item.end.map { TextSpan(start, $0) } })
        }
    }

    static func edits(_ edits: [WordDiff.Edit]?) -> String? {
        guard let edits else { return nil }
        let stored = edits.map { StoredEdit(op: $0.op.rawValue, a: $0.a, b: $0.b) }
        return String(decoding: (try? JSONEncoder().encode(stored)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func edits(_ json: String?) -> [WordDiff.Edit]? {
        guard let json, let stored = try? JSONDecoder().decode([StoredEdit].self, from: Data(json.utf8)) else { return nil }
        return stored.compactMap { edit in WordDiff.Operation(rawValue: edit.op).map { WordDiff.Edit(op: $0, a: edit.a, b: edit.b) } }
    }
}
