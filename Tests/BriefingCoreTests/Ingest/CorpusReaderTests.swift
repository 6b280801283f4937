import Foundation
import Testing
@testable import BriefingCore

@Suite("Reading a corpus folder")
struct CorpusReaderTests {
    @Test func walksFoldersSkipsHiddenAndNamesOutletsByFolder() {
        let corpus = TemporaryCorpus()
        corpus.write("bay-courier/one.txt", "date 2025-06-03 Harbour plan passes\n\nThe council voted.")
        corpus.write("bay-courier/.draft.txt", "date 2025-06-03 Hidden\n\nNot read.")
        corpus.write(".git/config.txt", "date 2025-06-03 Hidden folder\n\nNot read either.")
        corpus.write("top.txt", "A story with no header.")
        let read = CorpusReader().read(paths: [corpus.root])
        #expect(read.problems.isEmpty)
        #expect(read.articles.count == 2)
        let byText = Dictionary(uniqueKeysWithValues: read.articles.map { ($0.text, $0) })
        #expect(byText["The council voted."]?.source == "bay-courier")
        #expect(byText["A story with no header."]?.source == "top")
    }

    @Test func sameNamedFilesOfTwoFoldersGetDistinctIDs() throws {
        let corpus = TemporaryCorpus()
        corpus.write("reuters/2025-08-19.txt", "date 2025-08-19\nThe spokesperson said the talks went well.")
        corpus.write("ani/2025-08-19.txt", "date 2025-08-19\nThe spokesperson said the talks were productive.")
        corpus.write("ani/only-here.txt", "date 2025-08-19\nA file no other folder has.")
        corpus.write("x/news/same.txt", "date 2025-08-19\nFirst news folder.")
        corpus.write("y/news/same.txt", "date 2025-08-19\nSecond news folder.")
        let paths = ["reuters", "ani", "x/news", "y/news"].map { corpus.root + "/" + $0 }
        let files = CorpusScanner.scan(paths).files
        #expect(Set(files.map(\.relativePath)).count == files.count)
        #expect(files.map(\.relativePath).contains("reuters/2025-08-19.txt"))
        #expect(files.map(\.relativePath).contains("only-here.txt"), "a unique relative path keeps its id")
        let read = CorpusReader().read(paths: paths)
        #expect(read.articles.count == 5)
        #expect(Set(read.articles.map(\.id)).count == 5)
        // And the index takes them all (one id each).
        let store = try SQLiteBriefingStore()
        let report = try CorpusIndexer(store: store).update(paths: paths)
        #expect(report.articles == 5)
    }

    @Test func badFilesAreReportedAndTheRestStillLoads() {
        let corpus = TemporaryCorpus()
        corpus.write("good.txt", "date 2025-06-03 Fine\n\nA good article.")
        corpus.write("picture.png", data: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]))
        corpus.write("empty.txt", "")
        corpus.write("broken.json", #"[{"text": "unterminated"#)
        corpus.write("nofeed.xml", #"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>"#)
        let read = CorpusReader().read(paths: [corpus.root, corpus.root + "/missing.txt"])
        #expect(read.articles.count == 1)
        let messages = Dictionary(uniqueKeysWithValues: read.problems.map { (($0.path as NSString).lastPathComponent, $0.message) })
        #expect(messages["picture.png"]?.contains("binary") == true)
        #expect(messages["empty.txt"] == "empty file")
        #expect(messages["broken.json"]?.hasPrefix("malformed JSON") == true)
        #expect(messages["nofeed.xml"] == "feed without items")
        #expect(messages["missing.txt"] == "no such file or directory")
        #expect(read.problems.allSatisfy { !$0.description.contains("\n") })
    }

    @Test func filesOverFiftyMegabytesAreRefusedWithoutReadingThem() throws {
        let corpus = TemporaryCorpus()
        let path = corpus.write("huge.txt", "x")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(FileLoader.sizeLimit + 1))
        try handle.close()
        let read = CorpusReader().read(paths: [path])
        #expect(read.articles.isEmpty)
        #expect(read.problems.first?.message.contains("too large") == true)
    }

    /// Root reads every file, so in-process this runs only for other users; as root the CLI test
    /// `anUnreadableFileIsOneLineAndTheRestLoads` runs the binary as `nobody` instead.
    @Test(.enabled(if: getuid() != 0, "root reads every file: covered as root by the CLI test run as nobody"))
    func unreadableFilesSayPermissionDenied() throws {
        let corpus = TemporaryCorpus()
        let path = corpus.write("secret.txt", "A story.")
        chmod(path, 0)
        defer { chmod(path, 0o644) }
        #expect(CorpusReader().read(paths: [path]).problems.first?.message == "permission denied")
    }

    @Test func errnoBecomesAShortReason() {
        #expect(FileLoader.reason(EACCES) == "permission denied")
        #expect(FileLoader.reason(ENOENT) == "no such file or directory")
    }

    @Test func identicalArticlesAreReadOnce() {
        let corpus = TemporaryCorpus()
        corpus.write("a/story.txt", "date 2025-06-03 Same\n\nThe same body.\r\n")
        corpus.write("b/story.md", "---\ntitle: Same\n---\nThe same body.")
        #expect(CorpusReader().read(paths: [corpus.root]).articles.count == 1)
    }

    @Test func idsAreStableAndDependOnPathAndPosition() {
        let corpus = TemporaryCorpus()
        corpus.write("feed.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}")
        let first = CorpusReader().read(paths: [corpus.root]).articles.map(\.id)
        let second = CorpusReader().read(paths: [corpus.root], concurrently: false).articles.map(\.id)
        #expect(first == second)
        #expect(Set(first).count == 2)
        #expect(first[0] == ArticleID.make(relativePath: "feed.jsonl", position: 0))
    }

    @Test func inputFilesAreNeverWritten() throws {
        let corpus = TemporaryCorpus()
        let path = corpus.write("story.txt", "date 2025-06-03 T\r\n\r\nBody with CRLF.\r\n")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        _ = CorpusReader().read(paths: [corpus.root])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func mixedEncodingsInOneFolder() {
        let corpus = TemporaryCorpus()
        corpus.write("latin.txt", data: Data([0x93, 0x4E, 0x6F, 0x94, 0x2C, 0x20, 0x73, 0x68, 0x65, 0x20, 0x73, 0x61, 0x69, 0x64, 0x2E]))
        corpus.write("utf8.txt", "“Yes,” he said.")
        let read = CorpusReader().read(paths: [corpus.root])
        #expect(Set(read.articles.map(\.text)) == ["“No”, she said.", "“Yes,” he said."])
        #expect(read.problems.count == 1)
        #expect(read.problems[0].isWarning)
    }
}

@Suite("The bundled demo briefing")
struct DemoBriefingTests {
    @Test func everyDemoFileLoadsWithoutProblems() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: SourceTree.demo.path).filter { !$0.hasPrefix(".") }
        #expect(files.count >= 5)
        let corpus = CorpusReader().read(paths: [SourceTree.demo.path])
        #expect(corpus.problems.isEmpty, "\(corpus.problems)")
        let formats = Set(corpus.articles.map(\.format))
        #expect(formats.isSuperset(of: [.transcript, .text, .html, .json, .feed]))
        #expect(Set(corpus.articles.compactMap(\.source)).count >= 4)
        #expect(corpus.articles.allSatisfy { $0.date != nil })
        for file in files {
            #expect(corpus.articles.contains { ($0.path as NSString).lastPathComponent == file }, "\(file) gave no article")
        }
    }
}
