extension Array {
    /// The same elements in a buffer of their own size: an array grown by appending keeps up to
    /// twice the room it needs, which an index build pays for every article it holds.
    func compacted() -> [Element] {
        capacity - count <= count / 8 ? self : withUnsafeBufferPointer { Array($0) }
    }
}
