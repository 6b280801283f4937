import ArgumentParser
import BriefingCore
import BriefingCurses
import BriefingTUI

/// `briefing [browse] [PATH...]`: the terminal browser. Without a terminal (output piped, or
/// `--summary`) it prints a readable summary of the corpus instead.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the briefing browser on PATHs (default: the bundled demo briefing)."
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var index: IndexOptions

    @Option(help: ArgumentHelp("Theme name (dark, light, high-contrast, monochrome) or a .toml file.", valueName: "name|file"))
    var theme: String?

    @Flag(help: "Print a summary of the corpus instead of opening the browser.")
    var summary = false

    @Flag(inversion: .prefixedNo, help: "Watch the corpus folders and take in new and changed files while browsing.")
    var watch = true

    func run() throws {
        let title = corpus.paths.isEmpty ? (index.file == nil ? "Demo briefing" : index.file!) : corpus.paths.joined(separator: " ")
        guard !summary, Terminal.isInteractive else {
            // The same index the browser reads, brought up to date first.
            let (analysis, report) = try index.analysis(corpus: corpus, parts: [.statements, .claims, .events, .differences])
            printSummary(Corpus(articles: analysis.articles, problems: report.problems), analysis, title: title)
            return
        }
        // The browser shows the index as it is at once; a background thread checks the files and
        // brings it up to date (a corpus without an index gets a first look in seconds).
        let (store, indexer) = try index.openInBackground(corpus: corpus)
        let config = UserConfig.load(knownCommands: Set(Command.allCases.map(\.rawValue)))
        let themes = ThemeChoice(requested: theme, configured: config.theme)
        let browser = Browser(store: store, corpusName: title, keyMap: KeyMap(bindings: config.keyBindings), themeNames: themes.names)
        let problems = themes.problems + config.warnings.map(\.description)
        if !problems.isEmpty { browser.announce(problems.joined(separator: "; "), error: true) }
        if store.isReadOnly { browser.statusNote = "read-only index: updates off" }
        if let indexer {
            indexer.watch = watch
            indexer.start()
            browser.follow(indexer)
        }
        let status = BrowserSession(browser: browser, theme: themes.theme(named:)).run()
        if let indexer, !indexer.status.finished || indexer.status.updating {
            StandardError.line("briefing: indexing was interrupted; the index keeps what was committed and the next run goes on")
        }
        if status != 0 { throw ExitCode(status) }
    }

    func printSummary(_ read: Corpus, _ analysis: BriefingAnalysis, title: String) {
        let out = StandardOutput()
        defer { out.flush() }
        for line in CorpusSummary(corpus: read, title: title).lines() { out.line(line) }
        out.line("")
        let statements = analysis.extractions.reduce(0) { $0 + $1.statements.count }
        let claims = analysis.extractions.reduce(0) { $0 + $1.claims.count }
        out.line("\(statements) statements, \(claims) check-worthy claims, \(analysis.events.count) event\(analysis.events.count == 1 ? "" : "s")")
        for event in analysis.events {
            let differences = analysis.differences.filter { $0.eventID == event.id }
            let counts = DifferenceKind.allCases.compactMap { kind -> String? in
                let n = differences.filter { $0.kind == kind }.count
                return n == 0 ? nil : "\(n) \(kind.rawValue)"
            }
            out.line("  \(event.date?.description ?? "undated")  \(VisibleText.sanitized(event.title)) — \(event.sources.count) outlet\(event.sources.count == 1 ? "" : "s")\(counts.isEmpty ? "" : "; differences: " + counts.joined(separator: ", "))")
        }
    }
}

/// A readable overview of a corpus: what was read, from which outlets, on which days.
struct CorpusSummary {
    var corpus: Corpus
    var title: String

    func lines() -> [String] {
        let articles = corpus.articles
        var lines: [String] = []
        let sources = Set(articles.compactMap(\.source))
        let days = articles.compactMap(\.date).sorted()
        var header = "\(VisibleText.sanitized(title)): \(articles.count) article\(articles.count == 1 ? "" : "s") from \(sources.count) source\(sources.count == 1 ? "" : "s")"
        if let first = days.first, let last = days.last {
            header += first == last ? ", \(first)" : ", \(first) to \(last)"
        }
        lines.append(header)
        lines.append("")
        for article in articles.sorted(by: { ($0.date ?? Day(ordinal: 0), $0.source ?? "") < ($1.date ?? Day(ordinal: 0), $1.source ?? "") }) {
            let words = article.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
            lines.append("  \(article.date?.description ?? "undated   ")  \(VisibleText.sanitized(article.source ?? "unknown source")) (\(article.format.rawValue), \(words) words)")
            if let headline = article.headline {
                lines.append("      \(VisibleText.sanitized(headline))")
            }
        }
        let problems = corpus.problems.filter { !$0.isWarning }.count
        if problems > 0 { lines.append(""); lines.append("\(problems) file\(problems == 1 ? "" : "s") could not be read (see above).") }
        return lines
    }
}
