import ArgumentParser
import BriefingCore

/// `briefing claims`: the check-worthy assertions, grouped across outlets, most check-worthy first.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List check-worthy claims, grouped across outlets, with the outlets' own judgements."
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var source: AnalysisOptions
    @Flag(help: "Print JSON Lines, one claim occurrence per line.") var json = false

    func run() throws {
        let briefing = try source.analysis(corpus: corpus, parts: .claims)
        let out = StandardOutput()
        defer { out.flush() }
        if json {
            for (article, extraction) in zip(briefing.articles, briefing.extractions) {
                let index = CodePointIndex(article.text)
                for claim in extraction.claims { out.line(claim.json(article: article, index: index).serialized()) }
            }
            return
        }
        var groups: [String: [(Article, Claim)]] = [:]
        for (article, extraction) in zip(briefing.articles, briefing.extractions) {
            for claim in extraction.claims { groups[claim.group, default: []].append((article, claim)) }
        }
        let sources = Set(briefing.articles.compactMap(\.source))
        let ordered = groups.values.sorted { a, b in
            let sa = a.map(\.1.score).max() ?? 0, sb = b.map(\.1.score).max() ?? 0
            return sa != sb ? sa > sb : a.count > b.count
        }
        for members in ordered {
            let best = members.max { $0.1.score < $1.1.score }!.1
            let outlets = Set(members.compactMap { $0.0.source })
            out.line(String(format: "%.2f  %@  %@ — %@", best.score, best.type.rawValue, VisibleText.sanitized(best.speaker ?? "unattributed"),
                            VisibleText.sanitized(best.text)))
            out.line("      \(outlets.count) of \(sources.count) outlets: \(outlets.sorted().map { VisibleText.sanitized($0) }.joined(separator: ", ")) · \(best.reasons.joined(separator: ", "))")
            for assessment in best.assessments {
                out.line("      ⚑ \(VisibleText.sanitized(assessment.source ?? "an outlet")): \(assessment.label.rawValue) — ‘\(VisibleText.sanitized(assessment.cue))’")
            }
            if members.count > 1 {
                for (article, claim) in members where claim.id != best.id {
                    out.line("      \(VisibleText.sanitized(article.source ?? "?")): \(VisibleText.sanitized(claim.evidenceText))")
                }
            }
        }
        out.line("\(briefing.extractions.reduce(0) { $0 + $1.claims.count }) claims in \(groups.count) groups")
    }
}
