import Foundation
import GRDB

/// Brings an index up to date with a corpus: files whose size and modification time are
/// unchanged are not opened; files whose time changed are hashed and re-read only when their
/// content changed; files that are gone are removed; files whose articles were made by other
/// rules are extracted again (``IndexVersions``). The cross-article analysis (speakers, claim
/// groups, events, alignment, differences, timeline) is then run again over the stored
/// extractions of unchanged articles and the fresh ones of new articles, so results equal a
/// full in-memory analysis.
///
/// Everything an update writes goes in one transaction: a process killed in the middle leaves
/// the index as the last update left it, and the next run does the work again.
///
/// - Complexity: an unchanged corpus costs one `stat` per file and one read of the `files`
///   table. Otherwise extraction is proportional to the changed files, and the analysis to
///   the corpus (extractions of unchanged articles are read back, not recomputed).
public final class CorpusIndexer {
    public let store: SQLiteBriefingStore
    let aliases: SpeakerAliases
    let concurrently: Bool
    /// Called on the calling thread as the update proceeds (about every 256 files while reading).
    public var progress: ((IndexProgress) -> Void)?
    /// Articles from which a first build defers its indexes to the end (and writes into an empty
    /// index with a rollback journal); the crash tests lower it to reach that path on a small corpus.
    public var bulkThreshold = 1_000
    /// Runs inside the write transaction just before it commits: the crash tests' helper
    /// (`briefing-test-indexer`) waits there to be killed. Nothing in `briefing` sets it.
    public var beforeCommit: ((Database) throws -> Void)?

    /// The rules this indexer applies; an index made by others is brought up to them (tests set
    /// older versions to make such an index).
    var versions = IndexVersions.current

    /// The user's names for outlets. Other names make other articles: the extraction version
    /// carries their fingerprint, so an index made with other names reads its files again.
    public var outletNames = OutletNames() {
        didSet {
            let base = versions.extraction.split(separator: "+").first.map(String.init) ?? versions.extraction
            versions.extraction = outletNames.isEmpty ? base : base + "+outlets-" + outletNames.key
        }
    }

    /// Follow links that lead out of the corpus folders (``CorpusScanner/scan(_:followLinks:)``).
    public var followLinks = false

    /// Files read and extracted in one parallel batch, between progress reports.
    static let batchSize = 256
    /// The writer's page cache during an update, in KiB: 256 MB. At 10k articles 1 GB cost 110 MB
    /// more peak memory for no faster build (16.7 s here against 18.7 s); 64 MB saved another
    /// 200 MB but was 7% slower.
    static let writeCacheKB = 262_144

    /// The writer's page cache for an update writing `articles` articles, in KiB: about a
    /// quarter of the index it writes (24 KB per article of the 37 KB an article takes on disk),
    /// between 32 MB and ``writeCacheKB``, and at most an eighth of the process's address-space
    /// limit when one is set (`ulimit -v`: the cache is the one part of an update's memory that
    /// can shrink at a small cost in time); `BRIEFING_WRITE_CACHE_MB` sets it.
    static func writeCacheKB(articles: Int) -> Int {
        if let megabytes = ProcessInfo.processInfo.environment["BRIEFING_WRITE_CACHE_MB"].flatMap(Int.init), megabytes > 0 {
            return megabytes * 1024
        }
        let wanted = min(writeCacheKB, max(32_768, articles * 24))
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_AS.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else { return wanted }
        return max(8_192, min(wanted, Int(limit.rlim_cur / 8 / 1024)))
    }

    public init(store: SQLiteBriefingStore, aliases: SpeakerAliases = SpeakerAliases(), concurrently: Bool = true) {
        self.store = store
        self.aliases = aliases
        self.concurrently = concurrently
    }

    public static func absolute(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        let full = expanded.hasPrefix("/") ? expanded : FileManager.default.currentDirectoryPath + "/" + expanded
        return (full as NSString).standardizingPath
    }

    /// ``absolute(_:)`` of many paths: each folder is made absolute once and the file name joined
    /// to it. Standardising a path resolves symbolic links, a `readlink` per component, which cost
    /// two seconds for 100,000 files of an unchanged corpus.
    static func absolute(_ paths: [String]) -> [String] {
        var folders: [Substring: String] = [:]
        return paths.map { path in
            guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return absolute(path) }
            let folder = path[..<slash]
            let base: String
            if let known = folders[folder] {
                base = known
            } else {
                base = absolute(String(folder))
                folders[folder] = base
            }
            return (base == "/" ? "" : base) + path[slash...]
        }
    }

    /// A key of the alias table, so a change of the user's aliases re-runs the analysis.
    var aliasesKey: String {
        let text = aliases.canonical.keys.sorted().map { "\($0)=\(aliases.canonical[$0]!)" }.joined(separator: "\n")
        return String(ContentHash.of(text), radix: 16)
    }

    /// Brings the index up to date with the files under `paths`, in four stages: *plan* (what to
    /// read, re-score, remove and analyse, from the scan, the stored fingerprints and the rule
    /// versions), *extract* (each file read once), *analyse* (the cross-article steps over kept
    /// and fresh extractions) and *apply* (one transaction, ``IndexSink``).
    ///
    /// - Parameter firstFiles: a first look at a large corpus: only this many of the files not yet
    ///   indexed are read, taken in turn from each folder (one folder per outlet is the common
    ///   layout, so every outlet shows up). The index is complete for those files; the next
    ///   update adds the rest. Nothing stored is removed in such an update.
    @discardableResult
    public func update(paths: [String], firstFiles: Int? = nil) throws -> IndexReport {
        // BRIEFING_INDEX_TIMING=1: where an update spends its time, on stderr.
        let timer = PhaseTimer(enabledBy: "BRIEFING_INDEX_TIMING")
        let mark = timer.mark
        func elapsed() -> Double { timer.elapsed }
        let sink = IndexSink(store: store)
        var report = IndexReport()
        // One writer at a time, across processes (held until this update returns).
        let lock = store.path.flatMap { path in
            IndexWriteLock.acquire(indexPath: path) {
                self.progress?(IndexProgress(phase: .waiting, filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0, elapsed: elapsed(), note: nil))
            }
        }
        defer { withExtendedLifetime(lock) {} }

        // Plan.
        let scan = CorpusScanner.scan(paths, followLinks: followLinks)
        report.problems = scan.problems
        let absolutes = CorpusIndexer.absolute(scan.files.map(\.path))
        let state = try sink.state()
        let scanned = scan.files.indices.map { i in
            let file = scan.files[i], absolute = absolutes[i]
            // Only files the index knows need their time (the walk read most); new ones are read anyway.
            guard state.files[absolute] != nil else { return IndexPlan.ScannedFile(file: file, absolute: absolute, size: nil, modified: nil) }
            if let walked = scan.stats[i] {
                return IndexPlan.ScannedFile(file: file, absolute: absolute, size: walked.size, modified: walked.modified)
            }
            var info = stat()
            let found = stat(file.path, &info) == 0 ? FileStat(info) : nil
            return IndexPlan.ScannedFile(file: file, absolute: absolute, size: found?.size, modified: found?.modified)
        }
        let corpusPaths = paths.map(CorpusIndexer.absolute)
        var plan = IndexPlan.make(scanned: scanned, stored: state.files, meta: state.meta, versions: versions, aliasesKey: aliasesKey,
                                  paths: corpusPaths, firstFiles: firstFiles)
        if firstFiles == nil, !plan.removed.isEmpty || plan.read.contains(where: { $0.reason != .new }) {
            plan.readFilesOfFreedDuplicates(empty: try sink.filesWithoutArticles(), scanned: scanned)
        }
        report.unchanged = plan.unchanged
        report.deferred = plan.deferred
        report.removed = plan.removed
        report.reextracted = plan.reextracted
        report.rulesNote = plan.rulesNote
        let complete = firstFiles == nil || plan.deferred == 0
        if plan.isEmpty {
            report.articles = try store.overview().articles
            try recordFolderTimes(scan.folders, complete: complete)
            report.seconds = elapsed()
            return report
        }

        // Extract: read what changed, in batches, reporting progress between them.
        let toRead = plan.read.map { entry -> IndexPlan.FileToRead in
            guard entry.reason == .new else { return entry }
            var sized = entry
            var info = stat()
            if stat(entry.file.path, &info) == 0 { sized.size = Int(info.st_size) }
            return sized
        }
        let note = plan.rulesNote
        let bytesTotal = toRead.reduce(0) { $0 + $1.size }
        var fresh: [FileExtraction] = []
        var bytesDone = 0
        func progress(_ phase: IndexProgress.Phase) {
            self.progress?(IndexProgress(phase: phase, filesDone: fresh.count, filesTotal: toRead.count, bytesDone: bytesDone,
                                         bytesTotal: bytesTotal, elapsed: elapsed(), note: note))
        }
        progress(.reading)
        while fresh.count < toRead.count {
            let batch = Array(toRead[fresh.count..<min(toRead.count, fresh.count + CorpusIndexer.batchSize)])
            fresh += ParallelMap.map(batch, concurrently: concurrently) { [outletNames] in FileExtraction.read($0, outletNames: outletNames) }
            bytesDone += batch.reduce(0) { $0 + $1.size }
            progress(.reading)
        }
        for file in fresh {
            report.problems += file.problems
            if file.articles == nil { report.touched += 1 } else if state.files[file.absolute] != nil { report.changed.append(file.absolute) } else if file.isReadable { report.added.append(file.absolute) }
        }
        // Files read again (or unreadable now) lose their stored articles.
        let replaced = Set(fresh.filter { $0.articles != nil || !$0.isReadable }.map(\.absolute))
        let dropped = replaced.union(report.removed)
        if dropped.isEmpty && plan.rescore.isEmpty && plan.analysisReasons.isEmpty {
            // Only times changed (a `touch`, a checkout): there is nothing to analyse.
            try sink.recordTimes(fresh)
            report.articles = try store.overview().articles
            try recordFolderTimes(scan.folders, complete: complete)
            report.seconds = elapsed()
            return report
        }
        mark("scan and read \(toRead.count) files")

        // Analyse: the stored extractions of files not read again, the fresh ones, and stored
        // articles whose claims are scored again.
        progress(.analysing)
        let kept = try sink.keptArticles(skipping: dropped)
        mark("load stored extractions")
        let rescore = Set(plan.rescore).subtracting(dropped)
        var corpus = CorpusAssembly.make(files: scanned.map(\.absolute), kept: kept,
                                         fresh: Dictionary(fresh.map { ($0.absolute, $0) }, uniquingKeysWith: { first, _ in first }),
                                         rescore: rescore, concurrently: concurrently)
        report.rescored = corpus.rescored.count
        if !rescore.isEmpty { mark("claims scored again in \(corpus.rescored.count) articles") }
        // Events whose inputs did not change keep the alignment the index holds for them.
        let keptByID = corpus.keptByID
        let droppedArticles = state.files.isEmpty ? [] : try sink.articleIDs(ofFiles: dropped)
        let reuse = keptByID.isEmpty || plan.realignAll ? nil
            : try sink.storedAlignments(kept: keptByID, removedArticles: droppedArticles + corpus.duplicates + corpus.rescored)
        mark("load stored events")
        let store = self.store
        var reused = Set<String>()
        // The analysis changes every statement and claim: handed over with no other holder, they
        // are changed in place instead of copied (what the rows need of them is in the origins).
        for i in fresh.indices { fresh[i].extractions = [] }
        let extracted = corpus.extracted
        corpus.extracted = []
        let analysis = BriefingAnalysis(articles: corpus.articles, extracted: consume extracted, aliases: aliases, concurrently: concurrently,
                                        storedAlignments: reuse.map { reuse in { events, extractions in
            let ids = reuse.reusable(events, extractions: extractions)
            // Unreadable stored rows only cost time: those events are aligned again.
            let loaded = (try? store.database.read { try StoredAlignments.load($0, events: ids) }) ?? [:]
            reused = Set(loaded.keys)
            return loaded
        } })
        report.events = analysis.events.count
        report.realignedEvents = analysis.events.count - reused.count
        mark("cross-article analysis (\(report.realignedEvents) of \(report.events) events aligned)")
        report.reanalysed = true
        report.articles = corpus.articles.count

        // Apply.
        progress(.writing)
        let freshArticles = corpus.origins.count { $0.isFresh }
        try sink.apply(IndexSink.Update(
            analysis: analysis, corpus: corpus, keptEvents: reused, droppedArticles: droppedArticles,
            keptIDs: Set(kept.values.flatMap { $0.map(\.article.id) }), fresh: fresh,
            rescoredFiles: Array(rescore), removed: report.removed, files: scanned.map(\.absolute), stored: state.files, versions: versions,
            aliasesKey: aliasesKey, paths: corpusPaths, bulk: freshArticles >= bulkThreshold,
            intoEmptyIndex: state.files.isEmpty && kept.isEmpty && corpus.origins.count >= bulkThreshold,
            replacingEverything: !state.files.isEmpty && kept.isEmpty),
            mark: mark, beforeCommit: beforeCommit)
        try recordFolderTimes(scan.folders, complete: complete)
        report.seconds = elapsed()
        return report
    }

    // MARK: Folder times

    /// What must be as it was for folder times alone to vouch for the index: the rules, the
    /// user's names and aliases, whether links out are followed.
    var rulesKey: String {
        [versions.extraction, versions.claims, versions.grouping, versions.alignment, aliasesKey, followLinks ? "links" : ""].joined(separator: " ")
    }

    /// Keeps the folder times this update saw, after it committed (a process killed before
    /// leaves the old ones, which no longer match: the next check is a full one). A first look
    /// that left files for later keeps none.
    func recordFolderTimes(_ folders: [FolderTime], complete: Bool) throws {
        let absolute = folders.map { FolderTime(path: CorpusIndexer.absolute($0.path), modified: $0.modified) }
        let value = complete && !absolute.isEmpty ? String(decoding: try JSONEncoder().encode(absolute), as: UTF8.self) : ""
        let rules = complete ? rulesKey : ""
        guard try store.meta("folders") ?? "" != value || store.meta("rules") ?? "" != rules else { return }
        try store.database.write { db in
            for (key, text) in [("folders", value), ("rules", rules)] {
                try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                               arguments: [key, text])
            }
        }
    }

    /// Whether the index answers for `paths` as they are, judged without a `stat` per file: the
    /// same paths, rules and names as its last complete update, and every folder (and file named
    /// on the command line) with the modification time it had then. Adding, removing or renaming
    /// a file changes its folder's time; a file edited in place does not — `briefing index` and
    /// the browser's background check find those.
    public func isCurrentByFolderTimes(paths: [String]) throws -> Bool {
        guard try store.meta("complete") == "1", try store.meta("rules") == rulesKey,
              try store.meta("paths") == IndexCoding.json(paths.map(CorpusIndexer.absolute)),
              let stored = try store.meta("folders"), !stored.isEmpty,
              let folders = try? JSONDecoder().decode([FolderTime].self, from: Data(stored.utf8)) else { return false }
        return folders.allSatisfy { FolderTime.of($0.path) == $0 }
    }
}
