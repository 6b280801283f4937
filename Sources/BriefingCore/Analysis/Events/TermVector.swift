import Foundation

/// An article's terms weighted by how much they say about it in this corpus (TF-IDF: a word
/// every article uses says nothing, a name three articles share says much), unit length, sorted
/// by term so two vectors are compared in one pass.
struct TermVector: Sendable {
    var terms: [UInt64] = []
    var weights: [Double] = []

    /// `counts` (weighted occurrences) against document frequencies: sublinear counts
    /// (1 + ln n) times the term's `idf` (1 without a table), then normalised; terms of no weight
    /// are dropped.
    init(_ counts: [UInt64: Double], idf: [UInt64: Double]? = nil) {
        var pairs: [(UInt64, Double)] = []
        pairs.reserveCapacity(counts.count)
        var norm = 0.0
        for (term, count) in counts {
            let weight = (count >= 1 ? 1 + log(count) : count) * (idf.map { $0[term] ?? 0 } ?? 1)
            guard weight > 0 else { continue }
            pairs.append((term, weight))
            norm += weight * weight
        }
        pairs.sort { $0.0 < $1.0 }
        let scale = norm > 0 ? 1 / norm.squareRoot() : 0
        terms = pairs.map(\.0)
        weights = pairs.map { $0.1 * scale }
    }

    /// Cosine similarity (both are unit length): 0…1.
    func cosine(_ other: TermVector) -> Double {
        var i = 0, j = 0, sum = 0.0
        let a = terms, b = other.terms
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// The `count` heaviest terms with their weights, heaviest first (ties by term).
    func heaviestWithWeights(_ count: Int, where keep: (UInt64) -> Bool) -> [(term: UInt64, weight: Double)] {
        let order = terms.indices.filter { keep(terms[$0]) }.sorted { (weights[$0], terms[$1]) > (weights[$1], terms[$0]) }
        return order.prefix(count).map { (terms[$0], weights[$0]) }
    }
}
