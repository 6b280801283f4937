import GRDB

/// Decides which events an update need not align again: an event keeps the statement groups and
/// differences the index holds for it when everything alignment reads is as it was — the same
/// articles in the same order with the same transcript (the event id hashes only the set; the
/// order picks reference quotes and numbers differences), none of them read again, every
/// statement's speaker and every claim's group as stored, no claim group touched by the change
/// (a group shares its outlets' judgements, and differences read them), and the stored alignment
/// made by this version of the alignment code (``IndexVersions/alignment``).
struct StoredAlignments {
    /// Kept articles (not read again in this update) by id, with the values their rows hold.
    var kept: [String: StoredArticle]
    /// Claim groups that had members in articles this update removes or replaces.
    var groupsOfRemovedClaims: Set<String>
    /// Events the index holds: their article lists (as stored, JSON) and transcripts.
    var storedEvents: [String: (articles: String, transcript: String?)]

    /// Reads what the decision needs from the index before the update's analysis.
    init(_ db: Database, kept: [String: StoredArticle], removedArticles: [String]) throws {
        self.kept = kept
        storedEvents = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, articles, transcript FROM events") { storedEvents[row[0]] = (row[1], row[2]) }
        groupsOfRemovedClaims = removedArticles.isEmpty ? [] : Set(try String.fetchAll(db, sql: """
            SELECT DISTINCT group_id FROM claims WHERE article IN (SELECT value FROM json_each(?))
            """, arguments: [IndexCoding.json(removedArticles)]))
    }

    /// The events of `events` that keep their alignment, given the update's analysed extractions.
    func reusable(_ events: [Event], extractions: [String: ArticleExtraction]) -> [String] {
        // Groups whose membership changed: a fresh claim joined, a kept claim moved, a removed one left.
        var touched = groupsOfRemovedClaims
        for (id, extraction) in extractions {
            if let stored = kept[id], stored.claimState.count == extraction.claims.count {
                for (claim, state) in zip(extraction.claims, stored.claimState) where claim.group != state.group {
                    touched.insert(claim.group)
                    touched.insert(state.group)
                }
            } else {
                for claim in extraction.claims { touched.insert(claim.group) }
            }
        }
        return events.filter { event in
            guard let stored = storedEvents[event.id], stored.articles == IndexCoding.json(event.articleIDs),
                  stored.transcript == event.transcriptID else { return false }
            return event.articleIDs.allSatisfy { id in
                guard let stored = kept[id], let extraction = extractions[id],
                      stored.statementState.count == extraction.statements.count, stored.claimState.count == extraction.claims.count
                else { return false }
                return zip(extraction.statements, stored.statementState).allSatisfy { $0.speaker == $1.speaker }
                    && zip(extraction.claims, stored.claimState).allSatisfy { $0.speaker == $1.speaker && $0.group == $1.group && !touched.contains($0.group) }
            }
        }.map(\.id)
    }

    /// The stored statement groups and differences of `events`, each in its stored order.
    static func load(_ db: Database, events: [String]) throws -> [String: EventAlignment] {
        guard !events.isEmpty else { return [:] }
        var result: [String: EventAlignment] = [:]
        for id in events { result[id] = EventAlignment() }
        let ids = IndexCoding.json(events)
        for row in try Row.fetchAll(db, sql: """
            SELECT id, event, speaker, statements FROM statement_groups WHERE event IN (SELECT value FROM json_each(?)) ORDER BY position
            """, arguments: [ids]) {
            result[row[1], default: EventAlignment()].groups.append(
                StatementGroup(id: row[0], eventID: row[1], speaker: row[2], statementIDs: IndexCoding.strings(row[3])))
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT \(IndexRows.differenceColumns) FROM differences WHERE event IN (SELECT value FROM json_each(?)) ORDER BY position
            """, arguments: [ids]) {
            let difference = IndexRows.difference(row)
            result[difference.eventID, default: EventAlignment()].differences.append(difference)
        }
        return result
    }
}
