import Foundation
import GRDB

/// A bounded queue from the thread that encodes an update's rows (``IndexRowEncoder``) to the
/// database's writer that inserts them, so the two run on two cores.
///
/// The encoder also passes stages (``IndexStage``): points in the stream where the writer has
/// something else to do, such as building deferred indexes once the rows they cover are in.
final class RowPipeline: @unchecked Sendable {
    enum Item: Sendable {
        case rows(RowBatch)
        case stage(IndexStage)
    }

    /// Batches in flight at most: enough to keep the writer busy (it is the slower end), few
    /// enough to bound memory (a batch is about ``RowBatch/maximumBytes``).
    static let capacity = 8

    private let condition = NSCondition()
    private var items: [Item] = []
    private var head = 0
    private var finished = false
    private var cancelled = false

    /// Hands over an item; waits while the queue is full. False once the writer gave up.
    @discardableResult
    func put(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= RowPipeline.capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// No more items will come.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The writer stops taking items (it failed): the encoder's next `put` returns false.
    func cancel() {
        condition.lock()
        cancelled = true
        items = []
        head = 0
        condition.broadcast()
        condition.unlock()
    }

    /// The next item, waiting for it; nil after the last.
    func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !finished { condition.wait() }
        guard head < items.count else { return nil }
        let item = items[head]
        head += 1
        if head > 64 {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }

    /// Runs `encode` on a thread of its own and inserts what it hands over into `db` until it
    /// finishes, calling `stage` at each of its stages. If inserting or `stage` throws, the
    /// encoder is stopped and waited for before the error is passed on.
    ///
    /// - Parameter encoderStack: the encoder thread's stack in bytes (tests make it too large to be
    ///   made, to see that failure).
    static func run(_ db: Database, encode: @escaping @Sendable (RowPipeline) -> Void, encoderStack: Int = ThreadedWork<Void>.stackBytes,
                    stage: (IndexStage) throws -> Void) throws {
        let pipeline = RowPipeline()
        guard let encoder = ThreadedWork.start({
            encode(pipeline)
            pipeline.finish()
        }, stackBytes: encoderStack) else {
            // No thread could be made (the address space is full): say so; the transaction rolls back.
            throw IndexError("cannot start a thread to write the index (out of memory); nothing was written")
        }
        // The encoder has ended before this returns or throws.
        defer { _ = encoder.result }
        do {
            while let item = pipeline.take() {
                switch item {
                case .rows(let batch): try batch.insert(into: db)
                case .stage(let reached): try stage(reached)
                }
            }
        } catch {
            pipeline.cancel()
            throw error
        }
    }
}

/// Points in an update's row stream (see ``IndexRowEncoder/encode(into:)``).
enum IndexStage: Sendable {
    /// The new articles' rows are in.
    case articles
    /// Their full-text rows are in.
    case articleText
    /// Judgements, dates, events, statement groups and differences are in, and the timeline is
    /// built: kept articles can be brought up to date.
    case timeline(EntryLookup)
    /// Statements and claims of the new articles are in, with their full-text rows: every
    /// table an article's rows go into is complete.
    case extractions
    /// The timeline and the name lists are in.
    case analysis
}
