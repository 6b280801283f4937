import ArgumentParser
import BriefingCore
import Foundation

/// `briefing events`: articles grouped by the happening they cover.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "events", abstract: "Group articles into events (one briefing, one speech, one meeting).")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var source: AnalysisOptions
    @Flag(help: "Print JSON Lines, one event per line.") var json = false

    func run() throws {
        let briefing = try source.analysis(corpus: corpus, parts: .events)
        let out = StandardOutput()
        defer { out.flush() }
        let byID = Dictionary(briefing.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for event in briefing.events {
            if json { out.line(event.json.serialized()); continue }
            out.line("\(event.date?.description ?? "undated   ")  \(VisibleText.sanitized(event.title))  [\(event.id)]")
            for id in event.articleIDs {
                let article = byID[id]
                out.line("    \(VisibleText.sanitized(article?.source ?? "?"))\(id == event.transcriptID ? " (transcript)" : "") — \(VisibleText.sanitized(article?.headline ?? article?.path ?? id))")
            }
        }
    }
}

/// `briefing diff`: how the outlets covering each event differ.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: "Show how outlets differ: wording, coverage, framing, attribution, dates, names, numbers.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var source: AnalysisOptions
    @Flag(help: "Print JSON Lines, one difference per line.") var json = false
    @Option(help: "Only these kinds (comma-separated: wording,coverage,framing,attribution,date,name,number).") var kind: String?

    /// The kinds `--kind` names; a name that is no kind is a usage error listing the valid ones.
    static func kinds(_ list: String) throws -> Set<DifferenceKind> {
        var kinds = Set<DifferenceKind>()
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !name.isEmpty {
            guard let kind = DifferenceKind(rawValue: name) else {
                throw ValidationError("'\(name)' is not a difference kind; valid kinds: \(DifferenceKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            kinds.insert(kind)
        }
        return kinds
    }

    func validate() throws {
        if let kind { _ = try Self.kinds(kind) }
    }

    func run() throws {
        let kinds = try kind.map(Self.kinds)
        let briefing = try source.analysis(corpus: corpus, parts: [.events, .differences])
        let out = StandardOutput()
        defer { out.flush() }
        let differences = briefing.differences.filter { kinds?.contains($0.kind) ?? true }
        if json {
            let indexes = Dictionary(briefing.articles.map { ($0.id, CodePointIndex($0.text)) }, uniquingKeysWith: { first, _ in first })
            for difference in differences { out.line(difference.json(indexes: indexes).serialized()) }
            return
        }
        let color = StandardOutput.isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let byEvent = Dictionary(grouping: differences, by: \.eventID)
        for event in briefing.events {
            guard let list = byEvent[event.id] else { continue }
            out.line("\(event.date?.description ?? "undated") · \(VisibleText.sanitized(event.title)) · \(event.sources.count) outlet\(event.sources.count == 1 ? "" : "s")")
            for kind in DifferenceKind.allCases {
                for difference in list where difference.kind == kind {
                    out.line("  [\(kind.rawValue)\(difference.minor ? ", minor" : "")] \(VisibleText.sanitized(difference.summary))")
                    if let edits = difference.edits { out.line("      " + WordDiffRendering.render(edits, color: color)) }
                }
            }
            out.line("")
        }
    }
}

/// `git diff --word-diff` style: `[-removed-]{+added+}`, in colour on a terminal.
enum WordDiffRendering {
    static func render(_ edits: [WordDiff.Edit], color: Bool) -> String {
        WordDiff.forDisplay(edits).map { edit in
            let a = VisibleText.sanitized(edit.a), b = VisibleText.sanitized(edit.b)
            switch edit.op {
            case .equal: return a
            case .delete: return color ? "\u{1B}[31m[-\(a)-]\u{1B}[0m" : "[-\(a)-]"
            case .insert: return color ? "\u{1B}[32m{+\(b)+}\u{1B}[0m" : "{+\(b)+}"
            case .replace: return color ? "\u{1B}[31m[-\(a)-]\u{1B}[0m\u{1B}[32m{+\(b)+}\u{1B}[0m" : "[-\(a)-]{+\(b)+}"
            }
        }.joined(separator: " ")
    }
}
