import Foundation

/// Groups articles into events: close in time (statement days, not only publication days),
/// sharing speakers and wording. Articles about different happenings stay apart even when they
/// share a speaker and a week, because their words differ.
///
/// - Complexity: candidate pairs come from buckets of (speaker, day), so the work grows with the
///   articles that share a speaker within a day or two, not with the square of the corpus.
public enum EventClusterer {
    /// Minimum share of content words two articles need (on the smaller side) to be one event.
    static let minimumOverlap = 0.5

    public static func cluster(articles: [Article], extractions: [ArticleExtraction]) -> [Event] {
        let n = articles.count
        // Each article's day, speakers and words, worked out on all cores in chunks.
        let chunks = stride(from: 0, to: n, by: 256).map { $0..<min(n, $0 + 256) }
        let profiles = ParallelMap.map(chunks) { chunk in chunk.map { profile(articles[$0], extractions[$0]) } }.flatMap { $0 }
        let days = profiles.map(\.day)
        let statementWords = profiles.map(\.statementWords)
        let speakers = profiles.map(\.speakers)
        let words = profiles.map(\.words)
        // Words few articles use say most about the happening ("Halden", "drought protocol");
        // template words every briefing uses say nothing.
        var documentFrequency: [UInt64: Int] = [:]
        for set in words { for word in set { documentFrequency[word, default: 0] += 1 } }
        func weight(_ word: UInt64) -> Double { log(1 + Double(n + 50) / Double(documentFrequency[word] ?? 1)) } // smoothed: small corpora have no statistics
        let totals = words.map { $0.reduce(0) { $0 + weight($1) } }
        var parent = Array(0..<n)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var buckets: [String: [Int]] = [:]
        for i in 0..<n {
            for speaker in speakers[i] {
                for day in (days[i] - 1)...(days[i] + 1) {
                    for j in buckets["\(speaker)|\(day)", default: []] where find(i) != find(j) {
                        let shared = words[i].intersection(words[j])
                        guard shared.count >= 4 else { continue }
                        let sharedWeight = shared.reduce(0) { $0 + weight($1) }
                        guard sharedWeight / max(1e-9, min(totals[i], totals[j])) >= minimumOverlap else { continue }
                        // And the same words said: at least one statement of each renders the same
                        // utterance. Briefings of one speaker on one topic share vocabulary, not quotes.
                        if sharesAStatement(statementWords[i], statementWords[j]) { parent[find(i)] = find(j) }
                    }
                }
            }
            for speaker in speakers[i] { buckets["\(speaker)|\(days[i])", default: []].append(i) }
        }
        var members: [Int: [Int]] = [:]
        for i in 0..<n { members[find(i), default: []].append(i) }
        var events: [Event] = []
        for (_, group) in members {
            let ids = group.map { articles[$0].id }.sorted()
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for id in ids { for b in id.utf8 { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 } }
            var speakerCounts: [String: Int] = [:]
            for i in group { for s in extractions[i].statements { if let sp = s.speaker { speakerCounts[sp, default: 0] += 1 } } }
            let ranked = speakerCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
            var dayCounts: [Int: Int] = [:]
            for i in group { dayCounts[days[i], default: 0] += 1 }
            let day = dayCounts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
            let transcript = group.first { articles[$0].format == .transcript }.map { articles[$0].id }
            events.append(Event(
                id: "e-" + String(String(hash, radix: 16).prefix(10)),
                date: day.flatMap { $0 > Int.min / 8 ? Day(ordinal: $0) : nil },
                title: title(group: group, articles: articles, speaker: ranked.first, allSpeakers: ranked),
                speakers: ranked, articleIDs: group.map { articles[$0].id },
                sources: Array(Set(group.compactMap { articles[$0].source })).sorted(),
                transcriptID: transcript))
        }
        return events.sorted { ($0.date ?? Day(ordinal: 0), $0.id) < ($1.date ?? Day(ordinal: 0), $1.id) }
    }

    /// What clustering compares about one article.
    struct Profile: Sendable {
        var day: Int
        var statementWords: [(speaker: String, words: Set<UInt64>)]
        var speakers: Set<String>
        var words: Set<UInt64>
    }

    static func profile(_ article: Article, _ extraction: ArticleExtraction) -> Profile {
        var counts: [Int: Int] = [:]
        for statement in extraction.statements where statement.dateBasis != .publication {
            if let day = statement.date?.day { counts[day.ordinal, default: 0] += 1 }
        }
        let day = counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? article.date?.ordinal ?? Int.min / 4
        var set = Set<UInt64>()
        var perStatement: [(speaker: String, words: Set<UInt64>)] = []
        for statement in extraction.statements {
            let statementSet = ContentWords.of(statement.text)
            set.formUnion(statementSet)
            if let speaker = statement.speaker { perStatement.append((speaker, statementSet)) }
        }
        if let headline = article.headline { set.formUnion(ContentWords.of(headline)) }
        return Profile(day: day, statementWords: perStatement, speakers: Set(extraction.statements.compactMap(\.speaker)), words: set)
    }

    static let titleStopwords: Set<String> = ["said", "says", "told", "white", "house", "president", "minister", "secretary", "press", "spokesperson", "part", "reporters", "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday", "local", "time", "during", "however", "would", "could", "other"]

    /// At least one shared utterance — two when both articles report six statements or more (a
    /// short report may carry a single quote in common with a longer one).
    static func sharesAStatement(_ a: [(speaker: String, words: Set<UInt64>)], _ b: [(speaker: String, words: Set<UInt64>)]) -> Bool {
        let needed = a.count >= 6 && b.count >= 6 ? 2 : 1
        var found = 0
        for x in a {
            for y in b where x.speaker == y.speaker && StatementAligner.renderSameWords(x.words, y.words) {
                found += 1
                break
            }
            if found >= needed { return true }
        }
        return false
    }

    /// "Mara Lindqvist: Korsland, dam, water": the speaker and the capitalised or frequent words
    /// the headlines share.
    static func title(group: [Int], articles: [Article], speaker: String?, allSpeakers: [String]) -> String {
        var counts: [String: Int] = [:]
        // Names of the people speaking and calendar words say nothing about the topic.
        let speakerWords = Set(allSpeakers.flatMap { $0.split(separator: " ").map { $0.lowercased() } })
        for i in group {
            let headline = (articles[i].headline ?? "") + " " + String(articles[i].text.prefix(300))
            var previousEnded = true
            // On scalars: Character properties made titles half of clustering.
            for raw in ScalarClass.split(headline, atPunctuation: false) {
                let word = String(String.UnicodeScalarView(raw.unicodeScalars.filter(ScalarClass.isLetterOrHyphen)))
                defer { previousEnded = raw.unicodeScalars.last.map { $0 == "." || $0 == ":" || $0 == "!" || $0 == "?" } ?? false }
                guard word.unicodeScalars.count >= 4 else { continue }
                let lower = word.lowercased()
                guard !speakerWords.contains(lower), !ContentWords.stopwords.contains(WordHash.of(word)),
                      !EventClusterer.titleStopwords.contains(lower), CalendarWords.month(word) == nil else { continue }
                // Names of places and people say most about a happening.
                let weight = word.first!.isUppercase && !previousEnded ? 3 : 1
                counts[word, default: 0] += weight
            }
        }
        let top = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3).map(\.key)
        let topic = top.joined(separator: ", ")
        switch (speaker, topic.isEmpty) {
        case (let s?, false): return "\(s): \(topic)"
        case (let s?, true): return s
        case (nil, false): return topic
        default: return "untitled"
        }
    }
}
