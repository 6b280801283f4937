/// Groups the same claim carried by several outlets: claims of one speaker whose content words
/// mostly coincide ("3 of 4 outlets carry this, worded like so").
///
/// - Complexity: candidate pairs come from an inverted index of content words within a speaker,
///   so the work grows with the claims that share words, not with the square of all claims.
public enum ClaimGrouper {
    /// Sets `group` on every claim and shares each group's assessments among its members.
    /// Claims more than this many days apart are about different happenings; a group spans at
    /// most this many days.
    static let dayWindow = 3

    public static func group(_ extractions: inout [ArticleExtraction]) {
        var refs: [(article: Int, claim: Int)] = []
        var words: [[UInt64]] = [] // sorted content words of each claim
        var keys: [Int] = []
        var speakerIDs: [String: Int] = [:]
        var days: [Int] = []
        for (a, extraction) in extractions.enumerated() {
            for (c, claim) in extraction.claims.enumerated() {
                refs.append((a, c))
                words.append(ContentWords.sorted(claim.text))
                let speaker = claim.speaker ?? ""
                if speakerIDs[speaker] == nil { speakerIDs[speaker] = speakerIDs.count }
                keys.append(speakerIDs[speaker]!)
                days.append(claim.date?.ordinal ?? Int.min / 2)
            }
        }
        // How common each word is: candidates are found through a claim's rarest words only.
        var frequency: [UInt64: Int] = [:]
        for list in words { for word in list { frequency[word, default: 0] += 1 } }
        var sets = UnionFind(count: refs.count)
        // The days a group spans, kept at its root: a group never spans more than the window, so
        // a line a speaker repeats at every briefing does not chain into one group for months.
        var firstDay = days
        var lastDay = days
        struct BlockKey: Hashable { var speaker: Int; var word: UInt64; var day: Int }
        var index: [BlockKey: [Int]] = [:]
        for i in refs.indices {
            // Look up by the 4 rarest words; be found by the 12 rarest, so a short claim finds a
            // longer one that also has rarer words of its own.
            // One frequency lookup per word, not two per comparison.
            let ranked = words[i].map { (frequency[$0] ?? 0, $0) }.sorted { $0 < $1 }.map(\.1)
            let rare = ranked.prefix(4)
            // Blocks are keyed by day too, so a speaker's claims from other weeks are never scanned;
            // a candidate must share two of the claim's rarest words (one when it has fewer).
            var hits: [Int: Int] = [:]
            for word in rare {
                for day in (days[i] - dayWindow)...(days[i] + dayWindow) {
                    guard let block = index[BlockKey(speaker: keys[i], word: word, day: day)] else { continue }
                    for j in block.suffix(64) { hits[j, default: 0] += 1 }
                }
            }
            let needed = rare.count >= 2 ? 2 : 1
            // In claim order: which merges the day window allows depends on the order they are tried.
            for (j, count) in hits.sorted(by: { $0.key < $1.key }) where count >= needed && sets.find(i) != sets.find(j) {
                let shared = ContentWords.sharedCount(words[i], words[j])
                guard shared >= 2 else { continue }
                let smaller = min(words[i].count, words[j].count)
                let union = words[i].count + words[j].count - shared
                if Double(shared) / Double(union) >= 0.45 || (shared >= 3 && Double(shared) / Double(smaller) >= 0.7) {
                    let a = sets.find(i), b = sets.find(j)
                    let first = min(firstDay[a], firstDay[b]), last = max(lastDay[a], lastDay[b])
                    guard last - first <= dayWindow else { continue }
                    sets.union(a, b)
                    firstDay[b] = first
                    lastDay[b] = last
                }
            }
            for word in ranked.prefix(12) { index[BlockKey(speaker: keys[i], word: word, day: days[i]), default: []].append(i) }
        }
        for (_, group) in sets.groups() {
            let id = "g-" + String(extractions[refs[group[0]].article].claims[refs[group[0]].claim].id)
            var assessments: [Assessment] = []
            for i in group { assessments += extractions[refs[i].article].claims[refs[i].claim].assessments }
            var seen = Set<Assessment>()
            assessments = assessments.filter { seen.insert($0).inserted }
            for i in group {
                extractions[refs[i].article].claims[refs[i].claim].group = id
                extractions[refs[i].article].claims[refs[i].claim].assessments = assessments
            }
        }
    }
}
