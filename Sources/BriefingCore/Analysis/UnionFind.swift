/// Disjoint sets over `0..<count` with path halving: the grouping step of statement alignment,
/// claim grouping and event clustering.
struct UnionFind {
    private(set) var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    /// The representative of `x`'s set.
    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// Joins the sets of `a` and `b`; the representative of `b`'s set becomes the joined set's.
    /// Returns that representative.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int) -> Int {
        let ra = find(a), rb = find(b)
        parent[ra] = rb
        return rb
    }

    /// The members of each set, in ascending order, keyed by representative.
    mutating func groups() -> [Int: [Int]] {
        var members: [Int: [Int]] = [:]
        for i in parent.indices { members[find(i), default: []].append(i) }
        return members
    }
}
