import BriefingCore
@testable import BriefingTUI

/// A small briefing in three outlets: a transcript, a wire report and a paper that frames a
/// claim as false and words a quote differently. Built from `Article` values, so the browser
/// tests do not depend on files or on the demo.
enum BrowserFixture {
    static let transcript = Article(
        id: "t1", path: "fixture/transcript.md", format: .transcript, source: "Ministry of Harbours", date: Day(year: 2026, month: 5, day: 12),
        headline: "Press briefing by Minister Anna Holm",
        text: """
        MINISTER HOLM: Good morning, everyone. The new breakwater will be finished in June, two months ahead of schedule.

        MINISTER HOLM: We have cut dredging costs by 40 percent since last year. No ferry route will be closed this summer.

        Q: Will the harbour fees rise?

        MINISTER HOLM: There will be no rise in harbour fees this year.
        """)

    static let wire = Article(
        id: "w1", path: "fixture/wire.txt", format: .text, source: "Harbour Wire", date: Day(year: 2026, month: 5, day: 12),
        headline: "Holm says breakwater ahead of schedule",
        text: """
        Harbours Minister Anna Holm said on Tuesday that the new breakwater would be finished in June.

        "The new breakwater will be finished in June, two months ahead of schedule," Holm told reporters.

        "We have cut dredging costs by 40 percent since last year," she said. "No ferry route will be closed this summer."
        """)

    static let paper = Article(
        id: "p1", path: "fixture/paper.txt", format: .text, source: "Coast Gazette", date: Day(year: 2026, month: 5, day: 13),
        headline: "Minister claims dredging savings",
        text: """
        Minister Anna Holm on Tuesday falsely claimed that dredging costs had been cut by 40 percent.

        "The new breakwater will be completed in June, two months ahead of schedule," Holm said at the briefing.

        "We have cut dredging costs by 40 percent since last year," she insisted.

        Holm also promised that "there will be no rise in harbour fees this year."
        """)

    static func browser(width: Int = 100, height: Int = 30, articles: [Article] = [transcript, wire, paper],
                        keyMap: KeyMap = KeyMap()) -> Browser {
        let analysis = BriefingAnalysis(articles: articles, concurrently: false)
        return Browser(store: MemoryBriefingStore(analysis: analysis), corpusName: "Fixture briefing", keyMap: keyMap,
                       themeNames: ["dark", "light"], width: width, height: height)
    }
}
