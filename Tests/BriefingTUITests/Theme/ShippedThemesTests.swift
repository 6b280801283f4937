import Foundation
import Testing

@testable import BriefingTUI

@Suite("The shipped themes")
struct ShippedThemesTests {
    static let names = ["dark", "light", "high-contrast", "monochrome"]

    @Test("each shipped theme file loads with no warnings and styles every catalogue role", arguments: names)
    func loadsCleanly(name: String) throws {
        let file = ThemeLibrary.sourceTreeThemes.appendingPathComponent("\(name).toml")
        let loaded = try shippedThemes.loader.load(contentsOf: file)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        #expect(loaded.theme.name == name)
        for role in Role.catalogue {
            let style = loaded.theme.style(for: role)
            #expect(style.foreground != nil && style.background != nil && style.bold != nil, "\(role)")
        }
    }

    @Test("the compiled-in themes equal their files, entry by entry and role by role", arguments: ["dark", "monochrome"])
    func builtInEqualsFile(name: String) throws {
        let url = ThemeLibrary.sourceTreeThemes.appendingPathComponent("\(name).toml")
        let source = try String(contentsOf: url, encoding: .utf8)
        let file = try ThemeFile(source: source, file: url.path, defaultName: name).definition
        let builtIn = try #require(ThemeDefinition.builtIn[name])
        #expect(builtIn.name == file.name)
        #expect(builtIn.palette == file.palette)
        #expect(builtIn.roles.mapValues(\.summary) == file.roles.mapValues(\.summary))

        let fromFile = try shippedThemes.loader.load(contentsOf: url).theme
        let compiled = name == "dark" ? ThemeLibrary.fallbackTheme : ThemeLibrary.monochromeTheme
        for role in Role.catalogue {
            #expect(compiled.style(for: role) == fromFile.style(for: role), "\(role)")
        }
    }

    @Test("monochrome uses no colours at all")
    func monochromeHasNoColours() throws {
        let theme = try shippedThemes.load("monochrome").theme
        #expect(!theme.hasColour)
        for role in Role.catalogue {
            #expect(theme.style(for: role).foreground == .terminalDefault)
            #expect(theme.style(for: role).background == .terminalDefault)
        }
        #expect(!ThemeLibrary.monochromeTheme.hasColour)
    }

    @Test("in every theme, selected rows, insertions, deletions and matches look different from plain text", arguments: names)
    func emphasisStandsOut(name: String) throws {
        let theme = try shippedThemes.load(name).theme
        let plain = theme.style(for: .default)
        let emphasised: [Role] = [
            .timelineSelected, .claimSelected, .diffSelected, .listSelected, .diffInsert, .diffDelete,
            .searchMatch, .claimAssessment, .sourceStatement, .titleFocused,
        ]
        for role in emphasised { #expect(theme.style(for: role) != plain, "\(name): \(role)") }
        #expect(theme.style(for: .diffInsert) != theme.style(for: .diffDelete))
        #expect(theme.style(for: .searchMatch) != theme.style(for: .timelineSelected))
    }

    @Test("in the coloured themes, insertions are green and deletions red, even on 8 colours", arguments: ["dark", "light", "high-contrast"])
    func diffColours(name: String) throws {
        let theme = try shippedThemes.load(name).theme
        #expect(theme.style(for: .diffInsert).foreground?.nearest(colourCount: 8) == 2)
        #expect(theme.style(for: .diffDelete).foreground?.nearest(colourCount: 8) == 1)
    }

    @Test("on 8 colours the selected row still has a background of its own", arguments: ["dark", "light", "high-contrast"])
    func selectionOnEightColours(name: String) throws {
        let theme = try shippedThemes.load(name).theme
        let background = theme.style(for: .default).background?.nearest(colourCount: 8)
        let selected = theme.style(for: .timelineSelected)
        #expect(selected.background?.nearest(colourCount: 8) != background || selected.reverse == true)
        #expect(selected.foreground?.nearest(colourCount: 8) != selected.background?.nearest(colourCount: 8))
    }
}
