import Foundation
import Testing

@testable import BriefingTUI

@Suite("Loading theme files")
struct ThemeLoaderTests {
    @Test("a colour string is shorthand for the foreground")
    func shorthand() throws {
        let theme = try loadTheme("""
            [roles]
            "diff.insert" = "green"
            "diff.delete" = 196
            """).theme
        #expect(theme.style(for: .diffInsert).foreground == .indexed(2))
        #expect(theme.style(for: .diffInsert).background == .terminalDefault)
        #expect(theme.style(for: .diffDelete).foreground == .indexed(196))
    }

    @Test("a table sets colours and attributes")
    func table() throws {
        let theme = try loadTheme("""
            [roles]
            "timeline.selected" = { fg = "black", bg = "#61afef", bold = true, underline = true, reverse = false, dim = true, italic = true }
            """).theme
        #expect(theme.style(for: .timelineSelected) == Style(
            foreground: .indexed(0), background: .rgb(red: 0x61, green: 0xaf, blue: 0xef),
            bold: true, underline: true, reverse: false, dim: true, italic: true))
    }

    @Test("colours may name palette entries, which win over colour names")
    func paletteReferences() throws {
        let theme = try loadTheme("""
            [palette]
            accent = "#e5c07b"
            red = "#ff0000"
            [roles]
            "search.match" = { fg = "black", bg = "accent" }
            "status.error" = "red"
            """).theme
        #expect(theme.style(for: .searchMatch).background == .rgb(red: 0xe5, green: 0xc0, blue: 0x7b))
        #expect(theme.style(for: .statusError).foreground == .rgb(red: 0xff, green: 0, blue: 0))
    }

    @Test("bare dotted keys and [roles.x] tables name the same roles as quoted keys")
    func nestedKeys() throws {
        let loaded = try loadTheme("""
            [roles]
            diff.insert = "green"
            timeline = { bold = true }

            [roles.claims]
            fg = "yellow"
            assessment = { fg = "red", underline = true }
            """)
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.theme.style(for: .diffInsert).foreground == .indexed(2))
        #expect(loaded.theme.style(for: .timelineText).bold == true)
        #expect(loaded.theme.style(for: .claimText).foreground == .indexed(3))
        #expect(loaded.theme.style(for: .claimAssessment).foreground == .indexed(1))
        #expect(loaded.theme.style(for: .claimAssessment).underline == true)
    }

    @Test("name comes from the file, or from the file name")
    func names() throws {
        #expect(try loadTheme("name = \"mine\"").theme.name == "mine")
        #expect(try loadTheme("").theme.name == "test")
    }

    @Test("a partial theme overrides only what it changes")
    func inheritsPartialOverride() throws {
        let dark = ThemeLibrary.fallbackTheme
        let theme = try loadTheme("""
            name = "tweak"
            inherits = "dark"
            [palette]
            green = "#00ff00"
            [roles]
            "timeline.selected" = { underline = true }
            """).theme
        #expect(theme.name == "tweak")
        // A palette change recolours every role that names the entry.
        #expect(theme.style(for: .diffInsert).foreground == .rgb(red: 0, green: 0xff, blue: 0))
        // A role entry merges over the parent's entry attribute by attribute.
        var selected = dark.style(for: .timelineSelected)
        selected.underline = true
        #expect(theme.style(for: .timelineSelected) == selected)
        // Everything else is the parent's.
        for role in Role.catalogue where role != .diffInsert && role != .timelineSelected {
            #expect(theme.style(for: role) == dark.style(for: role), "\(role)")
        }
    }

    @Test("unknown roles are warnings with file and line, and the rest loads")
    func unknownRoleWarning() throws {
        let loaded = try loadTheme("""
            name = "warned"

            [roles]
            "diff.insert" = "green"
            "diff.inserted" = "red"
            colour = "blue"
            """)
        #expect(loaded.warnings.map(\.description) == [
            "test.toml:5: unknown role 'diff.inserted' (not in the role catalogue)",
            "test.toml:6: unknown role 'colour' (not in the role catalogue)",
        ])
        #expect(loaded.theme.style(for: .diffInsert).foreground == .indexed(2))
    }

    @Test("unknown top-level settings are warnings")
    func unknownSettingWarning() throws {
        let loaded = try loadTheme("name = \"x\"\ncolours = 3\n")
        #expect(loaded.warnings.map(\.description) == [
            "test.toml:2: unknown setting 'colours' (a theme has name, inherits, [palette] and [roles])"
        ])
    }

    @Test(
        "each bad input gives FILE:LINE: message",
        arguments: [
            ("syntax error", "name = \"x\"\n[roles\n", "test.toml:2: expected ']' to close the table header"),
            ("TOMLKit's own syntax error", "name = \"x\"\nname = \"y\"\n", "test.toml:2: "),
            ("a header with no name", "name = \"x\"\n[\n", "test.toml:2: expected a key, saw end of line"),
            ("a misplaced brace", "\n\nx = [}\n", "test.toml:3: expected a value, saw '}'"),
            ("a malformed time", "x = 1979-05-27T:\n", "test.toml:1: malformed date or time '1979-05-27T:'"),
            ("a NUL character", "name = \"a\u{0}b\"\n", "test.toml:1: NUL character in a string"),
            ("unclosed string", "name = \"x\n", "test.toml:1: "),
            ("unknown colour in palette", "[palette]\nok = \"red\"\nsky = \"bleu\"\n", "test.toml:3: unknown colour 'bleu' for palette entry 'sky'"),
            ("malformed hex colour", "[roles]\n\n\"default\" = { fg = \"#12345\" }\n", "test.toml:3: bad colour '#12345': expected #rrggbb"),
            ("colour index out of range", "[roles]\n\"dim\" = 300\n", "test.toml:2: colour index 300 is out of range 0–255"),
            ("bad attribute type", "[roles]\n\"status\" = \"red\"\n\"timeline.day\" = { bold = \"yes\" }\n", "test.toml:3: bold of 'timeline.day' must be true or false, not a string"),
            ("bad colour type", "[roles]\n\"status\" = { fg = true }\n", "test.toml:2: fg of 'status' must be a colour string, not a boolean"),
            ("unknown palette name", "[palette]\naccent = \"red\"\n[roles]\n\"prompt\" = { fg = \"acent\" }\n", "test.toml:4: unknown colour or palette name 'acent'"),
            ("unknown attribute", "[roles]\n\"prompt\" = { blink = true }\n", "test.toml:2: unknown style attribute 'blink' in 'prompt'"),
            ("role of the wrong type", "[roles]\n\"prompt\" = [1, 2]\n", "test.toml:2: role 'prompt' must be a colour or a table"),
            ("palette not a table", "palette = \"red\"\n", "test.toml:1: [palette] must be a table, not a string"),
            ("name not a string", "\n\nname = 3\n", "test.toml:3: name must be a string, not an integer"),
            ("inherits an unknown theme", "name = \"x\"\ninherits = \"nope\"\n", "test.toml:2: no theme named 'nope' to inherit from"),
        ])
    func badInput(_ case: String, source: String, expectedPrefix: String) {
        let error = themeError(source)
        #expect(error?.description.hasPrefix(expectedPrefix) == true, "\(`case`): \(String(describing: error))")
    }

    @Test("after a bad theme, the default theme is selected and usable")
    func defaultAfterError() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("broken.toml", "[roles]\n\"status\" = { fg = \"nope\" }\n")
        let selection = shippedThemes.select(file.path)
        #expect(selection.error?.description == "\(file.path):2: unknown colour or palette name 'nope'")
        #expect(selection.theme == ThemeLibrary.fallbackTheme)
        #expect(selection.theme.name == "dark")
        for role in Role.catalogue { #expect(selection.theme.style(for: role).foreground != nil) }
    }

    @Test("an inherits cycle is an error at the inherits line that closes it")
    func inheritsCycle() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let first = try directory.write("first.toml", "name = \"first\"\ninherits = \"second.toml\"\n")
        let second = try directory.write("second.toml", "# comment\nname = \"second\"\ninherits = \"first\"\n")
        let library = ThemeLibrary(searchDirectories: [directory.url])
        #expect(throws: ThemeError("inherits cycle: first.toml → second.toml → first.toml", at: SourceLocation(file: second.path, line: 3))) {
            try library.load("first")
        }
        let selfReference = try directory.write("self.toml", "inherits = \"./self.toml\"\n")
        #expect(throws: ThemeError("inherits cycle: self.toml → self.toml", at: SourceLocation(file: selfReference.path, line: 1))) {
            try library.load(selfReference.path)
        }
        _ = first
    }

    @Test("an error in an inherited file names that file and line")
    func errorInParent() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let parent = try directory.write("parent.toml", "[roles]\n\n\"dim\" = \"nope\"\n")
        try directory.write("child.toml", "inherits = \"parent\"\n")
        let library = ThemeLibrary(searchDirectories: [directory.url])
        #expect(throws: ThemeError("unknown colour or palette name 'nope'", at: SourceLocation(file: parent.path, line: 3))) {
            try library.load("child")
        }
    }

    @Test("a palette change in a child reaches the parent's roles, and a child may fix a parent's palette")
    func paletteResolvedLate() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("base.toml", "[roles]\n\"dim\" = \"accent\"\n")
        try directory.write("child.toml", "inherits = \"base\"\n[palette]\naccent = \"magenta\"\n")
        let library = ThemeLibrary(searchDirectories: [directory.url])
        #expect(try library.load("child").theme.style(for: .dim).foreground == .indexed(5))
        #expect(throws: ThemeError.self) { try library.load("base") }
    }

    @Test(
        "loading never crashes, whatever the input",
        arguments: [
            "", "\u{0}", "=", "[[roles]]\nx = 1", "[roles]\n\"\" = \"red\"", "roles = 1", "[roles.default.fg]\nx = 1",
            "inherits = \"\"", "inherits = \"/\"", "[palette]\nx = { a = 1 }", "a = 1979-05-27T07:32:00Z",
            String(repeating: "[", count: 10_000), "[roles]\n\"default\" = { fg = 1.5 }", "\u{FEFF}name = \"bom\"",
            "[roles]\n\"diff\" = { insert = { word = { fg = \"red\" } } }",
            "[[[", "[#", "[.a]", "x = [}", "x = [[}T[[", "x = 1979-05-27T:Z", "x = 12:", "x = \"\"\"", "a = { b = 1, }",
            String(repeating: "x = [", count: 200), "\r", "x = 1\r", "'''\n'''",
        ])
    func neverCrashes(source: String) {
        _ = themeError(source)
    }
}
