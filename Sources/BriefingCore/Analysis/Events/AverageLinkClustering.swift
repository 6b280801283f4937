/// Agglomerative clustering with average link over a sparse similarity graph: two clusters merge
/// while the mean similarity over all pairs across them (a pair without an edge counts 0) is the
/// highest of any two clusters and at least the threshold. Unlike joining on any single edge, a
/// cluster grows only with what is similar to it as a whole.
///
/// Deterministic: of equal scores, the pair with the lower first, then second, member merges first.
enum AverageLinkClustering {
    /// Clusters of `0..<count` (each ascending, in order of their first member).
    /// - Parameter edges: `(a, b, similarity)` with `a != b`; each pair at most once.
    static func cluster(count: Int, edges: [(Int, Int, Double)], threshold: Double) -> [[Int]] {
        // Sum of similarities between clusters, by representative (the lowest member).
        var links = [[Int: Double]](repeating: [:], count: count)
        for (a, b, s) in edges {
            links[a][b, default: 0] += s
            links[b][a, default: 0] += s
        }
        var members = (0..<count).map { [$0] }
        var alive = [Bool](repeating: true, count: count)
        func score(_ a: Int, _ b: Int) -> Double {
            (links[a][b] ?? 0) / Double(members[a].count * members[b].count)
        }
        var heap = MergeHeap()
        for a in 0..<count {
            for (b, _) in links[a] where a < b {
                let s = score(a, b)
                if s >= threshold { heap.push(.init(score: s, a: a, b: b)) }
            }
        }
        while let best = heap.pop() {
            let (a, b) = (best.a, best.b)
            guard alive[a], alive[b], abs(score(a, b) - best.score) < 1e-12 else { continue } // stale
            // b joins a: a is the lower of the two, so representatives stay the lowest members.
            members[a] += members[b]
            members[b] = []
            alive[b] = false
            let fromB = links[b]
            links[b] = [:]
            for (c, s) in fromB {
                links[c][b] = nil
                guard c != a else { continue }
                links[a][c, default: 0] += s
                links[c][a] = links[a][c]
            }
            for (c, _) in links[a] {
                let s = score(a, c)
                if s >= threshold { heap.push(.init(score: s, a: min(a, c), b: max(a, c))) }
            }
        }
        return (0..<count).filter { alive[$0] }.map { members[$0].sorted() }
    }

    struct Merge {
        var score: Double
        var a: Int
        var b: Int
        /// Pops first: the higher score, then the lower `a`, then the lower `b`.
        func precedes(_ other: Merge) -> Bool {
            score != other.score ? score > other.score : a != other.a ? a < other.a : b < other.b
        }
    }

    /// A binary heap of merges, best first.
    struct MergeHeap {
        private var items: [Merge] = []

        mutating func push(_ item: Merge) {
            items.append(item)
            var i = items.count - 1
            while i > 0 {
                let parent = (i - 1) / 2
                guard items[i].precedes(items[parent]) else { break }
                items.swapAt(i, parent)
                i = parent
            }
        }

        mutating func pop() -> Merge? {
            guard let first = items.first else { return nil }
            let last = items.removeLast()
            if !items.isEmpty {
                items[0] = last
                var i = 0
                while true {
                    let l = 2 * i + 1, r = l + 1
                    var best = i
                    if l < items.count && items[l].precedes(items[best]) { best = l }
                    if r < items.count && items[r].precedes(items[best]) { best = r }
                    if best == i { break }
                    items.swapAt(i, best)
                    i = best
                }
            }
            return first
        }
    }
}
