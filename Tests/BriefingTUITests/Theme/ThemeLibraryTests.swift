import Foundation
import Testing

@testable import BriefingTUI

@Suite("Finding themes")
struct ThemeLibraryTests {
    @Test("search order: config dir, $BRIEFING_THEMES, beside the executable, share/, source tree")
    func searchOrder() {
        let library = ThemeLibrary(
            environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/u", "BRIEFING_THEMES": "/extra:/more"],
            executableDirectory: URL(fileURLWithPath: "/opt/briefing/bin"),
            sourceTreeThemes: URL(fileURLWithPath: "/src/Themes"))
        #expect(library.searchDirectories.map(\.path) == [
            "/cfg/briefing/themes", "/extra", "/more", "/opt/briefing/bin/Themes", "/opt/briefing/share/briefing/Themes",
            "/src/Themes",
        ])
        #expect(!library.noColour)
    }

    @Test("without XDG_CONFIG_HOME the user's themes are in ~/.config; a relative XDG_CONFIG_HOME is ignored")
    func homeFallback() {
        for environment in [["HOME": "/home/u"], ["HOME": "/home/u", "XDG_CONFIG_HOME": "relative"]] {
            let library = ThemeLibrary(environment: environment, executableDirectory: nil, sourceTreeThemes: nil)
            #expect(library.searchDirectories.map(\.path) == ["/home/u/.config/briefing/themes"])
        }
        #expect(ThemeLibrary(environment: [:], executableDirectory: nil, sourceTreeThemes: nil).searchDirectories.isEmpty)
    }

    @Test("the source tree's Themes/ is the package's")
    func sourceTree() {
        #expect(FileManager.default.fileExists(atPath: ThemeLibrary.sourceTreeThemes.appendingPathComponent("dark.toml").path))
    }

    @Test("a name is found in the first directory that has it")
    func firstDirectoryWins() throws {
        let user = try TemporaryDirectory()
        let extra = try TemporaryDirectory()
        defer { user.remove(); extra.remove() }
        try user.write("briefing/themes/light.toml", "name = \"users-light\"\n")
        try extra.write("light.toml", "name = \"extra-light\"\n")
        try extra.write("solar.toml", "name = \"solar\"\n")
        let library = ThemeLibrary(
            environment: ["XDG_CONFIG_HOME": user.url.path, "BRIEFING_THEMES": extra.url.path],
            executableDirectory: nil, sourceTreeThemes: ThemeLibrary.sourceTreeThemes)
        #expect(try library.load("light").theme.name == "users-light")
        #expect(try library.load("solar").theme.name == "solar")
        #expect(try library.load("high-contrast").theme.name == "high-contrast")
        #expect(library.availableNames == ["dark", "high-contrast", "light", "monochrome", "solar"])
    }

    @Test("a path is read directly, relative or absolute")
    func paths() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("any name.toml", "name = \"by-path\"\n")
        let library = ThemeLibrary(searchDirectories: [])
        #expect(try library.load(file.path).theme.name == "by-path")
        #expect(ThemeLibrary.isPath("./x") && ThemeLibrary.isPath("x.toml") && !ThemeLibrary.isPath("dark"))
        #expect(throws: ThemeError("cannot read theme file /nonexistent/x.toml", at: nil)) {
            try library.load("/nonexistent/x.toml")
        }
    }

    @Test("dark and monochrome are compiled in; other unknown names are errors")
    func builtIns() throws {
        let empty = ThemeLibrary(searchDirectories: [])
        #expect(try empty.load("dark").theme == ThemeLibrary.fallbackTheme)
        #expect(try empty.load("monochrome").theme == ThemeLibrary.monochromeTheme)
        #expect(empty.availableNames == ["dark", "monochrome"])
        #expect(throws: ThemeError("no theme named 'solar' (available: dark, monochrome)", at: nil)) {
            try empty.load("solar")
        }
    }

    @Test("a user's dark.toml may inherit the shipped dark and change one thing")
    func userTweaksDark() throws {
        let user = try TemporaryDirectory()
        defer { user.remove() }
        try user.write("briefing/themes/dark.toml", "inherits = \"dark\"\n[roles]\n\"dim\" = \"white\"\n")
        let library = ThemeLibrary(
            environment: ["XDG_CONFIG_HOME": user.url.path], executableDirectory: nil,
            sourceTreeThemes: ThemeLibrary.sourceTreeThemes)
        let theme = try library.load("dark").theme
        #expect(theme.style(for: .dim).foreground == .indexed(7))
        #expect(theme.style(for: .diffInsert) == ThemeLibrary.fallbackTheme.style(for: .diffInsert))
        // With no shipped files at all, the compiled-in dark is the parent.
        let alone = ThemeLibrary(environment: ["XDG_CONFIG_HOME": user.url.path], executableDirectory: nil, sourceTreeThemes: nil)
        #expect(try alone.load("dark").theme == theme)
    }

    @Test("t cycles through the names in order and wraps round")
    func cycling() {
        #expect(shippedThemes.name(after: "dark") == "high-contrast")
        #expect(shippedThemes.name(after: "monochrome") == "dark")
        #expect(shippedThemes.name(after: "/some/file.toml") == "dark")
    }

    @Test("NO_COLOR (non-empty) starts in monochrome, unless --theme names a theme")
    func noColour() {
        let environment = ["NO_COLOR": "1"]
        let library = ThemeLibrary(environment: environment, executableDirectory: nil, sourceTreeThemes: ThemeLibrary.sourceTreeThemes)
        #expect(library.noColour)
        let selection = library.startupTheme(requested: nil, configured: "light")
        #expect(selection.theme.name == "monochrome")
        #expect(!selection.theme.hasColour)
        #expect(library.startupTheme(requested: "light", configured: nil).theme.name == "light")
        // Even with no theme files anywhere.
        let bare = ThemeLibrary(environment: environment, executableDirectory: nil, sourceTreeThemes: nil)
        #expect(!bare.startupTheme(requested: nil, configured: nil).theme.hasColour)
        // An empty NO_COLOR does not count.
        let empty = ThemeLibrary(environment: ["NO_COLOR": ""], executableDirectory: nil, sourceTreeThemes: nil)
        #expect(empty.startupTheme(requested: nil, configured: nil).theme.name == "dark")
    }

    @Test("startup: --theme, then the config's theme, then dark; a bad choice falls back to dark with the error")
    func startup() {
        let library = ThemeLibrary(environment: [:], executableDirectory: nil, sourceTreeThemes: ThemeLibrary.sourceTreeThemes)
        #expect(library.startupTheme(requested: "light", configured: "high-contrast").theme.name == "light")
        #expect(library.startupTheme(requested: nil, configured: "high-contrast").theme.name == "high-contrast")
        #expect(library.startupTheme(requested: nil, configured: nil).theme.name == "dark")
        let bad = library.startupTheme(requested: "solar", configured: nil)
        #expect(bad.theme == ThemeLibrary.fallbackTheme)
        #expect(bad.error?.message.hasPrefix("no theme named 'solar'") == true)
    }
}
