import BriefingCore
import Foundation
import Testing

@Suite("A killed index process")
struct IndexCrashTests {
    /// The `briefing` executable beside the test bundle (SwiftPM builds it with the tests).
    static var executable: String? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("briefing").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("briefing").path,
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent(".build/debug/briefing").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test func sigkillInsideTheWriteLeavesTheLastCompleteIndexAndTheNextRunCompletes() throws {
        let briefing = try #require(IndexCrashTests.executable, "build the briefing executable first")
        let root = NSTemporaryDirectory() + "briefing-crash-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        let first = root + "/corpus/first", second = root + "/corpus/second"
        _ = try SyntheticCorpus(seed: 7, articleCount: 30).write(to: URL(fileURLWithPath: first))
        let index = root + "/index.sqlite"
        let (store, _) = try BriefingIndex.open(paths: [root + "/corpus"], index: index)
        let before = try store.overview()
        #expect(before.articles > 0)

        _ = try SyntheticCorpus(seed: 8, articleCount: 30).write(to: URL(fileURLWithPath: second))
        let marker = root + "/writing"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: briefing)
        process.arguments = ["index", root + "/corpus", "--index", index]
        var environment = ProcessInfo.processInfo.environment
        environment["BRIEFING_TEST_PAUSE_BEFORE_COMMIT"] = marker
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

        // The index opens and answers from the last complete update, in this process and a new store.
        #expect(try store.overview() == before)
        let reopened = try SQLiteBriefingStore(path: index)
        #expect(try reopened.overview() == before)
        _ = try reopened.search("minister", limit: 5)

        // The next run completes the update.
        let (completed, report) = try BriefingIndex.open(paths: [root + "/corpus"], index: index)
        #expect(report.added.count > 0)
        let after = try completed.overview()
        #expect(after.articles > before.articles)
        let memory = BriefingAnalysis(articles: CorpusReader().read(paths: [root + "/corpus"]).articles)
        #expect(after.articles == memory.articles.count)
    }
}
