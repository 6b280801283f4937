import Foundation
import Testing
@testable import BriefingCore

/// One line of `Fixtures/dates.cases`: a sentence published on a day, the date expression in it,
/// and the value it must resolve to.
struct DateCase: CustomTestStringConvertible, Sendable {
    var published: Day
    var sentence: String
    var expression: String
    var value: String
    var line: Int
    var testDescription: String { "line \(line): \(expression) in “\(sentence)”" }

    static func load() -> [DateCase] {
        let text = try! String(contentsOf: SourceTree.fixtures.appendingPathComponent("dates.cases"), encoding: .utf8)
        var cases: [DateCase] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let day = Day(iso: fields[0]) else { continue }
            cases.append(DateCase(published: day, sentence: fields[1], expression: fields[2], value: fields[3], line: number + 1))
        }
        return cases
    }
}

@Suite("Date expressions resolved against the publication day")
struct DateExpressionTests {
    static let cases = DateCase.load()

    @Test func thereAreEnoughCases() {
        #expect(Self.cases.count >= 60)
    }

    @Test("every fixture expression is found and resolved", arguments: cases)
    func resolves(_ fixture: DateCase) {
        let text = TokenizedText(fixture.sentence)
        let found = DateExpressionFinder.find(in: text)
        let match = found.first { text.string($0.range) == fixture.expression }
        let texts = found.map { text.string($0.range) }
        #expect(match != nil, "found \(texts)")
        guard let match else { return }
        let value = match.mention.resolve(reference: fixture.published, tense: TenseDetector.tense(at: match.tokens.lowerBound, end: match.tokens.upperBound, in: text))
        #expect((value?.description ?? "null") == fixture.value)
    }

    /// Earnings news: "a year earlier" beside a quarter is that quarter a year before.
    @Test func aYearEarlierBesideAQuarterIsTheSameQuarterAYearBefore() {
        let text = TokenizedText("Profit rose in the third quarter from a year earlier. Sales fell from the year-ago quarter.")
        var found = DateExpressionFinder.find(in: text)
        let published = Day(year: 1989, month: 10, day: 26)!
        for d in found.indices { found[d].value = found[d].mention.resolve(reference: published, future: false) }
        DateExpressionFinder.compareWithQuarters(&found)
        #expect(found.map { text.string($0.range) } == ["in the third quarter", "a year earlier", "the year-ago quarter"])
        #expect(found.map { $0.value?.description ?? "null" } == ["1989-Q3", "1988-Q3", "1988-Q3"])
    }

    @Test("ordinary words are not dates", arguments: [
        "They may march on the capital.", "She will sun herself.", "The march was peaceful.", "He won 2 seats.",
        "Section 2025 of the code.", "August Wilson wrote the play.", "The vote drew 1996 people to the hall.",
        "The 11th Circuit heard the appeal.", "They marked the 25th anniversary of the treaty.", "The boat sailed to Easter Island.",
    ])
    func notDates(_ sentence: String) {
        let text = TokenizedText(sentence)
        let found = DateExpressionFinder.find(in: text).filter { $0.mention != .vague }
        #expect(found.isEmpty, "\(found.map { text.string($0.range) })")
    }
}
