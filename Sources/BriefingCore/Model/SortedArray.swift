/// Binary search in ascending arrays: timeline positions of a search or a folding, folded event ids.
extension Array where Element: Comparable {
    /// How many elements are below `value`: where it is, or would go, in this ascending array.
    func lowerBound(of value: Element) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Where `value` is in this ascending array; nil when absent.
    public func sortedIndex(of value: Element) -> Int? {
        let index = lowerBound(of: value)
        return index < count && self[index] == value ? index : nil
    }

    /// Whether this ascending array holds `value`.
    public func sortedContains(_ value: Element) -> Bool { sortedIndex(of: value) != nil }
}
