import Foundation

/// Work run on a thread of its own (8 MiB of stack, as the indexer's threads have), whose
/// result is waited for once: the row encoder beside the index writer, the timeline beside the
/// encoder.
final class ThreadedWork<Result>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    /// Written by the worker before it signals `done`; read after the wait.
    private var produced: Result?
    private var waited = false

    /// Starts `work` at once.
    init(_ work: @escaping @Sendable () -> Result) {
        let thread = Thread { [self] in
            produced = work()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The result, waiting for the work to end the first time it is asked for.
    var result: Result {
        lock.withLock {
            if !waited {
                done.wait()
                waited = true
            }
            return produced!
        }
    }
}
