import Foundation

/// Filter values as words of the FTS5 `tags` column, so a filter is a MATCH term that FTS5
/// intersects with the words (fast) instead of a join evaluated per matching row.
///
/// Tags: `is<kind>`, `sp<hash of speaker>`, `so<hash of outlet>`, `k<statement kind>`,
/// `ty<claim type>`, `dy<day ordinal>`, `hasdiff`. Names are hashed so any name is one token.
enum SearchTags {
    static func name(_ prefix: String, _ value: String) -> String {
        prefix + String(ContentHash.of(value), radix: 36)
    }

    static func day(_ day: Int) -> String { "dy\(day < 0 ? "m\(-day)" : String(day))" }

    static func of(kind: SearchHitKind, speaker: String?, source: String?, statementKind: StatementKind?, claimType: ClaimType?,
                   day: Int?, hasDifference: Bool) -> String {
        // One string grown in place: every statement and claim of a build gets its tags.
        var tags = "is"
        tags.reserveCapacity(80)
        tags += kind.rawValue
        if let speaker { tags += " "; tags += name("sp", speaker) }
        if let source { tags += " "; tags += name("so", source) }
        if let statementKind { tags += " k"; tags += statementKind.rawValue }
        if let claimType { tags += " ty"; tags += claimType.rawValue }
        if let day { tags += " "; tags += SearchTags.day(day) }
        if hasDifference { tags += " hasdiff" }
        return tags
    }

    /// Day ranges longer than this many days in all are checked by a join instead of tags.
    static let maximumDays = 62

    /// The tags part of a MATCH pattern for `filters` (speaker and outlet names already resolved
    /// to full names), or nil when nothing is filtered by tags. `daysByJoin` is set when the day
    /// ranges are too long to spell out. With `byRowid` the kinds are left out: the caller checks
    /// them on the rowid (``kindCondition(_:)``), which costs nothing per row, where `isstatement`
    /// is a tag in most rows of the index and intersecting with it costs as much as the words.
    static func pattern(_ filters: SearchFilters, speakers: [String]?, sources: [String]?, byRowid: Bool = false) -> (pattern: String?, daysByJoin: Bool) {
        var groups: [[String]] = []
        let kinds = filters.allowedKinds
        if kinds.count < SearchHitKind.allCases.count && !byRowid { groups.append(kinds.map { "is" + $0.rawValue }) }
        if let speakers { groups.append(speakers.map { name("sp", $0) }) }
        if let sources { groups.append(sources.map { name("so", $0) }) }
        if !filters.statementKinds.isEmpty { groups.append(filters.statementKinds.map { "k" + $0.rawValue }.sorted()) }
        if !filters.claimTypes.isEmpty { groups.append(filters.claimTypes.map { "ty" + $0.rawValue }.sorted()) }
        var daysByJoin = false
        if !filters.days.isEmpty {
            let total = filters.days.reduce(0) { $0 + min($1.count, maximumDays + 1) }
            if total <= maximumDays {
                groups.append(filters.days.flatMap { Array($0) }.map(day))
            } else {
                daysByJoin = true
            }
        }
        if filters.hasDifference { groups.append(["hasdiff"]) }
        guard !groups.isEmpty else { return (nil, daysByJoin) }
        let pattern = groups.map { group in "tags : (" + group.map { "\"\($0)\"" }.joined(separator: " OR ") + ")" }.joined(separator: " AND ")
        return (pattern, daysByJoin)
    }

    /// The SQL condition on `search.rowid` (`rowid * 4 + kind`) that admits only `kinds`, or ""
    /// when every kind is admitted.
    static func kindCondition(_ kinds: [SearchHitKind]) -> String {
        guard kinds.count < SearchHitKind.allCases.count else { return "" }
        let codes = kinds.map { kind in kind == .statement ? "0" : kind == .claim ? "1" : "2" }
        return "AND (search.rowid & 3) IN (" + codes.joined(separator: ", ") + ")"
    }
}
