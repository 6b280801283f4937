import Foundation

/// The pieces of a query: words, phrases, parentheses, operators and filters.
enum SearchLexeme: Equatable {
    case word(String, prefix: Bool)
    case phrase(String, prefix: Bool)
    case open, close, or, and, not, minus
    case filter(key: String, value: String)
}

enum SearchQueryLexer {
    static let filterKeys: Set<String> = ["speaker", "source", "kind", "type", "date", "is", "has"]

    static func lex(_ text: String) throws(SearchQueryError) -> [SearchLexeme] {
        let chars = Array(text)
        var lexemes: [SearchLexeme] = []
        var i = 0
        func isBreak(_ c: Character) -> Bool { c.isWhitespace || c == "(" || c == ")" || c == "\"" }
        /// Reads a quoted string starting at the opening quote; returns its content.
        func quoted() throws(SearchQueryError) -> String {
            var j = i + 1
            while j < chars.count && chars[j] != "\"" { j += 1 }
            guard j < chars.count else { throw SearchQueryError("unclosed quotation mark: add the closing \"") }
            let content = String(chars[(i + 1)..<j])
            i = j + 1
            return content
        }
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            switch c {
            case "(": lexemes.append(.open); i += 1
            case ")": lexemes.append(.close); i += 1
            case "\"":
                let content = try quoted()
                var prefix = false
                if i < chars.count && chars[i] == "*" { prefix = true; i += 1 }
                lexemes.append(.phrase(content, prefix: prefix))
            case "-" where i + 1 >= chars.count || chars[i + 1].isWhitespace || chars[i + 1] == ")":
                throw SearchQueryError("a lone - must be directly followed by the word to leave out, as in -tariffs")
            case "-":
                lexemes.append(.minus)
                i += 1
            default:
                var j = i
                while j < chars.count && !isBreak(chars[j]) { j += 1 }
                let chunk = String(chars[i..<j])
                i = j
                if chunk == "OR" { lexemes.append(.or); continue }
                if chunk == "AND" { lexemes.append(.and); continue }
                if chunk == "NOT" { lexemes.append(.not); continue }
                if let colon = chunk.firstIndex(of: ":"), filterKeys.contains(chunk[..<colon].lowercased()) {
                    let key = chunk[..<colon].lowercased()
                    var value = String(chunk[chunk.index(after: colon)...])
                    if value.isEmpty && i < chars.count && chars[i] == "\"" { value = try quoted() }
                    lexemes.append(.filter(key: key, value: value))
                    continue
                }
                var word = Substring(chunk)
                var prefix = false
                while word.hasSuffix("*") { word = word.dropLast(); prefix = true }
                if prefix && word.isEmpty {
                    throw SearchQueryError("a lone * must follow the beginning of a word, as in guarant*")
                }
                lexemes.append(.word(String(word), prefix: prefix))
            }
        }
        return lexemes
    }
}

/// Recursive descent over lexemes: OR binds loosest, then AND (implicit or written), then `-`/NOT.
struct SearchQueryParser {
    /// A parsed piece before filters are lifted out and empty terms dropped.
    indirect enum Node {
        case term(SearchTerm?)
        case filter(key: String, value: String)
        case not(Node)
        case and([Node])
        case or([Node])
    }

    var lexemes: [SearchLexeme]
    var position = 0

    init(lexemes: [SearchLexeme]) { self.lexemes = lexemes }

    var peek: SearchLexeme? { position < lexemes.count ? lexemes[position] : nil }

    mutating func parse(original: String) throws(SearchQueryError) -> SearchQuery {
        if original.allSatisfy(\.isWhitespace) { throw SearchQueryError("the query is empty: type words to look for") }
        let top = try parseOr(nested: false)
        if peek == .close { throw SearchQueryError("unmatched ): remove it or add ( before it") }
        var filters = SearchFilters()
        let branches: [Node]
        if case .or(let list) = top { branches = list } else { branches = [top] }
        if branches.count > 1 && branches.contains(where: containsFilter) {
            throw SearchQueryError("filters apply to the whole query and cannot be joined with OR")
        }
        var including: [SearchExpression] = []
        var excluding: [SearchExpression] = []
        if branches.count == 1 {
            let items: [Node]
            if case .and(let list) = branches[0] { items = list } else { items = [branches[0]] }
            for item in items {
                switch item {
                case .filter(let key, let value): try SearchQueryParser.apply(key: key, value: value, to: &filters)
                case .not(let inner): if let e = try normalize(inner) { excluding.append(e) }
                default: if let e = try normalize(item) { including.append(e) }
                }
            }
        } else if let e = try normalize(top) {
            including = [e]
        }
        if including.isEmpty {
            if !excluding.isEmpty && filters.isEmpty {
                throw SearchQueryError("-word only leaves words out: add a word to look for or a filter such as speaker:")
            }
            if excluding.isEmpty && filters.isEmpty {
                throw SearchQueryError("nothing to search for: the query has no letters or digits")
            }
        }
        return SearchQuery(including: including, excluding: excluding, filters: filters)
    }

    func containsFilter(_ node: Node) -> Bool {
        switch node {
        case .filter: return true
        case .term: return false
        case .not(let inner): return containsFilter(inner)
        case .and(let list), .or(let list): return list.contains(where: containsFilter)
        }
    }

    /// Drops terms without words; rejects groups that only exclude.
    func normalize(_ node: Node) throws(SearchQueryError) -> SearchExpression? {
        switch node {
        case .term(let term): return term.map(SearchExpression.term)
        case .filter: return nil
        case .not: throw SearchQueryError("-word only leaves words out: add a word to look for beside it")
        case .and(let items):
            var including: [SearchExpression] = []
            var excluding: [SearchExpression] = []
            for item in items {
                if case .not(let inner) = item {
                    if let e = try normalize(inner) { excluding.append(e) }
                } else if let e = try normalize(item) {
                    including.append(e)
                }
            }
            if including.isEmpty {
                if excluding.isEmpty { return nil }
                throw SearchQueryError("-word only leaves words out: add a word to look for beside it")
            }
            if including.count == 1 && excluding.isEmpty { return including[0] }
            return .all(including: including, excluding: excluding)
        case .or(let branches):
            var list: [SearchExpression] = []
            for branch in branches { if let e = try normalize(branch) { list.append(e) } }
            if list.isEmpty { return nil }
            return list.count == 1 ? list[0] : .any(list)
        }
    }

    mutating func parseOr(nested: Bool) throws(SearchQueryError) -> Node {
        var branches = [try parseAnd(nested: nested)]
        while peek == .or {
            position += 1
            branches.append(try parseAnd(nested: nested))
        }
        return branches.count == 1 ? branches[0] : .or(branches)
    }

    mutating func parseAnd(nested: Bool) throws(SearchQueryError) -> Node {
        var items: [Node] = []
        while let next = peek {
            if next == .close || next == .or { break }
            if next == .and {
                position += 1
                guard !items.isEmpty, let after = peek, after != .close, after != .or, after != .and else {
                    throw SearchQueryError("AND needs a word on each side, as in tariffs AND steel")
                }
                continue
            }
            items.append(try parseUnary(nested: nested))
        }
        if items.isEmpty {
            if peek == .or || position > 0 && lexemes[position - 1] == .or {
                throw SearchQueryError("OR needs a word on each side, as in tariffs OR duties")
            }
            if nested { throw SearchQueryError("empty parentheses: put words inside ( )") }
            throw SearchQueryError("unmatched ): remove it or add ( before it")
        }
        return items.count == 1 ? items[0] : .and(items)
    }

    mutating func parseUnary(nested: Bool) throws(SearchQueryError) -> Node {
        guard let next = peek else { throw SearchQueryError("the query ends too early") }
        if next == .minus || next == .not {
            position += 1
            guard let operand = peek, operand != .close, operand != .or, operand != .and, operand != .not, operand != .minus else {
                throw SearchQueryError(next == .not ? "NOT needs a word after it, as in NOT tariffs" : "- must be directly followed by the word to leave out, as in -tariffs")
            }
            let inner = try parsePrimary(nested: nested)
            if case .filter(let key, _) = inner {
                throw SearchQueryError("filters cannot be excluded: \(key): selects what to show")
            }
            return .not(inner)
        }
        return try parsePrimary(nested: nested)
    }

    mutating func parsePrimary(nested: Bool) throws(SearchQueryError) -> Node {
        guard let next = peek else { throw SearchQueryError("the query ends too early") }
        position += 1
        switch next {
        case .word(let text, let prefix), .phrase(let text, let prefix):
            let words = SearchText.foldedWords(text)
            return .term(words.isEmpty ? nil : SearchTerm(words: words, isPrefix: prefix))
        case .open:
            if peek == nil { throw SearchQueryError("unclosed parenthesis: add )") }
            let inner = try parseOr(nested: true)
            guard peek == .close else { throw SearchQueryError("unclosed parenthesis: add )") }
            position += 1
            return inner
        case .filter(let key, let value):
            if nested { throw SearchQueryError("filters apply to the whole query: put \(key): outside the parentheses") }
            return .filter(key: key, value: value)
        case .close: throw SearchQueryError("unmatched ): remove it or add ( before it")
        case .or: throw SearchQueryError("OR needs a word on each side, as in tariffs OR duties")
        case .and: throw SearchQueryError("AND needs a word on each side, as in tariffs AND steel")
        case .not, .minus: throw SearchQueryError("- must be directly followed by the word to leave out, as in -tariffs")
        }
    }

    static func apply(key: String, value: String, to filters: inout SearchFilters) throws(SearchQueryError) {
        let values = value.split(whereSeparator: { $0 == "|" || $0 == "," }).map(String.init)
        guard !values.isEmpty else { throw SearchQueryError(example(key, prefix: "\(key): needs a value")) }
        switch key {
        case "speaker", "source":
            let folded = SearchText.foldedWords(value).joined(separator: " ")
            guard !folded.isEmpty else { throw SearchQueryError(example(key, prefix: "\(key): needs a name")) }
            if key == "speaker" { filters.speakers.append(folded) } else { filters.sources.append(folded) }
        case "kind":
            for v in values {
                guard let kind = StatementKind(rawValue: v.lowercased()) else { throw SearchQueryError(example(key, prefix: "kind:\(v) is not a kind")) }
                filters.statementKinds.insert(kind)
            }
        case "type":
            for v in values {
                guard let type = ClaimType(rawValue: v.lowercased()) else { throw SearchQueryError(example(key, prefix: "type:\(v) is not a claim type")) }
                filters.claimTypes.insert(type)
            }
        case "is":
            for v in values {
                var name = v.lowercased()
                if name.hasSuffix("s") { name.removeLast() }
                guard let kind = SearchHitKind(rawValue: name) else { throw SearchQueryError(example(key, prefix: "is:\(v) is not a kind of result")) }
                filters.hitKinds.insert(kind)
            }
        case "has":
            for v in values {
                guard ["diff", "diffs", "difference", "differences"].contains(v.lowercased()) else {
                    throw SearchQueryError(example(key, prefix: "has:\(v) is not known"))
                }
                filters.hasDifference = true
            }
        default: // date
            for v in values { filters.days.append(try dayRange(v)) }
        }
    }

    static func example(_ key: String, prefix: String) -> String {
        switch key {
        case "speaker": return prefix + ", as in speaker:leavitt"
        case "source": return prefix + ", as in source:reuters"
        case "kind": return prefix + ": use kind:direct, kind:partial or kind:indirect"
        case "type": return prefix + ": use type:" + ClaimType.allCases.map(\.rawValue).joined(separator: ", type:")
        case "is": return prefix + ": use is:statement, is:claim or is:article"
        case "has": return prefix + ": use has:diff"
        default: return prefix + ": use date:YYYY-MM-DD or date:YYYY-MM-DD..YYYY-MM-DD"
        }
    }

    /// `2025-08-19`, `2025-08`, `2025`, and ranges `A..B`, `A..`, `..B` of those.
    static func dayRange(_ text: String) throws(SearchQueryError) -> ClosedRange<Int> {
        let invalid = SearchQueryError(example("date", prefix: "date:\(text) is not a day"))
        let parts = text.components(separatedBy: "..")
        switch parts.count {
        case 1:
            guard let range = period(parts[0]) else { throw invalid }
            return range
        case 2:
            let low = parts[0].isEmpty ? Int.min / 4 : period(parts[0])?.lowerBound
            let high = parts[1].isEmpty ? Int.max / 4 : period(parts[1])?.upperBound
            guard let low, let high, !(parts[0].isEmpty && parts[1].isEmpty) else { throw invalid }
            guard low <= high else { throw SearchQueryError("date:\(text) ends before it starts") }
            return low...high
        default:
            throw invalid
        }
    }

    /// The days a `YYYY-MM-DD`, `YYYY-MM` or `YYYY` covers.
    static func period(_ text: String) -> ClosedRange<Int>? {
        if text.utf8.count == 10, let day = Day(iso: text) { return day.ordinal...day.ordinal }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }), parts[0].count == 4,
              let year = Int(parts[0]) else { return nil }
        if parts.count == 1 {
            guard let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31) else { return nil }
            return first.ordinal...last.ordinal
        }
        guard parts.count == 2, parts[1].count == 2, let month = Int(parts[1]), let first = Day(year: year, month: month, day: 1),
              let last = Day(year: year, month: month, day: Day.daysIn(month: month, year: year)) else { return nil }
        return first.ordinal...last.ordinal
    }
}
