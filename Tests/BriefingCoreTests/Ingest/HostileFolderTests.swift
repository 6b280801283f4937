import Foundation
import Testing
@testable import BriefingCore

/// Folders as they are found on disk, not as they should be: special files and link loops are
/// skipped with a word, and nothing waits or runs away.
@Suite("Hostile folders")
struct HostileFolderTests {
    @Test(.timeLimit(.minutes(1)))
    func aFIFOIsSkippedWithOneLineNotOpenedAndWaitedOn() throws {
        let corpus = TemporaryCorpus()
        corpus.write("wire/a.txt", "date 2026-03-10\nA headline\n\nMara Lindqvist said the flow would not be cut.")
        let fifo = corpus.root + "/wire/f.txt"
        #expect(mkfifo(fifo, 0o644) == 0)
        let read = CorpusReader().read(paths: [corpus.root])
        #expect(read.articles.count == 1)
        #expect(read.problems.map(\.message) == ["not a regular file, skipped"])
        #expect(read.problems.first?.path.hasSuffix("wire/f.txt") == true)
        // Named on the command line, it is opened without blocking and refused.
        let direct = CorpusReader().read(paths: [fifo])
        #expect(direct.articles.isEmpty)
        #expect(direct.problems.map(\.message) == ["not a regular file, skipped"])
    }

    @Test(.timeLimit(.minutes(1)))
    func linkLoopsEnterEachFolderOnce() throws {
        let corpus = TemporaryCorpus()
        corpus.write("d/a.txt", "date 2026-03-10\nA headline\n\nMara Lindqvist said the flow would not be cut.")
        corpus.write("d/sub/b.txt", "date 2026-03-11\nAnother\n\nOlaf Brandt said the costs were modest.")
        // Two links back to the folder itself and one to its parent: without a visited set the
        // walk is exponential.
        try FileManager.default.createSymbolicLink(atPath: corpus.root + "/d/x", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: corpus.root + "/d/y", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: corpus.root + "/d/sub/up", withDestinationPath: "..")
        let scan = CorpusScanner.scan([corpus.root + "/d"])
        #expect(scan.files.map(\.relativePath).sorted() == ["a.txt", "sub/b.txt"])
    }
}
