/// Turns an analysis into timeline entries: aligned statements once, as their group; every
/// other statement on its own; ordered by day, event and place in the briefing.
///
/// The order is computed once, here, so every store (in memory, SQLite) shows the same timeline.
///
/// - Complexity: O(s log s) in statements, plus O(d · m) to attach differences (d differences,
///   m member spans of the entries of their event).
public enum TimelineBuilder {
    public static func entries(of analysis: BriefingAnalysis) -> [TimelineEntry] {
        var articleIndex: [String: Int] = [:]
        for (i, article) in analysis.articles.enumerated() { articleIndex[article.id] = i }
        var statementByID: [String: Statement] = [:]
        for extraction in analysis.extractions {
            for statement in extraction.statements { statementByID[statement.id] = statement }
        }
        var eventOfArticle: [String: Event] = [:]
        var eventRank: [String: Int] = [:]
        var eventByID: [String: Event] = [:]
        let events = analysis.events.sorted { ($0.date?.ordinal ?? Int.max, $0.id) < ($1.date?.ordinal ?? Int.max, $1.id) }
        for (rank, event) in events.enumerated() {
            eventRank[event.id] = rank
            eventByID[event.id] = event
            for id in event.articleIDs { eventOfArticle[id] = event }
        }
        func source(_ statement: Statement) -> String {
            articleIndex[statement.articleID].flatMap { analysis.articles[$0].source } ?? "unknown source"
        }
        /// Where the words fall in their article, 0…1: the proxy for where they fell in the briefing.
        func place(_ statement: Statement) -> Double {
            guard let i = articleIndex[statement.articleID] else { return 0 }
            let length = max(1, analysis.articles[i].text.utf8.count)
            return Double(statement.start) / Double(length)
        }

        var drafts: [(key: (Int, Int, Double, String), entry: TimelineEntry)] = []
        var grouped = Set<String>()
        func add(id: String, members: [Statement], event: Event?) {
            let reference = members.first { $0.articleID == event?.transcriptID } ?? members[0]
            let ordered = [reference] + members.filter { $0.id != reference.id }
            var dayCounts: [Int: Int] = [:]
            for statement in ordered {
                if let day = statement.date?.day ?? articleIndex[statement.articleID].flatMap({ analysis.articles[$0].date }) {
                    dayCounts[day.ordinal, default: 0] += 1
                }
            }
            let day = dayCounts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }.map { Day(ordinal: $0.key) }
            var sources: [String] = []
            for statement in ordered where !sources.contains(source(statement)) { sources.append(source(statement)) }
            let entry = TimelineEntry(
                id: id, position: 0, day: day, eventID: event?.id, eventTitle: event?.title, speaker: reference.speaker,
                text: reference.text, statementIDs: ordered.map(\.id), sources: sources,
                eventSourceCount: max(sources.count, event?.sources.count ?? 1), differenceKinds: [], differenceIDs: [])
            let key = (day?.ordinal ?? Int.max, event.flatMap { eventRank[$0.id] } ?? Int.max, place(reference), id)
            drafts.append((key, entry))
        }
        for group in analysis.statementGroups {
            let members = group.statementIDs.compactMap { statementByID[$0] }
            guard !members.isEmpty else { continue }
            grouped.formUnion(group.statementIDs)
            add(id: group.id, members: members, event: eventByID[group.eventID] ?? eventOfArticle[members[0].articleID])
        }
        for extraction in analysis.extractions {
            for statement in extraction.statements where !grouped.contains(statement.id) {
                add(id: statement.id, members: [statement], event: eventOfArticle[statement.articleID])
            }
        }
        drafts.sort { $0.key < $1.key }
        var entries = drafts.enumerated().map { offset, draft -> TimelineEntry in
            var entry = draft.entry
            entry.position = offset
            return entry
        }
        attachDifferences(analysis.differences, to: &entries, statements: statementByID)
        return entries
    }

    /// A difference concerns an entry when it names the entry's group, or when one of its items
    /// overlaps the words of one of the entry's statements.
    static func attachDifferences(_ differences: [Difference], to entries: inout [TimelineEntry], statements: [String: Statement]) {
        var entryByID: [String: Int] = [:]
        var spansByArticle: [String: [(span: TextSpan, entry: Int)]] = [:]
        for (i, entry) in entries.enumerated() {
            entryByID[entry.id] = i
            for id in entry.statementIDs {
                guard let statement = statements[id] else { continue }
                for span in statement.spans { spansByArticle[statement.articleID, default: []].append((span, i)) }
            }
        }
        var concerned: [Int: [Difference]] = [:]
        for difference in differences {
            var hits = Set<Int>()
            if let group = difference.groupID, let i = entryByID[group] { hits.insert(i) }
            for item in difference.items {
                guard let span = item.span else { continue }
                for candidate in spansByArticle[item.articleID] ?? [] where candidate.span.start < span.end && span.start < candidate.span.end {
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
