import BriefingCore
import Foundation
import Testing

@testable import BriefingTUI

@Suite("Outlet names from the config and from outlets.toml")
struct OutletNamesFileTests {
    @Test func theConfigsOutletsTableNamesOutlets() {
        let config = UserConfig(parsing: """
            theme = "light"

            [outlets]
            fox = "Fox News"
            "huff-post" = "HuffPost"
            """, file: "config.toml")
        #expect(config.warnings.isEmpty)
        #expect(config.outlets.displayName(for: "fox") == "Fox News")
        #expect(config.outlets.displayName(for: "huff-post") == "HuffPost")
    }

    @Test func aCorpusFileMayBeAFlatTableOrAnOutletsTable() {
        let flat = OutletNamesFile.parse("hpo = \"HuffPost\"\nnyt = \"The New York Times\"\n", file: "outlets.toml")
        #expect(flat.warnings.isEmpty)
        #expect(flat.names.displayName(for: "nyt") == "The New York Times")
        let nested = OutletNamesFile.parse("[outlets]\nhpo = \"HuffPost\"\n", file: "outlets.toml")
        #expect(nested.names.displayName(for: "hpo") == "HuffPost")
    }

    @Test func aBadValueIsAWarningWithFileAndLineAndTheRestIsUsed() {
        let parsed = OutletNamesFile.parse("fox = \"Fox News\"\nbad = 3\n", file: "corpus/outlets.toml")
        #expect(parsed.names.displayName(for: "fox") == "Fox News")
        #expect(parsed.warnings.map(\.description) == [
            "corpus/outlets.toml:2: the outlet name for 'bad' must be a non-empty string like \"Fox News\", not an integer; ignored",
        ])
        let broken = OutletNamesFile.parse("fox = \"Fox News\n", file: "outlets.toml")
        #expect(broken.names.isEmpty)
        #expect(broken.warnings.first?.description.hasPrefix("outlets.toml:1:") == true)
    }

    @Test func theCorpusFileWinsOverTheConfig() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try "fox = \"FOX\"\n".write(to: directory.url.appendingPathComponent("outlets.toml"), atomically: true, encoding: .utf8)
        let corpus = OutletNamesFile.load(corpus: [directory.url.path])
        let config = OutletNames(["fox": "Fox News", "hpo": "HuffPost"])
        let names = config.merging(corpus.names)
        #expect(names.displayName(for: "fox") == "FOX")
        #expect(names.displayName(for: "hpo") == "HuffPost")
    }
}
