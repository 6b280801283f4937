import Foundation
import GRDB

/// Brings an index up to date with a corpus: files whose size and modification time are
/// unchanged are not opened; files whose time changed are hashed and re-read only when their
/// content changed; files that are gone are removed. The cross-article analysis (speakers,
/// claim groups, events, alignment, differences, timeline) is then run again over the stored
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
    /// Articles from which a first build defers its indexes to the end.
    var bulkThreshold = 1_000
    /// Test hook: runs inside the write transaction just before it commits.
    var beforeCommit: ((Database) throws -> Void)?

    /// The version of the alignment code (StatementAligner, DifferenceFinder, WordDiff, the
    /// claim-to-statement rules they read) and of what the timeline shows: stored in `meta`;
    /// events keep their stored alignment only when it was made by this version, and an index of
    /// another version is analysed again once. Raise it whenever that output can change.
    static let alignmentVersion = "2" // 2: timeline entries keep a negating cue (Statement.reportedText)

    /// Files read and extracted in one parallel batch, between progress reports.
    static let batchSize = 256
    /// The writer's page cache during an update, in KiB.
    static let writeCacheKB = 1_048_576

    public init(store: SQLiteBriefingStore, aliases: SpeakerAliases = SpeakerAliases(), concurrently: Bool = true) {
        self.store = store
        self.aliases = aliases
        self.concurrently = concurrently
        // For the crash test: stop inside the write transaction (after creating the marker
        // file) so a test can kill the process there.
        if let marker = ProcessInfo.processInfo.environment["BRIEFING_TEST_PAUSE_BEFORE_COMMIT"], !marker.isEmpty {
            beforeCommit = { _ in
                FileManager.default.createFile(atPath: marker, contents: nil)
                Thread.sleep(forTimeInterval: 60)
            }
        }
        // For the crash test of a first build (see SQLiteBriefingStore.writeIntoEmptyIndex) on a small corpus.
        if let threshold = ProcessInfo.processInfo.environment["BRIEFING_TEST_BULK_THRESHOLD"].flatMap(Int.init) {
            bulkThreshold = threshold
        }
    }

    struct Fingerprint {
        var size: Int
        var modified: Int64
        var hash: String
        /// Where the file came in the last scan (rewritten only when it moved).
        var scanOrder: Int
        /// Ids and folder-named outlets derive from these: when they change, the file is read again.
        var relativePath: String
        var folder: String?
    }

    /// A file read in this update, with its articles extracted.
    struct FreshFile: Sendable {
        var file: CorpusFile
        var absolute: String
        var size: Int
        var modified: Int64
        var hash: String
        /// Nil when the content hash matched the stored one: nothing to re-read.
        var articles: [Article]?
        var extractions: [ArticleExtraction]
        var problems: [CorpusProblem]
    }

    public static func absolute(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        let full = expanded.hasPrefix("/") ? expanded : FileManager.default.currentDirectoryPath + "/" + expanded
        return (full as NSString).standardizingPath
    }

    /// `count` of `files`, taken in turn from each folder, in scan order within a folder.
    static func sample(_ files: [(file: CorpusFile, absolute: String)], count: Int) -> [(file: CorpusFile, absolute: String)] {
        guard files.count > count else { return files }
        var folders: [String: Int] = [:]
        var lists: [[(file: CorpusFile, absolute: String)]] = []
        for entry in files {
            let folder = String(entry.absolute[..<(entry.absolute.lastIndex(of: "/") ?? entry.absolute.startIndex)])
            if let index = folders[folder] { lists[index].append(entry) } else { folders[folder] = lists.count; lists.append([entry]) }
        }
        var chosen: [(file: CorpusFile, absolute: String)] = []
        var depth = 0
        while chosen.count < count {
            for list in lists where depth < list.count && chosen.count < count { chosen.append(list[depth]) }
            depth += 1
        }
        let picked = Set(chosen.map(\.absolute))
        return files.filter { picked.contains($0.absolute) }
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

    /// Brings the index up to date with the files under `paths`.
    ///
    /// - Parameter firstFiles: a first look at a large corpus: only this many of the files not yet
    ///   indexed are read, taken in turn from each folder (one folder per outlet is the common
    ///   layout, so every outlet shows up). The index is complete for those files; the next
    ///   update adds the rest. Nothing stored is removed in such an update.
    @discardableResult
    public func update(paths: [String], firstFiles: Int? = nil) throws -> IndexReport {
        let clock = ContinuousClock.now
        func elapsed() -> Double { let d = ContinuousClock.now - clock; return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
        // BRIEFING_INDEX_TIMING=1: where an update spends its time, on stderr.
        let timing = ProcessInfo.processInfo.environment["BRIEFING_INDEX_TIMING"] == "1"
        var lastMark = 0.0
        func mark(_ label: String) {
            guard timing else { return }
            let now = elapsed()
            FileHandle.standardError.write(Data(String(format: "  %@: %.2f s\n", label, now - lastMark).utf8))
            lastMark = now
        }
        var report = IndexReport()
        let scan = CorpusScanner.scan(paths)
        report.problems = scan.problems
        let absolutes = CorpusIndexer.absolute(scan.files.map(\.path))
        let files = zip(scan.files, absolutes).map { (file: $0, absolute: $1) }
        let (stored, meta) = try store.database.read { db -> ([String: Fingerprint], [String: String]) in
            var stored: [String: Fingerprint] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, size, mtime, hash, relative_path, folder, scan_order FROM files") {
                stored[row[0]] = Fingerprint(size: row[1], modified: row[2], hash: row[3], scanOrder: row[6], relativePath: row[4], folder: row[5])
            }
            var meta: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") { meta[row[0]] = row[1] }
            return (stored, meta)
        }
        var candidates: [(file: CorpusFile, absolute: String)] = []
        let present = Set(files.map(\.absolute))
        let unindexed = firstFiles == nil ? [] : files.filter { stored[$0.absolute] == nil }
        let considered = firstFiles.map { CorpusIndexer.sample(unindexed, count: $0) } ?? files
        for entry in considered {
            var info = stat()
            if let known = stored[entry.absolute], known.relativePath == entry.file.relativePath, known.folder == entry.file.folderName,
               stat(entry.file.path, &info) == 0, Int(info.st_size) == known.size,
               Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec) == known.modified {
                report.unchanged += 1
            } else {
                candidates.append(entry)
            }
        }
        if firstFiles != nil { report.deferred = unindexed.count - considered.count }
        report.removed = firstFiles != nil ? [] : stored.keys.filter { !present.contains($0) }.sorted()
        // The paths in another order give the corpus another order (which outlet's quote is the
        // reference, how differences are numbered): the analysis runs again.
        let alignmentIsCurrent = meta["alignment"] == CorpusIndexer.alignmentVersion
        let needsAnalysis = meta["aliases"] != aliasesKey || meta["complete"] != "1" || !alignmentIsCurrent
            || (firstFiles == nil && meta["paths"] != IndexCoding.json(paths.map(CorpusIndexer.absolute)))
        if candidates.isEmpty && report.removed.isEmpty && !needsAnalysis {
            report.articles = try store.overview().articles
            report.seconds = elapsed()
            return report
        }

        // Read and extract what changed, in batches, reporting progress between them.
        var sizes: [Int] = []
        for entry in candidates {
            var info = stat()
            sizes.append(stat(entry.file.path, &info) == 0 ? Int(info.st_size) : 0)
        }
        let bytesTotal = sizes.reduce(0, +)
        var fresh: [FreshFile] = []
        var bytesDone = 0
        var start = 0
        progress?(IndexProgress(phase: .reading, filesDone: 0, filesTotal: candidates.count, bytesDone: 0, bytesTotal: bytesTotal, elapsed: elapsed()))
        while start < candidates.count {
            let batch = Array(candidates[start..<min(candidates.count, start + CorpusIndexer.batchSize)])
            let storedHashes = batch.map { entry in
                stored[entry.absolute].flatMap { $0.relativePath == entry.file.relativePath && $0.folder == entry.file.folderName ? $0.hash : nil }
            }
            let results = ParallelMap.map(Array(zip(batch.map(\.file), zip(batch.map(\.absolute), storedHashes))), concurrently: concurrently) { item in
                CorpusIndexer.read(item.0, absolute: item.1.0, storedHash: item.1.1)
            }
            fresh += results
            bytesDone += sizes[start..<(start + batch.count)].reduce(0, +)
            start += batch.count
            progress?(IndexProgress(phase: .reading, filesDone: start, filesTotal: candidates.count, bytesDone: bytesDone, bytesTotal: bytesTotal, elapsed: elapsed()))
        }
        for file in fresh {
            report.problems += file.problems
            if file.articles == nil { report.touched += 1 } else if stored[file.absolute] != nil { report.changed.append(file.absolute) } else if file.problems.allSatisfy(\.isWarning) { report.added.append(file.absolute) }
        }
        // Files read again (or unreadable now) lose their stored articles.
        let replaced = Set(fresh.filter { $0.articles != nil || !$0.problems.allSatisfy(\.isWarning) }.map(\.absolute))
        let dropped = replaced.union(report.removed)
        // Only times changed (a `touch`, a checkout): record them; there is nothing to analyse.
        if dropped.isEmpty && !needsAnalysis {
            try store.database.write { db in
                let update = try db.cachedStatement(sql: "UPDATE files SET size = ?, mtime = ? WHERE path = ?")
                for file in fresh { try update.execute(arguments: [file.size, file.modified, file.absolute]) }
            }
            report.articles = try store.overview().articles
            report.seconds = elapsed()
            return report
        }

        progress?(IndexProgress(phase: .analysing, filesDone: candidates.count, filesTotal: candidates.count, bytesDone: bytesDone, bytesTotal: bytesTotal, elapsed: elapsed()))
        mark("scan and read \(candidates.count) files")
        let kept = try store.database.read { try StoredArticle.load($0, skipping: dropped) }
        mark("load stored extractions")
        // The corpus in scan order, each file's articles in position order; bodies already read
        // from an earlier file are left out, as CorpusReader does.
        let freshByPath = Dictionary(fresh.map { ($0.absolute, $0) }, uniquingKeysWith: { first, _ in first })
        enum Origin { case kept(StoredArticle), fresh(file: String, position: Int, hash: UInt64, extraction: ArticleExtraction) }
        var articles: [Article] = []
        var extracted: [ArticleExtraction] = []
        var origins: [Origin] = []
        var seenBodies: [UInt64: [Int]] = [:]
        var duplicates: [String] = []
        for entry in files {
            if let list = kept[entry.absolute] {
                for item in list {
                    if let earlier = seenBodies[item.bodyHash], earlier.contains(where: { articles[$0].text == item.article.text }) {
                        duplicates.append(item.article.id)
                        continue
                    }
                    seenBodies[item.bodyHash, default: []].append(articles.count)
                    articles.append(item.article)
                    extracted.append(item.extracted)
                    origins.append(.kept(item))
                }
            } else if let file = freshByPath[entry.absolute], let read = file.articles {
                for (position, (article, extraction)) in zip(read, file.extractions).enumerated() {
                    let hash = ContentHash.of(article.text)
                    if let earlier = seenBodies[hash], earlier.contains(where: { articles[$0].text == article.text }) { continue }
                    seenBodies[hash, default: []].append(articles.count)
                    articles.append(article)
                    extracted.append(extraction)
                    origins.append(.fresh(file: entry.absolute, position: position, hash: hash, extraction: extraction))
                }
            }
        }
        // Events whose inputs did not change keep the alignment the index holds for them.
        var keptByID: [String: StoredArticle] = [:]
        for origin in origins { if case .kept(let item) = origin { keptByID[item.article.id] = item } }
        // Stored articles of dropped files: deleted by the write, and their claims leave their groups.
        let droppedArticles = stored.isEmpty || dropped.isEmpty ? [] : try store.database.read { db in
            try String.fetchAll(db, sql: "SELECT id FROM articles WHERE file IN (SELECT value FROM json_each(?))", arguments: [IndexCoding.json(Array(dropped))])
        }
        let reuse: StoredAlignments? = keptByID.isEmpty || !alignmentIsCurrent ? nil : try store.database.read { db in
            try StoredAlignments(db, kept: keptByID, removedArticles: droppedArticles + duplicates)
        }
        mark("load stored events")
        let store = self.store
        var reused = Set<String>()
        let analysis = BriefingAnalysis(articles: articles, extracted: extracted, aliases: aliases, concurrently: concurrently,
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
        report.articles = articles.count

        progress?(IndexProgress(phase: .writing, filesDone: candidates.count, filesTotal: candidates.count, bytesDone: bytesDone, bytesTotal: bytesTotal, elapsed: elapsed()))
        let keptIDs = Set(kept.values.flatMap { $0.map(\.article.id) })
        let aliasesKey = self.aliasesKey
        let beforeCommit = self.beforeCommit
        let bulkThreshold = self.bulkThreshold
        // Many new articles: the full-text index is merged into one segment after the update.
        let bulk = origins.reduce(0) { if case .fresh = $1 { return $0 + 1 } else { return $0 } } >= bulkThreshold
        // A first build into an empty index: see SQLiteBriefingStore.writeIntoEmptyIndex.
        let intoEmptyIndex = stored.isEmpty && kept.isEmpty && origins.count >= bulkThreshold
        do {
            try (intoEmptyIndex ? store.writeIntoEmptyIndex : store.database.write) { db in
                // A large page cache while writing: indexes of hundreds of thousands of rows otherwise spill.
                try db.execute(sql: "PRAGMA cache_size = -\(CorpusIndexer.writeCacheKB)")
                defer { try? db.execute(sql: "PRAGMA cache_size = -8000") }
                let writer = IndexWriter(db: db)
                // Meanwhile, FTS5 merges its segments only when 64 pile up, not every 4 (10k build:
                // writing 13.9 → 13.0 s).
                if bulk { try CorpusIndexer.setSearchMerging(db, automerge: 0, crisismerge: 64) }
                // A first build writes millions of rows: inserting them into the indexes in random key
                // order misses the cache on every row once the index outgrows it; building each index
                // afterwards, from sorted keys, does not. The day indexes stay: rows arrive in date
                // order, so their keys are appended.
                var deferredIndexes: [String] = []
                // Only into an empty index: deleting stored articles needs the indexes.
                if intoEmptyIndex {
                    for row in try Row.fetchAll(db, sql: """
                        SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
                        AND tbl_name IN ('articles', 'statements', 'claims', 'assessments', 'dates') AND name NOT LIKE '%\\_day' ESCAPE '\\'
                        """) {
                        deferredIndexes.append(row[1])
                        try db.execute(sql: "DROP INDEX \(row[0] as String)")
                    }
                }
                // Articles of dropped files, and stored articles a new file now duplicates.
                for id in droppedArticles where !keptIDs.contains(id) { try writer.deleteArticle(id: id) }
                for id in duplicates { try writer.deleteArticle(id: id) }
                mark("write: deletions")
                let unreadable = fresh.filter { !$0.problems.allSatisfy(\.isWarning) }.map(\.absolute)
                for path in report.removed + unreadable { try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [path]) }
                try writer.clearAnalysis(keptEvents: reused)
                // New articles go in by publication day, so rowid order is roughly date order: search
                // ranks the most recent matches of a very common word (see SQLiteBriefingStore.rankingWindow).
                let writeOrder = origins.indices.sorted { (articles[$0].date?.ordinal ?? Int.min, $0) < (articles[$1].date?.ordinal ?? Int.min, $1) }
                var newArticles: [IndexRowEncoder.NewArticle] = []
                var keptArticles: [(index: Int, item: StoredArticle)] = []
                for i in writeOrder {
                    switch origins[i] {
                    case .kept(let item): keptArticles.append((i, item))
                    case .fresh(let file, let position, let hash, let extraction):
                        newArticles.append(IndexRowEncoder.NewArticle(index: i, file: file, position: position, bodyHash: hash, extracted: extraction))
                    }
                }
                func lastRowid(_ table: String) throws -> Int64 { try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM \(table)") ?? 0 }
                let encoder = IndexRowEncoder(analysis: analysis, newArticles: newArticles,
                                              lastRowids: (try lastRowid("articles"), try lastRowid("statements"), try lastRowid("claims")),
                                              keptEvents: reused)
                // The encoder builds rows (and the timeline) on the other core while this writer inserts them.
                try RowPipeline.run(db, encode: encoder.encode) { stage in
                    switch stage {
                    case .articles: mark("write: articles")
                    case .articleText: mark("write: articles' full text")
                    case .timeline(let lookup):
                        for (i, item) in keptArticles {
                            try writer.refresh(kept: item, analysed: analysis.extractions[i], analysisIndex: i, lookup: lookup)
                        }
                        mark("write: judgements, dates, events, groups, differences, kept articles (timeline built meanwhile)")
                    case .extractions:
                        mark("write: statements, claims and their full text")
                        // SQLite's sorter may use a second thread while it builds each index.
                        if !deferredIndexes.isEmpty { try db.execute(sql: "PRAGMA threads = 2") }
                        for sql in deferredIndexes { try db.execute(sql: sql) }
                        mark("write: indexes")
                    case .analysis: mark("write: timeline")
                    }
                }
                let upsert = try db.cachedStatement(sql: """
                    INSERT INTO files(path, display_path, relative_path, folder, size, mtime, hash, scan_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(path) DO UPDATE SET display_path = excluded.display_path, relative_path = excluded.relative_path,
                        folder = excluded.folder, size = excluded.size, mtime = excluded.mtime,
                        hash = excluded.hash, scan_order = excluded.scan_order
                    """)
                let order = Dictionary(files.enumerated().map { ($0.element.absolute, $0.offset) }, uniquingKeysWith: { first, _ in first })
                // Unreadable files get no fingerprint: they are tried again next time.
                let readable = fresh.filter { $0.problems.allSatisfy(\.isWarning) }
                for file in readable {
                    let values: [(any DatabaseValueConvertible)?] = [
                        file.absolute, file.file.path, file.file.relativePath, file.file.folderName, file.size, file.modified, file.hash,
                        order[file.absolute] ?? 0,
                    ]
                    try upsert.execute(arguments: StatementArguments(values))
                }
                // Files read in this update got their place above; the others only when they moved.
                let setOrder = try db.cachedStatement(sql: "UPDATE files SET scan_order = ? WHERE path = ?")
                let written = Set(readable.map(\.absolute))
                for (path, position) in order where !written.contains(path) && stored[path].map({ $0.scanOrder != position }) ?? false {
                    try setOrder.execute(arguments: [position, path])
                }
                let overview = try SQLiteBriefingStore.countOverview(db).metaValue
                for (key, value) in [("aliases", aliasesKey), ("alignment", CorpusIndexer.alignmentVersion), ("complete", "1"), ("overview", overview), ("paths", IndexCoding.json(paths.map(CorpusIndexer.absolute))), ("updated", ISO8601DateFormatter().string(from: Date()))] {
                    try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
                }
                mark("write: files and meta")
                // Merge the full-text index into one segment: a word's matches are then one list
                // that queries seek in, not one per segment. After a first build (100k search
                // median 7 → 4.6 ms), and after every update too: each leaves three or four small
                // segments, which FTS5 merges only when many pile up, and two updates took the 100k
                // median from 4.5 to 6.8 ms. Merging costs a rewrite of the full-text index (8 s at
                // 100k). In the same transaction, so a first build's segments are never copied from
                // the WAL into the file.
                try db.execute(sql: "INSERT INTO search(search) VALUES('optimize')")
                if bulk { try CorpusIndexer.setSearchMerging(db, automerge: 4, crisismerge: 16) } // FTS5's defaults
                mark("merge the full-text index")
                try beforeCommit?(db)
            }
            mark("commit")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw IndexError.busy(store.path ?? "index")
        }
        store.reload()
        report.seconds = elapsed()
        return report
    }

    /// FTS5's merge settings for the search table; stored in the index, so set and restored
    /// inside one write transaction.
    static func setSearchMerging(_ db: Database, automerge: Int, crisismerge: Int) throws {
        try db.execute(sql: "INSERT INTO search(search, rank) VALUES('automerge', ?)", arguments: [automerge])
        try db.execute(sql: "INSERT INTO search(search, rank) VALUES('crisismerge', ?)", arguments: [crisismerge])
    }

    /// Reads one file: hashes its content; when the hash differs from `storedHash`, reads its
    /// articles and extracts them.
    static func read(_ file: CorpusFile, absolute: String, storedHash: String?) -> FreshFile {
        var result = FreshFile(file: file, absolute: absolute, size: 0, modified: 0, hash: "", articles: nil, extractions: [], problems: [])
        do throws(ReadFailure) {
            let loaded = try FileLoader.load(file.path)
            result.size = loaded.size
            result.modified = loaded.modified
            result.hash = String(ContentHash.of(loaded.data), radix: 16)
        } catch {
            result.problems = [CorpusProblem(path: file.path, message: error.message)]
            return result
        }
        if result.hash == storedHash { return result }
        let read = CorpusReader().readFile(file)
        result.problems = read.problems
        result.articles = read.articles
        result.extractions = read.articles.map { StatementExtractor().extract($0) }
        return result
    }
}
