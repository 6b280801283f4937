/// The line on which each key of a TOML document is defined, so that messages about values
/// (which TOMLKit reports without positions) can name `FILE:LINE`.
///
/// A light line scanner, not a parser: it runs only on documents TOMLKit has already accepted,
/// understands table headers, dotted and quoted keys and skips multi-line strings. Keys inside
/// inline tables are not recorded; ``line(of:)`` then answers with the line of the nearest
/// enclosing key, which is where an inline table starts.
struct TOMLKeyLines {
    /// Full key path (table header segments + key segments) → 1-based line of its first definition.
    private var lines: [[String]: Int] = [:]

    init(source: String) {
        var table: [String] = []
        var openMultilineDelimiter: Substring?
        for (offset, rawLine) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            if let delimiter = openMultilineDelimiter {
                if rawLine.contains(delimiter) { openMultilineDelimiter = nil }
                continue
            }
            var scanner = KeyScanner(rawLine)
            scanner.skipSpaces()
            guard let first = scanner.peek, first != "#" else { continue }
            if first == "[" {
                scanner.skip("[")
                scanner.skip("[")
                if let segments = scanner.dottedKey(), scanner.peek == "]" {
                    table = segments
                    record(table, line: lineNumber)
                }
                continue
            }
            guard let segments = scanner.dottedKey(), scanner.peek == "=" else { continue }
            record(table + segments, line: lineNumber)
            scanner.skip("=")
            scanner.skipSpaces()
            let tripleQuote = String(repeating: "\"", count: 3)
            for delimiter in [tripleQuote, "'''"] where scanner.rest.hasPrefix(delimiter) {
                if !scanner.rest.dropFirst(3).contains(delimiter) { openMultilineDelimiter = Substring(delimiter) }
            }
        }
    }

    private mutating func record(_ path: [String], line: Int) {
        if lines[path] == nil { lines[path] = line }
    }

    /// The line of `path`, or of its longest recorded prefix; nil when not even the first
    /// segment was found.
    func line(of path: [String]) -> Int? {
        var path = path
        while !path.isEmpty {
            if let line = lines[path] { return line }
            path.removeLast()
        }
        return nil
    }
}

/// Reads TOML keys (bare, "basic" or 'literal', joined by dots) from the start of one line.
private struct KeyScanner {
    private let characters: [Character]
    private var position = 0

    init(_ line: Substring) { characters = Array(line) }

    var peek: Character? { position < characters.count ? characters[position] : nil }
    var rest: String { String(characters[min(position, characters.count)...]) }

    mutating func skipSpaces() {
        while let c = peek, c == " " || c == "\t" || c == "\r" { position += 1 }
    }

    mutating func skip(_ c: Character) {
        if peek == c { position += 1 }
    }

    /// Segments of a dotted key, leaving the scanner after trailing spaces; nil if none.
    mutating func dottedKey() -> [String]? {
        var segments: [String] = []
        while true {
            skipSpaces()
            guard let segment = simpleKey() else { return nil }
            segments.append(segment)
            skipSpaces()
            guard peek == "." else { return segments }
            position += 1
        }
    }

    private mutating func simpleKey() -> String? {
        guard let first = peek else { return nil }
        if first == "\"" || first == "'" {
            position += 1
            var key = ""
            while let c = peek, c != first {
                if first == "\"", c == "\\", position + 1 < characters.count {
                    position += 1
                }
                key.append(characters[position])
                position += 1
            }
            guard peek == first else { return nil }
            position += 1
            return key
        }
        var key = ""
        while let c = peek, c.isASCII, c.isLetter || c.isNumber || c == "_" || c == "-" {
            key.append(c)
            position += 1
        }
        return key.isEmpty ? nil : key
    }
}
