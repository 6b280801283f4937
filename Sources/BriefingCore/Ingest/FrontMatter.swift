/// YAML-style front matter between `---` lines at the top of a Markdown file: flat `key: value`
/// pairs (quoted or not). Nested YAML is not interpreted; its lines are ignored.
struct FrontMatter {
    var fields: [String: String]
    var body: Substring

    static func parse(_ text: String) -> FrontMatter? {
        let start = text.drop(while: { $0 == "\n" || $0 == " " })
        guard start.hasPrefix("---\n") || start.hasPrefix("---\r\n") else { return nil }
        var fields: [String: String] = [:]
        var cursor = start.index(start.startIndex, offsetBy: 4)
        while cursor < start.endIndex {
            let lineEnd = start[cursor...].firstIndex(of: "\n") ?? start.endIndex
            let line = start[cursor..<lineEnd].trimmingCharacters(in: .whitespaces)
            let next = lineEnd < start.endIndex ? start.index(after: lineEnd) : lineEnd
            if line == "---" || line == "..." {
                return FrontMatter(fields: fields, body: start[next...])
            }
            if let colon = line.firstIndex(of: ":"), !line.hasPrefix("#"), !line.hasPrefix("-") {
                let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                    value = String(value.dropFirst().dropLast())
                }
                if !key.isEmpty, !value.isEmpty, fields[key] == nil { fields[key] = value }
            }
            cursor = next
        }
        return nil // never closed: not front matter
    }

    func first(_ keys: String...) -> String? {
        for key in keys { if let value = fields[key] { return value } }
        return nil
    }
}

import Foundation
