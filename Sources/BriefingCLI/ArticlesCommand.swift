import ArgumentParser
import BriefingCore

/// `briefing articles`: what was read from each file, as a table or JSON Lines.
struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List the articles read from the corpus (JSON Lines with --json)."
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var source: AnalysisOptions
    @Flag(help: "Print JSON Lines, one article per line.") var json = false

    func run() throws {
        let articles = try source.analysis(corpus: corpus, parts: []).articles
        let out = StandardOutput()
        defer { out.flush() }
        if json {
            for article in articles { out.line(article.json.serialized()) }
            return
        }
        var table = TextTable(columns: ["ID", "FORMAT", "DATE", "SOURCE", "PLACE", "WORDS", "HEADLINE"])
        for article in articles {
            table.add([article.id, article.format.rawValue, article.date?.description ?? "—",
                       article.source ?? "—", article.place ?? "—",
                       String(article.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count),
                       article.headline ?? "—"])
        }
        for line in table.render(maxWidth: StandardOutput.isTerminal ? TerminalSize.columns() : nil) { out.line(line) }
        out.line("\(articles.count) article\(articles.count == 1 ? "" : "s")")
    }
}
