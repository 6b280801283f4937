import GRDB
import GRDBSQLite

/// Rows for one prepared INSERT, encoded so that inserting them costs no Swift allocation or
/// reference counting: the values in row order, text as ranges of one byte buffer.
///
/// Built by ``IndexRowEncoder`` on a thread of its own and inserted by the database's writer
/// (``RowPipeline``): building the values (strings, JSON lists, search tags) cost the writer
/// about as much as SQLite's inserting them.
struct RowBatch: Sendable {
    enum Value: Sendable {
        case null
        case integer(Int64)
        case real(Double)
        /// Offset and length in bytes of ``RowBatch/bytes`` (32 bits each keep a value in 16
        /// bytes instead of 24: a batch holds well under 4 GB).
        case text(UInt32, UInt32)
    }

    let sql: String
    let columns: Int
    private(set) var values: [Value] = []
    private(set) var bytes: [UInt8] = []

    init(sql: String, columns: Int) {
        self.sql = sql
        self.columns = columns
        values.reserveCapacity(min(RowBatch.maximumRows * columns, RowBatch.maximumBytes / MemoryLayout<Value>.stride))
    }

    /// Room for the text of a full batch, reserved with its first text: growing by doubling
    /// would leave most batches with twice the room they use.
    private mutating func reserveText() {
        if bytes.capacity == 0 { bytes.reserveCapacity(RowBatch.maximumBytes) }
    }

    /// An empty C string that lives as long as the program (an empty text is not NULL).
    nonisolated(unsafe) private static let emptyText = UnsafeRawPointer(("" as StaticString).utf8Start).assumingMemoryBound(to: CChar.self)

    static let maximumRows = 4_096
    /// What a batch holds before it is handed over, in bytes of text and values: 256 KB. With
    /// ``RowPipeline/capacity`` batches in flight, the queue holds a few megabytes whatever the
    /// corpus (1 MB batches held 170 MB at the peak of a 3,000-article first build, for no
    /// faster a build).
    static let maximumBytes = 1 << 18

    var rowCount: Int { values.count / columns }
    var isEmpty: Bool { values.isEmpty }
    /// Bytes the batch holds: its text and its values.
    var footprint: Int { bytes.count + values.count * MemoryLayout<Value>.stride }
    /// Whether the batch is big enough to hand over (``maximumBytes``, or 4,096 rows).
    var isFull: Bool { footprint >= RowBatch.maximumBytes || values.count >= RowBatch.maximumRows * columns }

    mutating func add(_ value: String?) {
        guard let value else { values.append(.null); return }
        reserveText()
        let start = bytes.count
        bytes.append(contentsOf: value.utf8)
        values.append(.text(UInt32(start), UInt32(bytes.count - start)))
    }

    mutating func add(_ value: Int?) { values.append(value.map { .integer(Int64($0)) } ?? .null) }
    mutating func add(_ value: Int64) { values.append(.integer(value)) }
    mutating func add(_ value: Double) { values.append(.real(value)) }
    mutating func add(_ value: Bool) { values.append(.integer(value ? 1 : 0)) }

    /// The values of a `search` row (rowid, headline, body, tags), in that order, as
    /// ``BulkStatement/runSearchRow(_:_:_:_:)`` binds them.
    mutating func addSearchRow(_ rowid: Int64, _ headline: String, _ body: String, _ tags: String) {
        add(rowid)
        add(headline)
        add(body)
        add(tags)
    }

    /// Inserts the rows, in order.
    func insert(into db: Database) throws {
        guard !values.isEmpty else { return }
        precondition(values.count % columns == 0, "a row of \(sql) is incomplete")
        let handle = try db.cachedStatement(sql: sql).sqliteStatement
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle) // the bindings point into `bytes`
        }
        try bytes.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!).assumingMemoryBound(to: CChar.self)
            var next = 0
            for _ in 0..<rowCount {
                for column in 1...Int32(columns) {
                    switch values[next] {
                    case .null: sqlite3_bind_null(handle, column)
                    case .integer(let value): sqlite3_bind_int64(handle, column, value)
                    case .real(let value): sqlite3_bind_double(handle, column, value)
                    case .text(let offset, let count):
                        // SQLITE_STATIC (nil): `bytes` outlives the step.
                        sqlite3_bind_text(handle, column, count == 0 ? RowBatch.emptyText : base + Int(offset), Int32(count), nil)
                    }
                    next += 1
                }
                let code = sqlite3_step(handle)
                sqlite3_reset(handle)
                guard code == SQLITE_DONE else { throw BulkStatement.error(code, db, sql: sql) }
            }
        }
    }
}
