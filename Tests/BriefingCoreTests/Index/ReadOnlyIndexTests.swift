import Foundation
import Testing
@testable import BriefingCore

@Suite("An index read as it is")
struct ReadOnlyIndexTests {
    @Test func aReadOnlyStoreAnswersAsTheIndexDoesAndWritesNothing() throws {
        let corpus = TemporaryCorpus()
        let root = IndexFixture.write(into: corpus)
        let folder = corpus.root + "-index"
        let path = folder + "/index.sqlite"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Written and closed first (its WAL checkpointed into the file), as by an earlier run.
        let (expected, overview, count): ([String], StoreOverview, Int) = try {
            let writable = try SQLiteBriefingStore(path: path)
            try CorpusIndexer(store: writable).update(paths: [root])
            #expect(!writable.isReadOnly)
            return (try writable.search("water", limit: 20).map(\.id), try writable.overview(), try writable.timelineCount(.all))
        }()
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()

        let reader = try SQLiteBriefingStore(readingOnly: path)
        #expect(reader.isReadOnly)
        #expect(try reader.overview() == overview)
        #expect(try reader.search("water", limit: 20).map(\.id) == expected)
        #expect(try reader.timelineCount(.all) == count)
        #expect(throws: (any Error).self) { try CorpusIndexer(store: reader).update(paths: [root + "/nothing-here"]) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == files, "no file made beside it")
    }

    @Test func aFileThatIsNoIndexIsSaidSo() throws {
        let corpus = TemporaryCorpus()
        let path = corpus.write("notes.sqlite", "not a database")
        #expect(throws: IndexError.self) { try SQLiteBriefingStore(readingOnly: path) }
    }
}
