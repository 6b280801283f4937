/// Makes each group of articles an ``Event``: an id that survives re-indexing (a hash of its
/// article ids), the day it happened, a title a person can read, its speakers and outlets.
enum EventBuilder {
    /// How far before an event's first publication its statements may have been made and still
    /// date it: a weekly reports the week's briefings; an article recalling a speech of years ago
    /// does not make the event that old.
    static let statementLead = 7

    /// Events sorted by day, then id.
    /// - Parameter leads: each article's headline-and-lede vector (``EventGrouper``).
    static func events(groups: [[Int]], articles: [Article], extractions: [ArticleExtraction], leads: [TermVector]) -> [Event] {
        var events: [Event] = []
        events.reserveCapacity(groups.count)
        for group in groups {
            let ids = group.map { articles[$0].id }
            var hash = FNV1a.offsetBasis
            for id in ids.sorted() { hash = FNV1a.add(hash, id) }
            var speakerCounts: [String: Int] = [:]
            for i in group { for s in extractions[i].statements { if let sp = s.speaker { speakerCounts[sp, default: 0] += 1 } } }
            let ranked = speakerCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
            events.append(Event(
                id: "e-" + String(String(hash, radix: 16).prefix(10)),
                date: day(of: group, articles: articles, extractions: extractions),
                title: EventTitle.of(group, articles: articles, leads: leads),
                speakers: ranked, articleIDs: ids,
                sources: Array(Set(group.compactMap { articles[$0].source })).sorted(),
                transcriptID: group.first { articles[$0].format == .transcript }.map { articles[$0].id }))
        }
        return events.sorted { ($0.date ?? Day(ordinal: 0), $0.id) < ($1.date ?? Day(ordinal: 0), $1.id) }
    }

    /// The day an article counts for when grouping: its publication day, else the day most of
    /// its statements were made; articles with neither share one far-away day.
    static func day(of article: Article, _ extraction: ArticleExtraction) -> Int {
        if let day = article.date { return day.ordinal }
        return mostCommon(statementDays(extraction)) ?? Int.min / 4
    }

    /// The day an event happened: the day most of its statements were made, among those from a
    /// week before its first publication to its last; else its first publication day.
    static func day(of group: [Int], articles: [Article], extractions: [ArticleExtraction]) -> Day? {
        let published = group.compactMap { articles[$0].date?.ordinal }
        let said = group.flatMap { statementDays(extractions[$0]) }
        guard let first = published.min(), let last = published.max() else { return mostCommon(said).map(Day.init(ordinal:)) }
        return Day(ordinal: mostCommon(said.filter { $0 >= first - statementLead && $0 <= last }) ?? first)
    }

    /// Days statements were said on, from their own evidence (not the publication day).
    static func statementDays(_ extraction: ArticleExtraction) -> [Int] {
        extraction.statements.compactMap { $0.dateBasis == .publication ? nil : $0.date?.day?.ordinal }
    }

    /// The most frequent value; of equally frequent ones, the earliest.
    static func mostCommon(_ days: [Int]) -> Int? {
        var counts: [Int: Int] = [:]
        for day in days { counts[day, default: 0] += 1 }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }
}
