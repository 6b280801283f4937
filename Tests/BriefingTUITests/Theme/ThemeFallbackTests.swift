import Testing

@testable import BriefingTUI

@Suite("Theme fallbacks")
struct ThemeFallbackTests {
    let theme = Theme(
        name: "test",
        roleStyles: [
            .default: Style(foreground: .indexed(7), background: .indexed(0)),
            "diff": Style(bold: true),
            .diffInsert: Style(foreground: .indexed(2)),
        ])

    @Test("a role takes its own entry, then its prefixes', then default's")
    func cascade() {
        let insert = theme.style(for: .diffInsert)
        #expect(insert.foreground == .indexed(2))  // diff.insert
        #expect(insert.bold == true)  // diff
        #expect(insert.background == .indexed(0))  // default
        #expect(insert.underline == false)  // plain
    }

    @Test("a role outside the catalogue falls back along its dotted prefixes")
    func unknownRole() {
        #expect(theme.style(for: "diff.insert.word") == theme.style(for: .diffInsert))
        #expect(theme.style(for: "diff.other") == theme.style(for: "diff"))
        #expect(theme.style(for: "nothing.like.this") == theme.style(for: .default))
    }

    @Test("a role with no entry anywhere is default's style, every field set")
    func unstyledRole() {
        let style = theme.style(for: .timelineText)
        #expect(style == Style(
            foreground: .indexed(7), background: .indexed(0),
            bold: false, underline: false, reverse: false, dim: false, italic: false))
    }

    @Test("an empty theme draws everything plain")
    func emptyTheme() {
        let empty = Theme(name: "empty", roleStyles: [:])
        for role in Role.catalogue { #expect(empty.style(for: role) == .plain) }
        #expect(!empty.hasColour)
    }

    @Test("roles the theme names outside the catalogue are still resolved")
    func extraRoles() {
        let extra = Theme(name: "x", roleStyles: ["timeline.selected.marker": Style(underline: true), .timelineSelected: Style(reverse: true)])
        let marker = extra.style(for: "timeline.selected.marker")
        #expect(marker.underline == true)
        #expect(marker.reverse == true)
    }

    @Test("merged(over:) keeps what the partial style leaves unset")
    func merging() {
        let partial = Style(foreground: .indexed(1), bold: false)
        let base = Style(foreground: .indexed(2), background: .indexed(3), bold: true, dim: true)
        #expect(partial.merged(over: base) == Style(foreground: .indexed(1), background: .indexed(3), bold: false, dim: true))
    }

    @Test("themeable names are the catalogue and its prefixes")
    func themeableNames() {
        #expect(Role("diff").isThemeable)
        #expect(Role("chrome.title").isThemeable)
        #expect(Role.default.isThemeable)
        #expect(!Role("diff.inserted").isThemeable)
        #expect(!Role("timeline.selected.marker").isThemeable)
    }
}
