import Foundation
import Testing

@testable import BriefingTUI

@Suite("The user config file")
struct UserConfigTests {
    @Test("theme and key bindings are read as written")
    func parsing() {
        let config = UserConfig(parsing: """
            theme = "light"

            [keys]
            quit = ["q", "Ctrl-c"]
            "next-source" = ["]"]
            help = "?"
            """, file: "config.toml")
        #expect(config == UserConfig(
            theme: "light", keyBindings: ["quit": ["q", "Ctrl-c"], "next-source": ["]"], "help": ["?"]]))
    }

    @Test("a missing file, or no HOME at all, gives the defaults and no warning")
    func missingFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect(UserConfig.load(environment: ["XDG_CONFIG_HOME": directory.url.path]) == UserConfig())
        #expect(UserConfig.load(environment: [:]) == UserConfig())
    }

    @Test("the file is $XDG_CONFIG_HOME/briefing/config.toml, else ~/.config/briefing/config.toml")
    func location() throws {
        #expect(UserConfig.fileURL(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/h"])?.path == "/cfg/briefing/config.toml")
        #expect(UserConfig.fileURL(environment: ["HOME": "/h"])?.path == "/h/.config/briefing/config.toml")
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("briefing/config.toml", "theme = \"monochrome\"\n")
        #expect(UserConfig.load(environment: ["XDG_CONFIG_HOME": directory.url.path]).theme == "monochrome")
    }

    @Test("unknown settings, unknown commands and wrong types are warnings with file and line")
    func warnings() {
        let config = UserConfig(
            parsing: """
                theme = 3
                colour = true

                [keys]
                quit = ["q"]
                fly = ["F"]
                "next-source" = 7
                search = ["/", 1]
                """, file: "config.toml", knownCommands: ["quit", "next-source", "search"])
        #expect(config.warnings.map(\.description).sorted() == [
            "config.toml:1: theme must be a string, not an integer; ignored",
            "config.toml:2: unknown setting 'colour' (expected theme, [keys] or [outlets])",
            "config.toml:6: unknown command 'fly' in [keys]",
            "config.toml:7: keys for 'next-source' must be an array of key names like [\"q\", \"Ctrl-c\"], not an integer; ignored",
            "config.toml:8: keys for 'search' must all be strings; the others are ignored",
        ])
        #expect(config.theme == nil)
        #expect(config.keyBindings == ["quit": ["q"], "fly": ["F"], "search": ["/"]])
    }

    @Test("a syntax error is a warning with its line, and the defaults are used")
    func syntaxError() {
        let config = UserConfig(parsing: "theme = \"light\"\n[keys\n", file: "config.toml")
        #expect(config.theme == nil)
        #expect(config.warnings.count == 1)
        #expect(config.warnings.first?.description.hasPrefix("config.toml:2: ") == true)
        #expect(config.warnings.first?.description.hasSuffix("; using defaults") == true)
    }
}
