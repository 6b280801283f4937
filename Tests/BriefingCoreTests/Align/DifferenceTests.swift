import Foundation
import Testing
@testable import BriefingCore

/// The demo briefing is a multi-outlet fixture with every kind of difference planted
/// (see docs/demo-briefing.md); a second fixture checks that different happenings stay apart.
@Suite("Events and differences across outlets")
struct DifferenceTests {
    static let demo: BriefingAnalysis = {
        let corpus = CorpusReader().read(paths: [SourceTree.demo.path])
        return BriefingAnalysis(articles: corpus.articles, concurrently: false)
    }()

    static func differences(_ kind: DifferenceKind) -> [Difference] { demo.differences.filter { $0.kind == kind } }

    @Test func theBriefingIsOneEventWithItsTranscriptAndThePortStrikeAnother() throws {
        #expect(Self.demo.events.count == 2)
        let briefing = try #require(Self.demo.events.first { $0.articleIDs.count > 1 })
        #expect(briefing.date?.description == "2026-03-10")
        #expect(briefing.articleIDs.count == 5)
        let transcript = try #require(Self.demo.articles.first { $0.id == briefing.transcriptID })
        #expect(transcript.format == .transcript && transcript.path.hasSuffix("transcript.md"))
        #expect(briefing.speakers.first == "Mara Lindqvist")
        let strike = try #require(Self.demo.events.first { $0.articleIDs.count == 1 })
        #expect(strike.speakers.first == "Tomas Berg")
    }

    @Test("A name difference lists each article's spelling once, however often the article names the person")
    func nameDifferenceItemsAreDistinct() {
        for difference in Self.differences(.name) {
            let pairs = difference.items.map { "\($0.articleID) \($0.text)" }
            #expect(Set(pairs).count == pairs.count, "\(difference.summary)")
        }
    }

    @Test func quoteWordingDifferencesAreWordDiffs() {
        let wording = Self.differences(.wording)
        #expect(wording.contains { !$0.minor && $0.edits?.contains { $0.op == .replace && $0.a == "agreement" && $0.b == "deal" } == true })
        #expect(wording.contains { $0.minor && $0.edits?.contains { $0.a == "," && $0.b.isEmpty } == true })
        #expect(wording.contains { $0.edits?.contains { $0.a == "twenty" && $0.b == "20" } == true })
    }

    @Test func nameSpellingsPronounSlipsJudgementsAndNumbersAreFound() {
        #expect(Self.differences(.name).contains { $0.summary.contains("Dahlgren") && $0.summary.contains("Dahlgrén") })
        #expect(Self.differences(.attribution).contains { $0.speaker == "Mara Lindqvist" && $0.items.first?.text == "he" })
        #expect(Self.differences(.framing).contains { $0.summary.contains("falsely claimed") })
        #expect(Self.differences(.number).contains { $0.summary.contains("4 (") && $0.summary.contains("4.2 (") })
        #expect(Self.differences(.coverage).contains { $0.sources == ["Harbour Times", "The Northern Ledger"] || $0.sources == ["Harbour Times"] })
    }

    @Test func relativeDatesFromDifferentPublicationDaysAreNotADifference() {
        #expect(Self.differences(.date).isEmpty)
    }

    /// Each item's span holds the item's words (a statement of several pieces runs from the first
    /// piece's start to the last one's end).
    @Test func itemsPointAtTheirWords() {
        let articles = Dictionary(Self.demo.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var checked = 0
        for difference in Self.demo.differences {
            for item in difference.items {
                guard let span = item.span, let article = articles[item.articleID], !item.text.isEmpty else { continue }
                let bytes = Array(article.text.utf8)
                #expect(span.start >= 0 && span.start <= span.end && span.end <= bytes.count)
                guard span.start >= 0, span.start <= span.end, span.end <= bytes.count else { continue }
                let words = String(decoding: bytes[span.start..<span.end], as: UTF8.self)
                let expected = item.text
                #expect(words == expected || (words.hasPrefix(String(expected.prefix(12))) && words.hasSuffix(String(expected.suffix(12)))),
                        "\(difference.kind): \(words) ≠ \(expected)")
                checked += 1
            }
        }
        #expect(checked >= 20, "the demo's differences point at their words")
    }

    /// Two outlets give one quotation different days: a date difference, naming both days.
    @Test func outletsDatingOneStatementDifferentlyIsADateDifference() throws {
        let published = Day(year: 2025, month: 5, day: 7)!
        func article(_ id: String, _ source: String, _ text: String) -> Article {
            Article(id: id, path: id, format: .text, source: source, date: published, text: text)
        }
        let articles = [
            article("w", "Wire", """
                Harbour minister Anna Holm said on Tuesday that the Orsk breakwater would be finished in June, two months ahead \
                of schedule, after storms delayed the work last winter.

                "The new breakwater will be finished in June, two months ahead of schedule," Holm said on Tuesday.

                The breakwater protects the ferry terminal and the fishing harbour from winter storms.
                """),
            article("g", "Gazette", """
                Harbour minister Anna Holm said on Monday that the Orsk breakwater would be finished in June, two months ahead \
                of schedule, after storms delayed the work last winter.

                "The new breakwater will be finished in June, two months ahead of schedule," Holm said on Monday.

                Fishermen in Orsk said the breakwater could not come soon enough.
                """),
        ]
        let analysis = BriefingAnalysis(articles: articles, concurrently: false)
        #expect(analysis.events.count == 1)
        let dates = analysis.differences.filter { $0.kind == .date }
        let difference = try #require(dates.first)
        #expect(difference.summary.contains("2025-05-06") && difference.summary.contains("2025-05-05"))
        #expect(Set(difference.items.map(\.articleID)) == ["w", "g"])
    }

    /// An outlet that quotes a passage twice — once in part, once whole — is compared through the
    /// quote closest to the other outlet's, and its editorial bracket is no change of wording.
    @Test func aQuoteIsComparedWithTheClosestQuoteOfAnotherOutlet() throws {
        let day = Day(year: 2025, month: 5, day: 6)!
        let articles = [
            Article(id: "w", path: "w", format: .text, source: "Wire", date: day, text: """
                Harbour minister Anna Holm said on Tuesday that the Orsk breakwater would be finished in June.

                "The new breakwater will be finished in June, two months ahead of schedule -- whatever the storms do," Holm said.
                """),
            Article(id: "g", path: "g", format: .text, source: "Gazette", date: day, text: """
                Harbour minister Anna Holm promised on Tuesday that the Orsk breakwater would be ready in June.

                "The new breakwater will be finished," Holm said. Later she said: "The new [Orsk] breakwater will be finished                 in June, two months ahead of schedule, whatever the storms do."
                """),
        ]
        let analysis = BriefingAnalysis(articles: articles, concurrently: false)
        try #require(analysis.events.count == 1)
        let wording = analysis.differences.filter { $0.kind == .wording }
        let difference = try #require(wording.first)
        #expect(wording.count == 1, "one comparison per pair of outlets: \(wording.map(\.summary))")
        #expect(difference.items.last?.text.contains("whatever the storms do") == true, "the whole quote, not its opening")
        #expect(difference.minor, "a bracket and a dash for a comma change no words")
    }

    /// The same minister, the same week, two announcements: a story is told by what happened, not
    /// by who spoke. (Reports of a few paragraphs, as outlets write them; in a one-sentence report
    /// the minister's name is half the words, and nothing could tell the stories apart.)
    @Test func sameSpeakerSameWeekDifferentHappeningsStayApart() {
        let day = Day(year: 2025, month: 5, day: 6)!
        func article(_ id: String, _ source: String, _ date: Day, _ text: String) -> Article {
            Article(id: id, path: id, format: .text, source: source, date: date, text: text)
        }
        let articles = [
            article("a1", "Wire", day, """
                Finance Minister Karin Holm said on Tuesday that the fuel levy would be frozen until the spring budget, \
                a relief for hauliers who had warned of bankruptcies.

                "Nobody should pay more at the pump this winter," Holm told reporters at the finance ministry.

                The levy brings in about 900 million a year. The road hauliers' association welcomed the freeze but said diesel \
                prices were still the highest in a decade.
                """),
            article("a2", "Ledger", day.adding(days: 1), """
                Karin Holm told reporters on Tuesday the fuel levy would stay frozen until the spring budget, disappointing \
                environmental groups who wanted it raised.

                The Green League called the freeze "a gift to the oil companies". Hauliers, whose diesel bills have doubled, \
                said the minister had listened to them.

                The levy was last raised in 2022.
                """),
            article("b1", "Wire", day.adding(days: 1), """
                Finance Minister Karin Holm said on Wednesday that the national rail operator would be split into three regional \
                companies, ending a monopoly that has run the trains since 1951.

                "Passengers deserve better than late trains and closed ticket offices," Holm said.

                Unions said they would strike if any of the 14,000 rail jobs were cut. The north, south and coastal companies \
                would be tendered separately from 2027.
                """),
            article("b2", "Courier", day.adding(days: 1), """
                Karin Holm said on Wednesday that the rail operator would be broken up into three regional companies by next \
                year, the biggest change to the railways in decades.

                The rail workers' union called the plan privatisation by stealth and threatened a strike. Commuter groups said \
                ticket prices must not rise.

                The minister said the 14,000 staff would keep their contracts.
                """),
        ]
        let events = BriefingAnalysis(articles: articles, concurrently: false).events
        #expect(Set(events.map { Set($0.articleIDs) }) == [["a1", "a2"], ["b1", "b2"]])
    }
}
