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
///   terms, within a sliding week; a term in more than 200 articles of one week is no evidence
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
    static let crowdedTerm = 200
    /// Pairs below this similarity are not kept (they would only lower an average).
    static let minimumEdge = 0.02
    /// Word rarity is counted as if the corpus held this many more articles, none with the word
    /// (and every word in one more): in a folder of one story every story word is in every
    /// article, and rarity counted on that folder alone would weigh them all to nothing.
    static let priorArticles = 50.0
    static let priorFrequency = 1.0

    /// Groups of article indices, each in ascending order, in order of their first article.
    ///
    /// - Parameter days: each article's day (ordinal) — its publication day, or the day its
    ///   statements were made when it has none.
    static func group(articles: [Article], extractions: [ArticleExtraction], days: [Int], concurrently: Bool = true) -> [[Int]] {
        let n = articles.count
        guard n > 1 else { return (0..<n).map { [$0] } }
        let chunks = stride(from: 0, to: n, by: 256).map { $0..<min(n, $0 + 256) }
        let counted = ParallelMap.map(chunks, concurrently: concurrently) { chunk in chunk.map { ArticleTerms(articles[$0], extractions[$0]) } }.flatMap { $0 }
        var documentFrequency: [UInt64: Int] = [:]
        for terms in counted { for term in terms.full.keys { documentFrequency[term, default: 0] += 1 } }
        let corpus = Double(n) + priorArticles + 1
        let idf = documentFrequency.mapValues { max(0, log(corpus / (Double($0) + priorFrequency + 0.5))) }
        let vectors = ParallelMap.map(chunks, concurrently: concurrently) { chunk in
            chunk.map { (full: TermVector(counted[$0].full, idf: idf), lead: TermVector(counted[$0].lead, idf: idf)) }
        }.flatMap { $0 }

        let pairs = candidatePairs(vectors.map(\.full), days: days) { (documentFrequency[$0] ?? 0) >= 2 }
        let pairChunks = stride(from: 0, to: pairs.count, by: 4096).map { $0..<min(pairs.count, $0 + 4096) }
        let edges = ParallelMap.map(pairChunks, concurrently: concurrently) { chunk -> [(Int, Int, Double)] in
            chunk.compactMap { k in
                let a = Int(pairs[k] >> 32), b = Int(pairs[k] & 0xFFFF_FFFF)
                let s = similarity(vectors[a], vectors[b], dayGap: abs(days[a] - days[b]))
                return s >= minimumEdge ? (a, b, s) : nil
            }
        }.flatMap { $0 }
        return AverageLinkClustering.cluster(count: n, edges: edges, threshold: threshold)
    }

    /// How alike two articles are: 0…1.
    static func similarity(_ a: (full: TermVector, lead: TermVector), _ b: (full: TermVector, lead: TermVector), dayGap: Int) -> Double {
        let s = (1 - leadShare) * a.full.cosine(b.full) + leadShare * a.lead.cosine(b.lead)
        return s * max(0, 1 - fadePerDay * Double(max(0, dayGap - 1)))
    }

    /// Pairs `a << 32 | b` (a < b) of articles at most ``window`` days apart that share one of
    /// each other's heaviest terms, sorted, without repeats.
    static func candidatePairs(_ vectors: [TermVector], days: [Int], counts: (UInt64) -> Bool) -> [UInt64] {
        var postings: [UInt64: [Int32]] = [:]
        for (i, vector) in vectors.enumerated() {
            for term in vector.heaviest(candidateTerms, where: counts) { postings[term, default: []].append(Int32(i)) }
        }
        var pairs: [UInt64] = []
        for (_, list) in postings where list.count > 1 {
            let sorted = list.sorted { (days[Int($0)], $0) < (days[Int($1)], $1) }
            var low = 0
            for high in sorted.indices {
                while days[Int(sorted[high])] - days[Int(sorted[low])] > window { low += 1 }
                // A term this common within one week is no evidence of one story.
                guard high - low <= crowdedTerm else { continue }
                let b = sorted[high]
                for a in sorted[low..<high] {
                    pairs.append(a < b ? UInt64(a) << 32 | UInt64(b) : UInt64(b) << 32 | UInt64(a))
                }
            }
        }
        pairs.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(pairs.count)
        for pair in pairs where unique.last != pair { unique.append(pair) }
        return unique
    }
}
