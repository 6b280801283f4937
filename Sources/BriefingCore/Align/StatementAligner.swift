/// Aligns statements within an event: the same utterance as each outlet rendered it, including a
/// short quote inside a longer one and a quote with its paraphrase. Speakers must agree.
///
/// - Complexity: O(s²) in the statements of one event (tens), never across the corpus.
public enum StatementAligner {
    /// Share of the smaller statement's content words the other must contain.
    static let minimumContainment = 0.6

    public static func align(event: Event, articles: [String: Article], extractions: [String: ArticleExtraction]) -> [StatementGroup] {
        var statements: [(article: String, statement: Statement, words: Set<UInt64>)] = []
        for id in event.articleIDs {
            for statement in extractions[id]?.statements ?? [] where statement.speaker != nil {
                statements.append((id, statement, ContentWords.of(statement.text)))
            }
        }
        var sets = UnionFind(count: statements.count)
        for i in statements.indices {
            for j in (i + 1)..<statements.count where statements[i].article != statements[j].article
                && statements[i].statement.speaker == statements[j].statement.speaker && sets.find(i) != sets.find(j) {
                if renderSameWords(statements[i].words, statements[j].words) { sets.union(i, j) }
            }
        }
        return sets.groups().values.filter { Set($0.map { statements[$0].article }).count > 1 }.map { group in
            let ids = group.map { statements[$0].statement.id }
            return StatementGroup(id: "g" + event.id.dropFirst(1) + "-" + ids.min()!, eventID: event.id,
                                  speaker: statements[group[0]].statement.speaker, statementIDs: ids)
        }.sorted { $0.statementIDs.min()! < $1.statementIDs.min()! }
    }

    static func renderSameWords(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Bool {
        let shared = a.intersection(b).count
        let smaller = min(a.count, b.count)
        guard smaller > 0 else { return false }
        return shared >= min(3, smaller) && Double(shared) / Double(smaller) >= minimumContainment
    }
}
