import Foundation
import GRDB
import Testing
@testable import BriefingCore

@Suite("Rows encoded on one thread, inserted on another")
struct RowPipelineTests {
    func table() throws -> DatabaseQueue {
        let db = try DatabaseQueue()
        try db.write { try $0.execute(sql: "CREATE TABLE t(rowid INTEGER PRIMARY KEY, name TEXT, count INTEGER, score REAL)") }
        return db
    }

    static let insert = "INSERT INTO t(rowid, name, count, score) VALUES (?, ?, ?, ?)"

    @Test func aBatchKeepsNullsEmptyTextNumbersAndUnicodeApart() throws {
        let db = try table()
        var batch = RowBatch(sql: RowPipelineTests.insert, columns: 4)
        for (rowid, name, count, score) in [(Int64(1), "Leavitt", 3, 0.5), (2, "", 0, -1.25), (3, "Zoë — “quoted”", -7, 1e9)] as [(Int64, String?, Int?, Double)] {
            batch.add(rowid)
            batch.add(name)
            batch.add(count)
            batch.add(score)
        }
        batch.add(Int64(4))
        batch.add(nil as String?)
        batch.add(nil as Int?)
        batch.add(0.0)
        try db.write { try batch.insert(into: $0) }
        let rows = try db.read { try Row.fetchAll($0, sql: "SELECT rowid, name, count, score, typeof(name) FROM t ORDER BY rowid") }
        #expect(rows.map { $0[1] as String? } == ["Leavitt", "", "Zoë — “quoted”", nil])
        #expect(rows.map { $0[4] as String } == ["text", "text", "text", "null"])
        #expect(rows.map { $0[2] as Int? } == [3, 0, -7, nil])
        #expect(rows.map { $0[3] as Double } == [0.5, -1.25, 1e9, 0])
    }

    @Test func everyRowAndStageArrivesInTheOrderItWasSent() throws {
        let db = try table()
        var stages: [String] = []
        var countAtStage: [Int] = []
        try db.write { db in
            try RowPipeline.run(db, encode: { pipeline in
                var batch = RowBatch(sql: RowPipelineTests.insert, columns: 4)
                for rowid in 1...20_000 {
                    batch.add(Int64(rowid))
                    batch.add("row \(rowid)")
                    batch.add(rowid)
                    batch.add(Double(rowid))
                    if batch.isFull {
                        pipeline.put(.rows(batch))
                        batch = RowBatch(sql: RowPipelineTests.insert, columns: 4)
                    }
                    if rowid == 10_000 {
                        pipeline.put(.rows(batch))
                        batch = RowBatch(sql: RowPipelineTests.insert, columns: 4)
                        pipeline.put(.stage(.articles))
                    }
                }
                pipeline.put(.rows(batch))
                pipeline.put(.stage(.analysis))
            }, stage: { stage in
                stages.append("\(stage)")
                countAtStage.append(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") ?? 0)
            })
        }
        #expect(stages == ["articles", "analysis"])
        #expect(countAtStage == [10_000, 20_000])
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM t WHERE name = 'row ' || rowid AND count = rowid") } == 20_000)
    }

    @Test func aBatchIsHandedOverAtItsSizeWhateverItsRowsHold() {
        // Long texts: full after about a quarter of a megabyte of text, not after 4,096 rows.
        var long = RowBatch(sql: RowPipelineTests.insert, columns: 4)
        let text = String(repeating: "Leavitt said the talks were productive. ", count: 250)
        var rows = 0
        while !long.isFull {
            long.add(Int64(rows)); long.add(text); long.add(rows); long.add(0.5)
            rows += 1
        }
        #expect(rows < 40)
        #expect(long.footprint < 2 * RowBatch.maximumBytes)
        // Numbers only: full when the values reach the size, never holding more than that.
        var numbers = RowBatch(sql: RowPipelineTests.insert, columns: 4)
        while !numbers.isFull {
            numbers.add(Int64(1)); numbers.add(nil as String?); numbers.add(2); numbers.add(3.0)
        }
        #expect(numbers.footprint <= RowBatch.maximumBytes + 4 * MemoryLayout<RowBatch.Value>.stride)
        #expect(MemoryLayout<RowBatch.Value>.stride == 16)
    }

    @Test func aCompactedArrayHoldsNoSpareRoom() {
        var grown: [Int] = []
        for i in 0..<1_100 { grown.append(i) }
        #expect(grown.capacity >= 2 * 1_000) // grown by doubling
        let compacted = grown.compacted()
        #expect(compacted == grown)
        #expect(compacted.capacity - compacted.count <= compacted.count / 8)
    }

    /// A stack larger than the address space: `pthread_create` cannot make the thread.
    static let impossibleStack = Int.max / 4

    @Test func aThreadThatCannotBeMadeIsSeenNotWaitedForEver() {
        #expect(ThreadedWork<Int>.start({ 42 }, stackBytes: Self.impossibleStack) == nil)
        #expect(ThreadedWork<Int>.start({ 42 })?.result == 42)
        // Work nothing else waits on runs on the thread that asks for its result.
        let later = ThreadedWork<Int>(orLater: { 7 * 6 }, stackBytes: Self.impossibleStack)
        #expect(later.result == 42)
    }

    @Test func anEncoderThatCannotStartFailsTheWriteAndNothingIsWritten() throws {
        let db = try table()
        #expect(throws: IndexError.self) {
            try db.write { db in
                try db.execute(sql: "INSERT INTO t(rowid, name, count, score) VALUES (1, 'before', 1, 1.0)")
                try RowPipeline.run(db, encode: { pipeline in
                    var batch = RowBatch(sql: RowPipelineTests.insert, columns: 4)
                    batch.add(Int64(2)); batch.add("row"); batch.add(2); batch.add(2.0)
                    pipeline.put(.rows(batch))
                }, encoderStack: Self.impossibleStack, stage: { _ in })
            }
        }
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM t") } == 0, "the transaction rolled back")
    }

    struct WriterFailed: Error {}

    @Test func aWriterThatFailsStopsTheEncoderAndPassesItsErrorOn() throws {
        let db = try table()
        let refused = Refusals()
        #expect(throws: WriterFailed.self) {
            try db.write { db in
                try RowPipeline.run(db, encode: { pipeline in
                    pipeline.put(.stage(.articles))
                    // Far more batches than the queue holds: without the writer, put must give up.
                    for _ in 0..<(RowPipeline.capacity * 4) {
                        if !pipeline.put(.rows(RowBatch(sql: RowPipelineTests.insert, columns: 4))) {
                            refused.count()
                            return
                        }
                    }
                }, stage: { _ in throw WriterFailed() })
            }
        }
        #expect(refused.value == 1)
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM t") } == 0)
    }

    final class Refusals: @unchecked Sendable {
        private let lock = NSLock()
        private var counted = 0
        func count() { lock.withLock { counted += 1 } }
        var value: Int { lock.withLock { counted } }
    }

    @Test func aRowTheDatabaseRejectsFailsWithSQLitesErrorNotACrash() throws {
        let db = try table()
        var batch = RowBatch(sql: RowPipelineTests.insert, columns: 4)
        for _ in 0..<2 {
            batch.add(Int64(1)) // the same rowid twice
            batch.add("twice")
            batch.add(1)
            batch.add(1.0)
        }
        #expect(throws: DatabaseError.self) { try db.write { try batch.insert(into: $0) } }
    }
}
