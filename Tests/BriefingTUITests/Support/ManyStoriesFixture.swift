import BriefingCore
@testable import BriefingTUI

/// A folder of many stories: seven happenings a week apart, each covered by two outlets that
/// quote the same minister on a topic of its own, so each is one event.
enum ManyStoriesFixture {
    struct Story {
        var minister: String
        var topic: String
        var quote: String
        var detail: String
    }

    static let stories: [Story] = [
        Story(minister: "Anna Holm", topic: "breakwater", quote: "The breakwater will be finished in June.", detail: "The harbour works began last spring."),
        Story(minister: "Olaf Brandt", topic: "steel tariffs", quote: "The tariffs protect our foundry workers.", detail: "Steel imports fell sharply."),
        Story(minister: "Mara Lindqvist", topic: "school meals", quote: "Every pupil will get a free lunch from autumn.", detail: "Teachers welcomed the plan."),
        Story(minister: "Ivo Petrak", topic: "rail strike", quote: "The train drivers deserve a fair offer.", detail: "Commuters faced cancelled services."),
        Story(minister: "Lena Sund", topic: "forest fires", quote: "We will send four more water bombers north.", detail: "Villages near the ridge were evacuated."),
        Story(minister: "Tomas Weil", topic: "pension fund", quote: "No pensioner will lose a single crown.", detail: "The fund lost value in the spring."),
        Story(minister: "Karin Dahl", topic: "fishing quotas", quote: "Cod quotas will stay where they are.", detail: "Trawler crews protested at the quay."),
    ]

    static func articles() -> [Article] {
        var articles: [Article] = []
        for (index, story) in stories.enumerated() {
            let day = Day(year: 2026, month: 3, day: 2)!.adding(days: index * 7)
            let surname = story.minister.split(separator: " ").last.map(String.init) ?? story.minister
            articles.append(Article(
                id: "wire\(index)", path: "wire/\(index).txt", format: .text, source: "Harbour Wire", date: day,
                headline: "\(surname) speaks on the \(story.topic)",
                text: """
                Minister \(story.minister) spoke about the \(story.topic) on Monday. "\(story.quote)" \(surname) told reporters.

                \(story.detail) \(surname) said the \(story.topic) would be discussed again next month.
                """))
            articles.append(Article(
                id: "paper\(index)", path: "paper/\(index).txt", format: .text, source: "Coast Gazette", date: day,
                headline: "\(surname) under pressure over the \(story.topic)",
                text: """
                "\(story.quote)" Minister \(story.minister) said on Monday of the \(story.topic).

                \(story.detail) Critics said \(surname) had no plan for the \(story.topic).
                """))
        }
        return articles
    }

    static func browser(width: Int = 120, height: Int = 32) -> Browser {
        BrowserFixture.browser(width: width, height: height, articles: articles())
    }
}
