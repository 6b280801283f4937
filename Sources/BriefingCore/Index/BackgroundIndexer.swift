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
        /// While watching: what the folder watcher is (`inotify`, `polling every 2 s`), nil when not.
        public var watching: String?
        /// True while an update started by the watcher runs (``progress`` says how far it is).
        public var updating = false
        /// Updates started by the watcher that changed the index, and what the last one brought.
        public var arrivals = 0
        public var lastArrival: String?

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

    /// Keep watching the corpus after catching up (``FolderWatcher``), updating the index when
    /// files come, change or go, until ``stop()``.
    public var watch = false
    private var stopped = false

    /// Ends the watching within a second (the update in progress, if any, completes first).
    public func stop() { lock.withLock { stopped = true } }
    private var isStopped: Bool { lock.withLock { stopped } }

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
        do {
            let store = try SQLiteBriefingStore(path: path)
            let indexer = CorpusIndexer(store: store, aliases: aliases)
            indexer.outletNames = outletNames
            indexer.followLinks = followLinks
            indexer.progress = { [self] progress in update { $0.progress = progress } }
            // Watching starts before catching up: a file written meanwhile is not missed.
            let watcher = watch ? FolderWatcher(paths: paths, ignoring: [path]) : nil
            let articles = try catchUp(indexer, store: store)
            update { $0.finished = true; $0.progress = nil; $0.watching = watcher?.method }
            if let watcher { try follow(watcher, with: indexer, articles: articles) }
        } catch let error as IndexError {
            update { $0.error = error.message }
        } catch {
            update { $0.error = "\(path): \(error)" }
        }
        update { $0.finished = true; $0.progress = nil; $0.watching = nil; $0.updating = false }
    }

    /// Brings the index up to date with the corpus (a glimpse and a first look first when it
    /// is empty); returns the articles it then holds.
    private func catchUp(_ indexer: CorpusIndexer, store: SQLiteBriefingStore) throws -> Int {
        if try store.overview().articles == 0 {
            // A glimpse first (a few files from each folder, committed within a second even in
            // a debug build), then the first look, then the rest.
            update { $0.isFirstLook = true }
            defer { update { $0.isFirstLook = false } }
            for (stage, files) in [min(firstLook, BackgroundIndexer.glimpseFiles), firstLook].enumerated() {
                if stage == 1 && files <= BackgroundIndexer.glimpseFiles { break }
                let first = try indexer.update(paths: paths, firstFiles: stage == 0 ? files : files - BackgroundIndexer.glimpseFiles)
                record(first)
                if first.deferred == 0 { return first.articles }
            }
        }
        let report = try indexer.update(paths: paths)
        record(report, dropRepeatedProblems: true)
        return report.articles
    }

    /// Notes what an update did: its problems, the articles the index now holds, and a commit
    /// when it changed the index. `arrival`: what the status line says it brought (watched updates).
    private func record(_ report: IndexReport, dropRepeatedProblems: Bool = false, arrival: String? = nil) {
        update { status in
            status.problems += dropRepeatedProblems ? report.problems.filter { !status.problems.contains($0) } : report.problems
            status.articles = report.articles
            guard !report.wasCurrent else { return }
            status.commits += 1
            status.articlesByCommit.append(report.articles)
            if let arrival {
                status.arrivals += 1
                status.lastArrival = arrival
            }
        }
    }

    /// Updates the index whenever `watcher` sees a change, until ``stop()``.
    private func follow(_ watcher: FolderWatcher, with indexer: CorpusIndexer, articles: Int) throws {
        var articles = articles
        while !isStopped {
            guard watcher.waitForChange(timeout: 1) else { continue }
            update { $0.updating = true }
            defer { update { $0.updating = false; $0.progress = nil } }
            let arrived = try indexer.update(paths: paths)
            record(arrived, dropRepeatedProblems: true, arrival: BackgroundIndexer.arrival(arrived, articlesBefore: articles))
            articles = arrived.articles
        }
    }

    /// What an update brought, for a status line: "+12 articles from 3 outlets · 1 changed · 2 removed".
    /// Outlets are counted by the folders of the new and changed files (a folder per outlet is
    /// how `briefing fetch` and most corpora are laid out).
    public static func arrival(_ report: IndexReport, articlesBefore: Int) -> String {
        var parts: [String] = []
        let new = max(0, report.articles - articlesBefore)
        let folders = Set((report.added + report.changed).map { ($0 as NSString).deletingLastPathComponent })
        if new > 0 {
            let from = folders.count == 1 ? (folders.first! as NSString).lastPathComponent : "\(folders.count) outlets"
            parts.append("+\(new) article\(new == 1 ? "" : "s") from \(from)")
        }
        if !report.changed.isEmpty { parts.append("\(report.changed.count) changed") }
        if !report.removed.isEmpty { parts.append("\(report.removed.count) removed") }
        if parts.isEmpty { parts.append(report.added.isEmpty ? "index brought up to date" : "\(report.added.count) new file\(report.added.count == 1 ? "" : "s"), no new article") }
        return parts.joined(separator: " · ")
    }
}
