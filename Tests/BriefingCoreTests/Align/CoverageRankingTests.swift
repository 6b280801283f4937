import Testing
@testable import BriefingCore

/// Coverage differences come ranked: what most outlets carry first, so one long article's asides
/// do not bury what matters; their previews end at a word.
@Suite("Coverage differences, ranked")
struct CoverageRankingTests {
    static let day = Day(year: 2026, month: 4, day: 14)!
    static func article(_ id: String, _ source: String, _ text: String) -> Article {
        Article(id: id, path: id, format: .text, source: source, date: day, text: text)
    }

    static let articles = [
        article("c", "Coastal Feed", """
            Harbour minister Anna Holm said on Tuesday that the Orsk breakwater would be finished in June, after storms \\
            delayed the work last winter.

            Holm also said the old lighthouse keeper's cottage at the end of the pier would be turned into a small museum about \\
            the history of the fishing fleet and its families.
            """),
        article("w", "Harbour Wire", """
            Harbour minister Anna Holm said on Tuesday that the Orsk breakwater would be finished in June, after storms \\
            delayed the work last winter.

            "Dredging costs have fallen by 40 percent since last year," Holm said.
            """),
        article("g", "Gazette", """
            Harbour minister Anna Holm said on Tuesday that the Orsk breakwater would be finished in June, two months late \\
            after storms delayed the work last winter.

            "Dredging costs have fallen by 40 percent since last year," Holm told reporters.
            """),
    ]

    @Test func whatMostOutletsCarryComesFirst() throws {
        let analysis = BriefingAnalysis(articles: Self.articles, concurrently: false)
        #expect(analysis.events.count == 1)
        let coverage = analysis.differences.filter { $0.kind == .coverage }
        let twoOutlets = try #require(coverage.firstIndex { $0.sources.count == 2 })
        let oneOutlet = try #require(coverage.firstIndex { $0.sources == ["Coastal Feed"] })
        #expect(twoOutlets < oneOutlet, "\(coverage.map(\.summary))")
    }

    @Test func textIsCutAtAWord() {
        #expect(TextCut.words("short enough", maximum: 20) == "short enough")
        #expect(TextCut.words("the state's budget was cut", maximum: 14) == "the state's…")
        #expect(TextCut.words("which conference", maximum: 10) == "which…")
        #expect(TextCut.words("Supercalifragilistic", maximum: 8) == "Superca…", "a first word longer than the room is cut")
        #expect(TextCut.words("one, two, three", maximum: 10) == "one, two…", "no comma before the ellipsis")
        #expect(TextCut.words("one two", maximum: 7).count <= 7)
    }
}
