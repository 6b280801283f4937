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

    /// A date mention as a few space-separated fields: `wd 2 last`, `do -1`, `wo 0`, `mo 1`,
    /// `yo -1`, `md 8 19 2025` (`-` for no year), `m 8 -`, `y 2025`, `dm 4`, `v`.
    static func mention(_ mention: DateMention) -> String {
        func year(_ y: Int?) -> String { y.map(String.init) ?? "-" }
        switch mention {
        case .weekday(let weekday, let modifier): return "wd \(weekday.rawValue) \(modifier)"
        case .dayOffset(let n): return "do \(n)"
        case .weekOffset(let n): return "wo \(n)"
        case .monthOffset(let n): return "mo \(n)"
        case .yearOffset(let n): return "yo \(n)"
        case .monthDay(let month, let day, let y): return "md \(month) \(day) \(year(y))"
        case .month(let month, let y): return "m \(month) \(year(y))"
        case .year(let y): return "y \(y)"
        case .dayOfMonth(let d): return "dm \(d)"
        case .vague: return "v"
        }
    }

    /// Parses what ``mention(_:)`` wrote; nil for anything else.
    static func mention(_ text: String) -> DateMention? {
        let fields = text.split(separator: " ").map(String.init)
        guard let kind = fields.first else { return nil }
        let numbers = fields.dropFirst().map { Int($0) }
        func number(_ i: Int) -> Int? { i < numbers.count ? numbers[i] : nil }
        switch (kind, fields.count) {
        case ("wd", 3):
            let modifiers: [String: DateMention.WeekdayModifier] = ["plain": .plain, "last": .last, "next": .next, "this": .this]
            guard let weekday = number(0).flatMap(Weekday.init(rawValue:)), let modifier = modifiers[fields[2]] else { return nil }
            return .weekday(weekday, modifier)
        case ("do", 2): return number(0).map { .dayOffset($0) }
        case ("wo", 2): return number(0).map { .weekOffset($0) }
        case ("mo", 2): return number(0).map { .monthOffset($0) }
        case ("yo", 2): return number(0).map { .yearOffset($0) }
        case ("md", 4):
            guard let month = number(0), let day = number(1) else { return nil }
            return .monthDay(month: month, day: day, year: number(2))
        case ("m", 3): return number(0).map { .month($0, year: number(1)) }
        case ("y", 2): return number(0).map { .year($0) }
        case ("dm", 2): return number(0).map { .dayOfMonth($0) }
        case ("v", 1): return .vague
        default: return nil
        }
    }
}
