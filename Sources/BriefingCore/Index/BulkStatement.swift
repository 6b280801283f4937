import GRDB
import GRDBSQLite

/// A prepared INSERT or UPDATE bound and stepped through the SQLite C API: the index writes
/// hundreds of thousands of rows per update, and building `StatementArguments` of existentials
/// cost more than SQLite's own work.
struct BulkStatement {
    let statement: GRDB.Statement
    let db: Database
    let sql: String
    private var index: Int32 = 0

    init(_ db: Database, sql: String) throws {
        self.db = db
        self.sql = sql
        statement = try db.cachedStatement(sql: sql)
    }

    private var handle: OpaquePointer { statement.sqliteStatement }
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    mutating func bind(_ value: String?) {
        index += 1
        guard var value else { sqlite3_bind_null(handle, index); return }
        let i = index, h = handle
        value.withUTF8 { bytes in
            if let base = bytes.baseAddress, bytes.count > 0 {
                _ = sqlite3_bind_text(h, i, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(bytes.count), BulkStatement.transient)
            } else {
                _ = sqlite3_bind_text(h, i, "", 0, BulkStatement.transient)
            }
        }
    }

    mutating func bind(_ value: Int?) {
        index += 1
        if let value { sqlite3_bind_int64(handle, index, Int64(value)) } else { sqlite3_bind_null(handle, index) }
    }

    mutating func bind(_ value: Int64) {
        index += 1
        sqlite3_bind_int64(handle, index, value)
    }

    mutating func bind(_ value: Double) {
        index += 1
        sqlite3_bind_double(handle, index, value)
    }

    mutating func bind(_ value: Bool) { bind(value ? 1 : 0) }

    /// Runs the statement with the values bound since the last run.
    mutating func run() throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        index = 0
        guard code == SQLITE_DONE else { throw BulkStatement.error(code, db, sql: sql) }
    }

    /// The error of a step that returned `code`, with SQLite's message.
    static func error(_ code: Int32, _ db: Database, sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection!)), sql: sql)
    }
}
