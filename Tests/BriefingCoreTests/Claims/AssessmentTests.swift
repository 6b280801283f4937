import Foundation
import Testing
@testable import BriefingCore

@Suite("An outlet's own judgements of claims")
struct AssessmentTests {
    struct Labelled: Sendable { var label: String; var cue: String; var sentence: String }

    static let sentences: [Labelled] = {
        let text = try! String(contentsOf: SourceTree.fixtures.appendingPathComponent("assessments.tsv"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return f.count == 3 ? Labelled(label: f[0], cue: f[1], sentence: f[2]) : nil
        }
    }()

    /// The outlet's judgement as the extractor finds it: quotations and reported clauses excluded.
    static func judge(_ sentence: String) -> (label: String, cue: String) {
        let article = Article(id: "a", path: "a.txt", format: .text, date: Day(year: 2025, month: 3, day: 5), text: sentence)
        guard let first = StatementExtractor().extract(article).assessments.first else { return ("none", "-") }
        return (first.label.rawValue, first.cue)
    }

    @Test func labelsMostSentencesRight() {
        var right = 0
        var misses: [String] = []
        for item in Self.sentences {
            let (label, cue) = Self.judge(item.sentence)
            if label == item.label { right += 1 } else { misses.append("\(label) [\(cue)] ≠ \(item.label) [\(item.cue)]: \(item.sentence)") }
        }
        let accuracy = Double(right) / Double(Self.sentences.count)
        print(String(format: "assessments: %d/%d right (%.3f)", right, Self.sentences.count, accuracy))
        if ProcessInfo.processInfo.environment["BRIEFING_FIXTURE_REPORT"] != nil { misses.forEach { print("  " + $0) } }
        #expect(Self.sentences.count >= 40)
        #expect(accuracy >= 0.8)
    }

    @Test func everyJudgementOfAnArticleIsFoundInTextOrder() {
        let text = """
            Varga falsely claimed that exports doubled. The ministry offered no evidence for the figure.

            "We are sure," she said. That estimate was exaggerated.
            """
        let article = Article(id: "a", path: "a.txt", format: .text, date: Day(year: 2025, month: 3, day: 5), text: text)
        let found = StatementExtractor().extract(article).assessments
        #expect(found.map(\.label) == [.false, .unsupported, .misleading])
        #expect(found.map(\.cue) == ["falsely claimed", "no evidence", "exaggerated"])
        #expect(found.map(\.span.start) == found.map(\.span.start).sorted())
    }

    @Test func theCueIncludesTheVerbItQualifies() {
        #expect(Self.judge("She again falsely credited Trump with brokering a peace deal.") == ("false", "falsely credited"))
    }

    @Test func judgementsInsideQuotesOrReportsAreNotTheOutlets() {
        #expect(Self.judge("\"That claim is false,\" the governor said.").label == "none")
        #expect(Self.judge("Critics said the figures were misleading.").label == "none")
    }
}
