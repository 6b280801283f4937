import Foundation
import GRDB

/// The SQL of an update, read and write: what the plan needs to know of the index (fingerprints,
/// rule versions, `meta`), the stored extractions the analysis re-runs over, and the apply stage —
/// one transaction that writes what the analysis found. The other stages never see a database.
struct IndexSink {
    let store: SQLiteBriefingStore

    /// What the index holds of a corpus before an update.
    struct State {
        var files: [String: IndexPlan.StoredFile]
        var meta: [String: String]
    }

    func state() throws -> State {
        try store.database.read { db in
            // Sized once and read by column index: growing the table and looking columns up by name
            // were a fifth of an unchanged 100k update.
            var files: [String: IndexPlan.StoredFile] = [:]
            files.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM files") ?? 0)
            let rows = try Row.fetchCursor(db, sql: """
                SELECT path, size, mtime, hash, relative_path, folder, scan_order, extraction_version, claims_version FROM files
                """)
            while let row = try rows.next() {
                files[row[0]] = IndexPlan.StoredFile(
                    size: row[1], modified: row[2], hash: row[3], scanOrder: row[6],
                    relativePath: row[4], folder: row[5], extraction: row[7], claims: row[8])
            }
            var meta: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") { meta[row["key"]] = row["value"] }
            return State(files: files, meta: meta)
        }
    }

    /// Stored files that hold no article (their bodies were copies of other files', or they had
    /// none).
    func filesWithoutArticles() throws -> Set<String> {
        try store.database.read { db in
            Set(try String.fetchAll(db, sql: "SELECT path FROM files WHERE NOT EXISTS (SELECT 1 FROM articles WHERE articles.file = files.path)"))
        }
    }

    /// Every stored article whose file is not in `skipping`, by file, with its extraction as
    /// extraction returned it.
    func keptArticles(skipping: Set<String>) throws -> [String: [StoredArticle]] {
        try store.database.read { try StoredArticle.load($0, skipping: skipping) }
    }

    /// Ids of the stored articles of `files`.
    func articleIDs(ofFiles files: Set<String>) throws -> [String] {
        guard !files.isEmpty else { return [] }
        return try store.database.read { db in
            try String.fetchAll(db, sql: "SELECT id FROM articles WHERE file IN (SELECT value FROM json_each(?))",
                                arguments: [IndexCoding.json(Array(files))])
        }
    }

    /// The decision which events keep their stored alignment.
    func storedAlignments(kept: [String: StoredArticle], removedArticles: [String]) throws -> StoredAlignments {
        try store.database.read { try StoredAlignments($0, kept: kept, removedArticles: removedArticles) }
    }

    /// Only times changed (a `touch`, a checkout): records them.
    func recordTimes(_ files: [FileExtraction]) throws {
        try store.database.write { db in
            let update = try db.cachedStatement(sql: "UPDATE files SET size = ?, mtime = ? WHERE path = ?")
            for file in files { try update.execute(arguments: [file.size, file.modified, file.absolute]) }
        }
    }

    /// What the apply stage writes.
    struct Update {
        var analysis: BriefingAnalysis
        var corpus: CorpusAssembly
        /// Events whose stored groups and differences stay.
        var keptEvents: Set<String>
        /// Stored articles of files read again or gone.
        var droppedArticles: [String]
        /// Ids of stored articles whose rows stay (a dropped article with one of these ids is not deleted).
        var keptIDs: Set<String>
        /// Files read in this update.
        var fresh: [FileExtraction]
        /// Files whose stored articles were extracted again from their stored text.
        var rescoredFiles: [String]
        var removed: [String]
        /// Every file of the corpus (absolute), in scan order, and where each stood in the last scan.
        var files: [String]
        var stored: [String: IndexPlan.StoredFile]
        var versions: IndexVersions
        var aliasesKey: String
        /// The absolute corpus paths, in the user's order.
        var paths: [String]
        /// Many new articles: merging of the full-text index is deferred to the end.
        var bulk: Bool
        /// A first build into an empty index: see ``SQLiteBriefingStore/writeIntoEmptyIndex(_:)``.
        var intoEmptyIndex: Bool
        /// Every stored article goes (new rules read every file again): the tables are emptied
        /// at once rather than article by article (161 s for 100,000 articles, each search row
        /// deleted by giving back its text), and filled like a first build.
        var replacingEverything = false
    }

    /// Writes `update` in one transaction. `mark` notes where the time goes; `beforeCommit` is the
    /// crash test's hook.
    func apply(_ update: Update, mark: (String) -> Void, beforeCommit: ((Database) throws -> Void)?) throws {
        let analysis = update.analysis
        let origins = update.corpus.origins
        do {
            try (update.intoEmptyIndex ? store.writeIntoEmptyIndex : store.database.write) { db in
                // A large page cache while writing: indexes of hundreds of thousands of rows otherwise spill.
                try db.execute(sql: "PRAGMA cache_size = -\(CorpusIndexer.writeCacheKB(articles: update.corpus.articles.count))")
                defer { try? db.execute(sql: "PRAGMA cache_size = -8000") }
                let writer = IndexWriter(db: db)
                // Meanwhile, FTS5 merges its segments only when 64 pile up, not every 4 (10k build:
                // writing 13.9 → 13.0 s).
                if update.bulk { try Self.setSearchMerging(db, automerge: 0, crisismerge: 64) }
                // A first build writes millions of rows: inserting them into the indexes in random key
                // order misses the cache on every row once the index outgrows it; building each index
                // afterwards, from sorted keys, does not. The day indexes stay: rows arrive in date
                // order, so their keys are appended. Only into an empty index: deleting stored articles
                // needs the indexes.
                var deferredIndexes: [String] = []
                if update.replacingEverything {
                    for table in ["assessments", "dates", "claims", "statements", "articles"] { try db.execute(sql: "DELETE FROM \(table)") }
                    try db.execute(sql: "INSERT INTO search(search) VALUES('delete-all')")
                    mark("write: every stored article removed")
                }
                if update.intoEmptyIndex || (update.replacingEverything && update.bulk) {
                    for row in try Row.fetchAll(db, sql: """
                        SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
                        AND tbl_name IN ('articles', 'statements', 'claims', 'assessments', 'dates') AND name NOT LIKE '%\\_day' ESCAPE '\\'
                        """) {
                        deferredIndexes.append(row["sql"])
                        try db.execute(sql: "DROP INDEX \(row["name"] as String)")
                    }
                }
                // The timeline is written whole at every update: its indexes are dropped before it
                // is cleared and built again from sorted keys after it is written (an event index
                // took 1.1 million inserts in random key order at 100k).
                var timelineIndexes: [String] = []
                for row in try Row.fetchAll(db, sql: """
                    SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = 'timeline'
                    """) {
                    timelineIndexes.append(row["sql"])
                    try db.execute(sql: "DROP INDEX \(row["name"] as String)")
                }
                // Articles of dropped files, stored articles a new file now duplicates, and those
                // whose claims are written anew.
                if !update.replacingEverything {
                    for id in update.droppedArticles where !update.keptIDs.contains(id) { try writer.deleteArticle(id: id) }
                    for id in update.corpus.duplicates + update.corpus.rescored { try writer.deleteArticle(id: id) }
                }
                mark("write: deletions")
                let unreadable = update.fresh.filter { !$0.isReadable }.map(\.absolute)
                for path in update.removed + unreadable { try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [path]) }
                try writer.clearAnalysis(keptEvents: update.keptEvents)
                // New articles go in by publication day, so rowid order is roughly date order: search
                // ranks the most recent matches of a very common word (see SQLiteBriefingStore.rankingWindow).
                let articles = update.corpus.articles
                let writeOrder = origins.indices.sorted { (articles[$0].date?.ordinal ?? Int.min, $0) < (articles[$1].date?.ordinal ?? Int.min, $1) }
                var newArticles: [IndexRowEncoder.NewArticle] = []
                var keptArticles: [(index: Int, item: StoredArticle)] = []
                for i in writeOrder {
                    switch origins[i] {
                    case .kept(let item): keptArticles.append((i, item))
                    case .fresh(let file, let position, let hash, let extracted):
                        newArticles.append(IndexRowEncoder.NewArticle(index: i, file: file, position: position, bodyHash: hash, extracted: extracted))
                    }
                }
                func lastRowid(_ table: String) throws -> Int64 { try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM \(table)") ?? 0 }
                let encoder = IndexRowEncoder(analysis: analysis, newArticles: newArticles,
                                              lastRowids: (try lastRowid("articles"), try lastRowid("statements"), try lastRowid("claims")),
                                              keptEvents: update.keptEvents)
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
                    case .analysis:
                        for sql in timelineIndexes { try db.execute(sql: sql) }
                        mark("write: timeline and its indexes")
                    }
                }
                try writeFiles(db, update)
                let overview = try SQLiteBriefingStore.countOverview(db).metaValue
                let meta = [
                    ("aliases", update.aliasesKey), (IndexVersions.MetaKey.alignment, update.versions.alignment), ("complete", "1"),
                    (IndexVersions.MetaKey.grouping, update.versions.grouping), ("overview", overview), ("paths", IndexCoding.json(update.paths)),
                    ("updated", ISO8601DateFormatter().string(from: Date())),
                ]
                for (key, value) in meta {
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
                if update.bulk { try Self.setSearchMerging(db, automerge: 4, crisismerge: 16) } // FTS5's defaults
                mark("merge the full-text index")
                try beforeCommit?(db)
            }
            mark("commit")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw IndexError.busy(store.path ?? "index")
        }
        store.reload()
    }

    /// Fingerprints and rule versions of the files read, versions of the files re-scored, and
    /// every file's place in the scan when it moved.
    private func writeFiles(_ db: Database, _ update: Update) throws {
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO files(path, display_path, relative_path, folder, size, mtime, hash, scan_order, extraction_version, claims_version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(path) DO UPDATE SET display_path = excluded.display_path, relative_path = excluded.relative_path,
                folder = excluded.folder, size = excluded.size, mtime = excluded.mtime, hash = excluded.hash,
                scan_order = excluded.scan_order, extraction_version = excluded.extraction_version,
                claims_version = excluded.claims_version
            """)
        let order = Dictionary(update.files.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        // Unreadable files get no fingerprint: they are tried again next time.
        let readable = update.fresh.filter(\.isReadable)
        for file in readable {
            let values: [(any DatabaseValueConvertible)?] = [
                file.absolute, file.file.path, file.file.relativePath, file.file.folderName, file.size, file.modified, file.hash,
                order[file.absolute] ?? 0, update.versions.extraction, update.versions.claims,
            ]
            try upsert.execute(arguments: StatementArguments(values))
        }
        let rescored = try db.cachedStatement(sql: "UPDATE files SET claims_version = ? WHERE path = ?")
        for path in update.rescoredFiles { try rescored.execute(arguments: [update.versions.claims, path]) }
        // Files read in this update got their place above; the others only when they moved.
        let setOrder = try db.cachedStatement(sql: "UPDATE files SET scan_order = ? WHERE path = ?")
        let written = Set(readable.map(\.absolute))
        for (path, position) in order where !written.contains(path) && update.stored[path].map({ $0.scanOrder != position }) ?? false {
            try setOrder.execute(arguments: [position, path])
        }
    }

    /// FTS5's merge settings for the search table; stored in the index, so set and restored
    /// inside one write transaction.
    static func setSearchMerging(_ db: Database, automerge: Int, crisismerge: Int) throws {
        try db.execute(sql: "INSERT INTO search(search, rank) VALUES('automerge', ?)", arguments: [automerge])
        try db.execute(sql: "INSERT INTO search(search, rank) VALUES('crisismerge', ?)", arguments: [crisismerge])
    }
}
