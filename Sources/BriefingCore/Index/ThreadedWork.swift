import Foundation

/// Work run on a thread of its own (8 MiB of stack, as the indexer's threads have), whose
/// result is waited for once: the row encoder beside the index writer, the timeline beside the
/// encoder.
///
/// The thread is made with `pthread_create`, whose failure is seen: Foundation's `Thread`
/// fails silently when no thread can be made (no memory left for its stack), and waiting for its
/// result then hung the process for ever. A work that could not start is run on the waiting
/// thread instead, when it is asked for (``init(orLater:)``), or reported (``start(_:)``).
final class ThreadedWork<Result>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    /// Written by the worker before it signals `done`; read after the wait.
    private var produced: Result?
    private var waited = false
    /// The work, kept when no thread could be made for it.
    private var pending: (@Sendable () -> Result)?

    private init() {}

    /// Starts `work` on a thread, or — when no thread can be made — keeps it to run on the thread
    /// that asks for ``result``. For work nothing else waits on (the timeline beside the encoder).
    ///
    /// - Parameter stackBytes: the thread's stack (8 MiB; the tests ask for more than the address
    ///   space holds, to see a thread that cannot be made).
    convenience init(orLater work: @escaping @Sendable () -> Result, stackBytes: Int = ThreadedWork.stackBytes) {
        self.init()
        if !launch(work, stackBytes: stackBytes) { pending = work }
    }

    /// The stack of a thread, in bytes.
    static var stackBytes: Int { 8 << 20 }

    /// Starts `work` on a thread; nil when no thread can be made (a full address space). For work
    /// another thread waits on while this one consumes (the encoder feeding the writer).
    static func start(_ work: @escaping @Sendable () -> Result, stackBytes: Int = ThreadedWork.stackBytes) -> ThreadedWork? {
        let threaded = ThreadedWork()
        return threaded.launch(work, stackBytes: stackBytes) ? threaded : nil
    }

    private func launch(_ work: @escaping @Sendable () -> Result, stackBytes: Int) -> Bool {
        let body: @Sendable () -> Void = { [self] in
            produced = work()
            done.signal()
        }
        let context = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackBytes)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        var thread = pthread_t()
        let code = pthread_create(&thread, &attributes, ThreadBody.run, context)
        if code != 0 {
            Unmanaged<ThreadBody>.fromOpaque(context).release()
            return false
        }
        return true
    }

    /// The result, waiting for the work to end the first time it is asked for.
    var result: Result {
        lock.withLock {
            if !waited {
                if let work = pending {
                    produced = work()
                    pending = nil
                } else {
                    done.wait()
                }
                waited = true
            }
            return produced!
        }
    }
}

/// What a thread made by ``ThreadedWork`` runs: a closure passed through `pthread_create`'s context.
private final class ThreadBody: @unchecked Sendable {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }

    static let run: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? = { context in
        Unmanaged<ThreadBody>.fromOpaque(context!).takeRetainedValue().body()
        return nil
    }
}
