import Foundation

/// User-defined speaker aliases: `Canonical Name = alias, other alias`, one per line, `#` comments.
public struct SpeakerAliases: Sendable {
    /// Folded alias → canonical name.
    public private(set) var canonical: [String: String] = [:]

    public init() {}

    /// Parses the aliases file; returns the aliases and one message per line it could not read.
    public init(parsing text: String) throws(ReadFailure) {
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw ReadFailure("line \(number + 1): expected `Canonical Name = alias, alias`")
            }
            let name = line[..<equals].trimmingCharacters(in: .whitespaces)
            let aliases = line[line.index(after: equals)...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard !name.isEmpty, !aliases.contains(where: \.isEmpty) else {
                throw ReadFailure("line \(number + 1): empty name or alias")
            }
            canonical[ArticleSpeakers.fold(name)] = name
            for alias in aliases { canonical[ArticleSpeakers.fold(alias)] = name }
        }
    }
}

/// Unifies speaker names across articles: `Trump` = `Donald Trump`; `Zelensky` = `Zelenskyy`
/// (spelling variants of one surname, remembered as variants); user aliases first.
public enum SpeakerCanonicalizer {
    /// Rewrites every statement's `speaker` to its corpus-wide canonical form and returns the
    /// written variants of each canonical name.
    @discardableResult
    public static func unify(_ extractions: inout [ArticleExtraction], aliases: SpeakerAliases = SpeakerAliases()) -> [String: Set<String>] {
        // Count every name form, people only (organisations keep their own names).
        var counts: [String: Int] = [:]
        var isOrganisation = Set<String>()
        for extraction in extractions {
            for statement in extraction.statements {
                guard let name = statement.speaker else { continue }
                counts[name, default: 0] += 2
                if statement.speakerIsOrganisation { isOrganisation.insert(name) }
            }
            for (name, variants) in extraction.nameVariants {
                counts[name, default: 0] += 1
                for variant in variants where variant != name { counts[variant, default: 0] += 0 }
            }
        }
        let people = counts.keys.filter { !isOrganisation.contains($0) }.sorted()
        var mapping: [String: String] = [:]
        // Cluster by folded surname, merging surnames one edit apart (Zelensky / Zelenskyy).
        var clusters: [String: [String]] = [:]
        var surnameKeys: [String] = []
        for name in people {
            if let alias = aliases.canonical[ArticleSpeakers.fold(name)] { mapping[name] = alias; continue }
            guard let last = name.split(separator: " ").last else { continue }
            let surname = ArticleSpeakers.fold(String(last))
            let key = surnameKeys.first { $0 == surname || isSpellingVariant($0, surname) } ?? surname
            if !surnameKeys.contains(key) { surnameKeys.append(key) }
            clusters[key, default: []].append(name)
        }
        for (_, names) in clusters {
            let full = names.filter { $0.contains(" ") }
            var byGiven: [String: [String]] = [:]
            for name in full { byGiven[ArticleSpeakers.fold(String(name.split(separator: " ").first!)), default: []].append(name) }
            // The most frequent form, then the longest; on a tie the first in alphabetical order,
            // so the choice never depends on the order a dictionary hands the forms over.
            func best(_ candidates: [String]) -> String {
                candidates.max { a, b in
                    let ka = (counts[a] ?? 0, a.count), kb = (counts[b] ?? 0, b.count)
                    return ka != kb ? ka < kb : a > b
                }!
            }
            var canonicalByGiven: [String: String] = [:]
            for (given, forms) in byGiven { canonicalByGiven[given] = best(forms) }
            let overall = full.isEmpty ? best(names) : best(canonicalByGiven.values.map { $0 })
            for name in names {
                if name.contains(" ") {
                    mapping[name] = canonicalByGiven[ArticleSpeakers.fold(String(name.split(separator: " ").first!))] ?? name
                } else {
                    mapping[name] = overall
                }
            }
        }
        var variants: [String: Set<String>] = [:]
        for i in extractions.indices {
            for j in extractions[i].statements.indices {
                if let name = extractions[i].statements[j].speaker, let canonical = mapping[name] {
                    extractions[i].statements[j].speaker = canonical
                }
            }
            for (name, forms) in extractions[i].nameVariants {
                let canonical = mapping[name] ?? name
                variants[canonical, default: []].formUnion(forms)
            }
        }
        return variants
    }

    /// Two folded surnames one edit apart, long enough that it is a spelling, not another name.
    static func isSpellingVariant(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard min(x.count, y.count) >= 5, abs(x.count - y.count) <= 1, x.prefix(3) == y.prefix(3) else { return false }
        // One insertion, deletion or substitution.
        var i = 0, j = 0, edits = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        edits += (x.count - i) + (y.count - j)
        return edits <= 1
    }
}
