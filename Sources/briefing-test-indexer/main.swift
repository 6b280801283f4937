// briefing-test-indexer INDEX MARKER BULK-THRESHOLD PATH...
//
// For the crash tests (Tests/BriefingCLITests/IndexCrashTests.swift) only: brings the index at
// INDEX up to date with PATH... like `briefing index`, but inside the write transaction, just
// before the commit, creates MARKER and waits a minute to be killed. BULK-THRESHOLD lowers the
// number of articles from which a first build writes into an empty index with a rollback journal.
import BriefingCore
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 4, let threshold = Int(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: briefing-test-indexer INDEX MARKER BULK-THRESHOLD PATH...\n".utf8))
    exit(2)
}
let marker = arguments[1]
do {
    let indexer = CorpusIndexer(store: try SQLiteBriefingStore(path: arguments[0]))
    indexer.bulkThreshold = threshold
    indexer.beforeCommit = { _ in
        _ = FileManager.default.createFile(atPath: marker, contents: nil)
        Thread.sleep(forTimeInterval: 60)
    }
    try indexer.update(paths: Array(arguments[3...]))
} catch {
    FileHandle.standardError.write(Data("briefing-test-indexer: \(error)\n".utf8))
    exit(1)
}
