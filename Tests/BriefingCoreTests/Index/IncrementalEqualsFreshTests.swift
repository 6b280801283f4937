import Foundation
import Testing
@testable import BriefingCore

/// After any sequence of adds, changes, deletes, renames and copies, an updated index answers
/// exactly as an analysis of the files as they now are (issue 20, item 5): copies of one body are
/// stored once, and which copy is stored must not depend on the index's history.
@Suite("Incremental updates equal a fresh build")
struct IncrementalEqualsFreshTests {
    static let story = """
        date 2026-03-10
        Minister vows to keep the ferries running

        "No ferry route will close this winter," Transport Minister Anna Holm said on Tuesday.
        """

    @Test func aCopyOfADeletedFileTakesItsPlace() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        corpus.write("wire/a.txt", Self.story)
        corpus.write("wire/b.txt", Self.story)
        let store = try IndexFixture.sqliteStore(root)
        #expect(try store.analysis().articles.filter { $0.text.contains("No ferry route") }.count == 1)
        try FileManager.default.removeItem(atPath: root + "/wire/a.txt")
        let report = try CorpusIndexer(store: store).update(paths: [root])
        let after = try store.analysis()
        let ferry = after.articles.filter { $0.text.contains("No ferry route") }
        #expect(ferry.map(\.path) == [root + "/wire/b.txt"], "the copy is indexed once its original is gone")
        StoredAnalysisTests.expectEqual(after, StoredAnalysisTests.memory(root))
        #expect(report.removed.count == 1)
    }

    @Test func aChangedOriginalLetsItsCopyIn() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        corpus.write("wire/a.txt", Self.story)
        corpus.write("wire/b.txt", Self.story)
        let store = try IndexFixture.sqliteStore(root)
        corpus.write("wire/a.txt", Self.story + "\nThe ministry later confirmed the timetable.\n")
        try CorpusIndexer(store: store).update(paths: [root])
        let after = try store.analysis()
        #expect(after.articles.filter { $0.text.contains("No ferry route") }.count == 2)
        StoredAnalysisTests.expectEqual(after, StoredAnalysisTests.memory(root))
    }

    /// Random sequences over a small pool of files, compared with a fresh analysis after every
    /// update.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomSequencesOfChangesEndAsAFreshBuild(seed: UInt64) throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let store = try IndexFixture.sqliteStore(root)
        var random = SynthRNG(seed: seed)
        func pick<T>(_ list: [T]) -> T { list[Int(random.next() % UInt64(list.count))] }
        let texts = IndexFixture.files.map(\.text) + [Self.story]
        let names = ["wire/a.txt", "wire/b.txt", "ledger/c.txt", "coastal/d.txt", "wire/halden.txt", "ledger/halden.txt", "coastal/tariffs.txt"]
        for round in 0..<6 {
            for _ in 0..<3 {
                let present = names.filter { FileManager.default.fileExists(atPath: root + "/" + $0) }
                switch random.next() % 5 {
                case 0: // add or overwrite with a known text (often a copy of another file)
                    corpus.write(pick(names), pick(texts))
                case 1: // change a file
                    if let name = (present.isEmpty ? nil : pick(present)) {
                        corpus.write(name, pick(texts) + "\nUpdated in round \(round).\n")
                    }
                case 2: // delete
                    if let name = (present.isEmpty ? nil : pick(present)) { try FileManager.default.removeItem(atPath: root + "/" + name) }
                case 3: // rename
                    if let from = (present.isEmpty ? nil : pick(present)) {
                        let to = pick(names)
                        if to != from {
                            try? FileManager.default.removeItem(atPath: root + "/" + to)
                            try FileManager.default.moveItem(atPath: root + "/" + from, toPath: root + "/" + to)
                        }
                    }
                default: // copy
                    if let from = (present.isEmpty ? nil : pick(present)) {
                        let to = pick(names)
                        if to != from, let data = FileManager.default.contents(atPath: root + "/" + from) { corpus.write(to, data: data) }
                    }
                }
            }
            try CorpusIndexer(store: store).update(paths: [root])
            StoredAnalysisTests.expectEqual(try store.analysis(), StoredAnalysisTests.memory(root))
        }
    }
}
