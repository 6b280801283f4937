import ArgumentParser
import BriefingCore
import Foundation

/// `briefing search QUERY [PATH...]`: keyword search over the corpus's index.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search statements, claims and articles.",
        discussion: """
            Words must all match (stemmed: guarantee finds guarantees); "exact phrases"; OR; -excluded; prefix*; \
            ( ). Filters: speaker:NAME source:OUTLET kind:direct|partial|indirect type:CLAIMTYPE date:YYYY-MM-DD \
            date:A..B is:statement|claim|article has:diff.
            """)

    @Argument(help: "The query (quote it for the shell).") var query: String
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var index: IndexOptions
    @Flag(help: "Print JSON Lines, one hit per line.") var json = false
    @Option(help: "At most this many hits.") var limit = 20

    func run() throws {
        let parsed: SearchQuery
        do {
            parsed = try SearchQuery(parsing: query)
        } catch {
            StandardError.line("briefing: \(error.message)")
            throw ExitCode(2)
        }
        let (store, _) = try index.openStore(corpus: corpus, byFolderTimes: true)
        let hits = try store.search(parsed, limit: max(0, limit))
        let out = StandardOutput()
        defer { out.flush() }
        var articles: [String: (Article, CodePointIndex)] = [:]
        func article(_ id: String) throws -> (Article, CodePointIndex)? {
            if let known = articles[id] { return known }
            guard let found = try store.article(id: id) else { return nil }
            articles[id] = (found, CodePointIndex(found.text))
            return articles[id]
        }
        if json {
            for hit in hits {
                let found = try article(hit.articleID)
                out.line(hit.json(article: found?.0, index: found?.1).serialized())
            }
            return
        }
        if hits.isEmpty {
            StandardError.line("no results")
            return
        }
        let color = StandardOutput.isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        for hit in hits {
            var header = [hit.kind.rawValue, hit.date?.description ?? "undated", hit.source ?? "unknown source"]
            if let speaker = hit.speaker { header.append(speaker) }
            let path = try article(hit.articleID)?.0.path
            out.line(VisibleText.sanitized(header.joined(separator: " · ")) + "  [\(hit.id)]")
            out.line("    " + SearchCommand.highlighted(hit.snippet, matches: hit.matches, color: color))
            if let path { out.line("    " + VisibleText.sanitized(path)) }
        }
    }

    /// The snippet, sanitised, with matches in bold yellow on a terminal and in `[…]` otherwise.
    static func highlighted(_ snippet: String, matches: [Range<Int>], color: Bool) -> String {
        let scalars = Array(VisibleText.sanitized(snippet).unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        for range in matches where range.lowerBound >= i && range.upperBound <= scalars.count {
            out.append(contentsOf: scalars[i..<range.lowerBound])
            out.append(contentsOf: (color ? "\u{1B}[1;33m" : "[").unicodeScalars)
            out.append(contentsOf: scalars[range])
            out.append(contentsOf: (color ? "\u{1B}[0m" : "]").unicodeScalars)
            i = range.upperBound
        }
        out.append(contentsOf: scalars[i...])
        return String(out)
    }
}
