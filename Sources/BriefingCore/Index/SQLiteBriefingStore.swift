import Foundation
import CSearchRank
import GRDB

/// Speaker and outlet names, each with its folded form (``SearchFilters/foldedName(_:)``).
typealias SearchNames = (speakers: [(name: String, folded: String)], sources: [(name: String, folded: String)])

/// A ``BriefingStore`` over an SQLite index (see ``IndexSchema``): the store the browser and
/// the commands read a persisted corpus from.
///
/// Files are opened in WAL mode through a `DatabasePool`, so readers never wait for a writer
/// and a second process waits (up to ``busyTimeout``) rather than failing. An in-memory store
/// (`init()`) serves tests. Every read answers from the last committed update.
public final class SQLiteBriefingStore: BriefingStore {
    /// How long a connection waits for another process's write lock, in seconds.
    public static let busyTimeout: TimeInterval = 30

    let database: any DatabaseWriter
    /// The index file; nil for an in-memory store.
    public let path: String?
    /// Opened with ``init(readingOnly:)``: answers from the index as it is, never updates it.
    public private(set) var isReadOnly = false
    /// Speaker and outlet names with their entry counts, read once (they change only when the
    /// index is updated through this store, which clears them).
    var cachedSpeakers: [(name: String, count: Int)]?
    var cachedSources: [(name: String, count: Int)]?
    var cachedSearchNames: SearchNames?
    /// The last search filter's passing positions (see ``resolvedPositions(_:)``).
    var cachedPositions: (filter: TimelineFilter, positions: [Int])?
    /// The last folding's hidden or visible positions (``foldedTimeline(_:)``).
    var cachedFolding: (folding: EventFolding, timeline: FoldedTimeline)?

    /// An empty in-memory index, for tests.
    public init() throws {
        database = try DatabaseQueue(configuration: SQLiteBriefingStore.configuration())
        path = nil
        try IndexSchema.migrator.migrate(database)
    }

    /// Opens the index at `path`, creating it (and its folder) when missing, upgrading an older
    /// schema. Throws ``IndexError`` for a file that is not a briefing index, is damaged, or was
    /// made by a newer briefing; such a file is left untouched.
    public init(path: String) throws {
        self.path = path
        let fm = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        if fm.fileExists(atPath: path) {
            // SQLite needs the folder too (WAL and journal files): say so, not "damaged".
            if access(path, W_OK) != 0 { throw IndexError.readOnly(path, folder: path, existing: true) }
            if access(folder.isEmpty ? "." : folder, W_OK) != 0 {
                throw IndexError.readOnly(path, folder: folder.isEmpty ? "." : folder, existing: true)
            }
            try SQLiteBriefingStore.checkOwnership(path)
        } else {
            // A bare file name ("corpus.sqlite") is in the current folder: nothing to create.
            if !folder.isEmpty {
                do {
                    try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    var existing = folder
                    while !existing.isEmpty && existing != "/" && !fm.fileExists(atPath: existing) { existing = (existing as NSString).deletingLastPathComponent }
                    throw IndexError.readOnly(path, folder: existing.isEmpty ? folder : existing)
                }
            }
            if access(folder.isEmpty ? "." : folder, W_OK) != 0 { throw IndexError.readOnly(path, folder: folder.isEmpty ? "." : folder) }
        }
        do {
            database = try DatabasePool(path: path, configuration: SQLiteBriefingStore.configuration())
            if try database.read({ try IndexSchema.migrator.hasBeenSuperseded($0) }) { throw IndexError.newer(path) }
            if try database.read({ try !IndexSchema.migrator.hasCompletedMigrations($0) }) {
                try IndexSchema.migrator.migrate(database)
            }
        } catch let error as IndexError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw IndexError.busy(path)
        } catch let error as DatabaseError {
            throw IndexError("\(path): cannot open the index: \(error.message ?? "SQLite error \(error.resultCode.rawValue)")")
        }
    }

    /// Opens an index this user may not write (a read-only file or folder), as it is: search and
    /// browse work, nothing is written. SQLite opens it `immutable` — no locks, no `-wal`/`-shm`
    /// files, which a read-only folder could not hold — so another process must not write it
    /// meanwhile (a user who may not write it cannot; its owner may, and a reader then sees the
    /// index as it was or an error, never a wrong answer written back).
    public init(readingOnly path: String) throws {
        self.path = path
        isReadOnly = true
        guard SQLiteBriefingStore.hasIndexHeader(path) else { throw IndexError.notADatabase(path) }
        var config = SQLiteBriefingStore.configuration()
        config.readonly = true
        let uri = "file:" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path) + "?immutable=1"
        do {
            database = try DatabaseQueue(path: uri, configuration: config)
            if try database.read({ try IndexSchema.migrator.hasBeenSuperseded($0) }) { throw IndexError.newer(path) }
            if try database.read({ try !IndexSchema.migrator.hasCompletedMigrations($0) }) {
                throw IndexError("\(path): made by an older briefing and read-only for this user, so it cannot be upgraded; "
                                 + "give a writable --index FILE or XDG_CACHE_HOME, or use --no-index")
            }
        } catch let error as IndexError {
            throw error
        } catch let error as DatabaseError {
            throw IndexError("\(path): cannot read the index: \(error.message ?? "SQLite error \(error.resultCode.rawValue)")")
        }
    }

    /// Deletes the index file at `path` and its WAL and journal companions (for `--rebuild`).
    public static func remove(path: String) throws {
        for suffix in ["", "-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -8000") // 8 MB per connection
            // WAL's recommended level: a commit is not flushed to disk at once, only at checkpoints.
            // A killed process loses nothing committed; a power cut may lose the last updates.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            let code = briefing_register_rank(UnsafeMutableRawPointer(db.sqliteConnection))
            if code != 0 { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "FTS5 is not available") }
        }
        return config
    }

    /// Runs `body` in one write transaction that fills an empty index, with a rollback journal
    /// in place of the WAL when this store holds the file's only connection.
    ///
    /// In WAL mode every page of a first build is written twice: into the WAL, then copied into
    /// the file by the checkpoint after the commit (3 GB and 20–26 s for 100,000 articles). Pages
    /// added to an empty file need no journal, so they are written once. The journal is synced
    /// (`synchronous = FULL`): a killed process or a power cut rolls back to the empty index, as
    /// the WAL would. Another process reads the empty index until the build spills pages into the
    /// file or commits, then waits (up to ``busyTimeout``); a browser opening the index then
    /// cannot switch it to WAL mode and reports it busy. When another connection holds the file,
    /// SQLite refuses to leave WAL mode and the write goes through the WAL as usual.
    func writeIntoEmptyIndex(_ body: (Database) throws -> Void) throws {
        guard let pool = database as? DatabasePool else { return try database.write(body) }
        pool.releaseMemory() // closes this store's idle readers: leaving WAL mode needs the only connection
        // Another connection makes the switch fail at once (busy), not wait for it to close.
        let mode = try pool.writeWithoutTransaction { db -> String? in
            try db.execute(sql: "PRAGMA busy_timeout = 0")
            defer { try? db.execute(sql: "PRAGMA busy_timeout = \(Int(SQLiteBriefingStore.busyTimeout * 1000))") }
            return try? String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
        }
        guard mode?.lowercased() == "delete" else { return try database.write(body) }
        defer {
            // Back to WAL, and only then to WAL's sync level: a rollback journal with
            // `synchronous = NORMAL` can be torn by a power cut. If a reader of another process
            // keeps WAL mode from coming back, the file stays in rollback mode, synced in full,
            // until the next open switches it (DatabasePool does).
            try? pool.writeWithoutTransaction { db in
                if try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")?.lowercased() == "wal" {
                    try db.execute(sql: "PRAGMA synchronous = NORMAL")
                }
            }
        }
        try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
        try database.write(body)
    }

    /// Whether the first 100 bytes of `path` are an SQLite header with our application id
    /// (big-endian at offset 68).
    static func hasIndexHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 100), header.count == 100 else { return false }
        let bytes = [UInt8](header)
        let id = bytes[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return bytes.starts(with: Array("SQLite format 3\0".utf8)) && Int32(bitPattern: id) == IndexSchema.applicationID
    }

    /// Reads the file read-only and refuses anything but an empty file or a briefing index:
    /// opening a foreign database read-write would already change it (WAL mode).
    static func checkOwnership(_ path: String, afterRollback: Bool = false) throws {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size == 0 { return }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        do {
            let probe = try DatabaseQueue(path: path, configuration: config)
            let (id, tables) = try probe.read { db -> (Int32, Int) in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                return (id, tables)
            }
            try probe.close()
            if id != IndexSchema.applicationID && tables > 0 { throw IndexError.notAnIndex(path) }
        } catch let error as IndexError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw IndexError.busy(path)
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_READONLY_ROLLBACK && !afterRollback {
            // A first build killed mid-write left its rollback journal (see writeIntoEmptyIndex),
            // which a read-only connection cannot play back. When the file's header says it is a
            // briefing index (a build never changes those bytes), a read-write connection plays it
            // back, as any SQLite client would: the file returns to its last committed state. A
            // foreign file with a journal is left alone.
            guard hasIndexHeader(path) else { throw IndexError.notAnIndex(path) }
            var recoveryConfig = Configuration()
            recoveryConfig.busyMode = .timeout(busyTimeout)
            do {
                let recovery = try DatabaseQueue(path: path, configuration: recoveryConfig)
                _ = try recovery.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
                try recovery.close()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                throw IndexError.busy(path)
            } catch {
                throw IndexError.notADatabase(path)
            }
            try checkOwnership(path, afterRollback: true)
        } catch {
            throw IndexError.notADatabase(path)
        }
    }

    /// Forgets the cached names, counts and filter positions: an update (through this store or
    /// another connection, such as a background update) committed a new state of the index.
    public func reload() {
        cachedSpeakers = nil
        cachedSources = nil
        cachedPositions = nil
        cachedFolding = nil
        cachedSearchNames = nil
    }

    /// A value stored in the `meta` table.
    public func meta(_ key: String) throws -> String? {
        try database.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    // MARK: - BriefingStore

    /// The counts stored with the last update (counting millions of rows at every start-up is
    /// what made the first frame slow), else counted now.
    public func overview() throws -> StoreOverview {
        try database.read { db in
            if let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'overview'"),
               let overview = StoreOverview(metaValue: stored) {
                return overview
            }
            return try SQLiteBriefingStore.countOverview(db)
        }
    }

    static func countOverview(_ db: Database) throws -> StoreOverview {
        func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
        let articleDays = try Row.fetchOne(db, sql: "SELECT min(day), max(day) FROM articles")
        let entryDays = try Row.fetchOne(db, sql: "SELECT min(day), max(day) FROM timeline")
        let lows = [articleDays?[0], entryDays?[0]].compactMap { $0 as Int? }
        let highs = [articleDays?[1], entryDays?[1]].compactMap { $0 as Int? }
        return StoreOverview(
            articles: try count("SELECT count(*) FROM articles"),
            sources: try count("SELECT count(DISTINCT source) FROM articles"),
            statements: try count("SELECT count(*) FROM statements"),
            claims: try count("SELECT count(*) FROM claims"),
            events: try count("SELECT count(*) FROM events"),
            differences: try count("SELECT count(*) FROM differences"),
            firstDay: lows.min().map(Day.init(ordinal:)), lastDay: highs.max().map(Day.init(ordinal:)))
    }

    public func article(id: String) throws -> Article? {
        try database.read { db in try Row.fetchOne(db, sql: "SELECT \(IndexRows.articleColumns) FROM articles WHERE id = ?", arguments: [id]).map(IndexRows.article) }
    }

    public func sources(ofArticles ids: [String]) throws -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        return try database.read { db in
            var sources: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, source FROM articles WHERE id IN (SELECT value FROM json_each(?)) AND source IS NOT NULL",
                                        arguments: [IndexCoding.json(ids)]) {
                sources[row[0]] = row[1]
            }
            return sources
        }
    }

    public func statement(id: String) throws -> Statement? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT \(IndexRows.statementColumns) FROM statements WHERE id = ?", arguments: [id]).map { IndexRows.statement($0) }
        }
    }

    public func event(id: String) throws -> Event? {
        try database.read { db in try Row.fetchOne(db, sql: "SELECT \(IndexRows.eventColumns) FROM events WHERE id = ?", arguments: [id]).map(IndexRows.event) }
    }

    public func claims(statementID: String) throws -> [Claim] {
        try database.read { db in
            try IndexRows.claims(db, where: "statement = ?", arguments: [statementID]).sorted { $0.score > $1.score }
        }
    }

    public func claims(group: String) throws -> [Claim] {
        try database.read { db in try IndexRows.claims(db, where: "group_id = ?", arguments: [group]) }
    }

    public func claims(group: String, inArticles articleIDs: [String]) throws -> [Claim] {
        guard !articleIDs.isEmpty else { return [] }
        return try database.read { db in
            try IndexRows.claims(db, where: "group_id = ? AND article IN (SELECT value FROM json_each(?))",
                                 arguments: [group, IndexCoding.json(articleIDs)], assessmentsOfWholeGroup: false)
        }
    }

    public func differences(ids: [String]) throws -> [Difference] {
        guard !ids.isEmpty else { return [] }
        let found = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT \(IndexRows.differenceColumns) FROM differences WHERE id IN (SELECT value FROM json_each(?))",
                             arguments: [IndexCoding.json(ids)]).map(IndexRows.difference)
        }
        let byID = Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return ids.compactMap { byID[$0] }
    }

    public func speakers() throws -> [(name: String, count: Int)] {
        if let cachedSpeakers { return cachedSpeakers }
        let list = try counted("SELECT speaker, count(*) FROM timeline WHERE speaker IS NOT NULL GROUP BY speaker")
        cachedSpeakers = list
        return list
    }

    public func sources() throws -> [(name: String, count: Int)] {
        if let cachedSources { return cachedSources }
        let list = try counted("SELECT source, count(*) FROM timeline_sources GROUP BY source")
        cachedSources = list
        return list
    }

    private func counted(_ sql: String) throws -> [(name: String, count: Int)] {
        try database.read { db in
            try Row.fetchAll(db, sql: sql).map { (name: $0[0] as String, count: $0[1] as Int) }
        }
        .sorted { ($1.count, $0.name) < ($0.count, $1.name) }
    }
}

extension StoreOverview {
    /// `articles,sources,statements,claims,events,differences,first day,last day` (days as
    /// ordinals, empty when unknown): how the counts are kept in the index's `meta` table.
    var metaValue: String {
        [articles, sources, statements, claims, events, differences].map(String.init).joined(separator: ",")
            + "," + (firstDay.map { String($0.ordinal) } ?? "") + "," + (lastDay.map { String($0.ordinal) } ?? "")
    }

    init?(metaValue: String) {
        let parts = metaValue.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 8 else { return nil }
        let counts = parts.prefix(6).compactMap { Int($0) }
        guard counts.count == 6 else { return nil }
        self.init(articles: counts[0], sources: counts[1], statements: counts[2], claims: counts[3], events: counts[4],
                  differences: counts[5], firstDay: Int(parts[6]).map(Day.init(ordinal:)), lastDay: Int(parts[7]).map(Day.init(ordinal:)))
    }
}
