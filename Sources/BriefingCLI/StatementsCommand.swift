import ArgumentParser
import BriefingCore

/// `briefing statements`: who said what, on which day, anchored to the source text.
struct StatementsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statements",
        abstract: "List the statements (quotes and reported speech) in the corpus, with speaker and date."
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var source: AnalysisOptions
    @Flag(help: "Print JSON Lines, one statement per line.") var json = false

    func run() throws {
        let briefing = try source.analysis(corpus: corpus, parts: .statements)
        let out = StandardOutput()
        defer { out.flush() }
        for (article, extraction) in zip(briefing.articles, briefing.extractions) {
            let index = CodePointIndex(article.text)
            if json {
                for statement in extraction.statements {
                    out.line(statement.json(article: article, index: index).serialized())
                }
                continue
            }
            out.line("\(VisibleText.sanitized(article.source ?? "unknown source")) · \(article.date?.description ?? "undated") · \(VisibleText.sanitized(article.path))")
            for statement in extraction.statements {
                let who = statement.speaker ?? "(\(statement.speakerMention ?? "unattributed"))"
                let date = statement.date?.description ?? "undated"
                out.line("  \(date)  \(statement.kind.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(VisibleText.sanitized(who)): \(VisibleText.sanitized(statement.reportedText))")
            }
            out.line("")
        }
    }
}

/// `briefing dates`: every date expression with its resolved value.
struct DatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "List the date expressions in each article and what they resolve to."
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var source: AnalysisOptions
    @Flag(help: "Print JSON Lines, one date expression per line.") var json = false

    func run() throws {
        let briefing = try source.analysis(corpus: corpus, parts: .dates)
        let out = StandardOutput()
        defer { out.flush() }
        for (article, extraction) in zip(briefing.articles, briefing.extractions) {
            let index = CodePointIndex(article.text)
            if !json { out.line("\(VisibleText.sanitized(article.source ?? "unknown source")) · published \(article.date?.description ?? "undated")") }
            for date in extraction.dates {
                let text = String(decoding: Array(article.text.utf8)[date.range], as: UTF8.self)
                if json {
                    out.line(JSONValue.object([
                        ("article", .string(article.id)), ("path", .string(article.path)), ("text", .string(text)),
                        ("start", .int(index.codePoints(atByte: date.range.lowerBound))),
                        ("end", .int(index.codePoints(atByte: date.range.upperBound))),
                        ("value", .optional(date.value?.description)),
                        ("reference", .optional(date.reference?.description)),
                    ]).serialized())
                } else {
                    out.line("  \(VisibleText.sanitized(text).padding(toLength: 28, withPad: " ", startingAt: 0)) \(date.value?.description ?? "—")")
                }
            }
        }
    }
}
