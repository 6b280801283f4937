import Foundation
import Testing
@testable import BriefingCore

@Suite("Claims inside statements, across outlets")
struct ClaimExtractionTests {
    /// Two fictional outlets on one briefing: the same commitment worded differently, a claim only
    /// one carries, that outlet's judgement of it, greetings and a reporter's question.
    static func analysis() -> BriefingAnalysis {
        let wire = Article(id: "wire", path: "wire.txt", format: .text, source: "Norland Wire", date: Day(year: 2026, month: 3, day: 10), text: """
            Defence Minister Ilse Varga said on Tuesday that Norland would not send troops to Ostmark.

            "Good afternoon, everyone," Varga said as the briefing began. "Norland will not send troops to Ostmark, but we can certainly help with training."

            A reporter asked: "Will you rule out air support?"
            """)
        let ledger = Article(id: "ledger", path: "ledger.html", format: .html, source: "The Ledger", date: Day(year: 2026, month: 3, day: 11), text: """
            Norland's defence minister, Ilse Varga, on Tuesday ruled out a military deployment that Prime Minister Anton Reyes had been urged to approve.

            "Norland will not send troops to Ostmark," she said. "I can tell you he's ruled out any deployment this year."

            She again falsely claimed that the new dam had doubled the wheat harvest in Ostmark.

            "The dam has doubled the wheat harvest in three years," she said.
            """)
        return BriefingAnalysis(articles: [wire, ledger], concurrently: false)
    }

    @Test func theSameCommitmentFormsOneGroupAcrossOutlets() throws {
        let briefing = Self.analysis()
        let claims = briefing.extractions.flatMap(\.claims)
        let troops = claims.filter { $0.text.contains("will not send troops to Ostmark") }
        #expect(troops.count == 2)
        #expect(Set(troops.map(\.articleID)) == ["wire", "ledger"])
        #expect(Set(troops.map(\.group)).count == 1)
        #expect(troops.allSatisfy { $0.type == .position && $0.speaker == "Ilse Varga" })
    }

    @Test func anOutletsJudgementIsAttachedToTheClaimItJudges() throws {
        let claims = Self.analysis().extractions.flatMap(\.claims)
        let dam = try #require(claims.first { $0.text.contains("doubled the wheat harvest in three years") })
        #expect(dam.assessments.map(\.label) == [.false])
        #expect(dam.assessments.first?.cue == "falsely claimed")
        #expect(dam.assessments.first?.source == "The Ledger")
        #expect(dam.type == .quantity)
        #expect(dam.reasons.contains("number"))
    }

    @Test func hedgesAreStrippedAndPronounsReplaced() throws {
        let claims = Self.analysis().extractions.flatMap(\.claims)
        #expect(claims.contains { $0.text == "Anton Reyes has ruled out any deployment this year." })
    }

    @Test func negatingCuesAreRecognisedWhateverTheirCase() {
        for cue in ["ruled out", "Ruled out", "DENIED", "rejects", "refused to"] { #expect(Statement.cueNegates(cue), "\(cue)") }
        for cue in ["said", "ruled", "den", "announced", "out"] { #expect(!Statement.cueNegates(cue), "\(cue)") }
    }

    @Test func greetingsAndQuestionsAreNotClaims() {
        let claims = Self.analysis().extractions.flatMap(\.claims)
        #expect(!claims.contains { $0.evidenceText.contains("Good afternoon") })
        #expect(!claims.contains { $0.evidenceText.contains("rule out air support") })
    }

    @Test func evidenceOffsetsPointAtTheSourceSentence() {
        let briefing = Self.analysis()
        for (article, extraction) in zip(briefing.articles, briefing.extractions) {
            let bytes = Array(article.text.utf8)
            for claim in extraction.claims {
                #expect(String(decoding: bytes[claim.evidence.range], as: UTF8.self) == claim.evidenceText)
                #expect(claim.score >= DefaultClaimScorer.scorer.threshold && claim.score <= 1)
            }
        }
    }

    @Test func aLineRepeatedEveryDayDoesNotChainIntoOneGroup() throws {
        let articles = (1...9).map { day in
            Article(id: "day\(day)", path: "day\(day).txt", format: .text, source: "Outlet \(day % 3)",
                    date: Day(year: 2026, month: 4, day: day), text: """
                    "The new dam has doubled the wheat harvest in three years," Minister Ilse Varga said.
                    """)
        }
        let claims = BriefingAnalysis(articles: articles, concurrently: false).extractions.flatMap(\.claims)
        try #require(claims.count == 9)
        var days: [String: [Int]] = [:]
        for claim in claims { days[claim.group, default: []].append(claim.date?.ordinal ?? 0) }
        #expect(days.count >= 3, "nine days of the same line are not one claim")
        for (group, members) in days { #expect(members.max()! - members.min()! <= 3, "\(group) spans \(members)") }
        #expect(days.values.contains { $0.count > 1 }, "neighbouring days still group")
    }
}
