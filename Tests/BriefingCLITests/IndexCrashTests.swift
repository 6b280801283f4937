@testable import BriefingCore
import Foundation
import Testing

@Suite("A killed index process")
struct IndexCrashTests {
    /// The crash tests' indexer beside the test bundle (SwiftPM builds it with the tests): it
    /// indexes like `briefing index` and waits inside the write transaction to be killed. The
    /// shipped `briefing` has no such switch.
    static var executable: String? {
        let name = "briefing-test-indexer"
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name).path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(name).path,
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent(".build/debug/" + name).path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test func sigkillInsideTheWriteLeavesTheLastCompleteIndexAndTheNextRunCompletes() throws {
        let indexer = try #require(IndexCrashTests.executable, "build briefing-test-indexer first")
        let root = NSTemporaryDirectory() + "briefing-crash-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        let first = root + "/corpus/first", second = root + "/corpus/second"
        _ = try SyntheticCorpus(seed: 7, articleCount: 30).write(to: URL(fileURLWithPath: first))
        let index = root + "/index.sqlite"
        let (store, _) = try BriefingIndex.open(paths: [root + "/corpus"], index: index)
        let before = try store.overview()
        #expect(before.articles > 0)

        _ = try SyntheticCorpus(seed: 8, articleCount: 30).write(to: URL(fileURLWithPath: second))
        try IndexCrashTests.killInsideTheWrite(indexer, index: index, paths: [root + "/corpus"], marker: root + "/writing")

        // The index opens and answers from the last complete update, in this process and a new store.
        #expect(try store.overview() == before)
        let reopened = try SQLiteBriefingStore(path: index)
        #expect(try reopened.overview() == before)
        #expect(try reopened.search("minister", limit: 5).count == (try store.search("minister", limit: 5)).count)

        // The next run completes the update.
        let (completed, report) = try BriefingIndex.open(paths: [root + "/corpus"], index: index)
        #expect(report.added.count > 0)
        let after = try completed.overview()
        #expect(after.articles > before.articles)
        let memory = BriefingAnalysis(articles: CorpusReader().read(paths: [root + "/corpus"]).articles)
        #expect(after.articles == memory.articles.count)
    }

    /// A first build into an empty index writes with a rollback journal, not the WAL.
    @Test func sigkillInsideAFirstBuildLeavesAnEmptyIndexThatOpensAndTheNextRunCompletes() throws {
        let indexer = try #require(IndexCrashTests.executable, "build briefing-test-indexer first")
        let root = NSTemporaryDirectory() + "briefing-crash-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try SyntheticCorpus(seed: 9, articleCount: 30).write(to: URL(fileURLWithPath: root + "/corpus"))
        let index = root + "/index.sqlite"
        try IndexCrashTests.killInsideTheWrite(indexer, index: index, paths: [root + "/corpus"], marker: root + "/writing", bulkThreshold: 1)
        #expect(FileManager.default.fileExists(atPath: index + "-journal"), "the first build did not use a rollback journal")

        let reopened = try SQLiteBriefingStore(path: index)
        #expect(try reopened.overview().articles == 0)
        #expect(try reopened.search("minister", limit: 5).isEmpty)
        #expect(try reopened.database.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        try reopened.database.close()

        let (completed, report) = try BriefingIndex.open(paths: [root + "/corpus"], index: index)
        #expect(report.added.count == 30)
        #expect(try completed.overview().articles == BriefingAnalysis(articles: CorpusReader().read(paths: [root + "/corpus"]).articles).articles.count)
    }

    /// Runs the crash tests' indexer on `paths` into `index` until it has created `marker` inside
    /// its write transaction, then kills it with SIGKILL.
    static func killInsideTheWrite(_ indexer: String, index: String, paths: [String], marker: String, bulkThreshold: Int = 1_000) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: indexer)
        process.arguments = [index, marker, String(bulkThreshold)] + paths
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while !FileManager.default.fileExists(atPath: marker) && Date() < deadline && process.isRunning {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(FileManager.default.fileExists(atPath: marker), "the child never reached the write")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
    }
}
