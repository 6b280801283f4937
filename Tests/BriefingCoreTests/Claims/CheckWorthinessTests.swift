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

@Suite("Check-worthiness on the labelled sentences")
struct CheckWorthinessTests {
    static let sentences = LabelledSentence.load()

    @Test func thereAreEnoughLabelledSentences() {
        #expect(Self.sentences.count >= 150)
    }

    /// F1 on the check-worthy class, the measure of the held-out evaluation.
    @Test func f1OnTheCheckWorthyClass() {
        var tp = 0, fp = 0, fn = 0, typeRight = 0
        var misses: [String] = []
        for item in Self.sentences {
            let verdict = CheckWorthiness.score(sentence: item.sentence)
            switch (verdict.isClaim, item.checkWorthy) {
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
        print(String(format: "check-worthiness: precision %.3f recall %.3f F1 %.3f; type right %d/%d", precision, recall, f1, typeRight, tp))
        if ProcessInfo.processInfo.environment["BRIEFING_FIXTURE_REPORT"] != nil { misses.forEach { print("  " + $0) } }
        #expect(f1 >= 0.80)
    }

    /// Check-worthy sentences rank above the others: the ranking the evaluation also scores.
    @Test func checkWorthySentencesRankFirst() {
        let scored = Self.sentences.map { (CheckWorthiness.score(sentence: $0.sentence).score, $0.checkWorthy) }.sorted { $0.0 > $1.0 }
        let positives = scored.filter(\.1).count
        let topPrecision = Double(scored.prefix(positives).filter(\.1).count) / Double(positives)
        print(String(format: "check-worthiness: R-precision %.3f", topPrecision))
        #expect(topPrecision >= 0.80)
    }

    @Test("every score explains itself", arguments: ["US boots will not be on the ground in Ukraine.", "Good afternoon, everyone.", "Is it true?"])
    func reasons(sentence: String) {
        #expect(!CheckWorthiness.score(sentence: sentence).reasons.isEmpty)
    }
}
