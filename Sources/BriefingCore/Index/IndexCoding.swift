import Foundation

/// How values that SQLite has no type for are stored in index columns: lists as JSON, spans
/// as `start:end` pairs, dates in their ISO-like forms.
enum IndexCoding {
    static func json(_ strings: [String]) -> String {
        var out = "["
        for (i, string) in strings.enumerated() {
            if i > 0 { out += "," }
            JSONValue.writeString(string, to: &out)
        }
        out += "]"
        return out
    }

    /// `[1,2,3]`: integers for `json_each`.
    static func json(_ integers: [Int]) -> String { "[" + integers.map(String.init).joined(separator: ",") + "]" }

    /// A JSON array of strings, as ``json(_:)-(_:[String])`` writes it; anything else gives `[]`.
    /// Parsed on bytes: the index stores such a list for every claim's reasons and every group,
    /// event and timeline entry, and Foundation's parser made reading them back the larger cost.
    static func strings(_ json: String?) -> [String] {
        guard var json else { return [] }
        return json.withUTF8 { bytes in
            var parser = StringArrayParser(bytes: bytes)
            return parser.parse()
        } ?? []
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
        if let reference = DateValue.Reference(rawValue: text) { return .reference(reference) }
        let parts = text.split(separator: "-")
        guard let first = parts.first, let year = Int(first) else { return nil }
        if parts.count == 1 {
            if first.count == 3 { return .decade(year) }
            if first.count == 2 { return .century(year) }
            return .year(year)
        }
        let second = parts[1]
        if second.hasPrefix("W"), let week = Int(second.dropFirst()) {
            return parts.count == 3 && parts[2] == "WE" ? .weekend(year: year, week: week) : .week(year: year, week: week)
        }
        if second.hasPrefix("Q"), let quarter = Int(second.dropFirst()) { return .quarter(year: year, quarter: quarter) }
        if second.hasPrefix("H"), let half = Int(second.dropFirst()) { return .half(year: year, half: half) }
        if let season = DateValue.Season(rawValue: String(second)) { return .season(year: year, season: season) }
        if let month = Int(second) { return .month(year: year, month: month) }
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

    /// A JSON array of arrays of strings, integers and nulls (what ``items(_:)-(_:[Difference.Item])``
    /// and ``edits(_:)-(_:[WordDiff.Edit]?)`` write); `[]` for anything else.
    static func records(_ json: String?) -> [[JSONField]] {
        guard var json else { return [] }
        return json.withUTF8 { bytes in
            var parser = StringArrayParser(bytes: bytes)
            return parser.parseRecords()
        } ?? []
    }

    static func items(_ json: String) -> [Difference.Item] {
        records(json).compactMap { fields in
            guard fields.count == 5, case .string(let article) = fields[0], case .string(let text) = fields[2] else { return nil }
            var source: String?
            if case .string(let s) = fields[1] { source = s }
            var span: TextSpan?
            if case .int(let start) = fields[3], case .int(let end) = fields[4] { span = TextSpan(start, end) }
            return Difference.Item(articleID: article, source: source, text: text, span: span)
        }
    }

    static func edits(_ edits: [WordDiff.Edit]?) -> String? {
        guard let edits else { return nil }
        return JSONValue.array(edits.map { .array([.string($0.op.rawValue), .string($0.a), .string($0.b)]) }).serialized()
    }

    static func edits(_ json: String?) -> [WordDiff.Edit]? {
        guard let json else { return nil }
        return records(json).compactMap { fields in
            guard fields.count == 3, case .string(let name) = fields[0], let op = WordDiff.Operation(rawValue: name),
                  case .string(let a) = fields[1], case .string(let b) = fields[2] else { return nil }
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
        case .monthInYear(let month, let offset): return offset == 0 ? "mt \(month)" : "my \(month) \(offset)"
        case .lastMonth(let month): return "lm \(month)"
        case .dayOfMonth(let d): return "dm \(d)"
        case .vague: return "v"
        case .quarter(let q, let offset): return "q \(q) \(year(offset))"
        case .half(let h, let offset): return "h \(h) \(year(offset))"
        case .season(let season, let modifier): return "s \(season.rawValue) \(modifier)"
        case .weekend(let offset): return "we \(offset)"
        case .decade(let digits): return "dc \(digits)"
        case .century(let digits): return "c \(digits)"
        case .reference(let reference): return "r \(reference.rawValue)"
        case .yearsAgo(let n): return "ya \(n)"
        case .yearEarlier: return "ye"
        case .quarterOfYear(let q, let y): return "qy \(q) \(y)"
        case .halfOfYear(let h, let y): return "hy \(h) \(y)"
        case .holiday(let holiday, let modifier): return "hd \(holiday.rawValue) \(modifier)"
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
        case ("mt", 2): return number(0).map { .monthInYear($0, yearOffset: 0) }
        case ("my", 3): return number(0).flatMap { month in number(1).map { .monthInYear(month, yearOffset: $0) } }
        case ("lm", 2): return number(0).map { .lastMonth($0) }
        case ("dm", 2): return number(0).map { .dayOfMonth($0) }
        case ("v", 1): return .vague
        case ("q", 3): return number(0).map { .quarter($0, yearOffset: number(1)) }
        case ("h", 3): return number(0).map { .half($0, yearOffset: number(1)) }
        case ("s", 3):
            let modifiers: [String: DateMention.WeekdayModifier] = ["plain": .plain, "last": .last, "next": .next, "this": .this]
            guard let season = DateValue.Season(rawValue: fields[1]), let modifier = modifiers[fields[2]] else { return nil }
            return .season(season, modifier)
        case ("we", 2): return number(0).map { .weekend($0) }
        case ("dc", 2): return number(0).map { .decade($0) }
        case ("c", 2): return number(0).map { .century($0) }
        case ("r", 2): return DateValue.Reference(rawValue: fields[1]).map { .reference($0) }
        case ("ya", 2): return number(0).map { .yearsAgo($0) }
        case ("ye", 1): return .yearEarlier
        case ("qy", 3): return number(0).flatMap { q in number(1).map { .quarterOfYear(q, year: $0) } }
        case ("hy", 3): return number(0).flatMap { h in number(1).map { .halfOfYear(h, year: $0) } }
        case ("hd", 3):
            let modifiers: [String: DateMention.WeekdayModifier] = ["plain": .plain, "last": .last, "next": .next, "this": .this]
            guard let holiday = Holiday(rawValue: fields[1]), let modifier = modifiers[fields[2]] else { return nil }
            return .holiday(holiday, modifier)
        default: return nil
        }
    }
}

/// A value inside an index column's JSON records.
enum JSONField: Equatable {
    case string(String)
    case int(Int)
    case null
}

/// Parses the JSON the index stores from UTF-8 bytes: an array of strings, or an array of
/// arrays of strings, integers and nulls (whitespace, every string escape, surrogate pairs);
/// nil when the bytes are anything else.
struct StringArrayParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func parse() -> [String]? {
        skipSpace()
        guard next() == 0x5B else { return nil } // [
        var result: [String] = []
        skipSpace()
        if peek() == 0x5D { i += 1; return atEnd() ? result : nil } // ]
        while true {
            skipSpace()
            guard let string = parseString() else { return nil }
            result.append(string)
            skipSpace()
            switch next() {
            case 0x2C: continue // ,
            case 0x5D: return atEnd() ? result : nil
            default: return nil
            }
        }
    }

    /// `[[…], […]]`, each inner array of strings, integers and nulls.
    mutating func parseRecords() -> [[JSONField]]? {
        skipSpace()
        guard next() == 0x5B else { return nil }
        var result: [[JSONField]] = []
        skipSpace()
        if peek() == 0x5D { i += 1; return atEnd() ? result : nil }
        while true {
            skipSpace()
            guard next() == 0x5B else { return nil }
            var fields: [JSONField] = []
            skipSpace()
            if peek() == 0x5D { i += 1 } else {
                fieldLoop: while true {
                    skipSpace()
                    guard let field = parseField() else { return nil }
                    fields.append(field)
                    skipSpace()
                    switch next() {
                    case 0x2C: continue
                    case 0x5D: break fieldLoop
                    default: return nil
                    }
                }
            }
            result.append(fields)
            skipSpace()
            switch next() {
            case 0x2C: continue
            case 0x5D: return atEnd() ? result : nil
            default: return nil
            }
        }
    }

    private mutating func parseField() -> JSONField? {
        guard let first = peek() else { return nil }
        switch first {
        case 0x22: return parseString().map(JSONField.string)
        case 0x6E: // null
            guard i + 4 <= bytes.count, bytes[i + 1] == 0x75, bytes[i + 2] == 0x6C, bytes[i + 3] == 0x6C else { return nil }
            i += 4
            return .null
        case 0x2D, 0x30...0x39:
            var negative = false
            if peek() == 0x2D { negative = true; i += 1 }
            var value = 0
            var digits = 0
            while let b = peek(), b >= 0x30 && b <= 0x39, digits < 18 { value = value * 10 + Int(b - 0x30); i += 1; digits += 1 }
            guard digits > 0, let after = peek(), after == 0x2C || after == 0x5D || after == 0x20 || after == 0x0A || after == 0x0D || after == 0x09 else { return nil }
            return .int(negative ? -value : value)
        default: return nil
        }
    }

    private func peek() -> UInt8? { i < bytes.count ? bytes[i] : nil }
    private mutating func next() -> UInt8? { defer { i += 1 }; return peek() }
    private mutating func skipSpace() { while let b = peek(), b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { i += 1 } }
    private mutating func atEnd() -> Bool { skipSpace(); return i >= bytes.count }

    private mutating func parseString() -> String? {
        guard next() == 0x22 else { return nil }
        let start = i
        // Most strings have no escape: one scan, one copy.
        while let b = peek(), b != 0x22, b != 0x5C { i += 1 }
        if peek() == 0x22 {
            defer { i += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        }
        var out = Array(bytes[start..<i])
        while let b = next() {
            switch b {
            case 0x22: return String(decoding: out, as: UTF8.self)
            case 0x5C:
                guard let e = next() else { return nil }
                switch e {
                case 0x22, 0x5C, 0x2F: out.append(e)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75:
                    guard var scalar = hex4() else { return nil }
                    if scalar >= 0xD800 && scalar < 0xDC00 {
                        guard next() == 0x5C, next() == 0x75, let low = hex4(), low >= 0xDC00 && low < 0xE000 else { return nil }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { return nil }
                    out.append(contentsOf: Array(String(Character(unicode)).utf8))
                default: return nil
                }
            default: out.append(b)
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let b = next() else { return nil }
            let digit: UInt32
            switch b {
            case 0x30...0x39: digit = UInt32(b - 0x30)
            case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
            default: return nil
            }
            value = value * 16 + digit
        }
        return value
    }
}
