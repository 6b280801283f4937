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

    /// A link that leads out of the folders given (`passwd.txt -> /etc/passwd`, a link to `/etc`)
    /// is not followed, with one line each; links within the folders still are; `followLinks`
    /// follows them all.
    @Test func linksLeadingOutOfTheFoldersGivenAreNotFollowed() throws {
        let corpus = TemporaryCorpus()
        let elsewhere = TemporaryCorpus()
        elsewhere.write("secret.txt", "date 2026-03-10\nNot for the corpus\n\nA private note that must not be indexed.")
        elsewhere.write("folder/other.txt", "date 2026-03-10\nAlso private\n\nAnother private note.")
        corpus.write("wire/a.txt", "date 2026-03-10\nA headline\n\nMara Lindqvist said the flow would not be cut.")
        corpus.write("ledger/b.txt", "date 2026-03-11\nAnother\n\nOlaf Brandt said the costs were modest.")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: corpus.root + "/wire/passwd.txt", withDestinationPath: elsewhere.root + "/secret.txt")
        try fm.createSymbolicLink(atPath: corpus.root + "/wire/etc", withDestinationPath: elsewhere.root + "/folder")
        try fm.createSymbolicLink(atPath: corpus.root + "/wire/b-link.txt", withDestinationPath: "../ledger/b.txt")
        try fm.createSymbolicLink(atPath: corpus.root + "/wire/ledger", withDestinationPath: "../ledger")

        let scan = CorpusScanner.scan([corpus.root])
        #expect(scan.files.map(\.relativePath) == ["ledger/b.txt", "wire/a.txt", "wire/b-link.txt"], "links inside are read; the folder link inside is the same folder, entered once")
        #expect(scan.problems.map { $0.path.replacingOccurrences(of: corpus.root + "/", with: "") } == ["wire/etc", "wire/passwd.txt"])
        #expect(scan.problems.allSatisfy { $0.message.hasPrefix("a link leading out of the folders given, not followed") && $0.isWarning })
        let read = CorpusReader().read(paths: [corpus.root])
        #expect(!read.articles.contains { $0.text.contains("private") })

        let followed = CorpusScanner.scan([corpus.root], followLinks: true)
        #expect(followed.files.map(\.relativePath).contains("wire/passwd.txt"))
        #expect(followed.files.map(\.relativePath).contains("wire/etc/other.txt"))
        #expect(followed.problems.isEmpty)
        // A folder given on the command line makes links into it inside.
        let both = CorpusScanner.scan([corpus.root, elsewhere.root])
        #expect(both.problems.isEmpty)
    }

    /// A file name that is not UTF-8 cannot be spelled as a Swift path: one line saying so (it
    /// used to be "no such file or directory"), and the rest loads.
    @Test func aFileNameThatIsNotUTF8GetsItsOwnLine() throws {
        let corpus = TemporaryCorpus()
        corpus.write("wire/a.txt", "date 2026-03-10\nA headline\n\nMara Lindqvist said the flow would not be cut.")
        var path = Array((corpus.root + "/wire/bad-").utf8).map { CChar(bitPattern: $0) }
        path += [CChar(bitPattern: 0xFF)] + Array(".txt".utf8).map { CChar(bitPattern: $0) } + [0]
        let fd = open(path, O_CREAT | O_WRONLY, 0o644)
        #expect(fd >= 0)
        _ = "date 2026-03-10\nB\n\nText.".withCString { write(fd, $0, strlen($0)) }
        close(fd)
        let read = CorpusReader().read(paths: [corpus.root])
        #expect(read.articles.count == 1)
        #expect(read.problems.map(\.message) == ["file name is not valid UTF-8, skipped"])
        #expect(read.problems.first?.path.hasPrefix(corpus.root + "/wire/bad-") == true)
    }

    /// Root reads every folder; as root the CLI test `anUnreadableFolderIsOneLine` runs as nobody.
    @Test(.enabled(if: getuid() != 0, "root reads every folder: covered as root by the CLI test run as nobody"))
    func anUnreadableFolderIsOneLine() throws {
        let corpus = TemporaryCorpus()
        corpus.write("wire/a.txt", "date 2026-03-10\nA headline\n\nMara Lindqvist said the flow would not be cut.")
        corpus.write("locked/b.txt", "date 2026-03-10\nB\n\nText.")
        chmod(corpus.root + "/locked", 0)
        defer { chmod(corpus.root + "/locked", 0o755) }
        let read = CorpusReader().read(paths: [corpus.root])
        #expect(read.articles.count == 1)
        #expect(read.problems.map(\.description) == [corpus.root + "/locked: folder cannot be read (permission denied), skipped"])
    }
}
