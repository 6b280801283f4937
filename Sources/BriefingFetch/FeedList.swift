import Foundation

/// A feed to fetch: where it is, and the name a list gave it (OPML's `title`/`text`).
public struct FeedSource: Sendable, Equatable {
    public var url: URL
    public var title: String?

    public init(url: URL, title: String? = nil) {
        self.url = url
        self.title = title
    }
}

/// The feeds a user follows, as a feed reader exports them (OPML) or as a plain list: one URL per
/// line, `#` starting a comment, blank lines ignored.
public enum FeedList {
    /// The name of the list kept in a corpus folder (a hidden file: never read as an article).
    public static let corpusFileName = ".briefing-feeds"

    /// The feeds of `text`, each once, in the list's order; and a line for each entry that is no
    /// http(s) URL ("line 3: not an http or https URL: ftp://…").
    public static func parse(_ text: String) -> (feeds: [FeedSource], problems: [String]) {
        let trimmed = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        let entries = trimmed.hasPrefix("<") ? outlines(in: text) : lines(in: text)
        var feeds: [FeedSource] = []
        var problems: [String] = []
        var seen = Set<String>()
        for entry in entries {
            guard let url = URL(string: entry.url), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
                  url.host != nil else {
                problems.append("\(entry.place): not an http or https URL: \(entry.url.prefix(120))")
                continue
            }
            if seen.insert(url.absoluteString).inserted { feeds.append(FeedSource(url: url, title: entry.title)) }
        }
        return (feeds, problems)
    }

    private struct Entry {
        var url: String
        var title: String?
        var place: String
    }

    private static func lines(in text: String) -> [Entry] {
        var entries: [Entry] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let url = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if !url.isEmpty { entries.append(Entry(url: url, place: "line \(number + 1)")) }
        }
        return entries
    }

    /// `<outline … xmlUrl="…">` elements of an OPML document, with their `title` (else `text`).
    private static func outlines(in text: String) -> [Entry] {
        var entries: [Entry] = []
        var rest = Substring(text)
        while let open = rest.range(of: "<outline", options: .caseInsensitive) {
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else { break }
            let attributes = Self.attributes(rest[open.upperBound..<close])
            if let url = attributes["xmlurl"] {
                let line = text[..<open.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                entries.append(Entry(url: url.trimmingCharacters(in: .whitespaces), title: attributes["title"] ?? attributes["text"],
                                     place: "line \(line)"))
            }
            rest = rest[close...]
        }
        return entries
    }

    /// Attributes of a tag, names lowercased, values entity-decoded.
    static func attributes(_ tag: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var i = tag.startIndex
        while i < tag.endIndex {
            while i < tag.endIndex && !(tag[i].isLetter) { i = tag.index(after: i) }
            let nameStart = i
            while i < tag.endIndex && (tag[i].isLetter || tag[i].isNumber || tag[i] == ":" || tag[i] == "-" || tag[i] == "_") { i = tag.index(after: i) }
            let name = tag[nameStart..<i].lowercased()
            while i < tag.endIndex && tag[i].isWhitespace { i = tag.index(after: i) }
            guard i < tag.endIndex, tag[i] == "=" else { continue }
            i = tag.index(after: i)
            while i < tag.endIndex && tag[i].isWhitespace { i = tag.index(after: i) }
            guard i < tag.endIndex else { break }
            let quote = tag[i]
            guard quote == "\"" || quote == "'" else { continue }
            let valueStart = tag.index(after: i)
            guard let valueEnd = tag[valueStart...].firstIndex(of: quote) else { break }
            if !name.isEmpty { result[name] = decodeEntities(tag[valueStart..<valueEnd]) }
            i = tag.index(after: valueEnd)
        }
        return result
    }

    /// The five XML entities and numeric references.
    static func decodeEntities(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "&", let semicolon = text[i...].prefix(12).firstIndex(of: ";") {
                let name = text[text.index(after: i)..<semicolon]
                let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"][String(name)]
                var numeric: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    numeric = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if name.hasPrefix("#") {
                    numeric = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                }
                if let value = named ?? numeric {
                    out += value
                    i = text.index(after: semicolon)
                    continue
                }
            }
            out.append(text[i])
            i = text.index(after: i)
        }
        return out
    }
}
