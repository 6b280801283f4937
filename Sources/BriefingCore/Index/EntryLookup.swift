/// Values of a statement's row that depend on the whole corpus: which timeline entry holds it
/// and whether differences concern it; and which articles differences concern.
struct EntryLookup: Sendable {
    let entries: [TimelineEntry]
    /// For each article of the analysis (by index), the entry position of each statement (by
    /// ordinal; -1 for none), as ``TimelineBuilder/build(_:)`` returns them.
    let entryOfStatement: [[Int32]]
    let articlesWithDifferences: Set<String>

    init(entries: [TimelineEntry], entryOfStatement: [[Int32]], articlesWithDifferences: Set<String>) {
        self.entries = entries
        self.entryOfStatement = entryOfStatement
        self.articlesWithDifferences = articlesWithDifferences
    }

    /// The articles some difference quotes.
    static func articlesWithDifferences(_ differences: [Difference]) -> Set<String> {
        Set(differences.flatMap { $0.items.map(\.articleID) })
    }

    /// The entry holding statement `ordinal` of article `article` (an index into the analysis),
    /// and whether differences concern it.
    func entry(article: Int, statement ordinal: Int) -> (id: String, hasDifference: Bool)? {
        guard article < entryOfStatement.count, ordinal < entryOfStatement[article].count else { return nil }
        let position = Int(entryOfStatement[article][ordinal])
        guard position >= 0 && position < entries.count else { return nil }
        return (entries[position].id, !entries[position].differenceIDs.isEmpty)
    }
}
