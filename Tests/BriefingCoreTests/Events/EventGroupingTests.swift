import Testing
@testable import BriefingCore

/// Events on coverage as outlets write it: one story told by outlets that quote different
/// people and sentences is one event; briefings of the same speakers on adjacent days about
/// other topics, sharing stock lines, are not.
@Suite("Grouping articles into events")
struct EventGroupingTests {
    static func article(_ id: String, _ source: String, _ day: Int, _ headline: String?, _ text: String) -> Article {
        Article(id: id, path: "\(source)/\(id).txt", format: .text, source: source, date: Day(year: 2026, month: 4, day: day),
                headline: headline, text: text)
    }

    /// Three outlets on one story: different quotes, different people, different framing.
    static let quarryStory = [
        article("q1", "Harbour Times", 14, "Senate blocks Vellmar quarry permit after toxic spill",
                """
                The Senate on Tuesday voted 54-41 to revoke the permit for the Vellmar limestone quarry, three weeks after a spill of \
                tailings poisoned the Ashby River and closed two fisheries.

                "This quarry has had its last chance," said Senator Ilse Kranz, who led the push to revoke the permit. "The Ashby will \
                take years to recover."

                Vellmar Stone, the quarry's owner, said it would appeal the decision in court and warned that 300 jobs were at risk.
                """),
        article("q2", "Northern Ledger", 14, "Quarry loses its licence as senators side with fishermen",
                """
                Fishermen on the Ashby River cheered on Tuesday as the Senate stripped the Vellmar quarry of its permit over the \
                tailings spill that killed thousands of fish last month.

                "We have waited twenty years for someone to listen," said Tomas Reyes, who runs a fishery downstream of the quarry.

                The company's chief executive, Paul Dench, called the vote "a political stunt" and said Vellmar Stone would go to court. \
                The vote was 54 to 41.
                """),
        article("q3", "Coastal Feed", 15, "Vellmar Stone to sue after senators revoke quarry permit",
                """
                Vellmar Stone will challenge the Senate's decision to revoke its quarry permit, the company said on Wednesday, a day \
                after senators voted to close the site following the Ashby River tailings spill.

                Lawyers for the company argued that the spill was caused by an unusual storm. Environmental groups said the limestone \
                quarry had broken its water rules at least four times since 2021.
                """),
    ]

    /// The same spokesperson on three adjacent days, on other topics, with the same stock line.
    static let briefings = [
        article("b1", "Harbour Times", 20, "Ministry rules out rail fare rise",
                """
                Rail fares will not rise this year, transport ministry spokesperson Lena Brandt said on Monday, easing fears of a \
                third increase in as many years.

                Asked whether students could get a fare freeze, Brandt said: "It's an option, and a possibility. I won't rule \
                anything out." She said the rail budget would be published in May and that the ticket machines at Orsk station, \
                which have failed for weeks, would be replaced by the summer.

                Passenger groups said the promise came too late for commuters who had already bought annual passes.
                """),
        article("b2", "Northern Ledger", 21, "Bridge repairs to close Kell crossing for a month",
                """
                The Kell bridge will close for four weeks of repairs from June, transport ministry spokesperson Lena Brandt said on \
                Tuesday, after engineers found cracks in two of its steel piers in March.

                "It's an option, and a possibility. I won't rule anything out," Brandt said when asked whether a temporary ferry \
                would carry cars across the estuary during the closure.

                About 30,000 vehicles cross the bridge every day. Shop owners in Kell said a month without traffic would ruin them.
                """),
        article("b3", "Coastal Feed", 22, "Ministry orders inquiry into airport radar outage",
                """
                An inquiry will look into the radar failure that grounded every flight at Merrow airport for six hours, Lena Brandt, \
                spokesperson for the transport ministry, said on Wednesday.

                "It's an option, and a possibility. I won't rule anything out," Brandt said about compensation for the 12,000 \
                stranded passengers. Air traffic controllers blamed a software update installed overnight.

                Two airlines said they would seek damages from the airport operator.
                """),
    ]

    static func events(_ articles: [Article]) -> [Event] {
        EventClusterer.cluster(articles: articles, extractions: articles.map { StatementExtractor().extract($0) })
    }

    @Test func outletsQuotingDifferentPeopleOnOneStoryAreOneEvent() {
        let events = Self.events(Self.quarryStory + Self.briefings)
        let quarry = events.filter { $0.articleIDs.contains { $0.hasPrefix("q") } }
        #expect(quarry.count == 1)
        #expect(Set(quarry.first?.articleIDs ?? []) == ["q1", "q2", "q3"])
    }

    @Test func aRecycledStockLineDoesNotJoinBriefingsOnOtherTopics() {
        let events = Self.events(Self.quarryStory + Self.briefings)
        for id in ["b1", "b2", "b3"] {
            #expect(events.first { $0.articleIDs.contains(id) }?.articleIDs == [id])
        }
    }

    @Test func theTitleIsTheMostRepresentativeHeadlineAsWritten() {
        let quarry = Self.events(Self.quarryStory)
        #expect(quarry.count == 1)
        let title = quarry.first?.title ?? ""
        #expect(Self.quarryStory.compactMap(\.headline).contains(title))
        let apostrophe = Self.article("x", "Wire", 3, "Lindqvist's dam deal won't cut the flow", "Mara Lindqvist said the flow would stay.")
        #expect(Self.events([apostrophe]).first?.title == "Lindqvist's dam deal won't cut the flow")
    }

    @Test func withoutHeadlinesTheTitleIsTheLedesFirstSentence() {
        let article = Self.article("y", "Wire", 3, nil, """
            HALDEN, April 3 (Reuters) - Valdoria will guarantee the release of water from the Halden Dam in drought years, the prime \
            minister said on Friday. The deal ends a decade of disputes.
            """)
        let title = Self.events([article]).first?.title ?? ""
        // The first sentence, cut at a word boundary to fit.
        #expect(title.hasPrefix("Valdoria will guarantee the release of water from the Halden Dam in drought years,"))
        #expect(title.hasSuffix("…") && title.count <= EventTitle.maximumLength)
        #expect("Valdoria will guarantee the release of water from the Halden Dam in drought years, the prime minister said on Friday"
                .hasPrefix(title.dropLast() + " "))
    }

    @Test func anEventIsDatedWhenItHappenedNotByASpeechItRecalls() {
        let recall = Self.article("r", "Wire", 20, "Minister defends river plan", """
            Minister Ilse Kranz defended the river plan on Monday. In a speech on March 3, 2011, Kranz had said: "The river belongs \
            to everyone." On Monday she said: "We will keep that promise."
            """)
        let event = Self.events([recall]).first
        #expect(event?.date == Day(year: 2026, month: 4, day: 20))
    }

    @Test func averageLinkDoesNotChainThroughOneSimilarPair() {
        // 0–1 and 2–3 are one story each; 1–2 share one line. Joining on any pair would chain all four.
        let clusters = AverageLinkClustering.cluster(count: 4, edges: [(0, 1, 0.9), (1, 2, 0.3), (2, 3, 0.9)], threshold: 0.17)
        #expect(clusters == [[0, 1], [2, 3]])
        // Three articles similar to each other join whatever the order the pairs come in.
        #expect(AverageLinkClustering.cluster(count: 3, edges: [(1, 2, 0.4), (0, 2, 0.3), (0, 1, 0.5)], threshold: 0.17) == [[0, 1, 2]])
    }

    @Test func termsFoldPossessivesPluralsAndHyphens() {
        func terms(_ text: String) -> [UInt64: Double] {
            var found: [UInt64: Double] = [:]
            ArticleTerms.scan(text) { term, weight in found[term, default: 0] += weight; return true }
            return found
        }
        let hash = { (word: String) in WordHash.of(word) }
        let found = terms("The tariffs hit Trump's allies. Putin-Zelensky talks; policies changed. Tariff")
        #expect(found[hash("tariff")] == 2, "the plural and the sentence-initial singular are one term, neither boosted")
        #expect(found[hash("trump")] == ArticleTerms.capitalisedWeight, "a name inside a sentence weighs more")
        #expect(found[hash("putin")] != nil && found[hash("zelensky")] != nil)
        #expect(found[hash("policy")] != nil)
        #expect(found[hash("the")] == nil)
        #expect(terms("Sales rose 12 percent to 4,500 units")[hash("4500")] == ArticleTerms.numberWeight)
        #expect(terms("Sales rose 12 percent")[hash("12")] == nil, "short numbers say little")
    }
}
