import Foundation
import Testing
@testable import BriefingCore

/// One line of `Fixtures/claims.tsv`.
struct LabelledSentence: Sendable, CustomTestStringConvertible {
    var checkWorthy: Bool
    var type: ClaimType?
    var sentence: String
    var testDescription: String { sentence }

    static func load() -> [LabelledSentence] {
        let text = try! String(contentsOf: SourceTree.fixtures.appendingPathComponent("claims.tsv"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3 else { return nil }
            return LabelledSentence(checkWorthy: fields[0] == "1", type: ClaimType(rawValue: fields[1]), sentence: fields[2])
        }
    }
}

/// The two scorers extraction can use: the hand-written rules and the shipped learned model
/// (the default).
enum FixtureScorer: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case rules, learned
    var scorer: any ClaimScorer {
        switch self {
        case .rules: RuleClaimScorer()
        case .learned: LearnedClaimScorer.shipped!
        }
    }
    var testDescription: String { rawValue }
}

/// `Fixtures/claims.tsv` is written by the project and the rules were tuned on it: these floors
/// guard against regressions, they do not measure quality on real news (the README's "On real
/// news" table does). Each floor sits just under what the scorer measures today, and the trivial
/// baseline is printed beside it.
@Suite("Check-worthiness on the labelled sentences")
struct CheckWorthinessTests {
    static let sentences = LabelledSentence.load()

    static func verdict(_ sentence: String, _ scorer: any ClaimScorer) -> CheckWorthiness.Verdict {
        let text = TokenizedText(sentence)
        return scorer.score(text, tokens: 0..<text.tokens.count)
    }

    @Test func thereAreEnoughLabelledSentences() {
        #expect(Self.sentences.count >= 150)
    }

    /// F1 on the check-worthy class, against calling every sentence check-worthy.
    @Test(arguments: [(FixtureScorer.rules, 0.92), (FixtureScorer.learned, 0.87)])
    func f1OnTheCheckWorthyClass(scorer: FixtureScorer, floor: Double) {
        var tp = 0, fp = 0, fn = 0, typeRight = 0
        var misses: [String] = []
        for item in Self.sentences {
            let verdict = Self.verdict(item.sentence, scorer.scorer)
            switch (verdict.score >= scorer.scorer.threshold, item.checkWorthy) {
            case (true, true):
                tp += 1
                if verdict.type == item.type { typeRight += 1 } else { misses.append("type \(verdict.type.rawValue) ≠ \(item.type?.rawValue ?? "-"): \(item.sentence)") }
            case (true, false): fp += 1; misses.append("FP \(verdict.score) \(verdict.reasons): \(item.sentence)")
            case (false, true): fn += 1; misses.append("FN \(verdict.score) \(verdict.reasons): \(item.sentence)")
            default: break
            }
        }
        let precision = Double(tp) / Double(max(1, tp + fp))
        let recall = Double(tp) / Double(max(1, tp + fn))
        let f1 = 2 * precision * recall / max(0.0001, precision + recall)
        let positives = Self.sentences.filter(\.checkWorthy).count
        let allPositive = 2.0 * Double(positives) / Double(positives + Self.sentences.count)
        print(String(format: "check-worthiness (%@): precision %.3f recall %.3f F1 %.3f (floor %.2f; every sentence a claim: %.3f); type right %d/%d",
                     scorer.rawValue, precision, recall, f1, floor, allPositive, typeRight, tp))
        if ProcessInfo.processInfo.environment["BRIEFING_FIXTURE_REPORT"] != nil { misses.forEach { print("  " + $0) } }
        #expect(f1 >= floor)
        #expect(f1 > allPositive + 0.1)
    }

    /// Check-worthy sentences rank above the others: the ranking the evaluation also scores.
    /// A random order's R-precision is the share of check-worthy sentences.
    @Test(arguments: [(FixtureScorer.rules, 0.95), (FixtureScorer.learned, 0.91)])
    func checkWorthySentencesRankFirst(scorer: FixtureScorer, floor: Double) {
        let scored = Self.sentences.map { (Self.verdict($0.sentence, scorer.scorer).score, $0.checkWorthy) }.sorted { $0.0 > $1.0 }
        let positives = scored.filter(\.1).count
        let topPrecision = Double(scored.prefix(positives).filter(\.1).count) / Double(positives)
        let random = Double(positives) / Double(scored.count)
        print(String(format: "check-worthiness (%@): R-precision %.3f (floor %.2f; random order: %.3f)", scorer.rawValue, topPrecision, floor, random))
        #expect(topPrecision >= floor)
    }

    @Test("every score explains itself", arguments: ["US boots will not be on the ground in Ukraine.", "Good afternoon, everyone.", "Is it true?"])
    func reasons(sentence: String) {
        #expect(!CheckWorthiness.score(sentence: sentence).reasons.isEmpty)
    }
}
