/// Articles into events: ``EventGrouper`` decides which articles tell one story,
/// ``EventBuilder`` makes each group an ``Event`` (id, day, title, speakers, outlets).
public enum EventClusterer {
    public static func cluster(articles: [Article], extractions: [ArticleExtraction], concurrently: Bool = true) -> [Event] {
        let days = articles.indices.map { EventBuilder.day(of: articles[$0], extractions[$0]) }
        let (groups, leads) = EventGrouper.group(articles: articles, extractions: extractions, days: days, concurrently: concurrently)
        return EventBuilder.events(groups: groups, articles: articles, extractions: extractions, leads: leads)
    }
}
