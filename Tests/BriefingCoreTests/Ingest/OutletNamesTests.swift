import Foundation
import Testing
@testable import BriefingCore

@Suite("Outlets named as people name them")
struct OutletNamesTests {
    @Test(arguments: [("fox", true), ("seeds", true), ("ani-2025", true), ("huff-post", true), ("Cafe", true),
                      ("000_8dfa6c59e7403e27", false), ("2025-08-19", false), ("00000012", false), ("x", false), ("ab12cd", false)])
    func aFolderOrFileNameIsReadableWhenItIsMoreThanANumberOrAnID(_ name: String, _ readable: Bool) {
        #expect(OutletNames.isReadable(name) == readable, "\(name)")
    }

    @Test func namesAreLookedUpWithoutCaseAndWithoutTheFileExtension() {
        let names = OutletNames(["fox": "Fox News", "HPO.txt": "HuffPost"])
        #expect(names.displayName(for: "Fox") == "Fox News")
        #expect(names.displayName(for: "hpo") == "HuffPost")
        #expect(names.displayName(for: "hpo.txt") == "HuffPost")
        #expect(names.displayName(for: "nyt") == nil)
        #expect(OutletNames().key == "", "no names, no fingerprint: indexes made without names stay current")
        #expect(names.key != OutletNames(["fox": "Fox"]).key)
    }

    @Test func aFileNamingNoOutletGetsAReadableFallback() {
        let corpus = TemporaryCorpus()
        let body = "date 2026-05-12\nA headline\n\nThe minister spoke on Monday.\n"
        corpus.write("seeds/000_8dfa6c59e7403e27.txt", body)
        corpus.write("seeds/fox/2026-05-12.txt", body.replacingOccurrences(of: "Monday", with: "Tuesday"))
        corpus.write("seeds/0042/story-desk.txt", body.replacingOccurrences(of: "Monday", with: "Friday"))
        corpus.write("seeds/0043/0001.txt", body.replacingOccurrences(of: "Monday", with: "Sunday"))
        let sources = Dictionary(uniqueKeysWithValues: CorpusReader().read(paths: [corpus.root + "/seeds"]).articles.map {
            (($0.path as NSString).lastPathComponent, $0.source ?? "")
        })
        #expect(sources["000_8dfa6c59e7403e27.txt"] == "seeds", "a seed file with an id for a name: its folder's name")
        #expect(sources["2026-05-12.txt"] == "fox", "a folder per outlet")
        #expect(sources["story-desk.txt"] == "story-desk", "a numbered folder: the file's name when that reads as one")
        #expect(sources["0001.txt"] == "0043", "nothing readable: the folder, as before")
    }

    @Test func theUsersNamesReplaceFolderFileAndFoundNames() {
        let corpus = TemporaryCorpus()
        corpus.write("fox/a.txt", "date 2026-05-12\nA headline\n\nThe minister spoke on Monday.\n")
        corpus.write("wire.txt", "date 2026-05-12\nA headline\n\nWASHINGTON, May 12 (Reuters) - The minister spoke on Tuesday.\n")
        corpus.write("other/b.txt", "date 2026-05-12\nA headline\n\nThe minister spoke on Friday.\n")
        let names = OutletNames(["fox": "Fox News", "Reuters": "Reuters News Agency"])
        let articles = CorpusReader(outletNames: names).read(paths: [corpus.root]).articles
        let sources = Set(articles.compactMap(\.source))
        #expect(sources.contains("Fox News"))
        #expect(sources.contains("Reuters News Agency"), "a name found in the file is renamed too when the user says so")
        #expect(sources.contains("other"), "names the user did not give stay as found")
    }

    @Test func theScannerLeavesTheCorpusOutletsFileOut() {
        let corpus = TemporaryCorpus()
        corpus.write("outlets.toml", "fox = \"Fox News\"\n")
        corpus.write("fox/a.txt", "date 2026-05-12\nA headline\n\nThe minister spoke on Monday.\n")
        let files = CorpusScanner.scan([corpus.root]).files.map(\.relativePath)
        #expect(files == ["fox/a.txt"])
    }

    @Test func anIndexReadsItsFilesAgainWhenTheNamesChangeAndOnlyThen() throws {
        let corpus = TemporaryCorpus()
        corpus.write("fox/a.txt", "date 2026-05-12\nA headline\n\n\"We will build it,\" the minister said on Monday.\n")
        let store = try SQLiteBriefingStore()
        let indexer = CorpusIndexer(store: store)
        try indexer.update(paths: [corpus.root])
        #expect(try store.sources().map(\.name) == ["fox"])
        indexer.outletNames = OutletNames(["fox": "Fox News"])
        let renamed = try indexer.update(paths: [corpus.root])
        #expect(renamed.rulesNote == "outlet names changed: reading 1 file again")
        #expect(try store.sources().map(\.name) == ["Fox News"])
        let again = try indexer.update(paths: [corpus.root])
        #expect(again.wasCurrent, "the same names again: nothing to do")
        indexer.outletNames = OutletNames()
        try indexer.update(paths: [corpus.root])
        #expect(try store.sources().map(\.name) == ["fox"], "names removed: the folder's name again")
    }
}
