import Foundation

/// Maps over an array on all cores, keeping the order.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], concurrently: Bool = true, _ transform: @Sendable (T) -> R) -> [R] {
        guard concurrently, items.count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return items.map(transform) }
        let box = ResultBox<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            box.set(i, transform(items[i]))
        }
        return box.values()
    }

    private final class ResultBox<R>: @unchecked Sendable {
        private var storage: [R?]
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        // Each index is written by exactly one iteration; the array is not resized meanwhile.
        func set(_ index: Int, _ value: R) { storage.withUnsafeMutableBufferPointer { $0[index] = value } }
        func values() -> [R] { storage.map { $0! } }
    }
}
