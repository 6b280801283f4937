/// Turns an analysis into timeline entries: aligned statements once, as their group; every
/// other statement on its own; ordered by day, event and place in the briefing.
///
/// The order is computed once, here, so every store (in memory, SQLite) shows the same timeline.
///
/// - Complexity: O(s log s) in statements, plus O(d · m) to attach differences (d differences,
///   m member spans of the entries of their event). Statements are addressed by (article,
///   ordinal) and entries sorted as an index permutation: a 100,000-article corpus has 1.75
///   million statements, and copying them into dictionaries and sorting whole entries took 19 s.
public enum TimelineBuilder {
    /// The speaker the timeline shows for a reporter's question in a transcript (`Q:`).
    public static let reporter = "Reporter"

    /// Where a statement sits in the analysis.
    struct Location: Hashable {
        var article: Int32
        var statement: Int32
    }

    public static func entries(of analysis: BriefingAnalysis) -> [TimelineEntry] { build(analysis).entries }

    /// The timeline, and for each article of the analysis (by index) the position of the entry
    /// that holds each of its statements (by ordinal): what the index writes beside every
    /// statement, without a table keyed by 1.75 million statement ids.
    static func build(_ analysis: BriefingAnalysis) -> (entries: [TimelineEntry], entryOfStatement: [[Int32]]) {
        let articles = analysis.articles
        let extractions = analysis.extractions
        var articleIndex: [String: Int] = [:]
        articleIndex.reserveCapacity(articles.count)
        for (i, article) in articles.enumerated() { articleIndex[article.id] = i }
        // The first statement of each article in one flat numbering (for the "grouped" marks).
        var firstStatement: [Int] = []
        firstStatement.reserveCapacity(extractions.count + 1)
        var statementCount = 0
        for extraction in extractions {
            firstStatement.append(statementCount)
            statementCount += extraction.statements.count
        }
        var location: [String: Location] = [:]
        location.reserveCapacity(statementCount)
        for (a, extraction) in extractions.enumerated() {
            for (s, statement) in extraction.statements.enumerated() { location[statement.id] = Location(article: Int32(a), statement: Int32(s)) }
        }
        func statement(_ at: Location) -> Statement { extractions[Int(at.article)].statements[Int(at.statement)] }

        let events = analysis.events.sorted { ($0.date?.ordinal ?? Int.max, $0.id) < ($1.date?.ordinal ?? Int.max, $1.id) }
        var eventRank: [String: Int] = [:]
        var eventOfArticle = [Int](repeating: -1, count: articles.count) // index into `events`
        for (rank, event) in events.enumerated() {
            eventRank[event.id] = rank
            for id in event.articleIDs { if let a = articleIndex[id] { eventOfArticle[a] = rank } }
        }
        let sourceOf = articles.map { $0.source ?? "unknown source" }
        let lengthOf = articles.map { Double(max(1, $0.text.utf8.count)) }

        var entries: [TimelineEntry] = []
        entries.reserveCapacity(statementCount)
        // Sort keys, beside the entries: day, event rank, place in the article (0…1); then id.
        var days: [Int] = [], ranks: [Int] = [], places: [Double] = []
        days.reserveCapacity(statementCount)
        ranks.reserveCapacity(statementCount)
        places.reserveCapacity(statementCount)
        var grouped = [Bool](repeating: false, count: statementCount)
        // Each entry's member statements, flat: entry i holds allMembers[memberStart[i]..<memberStart[i + 1]].
        var allMembers: [Location] = []
        allMembers.reserveCapacity(statementCount)
        var memberStart: [Int] = []
        memberStart.reserveCapacity(statementCount + 1)

        func add(id: String, members: [Location], event rank: Int?) {
            let event = rank.map { events[$0] }
            let reference = members.first { articles[Int($0.article)].id == event?.transcriptID } ?? members[0]
            let ordered = [reference] + members.filter { $0 != reference }
            var day: Day?
            var sources: [String] = []
            if ordered.count == 1 {
                let only = statement(reference)
                day = only.date?.day ?? articles[Int(reference.article)].date
                sources = [sourceOf[Int(reference.article)]]
            } else {
                // The most common day; ties to the earliest.
                var dayCounts: [Int: Int] = [:]
                for member in ordered {
                    if let d = statement(member).date?.day ?? articles[Int(member.article)].date { dayCounts[d.ordinal, default: 0] += 1 }
                    let source = sourceOf[Int(member.article)]
                    if !sources.contains(source) { sources.append(source) }
                }
                day = dayCounts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }.map { Day(ordinal: $0.key) }
            }
            let first = statement(reference)
            // A transcript's "Q:" turn is a reporter's question, not words nobody said.
            let speaker = first.speaker ?? (first.speakerMention == "Q" ? TimelineBuilder.reporter : nil)
            entries.append(TimelineEntry(
                id: id, position: 0, day: day, eventID: event?.id, eventTitle: event?.title, speaker: speaker,
                text: first.reportedText, statementIDs: ordered.map { statement($0).id }, sources: sources,
                eventSourceCount: max(sources.count, event?.sources.count ?? 1), differenceKinds: [], differenceIDs: []))
            memberStart.append(allMembers.count)
            allMembers.append(contentsOf: ordered)
            days.append(day?.ordinal ?? Int.max)
            ranks.append(rank ?? Int.max)
            places.append(Double(first.start) / lengthOf[Int(reference.article)])
        }
        for group in analysis.statementGroups {
            let members = group.statementIDs.compactMap { location[$0] }
            guard !members.isEmpty else { continue }
            for member in members { grouped[firstStatement[Int(member.article)] + Int(member.statement)] = true }
            let rank = eventRank[group.eventID] ?? (eventOfArticle[Int(members[0].article)] >= 0 ? eventOfArticle[Int(members[0].article)] : nil)
            add(id: group.id, members: members, event: rank)
        }
        for (a, extraction) in extractions.enumerated() {
            for s in extraction.statements.indices where !grouped[firstStatement[a] + s] {
                add(id: extraction.statements[s].id, members: [Location(article: Int32(a), statement: Int32(s))],
                    event: eventOfArticle[a] >= 0 ? eventOfArticle[a] : nil)
            }
        }
        var order = Array(entries.indices)
        order.sort { i, j in
            if days[i] != days[j] { return days[i] < days[j] }
            if ranks[i] != ranks[j] { return ranks[i] < ranks[j] }
            if places[i] != places[j] { return places[i] < places[j] }
            return entries[i].id < entries[j].id
        }
        memberStart.append(allMembers.count)
        var sorted: [TimelineEntry] = []
        sorted.reserveCapacity(entries.count)
        var entryOfStatement = extractions.map { [Int32](repeating: -1, count: $0.statements.count) }
        for (position, i) in order.enumerated() {
            var entry = entries[i]
            entry.position = position
            sorted.append(entry)
            for member in allMembers[memberStart[i]..<memberStart[i + 1]] { entryOfStatement[Int(member.article)][Int(member.statement)] = Int32(position) }
        }
        entries = []
        attachDifferences(analysis.differences, to: &sorted, articleIndex: articleIndex, statementAt: { location[$0].map(statement) })
        return (sorted, entryOfStatement)
    }

    /// A difference concerns an entry when it names the entry's group, or when one of its items
    /// overlaps the words of one of the entry's statements.
    static func attachDifferences(_ differences: [Difference], to entries: inout [TimelineEntry], articleIndex: [String: Int],
                                  statementAt: (String) -> Statement?) {
        guard !differences.isEmpty else { return }
        var entryByID: [String: Int] = [:]
        entryByID.reserveCapacity(entries.count)
        // The spans of the statements of each article, with their entries.
        var spansByArticle = [[(span: TextSpan, entry: Int)]](repeating: [], count: articleIndex.count)
        for (i, entry) in entries.enumerated() {
            entryByID[entry.id] = i
            for id in entry.statementIDs {
                guard let statement = statementAt(id), let a = articleIndex[statement.articleID] else { continue }
                for span in statement.spans { spansByArticle[a].append((span, i)) }
            }
        }
        var concerned: [Int: [Difference]] = [:]
        for difference in differences {
            var hits = Set<Int>()
            if let group = difference.groupID, let i = entryByID[group] { hits.insert(i) }
            for item in difference.items {
                guard let span = item.span, let a = articleIndex[item.articleID] else { continue }
                for candidate in spansByArticle[a] where candidate.span.start < span.end && span.start < candidate.span.end {
                    hits.insert(candidate.entry)
                }
            }
            for i in hits { concerned[i, default: []].append(difference) }
        }
        for (i, list) in concerned {
            let kinds = Set(list.map(\.kind))
            entries[i].differenceKinds = DifferenceKind.allCases.filter { kinds.contains($0) }
            entries[i].differenceIDs = list.map(\.id)
        }
    }
}
