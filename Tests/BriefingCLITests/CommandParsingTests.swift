import ArgumentParser
import Foundation
import Testing
@testable import BriefingCLI

@Suite("Command-line parsing")
struct CommandParsingTests {
    @Test func noArgumentsOpensTheBrowserOnTheDemo() throws {
        let command = try BriefingCommand.parseAsRoot([])
        let browse = try #require(command as? BrowseCommand)
        #expect(browse.corpus.paths.isEmpty)
    }

    @Test func aBarePathOpensTheBrowserOnIt() throws {
        let command = try BriefingCommand.parseAsRoot(["/tmp/news"])
        #expect((command as? BrowseCommand)?.corpus.paths == ["/tmp/news"])
    }

    @Test func articlesTakesPathsAndJSON() throws {
        let command = try BriefingCommand.parseAsRoot(["articles", "a", "b", "--json"])
        let articles = try #require(command as? ArticlesCommand)
        #expect(articles.corpus.paths == ["a", "b"])
        #expect(articles.json)
    }

    @Test func unknownOptionsAreRejected() {
        #expect(throws: (any Error).self) { try BriefingCommand.parseAsRoot(["articles", "--jsno"]) }
    }

    @Test func helpListsTheCommands() {
        let help = BriefingCommand.helpMessage()
        #expect(help.contains("articles"))
        #expect(help.contains("browse"))
    }
}

@Suite("Reading a corpus from the command line")
struct CorpusCommandTests {
    @Test func aCorpusWithNothingReadableFailsWithANonZeroStatus() throws {
        let folder = NSTemporaryDirectory() + "briefing-empty-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        FileManager.default.createFile(atPath: folder + "/empty.txt", contents: Data())
        let command = try #require(try BriefingCommand.parseAsRoot(["articles", folder]) as? ArticlesCommand)
        #expect(throws: ExitCode.self) { try command.corpus.readCorpus() }
    }

    @Test func theDemoIsFoundWithoutAPath() throws {
        let command = try #require(try BriefingCommand.parseAsRoot(["articles"]) as? ArticlesCommand)
        #expect(try command.corpus.readCorpus().articles.count >= 5)
    }
}
