/// A strict check of a TOML document's structure, run before TOMLKit sees it (see
/// ``TOMLDocument``): statements, table headers, dotted/quoted keys, strings, arrays and inline
/// tables, and the extent of every other value (numbers, booleans, dates are checked by TOMLKit).
/// It rejects a little valid TOML that themes and configs have no use for: more than two quotes
/// closing a multi-line string. Limits nesting to 64 levels.
struct TOMLStructureCheck {
    struct Problem: Error {
        var line: Int
        var message: String
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
        if scalars.first == "\u{FEFF}" { index = 1 }  // a byte-order mark, which TOMLKit skips too
    }

    /// The first structural problem, nil if the document is well formed.
    mutating func firstProblem() -> Problem? {
        do {
            try document()
            return nil
        } catch {
            return error
        }
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private func peek(_ offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private func starts(with text: String) -> Bool {
        text.unicodeScalars.enumerated().allSatisfy { peek($0.offset) == $0.element }
    }

    private func fail(_ message: String) -> Problem { Problem(line: line, message: message) }

    private func describeCurrent() -> String {
        guard let current else { return "end of file" }
        switch current {
        case "\n": return "end of line"
        case "\0": return "a NUL character"
        default: return "'\(current)'"
        }
    }

    // MARK: Statements

    private mutating func document() throws(Problem) {
        while current != nil {
            skipSpaces()
            guard let c = current else { return }
            if c == "[" {
                try header()
            } else if c != "#" && c != "\n" && c != "\r" {
                try key()
                skipSpaces()
                guard current == "=" else { throw fail("expected '=' after the key, saw \(describeCurrent())") }
                index += 1
                skipSpaces()
                try value(depth: 0)
            }
            try endOfLine()
        }
    }

    private mutating func header() throws(Problem) {
        index += 1
        let isArray = current == "["
        if isArray { index += 1 }
        skipSpaces()
        try key()
        skipSpaces()
        for _ in 0..<(isArray ? 2 : 1) {
            guard current == "]" else { throw fail("expected ']' to close the table header, saw \(describeCurrent())") }
            index += 1
        }
    }

    /// Spaces, an optional comment, then a line break or the end.
    private mutating func endOfLine() throws(Problem) {
        skipSpaces()
        if current == "#" { try comment() }
        if current == "\r", peek(1) == "\n" { index += 1 }
        guard let c = current else { return }
        guard c == "\n" else { throw fail("expected the end of the line, saw \(describeCurrent())") }
        index += 1
        line += 1
    }

    private mutating func comment() throws(Problem) {
        while let c = current, c != "\n" {
            if c == "\0" { throw fail("NUL character in a comment") }
            index += 1
        }
    }

    private mutating func skipSpaces() {
        while current == " " || current == "\t" { index += 1 }
    }

    /// Spaces, line breaks and comments, as allowed between array elements.
    private mutating func skipBlankLines() throws(Problem) {
        while let c = current {
            if c == " " || c == "\t" || c == "\r" {
                index += 1
            } else if c == "\n" {
                index += 1
                line += 1
            } else if c == "#" {
                try comment()
            } else {
                return
            }
        }
    }

    // MARK: Keys

    private mutating func key() throws(Problem) {
        while true {
            try simpleKey()
            skipSpaces()
            guard current == "." else { return }
            index += 1
            skipSpaces()
        }
    }

    private mutating func simpleKey() throws(Problem) {
        if starts(with: "\"\"\"") || starts(with: "'''") { throw fail("a key cannot be a multi-line string") }
        if current == "\"" || current == "'" { return try singleLineString() }
        let start = index
        while let c = current, c.isASCII, c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == "-" {
            index += 1
        }
        if index == start { throw fail("expected a key, saw \(describeCurrent())") }
    }

    // MARK: Values

    private mutating func value(depth: Int) throws(Problem) {
        if depth > 64 { throw fail("values nested more than 64 deep") }
        guard let c = current else { throw fail("expected a value, saw end of file") }
        if starts(with: "\"\"\"") || starts(with: "'''") { return try multilineString() }
        switch c {
        case "\"", "'": try singleLineString()
        case "[": try array(depth: depth)
        case "{": try inlineTable(depth: depth)
        default: try bareValue()
        }
    }

    private mutating func singleLineString() throws(Problem) {
        let quote = current
        index += 1
        while let c = current, c != quote {
            if c == "\0" { throw fail("NUL character in a string") }
            if c == "\n" { throw fail("unterminated string") }
            if quote == "\"", c == "\\" { index += 1 }
            if current == "\n" || current == nil { throw fail("unterminated string") }
            index += 1
        }
        guard current == quote else { throw fail("unterminated string") }
        index += 1
    }

    private mutating func multilineString() throws(Problem) {
        let delimiter = String(repeating: String(current ?? "\""), count: 3)
        let basic = current == "\""
        index += 3
        while !starts(with: delimiter) {
            guard let c = current else { throw fail("unterminated multi-line string") }
            if c == "\0" { throw fail("NUL character in a string") }
            if basic, c == "\\" { index += 1 }
            if current == "\n" { line += 1 }
            index += 1
        }
        index += 3
    }

    private mutating func array(depth: Int) throws(Problem) {
        index += 1
        while true {
            try skipBlankLines()
            if current == "]" { break }
            try value(depth: depth + 1)
            try skipBlankLines()
            if current == "," {
                index += 1
                continue
            }
            guard current == "]" else { throw fail("expected ',' or ']' in the array, saw \(describeCurrent())") }
            break
        }
        index += 1
    }

    private mutating func inlineTable(depth: Int) throws(Problem) {
        index += 1
        skipSpaces()
        if current == "}" {
            index += 1
            return
        }
        while true {
            skipSpaces()
            try key()
            skipSpaces()
            guard current == "=" else { throw fail("expected '=' after the key, saw \(describeCurrent())") }
            index += 1
            skipSpaces()
            try value(depth: depth + 1)
            skipSpaces()
            if current == "," {
                index += 1
                continue
            }
            guard current == "}" else {
                throw fail("expected ',' or '}' in the inline table (which must fit on one line), saw \(describeCurrent())")
            }
            index += 1
            return
        }
    }

    /// A number, boolean or date: a run of `A-Z a-z 0-9 _ + - . :`, with one space allowed
    /// between a date and a time. TOMLKit checks what the run says.
    private mutating func bareValue() throws(Problem) {
        let start = index
        func isValueCharacter(_ c: Unicode.Scalar?) -> Bool {
            guard let c, c.isASCII else { return false }
            return c.properties.isAlphabetic || ("0"..."9").contains(c) || "_+-.:".unicodeScalars.contains(c)
        }
        while isValueCharacter(current) { index += 1 }
        if index == start { throw fail("expected a value, saw \(describeCurrent())") }
        let looksLikeDate = index - start == 10 && scalars[start + 4] == "-" && scalars[start + 7] == "-"
        if looksLikeDate, current == " ", let next = peek(1), ("0"..."9").contains(next) {
            index += 1
            while isValueCharacter(current) { index += 1 }
        }
        // TOMLKit asserts on some malformed dates and times (`1979-05-27T:`), so check their shape.
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[start..<index])
        let dateLike = text.wholeMatch(of: #/\d{4}-\d{2}-\d{2}.*/#) != nil
        if dateLike || text.contains(":") {
            let date = #"\d{4}-\d{2}-\d{2}"#
            let time = #"\d{2}:\d{2}(:\d{2}(\.\d+)?)?"#
            let offset = #"([Zz]|[+-]\d{2}:\d{2})"#
            let pattern = "(\(date)([Tt ]\(time)\(offset)?)?|\(time))"
            guard let expression = try? Regex(pattern), text.wholeMatch(of: expression) != nil else {
                throw fail("malformed date or time '\(text)'")
            }
        }
    }
}
