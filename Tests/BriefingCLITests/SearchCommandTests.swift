import ArgumentParser
import Testing
@testable import BriefingCLI

@Suite("index and search commands")
struct SearchCommandTests {
    @Test func searchTakesAQueryPathsAndOptions() throws {
        let command = try BriefingCommand.parseAsRoot(["search", "tariffs speaker:brandt", "a", "b", "--index", "/tmp/i.sqlite", "--json", "--limit", "5"])
        let search = try #require(command as? SearchCommand)
        #expect(search.query == "tariffs speaker:brandt")
        #expect(search.corpus.paths == ["a", "b"])
        #expect(search.index.file == "/tmp/i.sqlite")
        #expect(search.json && search.limit == 5)
    }

    @Test func indexTakesPathsAndRebuild() throws {
        let command = try BriefingCommand.parseAsRoot(["index", "news", "--rebuild"])
        let index = try #require(command as? IndexCommand)
        #expect(index.corpus.paths == ["news"] && index.index.rebuild)
    }

    @Test func matchesAreHighlightedAndTextIsSanitised() {
        let line = SearchCommand.highlighted("a \u{1B}[2J tariff b", matches: [7..<13], color: false)
        #expect(line == "a ␛[2J [tariff] b")
        #expect(SearchCommand.highlighted("tariff", matches: [0..<6], color: true) == "\u{1B}[1;33mtariff\u{1B}[0m")
    }
}
