import Foundation
import Testing
@testable import BriefingCore

@Suite("A search's freshness check by folder times")
struct FolderTimesTests {
    static let story = "date 2026-05-12\nA headline\n\n\"We will build the bridge,\" Minister Anna Holm said on Monday.\n"

    @Test func anUnchangedCorpusIsCurrentWithoutLookingAtItsFiles() throws {
        let corpus = TemporaryCorpus()
        corpus.write("wire/a.txt", Self.story)
        corpus.write("paper/b.txt", Self.story.replacingOccurrences(of: "Monday", with: "Tuesday"))
        let store = try SQLiteBriefingStore()
        let indexer = CorpusIndexer(store: store)
        #expect(try !indexer.isCurrentByFolderTimes(paths: [corpus.root]), "never indexed")
        try indexer.update(paths: [corpus.root])
        #expect(try indexer.isCurrentByFolderTimes(paths: [corpus.root]))
        #expect(try !indexer.isCurrentByFolderTimes(paths: [corpus.root + "/wire"]), "other paths")

        corpus.write("paper/c.txt", Self.story.replacingOccurrences(of: "bridge", with: "tunnel"))
        #expect(try !indexer.isCurrentByFolderTimes(paths: [corpus.root]), "a file added changes its folder's time")
        try indexer.update(paths: [corpus.root])
        #expect(try indexer.isCurrentByFolderTimes(paths: [corpus.root]))

        try FileManager.default.removeItem(atPath: corpus.root + "/paper/c.txt")
        #expect(try !indexer.isCurrentByFolderTimes(paths: [corpus.root]), "a file removed too")
        try indexer.update(paths: [corpus.root])
        try FileManager.default.createDirectory(atPath: corpus.root + "/paper/2026", withIntermediateDirectories: true)
        #expect(try !indexer.isCurrentByFolderTimes(paths: [corpus.root]), "a folder added")
    }

    @Test func otherRulesOrNamesOrAFirstLookAreNotVouchedFor() throws {
        let corpus = TemporaryCorpus()
        for i in 0..<4 { corpus.write("wire/\(i).txt", Self.story.replacingOccurrences(of: "bridge", with: "bridge \(i)")) }
        let store = try SQLiteBriefingStore()
        let indexer = CorpusIndexer(store: store)
        try indexer.update(paths: [corpus.root], firstFiles: 2)
        #expect(try !indexer.isCurrentByFolderTimes(paths: [corpus.root]), "a first look left files for later")
        try indexer.update(paths: [corpus.root])
        #expect(try indexer.isCurrentByFolderTimes(paths: [corpus.root]))
        indexer.outletNames = OutletNames(["wire": "The Wire"])
        #expect(try !indexer.isCurrentByFolderTimes(paths: [corpus.root]), "other outlet names make other articles")
        try indexer.update(paths: [corpus.root])
        #expect(try indexer.isCurrentByFolderTimes(paths: [corpus.root]))
        let aliased = CorpusIndexer(store: store, aliases: try SpeakerAliases(parsing: "Anna Holm = A. Holm"))
        aliased.outletNames = OutletNames(["wire": "The Wire"])
        #expect(try !aliased.isCurrentByFolderTimes(paths: [corpus.root]), "other aliases")
    }
}
