import Foundation

/// Groups articles by the story they tell: which articles of a corpus cover one happening.
///
/// Evidence is the whole article — headline and body as ``ArticleTerms``, weighted by rarity
/// in the corpus (``TermVector``) — compared twice: over all the words, and over the headline
/// and lede alone, where two stories about the same people differ most. Similarity fades with
/// the days between publications (a tenth per day beyond the first); articles more than a week
/// apart are never compared. An article joins a group when it is similar to the group *as a
/// whole* — average link: the mean similarity over every pair across two groups must reach
/// ``threshold`` — so one shared stock line or one shared name cannot chain unrelated stories
/// together the way joining on any single pair would.
///
/// - Complexity: candidate pairs come from an inverted index over each article's 30 heaviest
///   terms, within a sliding week; a term in more than 100 articles of one week is no evidence
///   and is skipped. So the work grows with the articles per week, not with the square of the
///   corpus. Deterministic: ties are broken by article order.
enum EventGrouper {
    /// Mean similarity two groups need to be one: the middle of the range (0.17–0.20) that gave
    /// the same figures on real three-outlet coverage, with and without dates to tell stories apart.
    static let threshold = 0.18
    /// Share of the headline-and-lede similarity in a pair's similarity.
    static let leadShare = 0.3
    /// Similarity lost per day between two publications, beyond the first day.
    static let fadePerDay = 0.1
    /// Articles further apart than this (days) are never compared.
    static let window = 7
    /// Terms per article that find its candidates, and the most articles of one week a term may
    /// be in to count.
    static let candidateTerms = 30
    static let crowdedTerm = 100
    /// Earlier articles compared with each article at most (those sharing the most weight).
    static let candidatesPerArticle = 20
    /// Pairs below this similarity are not kept (they would only lower an average).
    static let minimumEdge = 0.02
    /// Word rarity is counted as if the corpus held this many more articles, none with the word
    /// (and every word in one more): in a folder of one story every story word is in every
    /// article, and rarity counted on that folder alone would weigh them all to nothing.
    static let priorArticles = 50.0
    static let priorFrequency = 1.0

    /// Groups of article indices, each in ascending order, in order of their first article; and
    /// each article's headline-and-lede vector (what picks an event's title).
    ///
    /// - Parameter days: each article's day (ordinal) — its publication day, or the day its
    ///   statements were made when it has none.
    static func group(articles: [Article], extractions: [ArticleExtraction], days: [Int],
                      concurrently: Bool = true) -> (groups: [[Int]], leads: [TermVector]) {
        let n = articles.count
        // BRIEFING_EVENTS_TIMING=1: where grouping spends its time, on stderr.
        let mark = PhaseTimer(enabledBy: "BRIEFING_EVENTS_TIMING", prefix: "events, ").mark
        let chunks = stride(from: 0, to: n, by: 256).map { $0..<min(n, $0 + 256) }
        let counted = ParallelMap.map(chunks, concurrently: concurrently) { chunk in chunk.map { ArticleTerms(articles[$0], extractions[$0]) } }.flatMap { $0 }
        mark("terms of \(n) articles")
        var documentFrequency: [UInt64: Int] = [:]
        for terms in counted { for term in terms.full.keys { documentFrequency[term, default: 0] += 1 } }
        let corpus = Double(n) + priorArticles + 1
        let idf = documentFrequency.mapValues { max(0, log(corpus / (Double($0) + priorFrequency + 0.5))) }
        let vectors = ParallelMap.map(chunks, concurrently: concurrently) { chunk in
            chunk.map { (full: TermVector(counted[$0].full, idf: idf), lead: TermVector(counted[$0].lead, idf: idf)) }
        }.flatMap { $0 }

        mark("word rarity and vectors")
        let pairs = candidatePairs(vectors.map(\.full), days: days, concurrently: concurrently) { (documentFrequency[$0] ?? 0) >= 2 }
        let pairChunks = stride(from: 0, to: pairs.count, by: 4096).map { $0..<min(pairs.count, $0 + 4096) }
        mark("\(pairs.count) candidate pairs")
        let leads = vectors.map(\.lead)
        let edges = ParallelMap.map(pairChunks, concurrently: concurrently) { chunk -> [(Int, Int, Double)] in
            chunk.compactMap { k in
                let a = Int(pairs[k] >> 32), b = Int(pairs[k] & 0xFFFF_FFFF)
                let s = similarity(vectors[a], vectors[b], dayGap: abs(days[a] - days[b]))
                return s >= minimumEdge ? (a, b, s) : nil
            }
        }.flatMap { $0 }
        mark("similarities (\(edges.count) kept)")
        let groups = AverageLinkClustering.cluster(count: n, edges: edges, threshold: threshold)
        mark("average link (\(groups.count) groups)")
        return (groups, leads)
    }

    /// How alike two articles are: 0…1.
    static func similarity(_ a: (full: TermVector, lead: TermVector), _ b: (full: TermVector, lead: TermVector), dayGap: Int) -> Double {
        let s = (1 - leadShare) * a.full.cosine(b.full) + leadShare * a.lead.cosine(b.lead)
        return s * max(0, 1 - fadePerDay * Double(max(0, dayGap - 1)))
    }

    /// Pairs `a << 32 | b` of articles at most ``window`` days apart that share one of each
    /// other's heaviest terms, sorted, each pair once (`a` the earlier article). Of the earlier
    /// articles an article shares heavy terms with, only the ``candidatesPerArticle`` whose shared
    /// terms weigh most are kept; a term shared by more than ``crowdedTerm`` articles within the
    /// week before it finds none. Counting every pair of a 100,000-article generated corpus, whose
    /// briefings on one topic share their words, held hundreds of millions of them.
    static func candidatePairs(_ vectors: [TermVector], days: [Int], concurrently: Bool = true,
                               counts: (UInt64) -> Bool) -> [UInt64] {
        let heaviest = vectors.map { $0.heaviestWithWeights(candidateTerms, where: counts) }
        // Each term's articles in (day, index) order, with the term's weight in each.
        var postings: [UInt64: [(article: Int32, weight: Float)]] = [:]
        for (i, terms) in heaviest.enumerated() {
            for (term, weight) in terms { postings[term, default: []].append((Int32(i), Float(weight))) }
        }
        for (term, list) in postings where list.count > 1 {
            postings[term] = list.sorted { (days[Int($0.article)], $0.article) < (days[Int($1.article)], $1.article) }
        }
        let n = vectors.count
        let sortedPostings = postings
        let chunks = stride(from: 0, to: n, by: 4096).map { $0..<min(n, $0 + 4096) }
        let perChunk = ParallelMap.map(chunks, concurrently: concurrently) { chunk -> [UInt64] in
            candidatePairs(of: chunk, heaviest: heaviest, postings: sortedPostings, days: days)
        }
        return perChunk.flatMap { $0 }.sorted()
    }

    /// The candidate pairs whose later article is in `articles` (see ``candidatePairs(_:days:concurrently:counts:)``).
    static func candidatePairs(of articles: Range<Int>, heaviest: [[(term: UInt64, weight: Double)]],
                               postings: [UInt64: [(article: Int32, weight: Float)]], days: [Int]) -> [UInt64] {
        var pairs: [UInt64] = []
        var score = [Float](repeating: 0, count: heaviest.count)
        var seenBy = [Int32](repeating: -1, count: heaviest.count)
        var found: [Int32] = []
        for b in articles {
            found.removeAll(keepingCapacity: true)
            for (term, weight) in heaviest[b] {
                guard let list = postings[term], list.count > 1 else { continue }
                // The articles before b in (day, index) order, from a week earlier on.
                let end = firstIndex(in: list) { (days[Int($0.article)], Int($0.article)) >= (days[b], b) }
                let start = firstIndex(in: list) { days[Int($0.article)] >= days[b] - window }
                guard start < end, end - start <= crowdedTerm else { continue }
                for (a, other) in list[start..<end] {
                    if seenBy[Int(a)] != Int32(b) {
                        seenBy[Int(a)] = Int32(b)
                        score[Int(a)] = 0
                        found.append(a)
                    }
                    score[Int(a)] += Float(weight) * other
                }
            }
            if found.count > candidatesPerArticle {
                found.sort { (score[Int($0)], $1) > (score[Int($1)], $0) }
                found.removeLast(found.count - candidatesPerArticle)
            }
            for a in found { pairs.append(UInt64(a) << 32 | UInt64(b)) }
        }
        return pairs
    }

    /// The first index of `list` whose element satisfies `isAtOrAfter` (which must hold for a
    /// suffix of the list), or `list.count`.
    static func firstIndex<Element>(in list: [Element], where isAtOrAfter: (Element) -> Bool) -> Int {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if isAtOrAfter(list[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
