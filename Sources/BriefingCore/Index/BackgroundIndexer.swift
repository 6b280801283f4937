import Foundation

/// Brings an index up to date on a thread of its own while a reader (the browser) already
/// shows what the index holds: the browser's first frame never waits for a corpus to be
/// checked or indexed.
///
/// A corpus with no index yet gets a glimpse and a first look first: ``glimpseFiles`` files, then
/// up to ``firstLookFiles``, taken in turn from each folder, each indexed and committed in a few
/// seconds, then the rest. Each commit is
/// a complete index (readers see the last one), and ``Status/commits`` counts them so the
/// reader knows when to read again. The thread writes through its own connection pool; the
/// reader's store is never touched from it.
public final class BackgroundIndexer: @unchecked Sendable {
    /// What the thread is doing and has done; a snapshot, safe to read from any thread.
    public struct Status: Sendable {
        /// The update in progress (nil before the first report and when finished).
        public var progress: IndexProgress?
        /// True while the first look runs.
        public var isFirstLook = false
        /// Updates committed so far: the reader reads again when this grows.
        public var commits = 0
        public var finished = false
        /// Why indexing stopped early (the index is busy, the disk is full, …), one line.
        public var error: String?
        /// Files that could not be read, over all updates.
        public var problems: [CorpusProblem] = []
        /// Articles in the index after the last update.
        public var articles = 0
        /// Articles in the index after each commit, in order (glimpse, first look, the rest).
        public var articlesByCommit: [Int] = []

        public init() {}
    }

    /// Files in the first look at a corpus without an index.
    public static let firstLookFiles = 1_000
    /// Files committed before the first look: a debug build indexes 32 files of generated news in
    /// about half a second, so the reader sees statements at once (the first look of 1,000 took
    /// 16 s there before anything showed; 3 s in release).
    public static let glimpseFiles = 32

    let path: String
    let paths: [String]
    let aliases: SpeakerAliases
    let firstLook: Int
    private let lock = NSLock()
    private var current = Status()
    private let followLinks: Bool
    private let outletNames: OutletNames

    /// - Parameters:
    ///   - path: the index file (already opened once by the caller, so known to be an index).
    ///   - paths: the corpus.
    public init(path: String, paths: [String], aliases: SpeakerAliases = SpeakerAliases(), outletNames: OutletNames = OutletNames(),
                firstLook: Int = BackgroundIndexer.firstLookFiles, followLinks: Bool = false) {
        self.followLinks = followLinks
        self.outletNames = outletNames
        self.path = path
        self.paths = paths
        self.aliases = aliases
        self.firstLook = firstLook
    }

    public var status: Status { lock.withLock { current } }

    private func update(_ change: (inout Status) -> Void) { lock.withLock { change(&current) } }

    /// Starts the thread; returns at once.
    public func start() {
        let thread = Thread { [self] in run() }
        thread.name = "briefing-indexer"
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Runs the updates on the calling thread (``start()`` calls it on its own).
    public func run() {
        defer { update { $0.finished = true; $0.progress = nil } }
        do {
            let store = try SQLiteBriefingStore(path: path)
            let indexer = CorpusIndexer(store: store, aliases: aliases)
            indexer.outletNames = outletNames
            indexer.followLinks = followLinks
            indexer.progress = { [self] progress in update { $0.progress = progress } }
            if try store.overview().articles == 0 {
                // A glimpse first (a few files from each folder, committed within a second even in
                // a debug build), then the first look, then the rest.
                update { $0.isFirstLook = true }
                for (stage, files) in [min(firstLook, BackgroundIndexer.glimpseFiles), firstLook].enumerated() {
                    if stage == 1 && files <= BackgroundIndexer.glimpseFiles { break }
                    let first = try indexer.update(paths: paths, firstFiles: stage == 0 ? files : files - BackgroundIndexer.glimpseFiles)
                    update {
                        $0.problems += first.problems
                        $0.articles = first.articles
                        if !first.wasCurrent { $0.commits += 1; $0.articlesByCommit.append(first.articles) }
                    }
                    if first.deferred == 0 {
                        update { $0.isFirstLook = false }
                        return
                    }
                }
                update { $0.isFirstLook = false }
            }
            let report = try indexer.update(paths: paths)
            update { status in
                status.problems += report.problems.filter { new in !status.problems.contains(new) }
                status.articles = report.articles
                if !report.wasCurrent { status.commits += 1; status.articlesByCommit.append(report.articles) }
            }
        } catch let error as IndexError {
            update { $0.error = error.message }
        } catch {
            update { $0.error = "\(path): \(error)" }
        }
    }
}
