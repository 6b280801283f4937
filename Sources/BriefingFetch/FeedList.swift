import BriefingCore
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

    /// The feeds of an OPML document (``OPMLReader``).
    private static func outlines(in text: String) -> [Entry] {
        OPMLReader.outlines(text).map { Entry(url: $0.url, title: $0.title, place: "line \($0.line)") }
    }
}
