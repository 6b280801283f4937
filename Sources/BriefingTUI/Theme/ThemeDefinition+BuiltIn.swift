extension ThemeDefinition {
    /// `Themes/dark.toml`, compiled in: used when no theme file can be found or a file is bad,
    /// and as the parent of themes that say `inherits = "dark"` when no dark.toml is installed.
    /// Tests keep it equal to the file, palette entry by entry and role by role.
    static let builtInDark = ThemeDefinition(
        name: "dark",
        palette: builtInPalette([
            "bg": "#1e2127", "fg": "#d7dae0", "strong": "#f0f2f5", "muted": "#7f848e", "subtle": "#707784",
            "bar": "#2c313a", "red": "#e06c75", "green": "#98c379", "yellow": "#e5c07b", "blue": "#61afef",
            "purple": "#c678dd", "cyan": "#56b6c2", "orange": "#d19a66",
            "selection-bg": "#61afef", "selection-fg": "#1e2127", "match-bg": "#e5c07b", "match-fg": "#1e2127",
            "statement-bg": "#3e4451", "insert-bg": "#2b3a2b", "delete-bg": "#402a2d",
        ]),
        roles: builtInRoles(theme: "dark", [
            "default": .init(fg: "fg", bg: "bg"),
            "dim": .init(fg: "muted"),
            "prompt": .init(fg: "cyan", bold: true),
            "chrome.border": .init(fg: "subtle"),
            "chrome.title": .init(fg: "muted", bold: true),
            "chrome.title.focused": .selected,
            "status": .init(fg: "fg", bg: "bar"),
            "status.key": .init(fg: "yellow", bold: true),
            "status.error": .init(fg: "red", bold: true),
            "timeline.day": .init(fg: "blue", bold: true),
            "timeline.event": .init(fg: "purple"),
            "timeline.speaker": .init(fg: "cyan"),
            "timeline.count": .init(fg: "orange"),
            "timeline.marker": .init(fg: "yellow", bold: true),
            "timeline.selected": .selected,
            "source.headline": .init(fg: "strong", bold: true),
            "source.statement": .init(fg: "strong", bg: "statement-bg", bold: true),
            "source.speaker": .init(fg: "cyan", bold: true),
            "source.date": .init(fg: "orange", underline: true),
            "claims.type": .init(fg: "purple"),
            "claims.score": .init(fg: "orange"),
            "claims.sources": .init(fg: "muted"),
            "claims.assessment": .init(fg: "red", bold: true),
            "claims.selected": .selected,
            "diff.kind": .init(fg: "purple", bold: true),
            "diff.insert": .init(fg: "green", bg: "insert-bg", bold: true),
            "diff.delete": .init(fg: "red", bg: "delete-bg"),
            "diff.source": .init(fg: "cyan"),
            "diff.selected": .selected,
            "search.match": .init(fg: "match-fg", bg: "match-bg", bold: true),
            "help.key": .init(fg: "yellow", bold: true),
            "list.selected": .selected,
        ]))

    /// `Themes/monochrome.toml`, compiled in, so that `NO_COLOR` works without any theme file.
    static let builtInMonochrome = ThemeDefinition(
        name: "monochrome",
        palette: [:],
        roles: builtInRoles(theme: "monochrome", [
            "dim": .init(dim: true),
            "prompt": .init(bold: true),
            "chrome.border": .init(dim: true),
            "chrome.title": .init(bold: true),
            "chrome.title.focused": .init(bold: true, reverse: true),
            "status": .init(reverse: true),
            "status.key": .init(bold: true),
            "status.error": .init(bold: true, underline: true),
            "timeline.day": .init(bold: true, underline: true),
            "timeline.event": .init(bold: true),
            "timeline.speaker": .init(bold: true),
            "timeline.count": .init(dim: true),
            "timeline.marker": .init(bold: true),
            "timeline.selected": .init(bold: true, reverse: true),
            "source.headline": .init(bold: true),
            "source.statement": .init(bold: true, underline: true),
            "source.speaker": .init(bold: true),
            "source.date": .init(underline: true),
            "claims.type": .init(bold: true),
            "claims.score": .init(dim: true),
            "claims.sources": .init(dim: true),
            "claims.assessment": .init(bold: true, underline: true),
            "claims.selected": .init(bold: true, reverse: true),
            "diff.kind": .init(bold: true),
            "diff.insert": .init(bold: true, underline: true),
            "diff.delete": .init(reverse: true, dim: true),
            "diff.source": .init(bold: true),
            "diff.selected": .init(bold: true, reverse: true),
            "search.match": .init(underline: true, reverse: true),
            "help.key": .init(bold: true),
            "list.selected": .init(bold: true, reverse: true),
        ]))

    /// The compiled-in themes by name.
    static let builtIn: [String: ThemeDefinition] = ["dark": builtInDark, "monochrome": builtInMonochrome]

    private static func builtInPalette(_ entries: [String: String]) -> [String: ThemeColor] {
        entries.compactMapValues { ThemeColor(parsing: $0) }
    }

    private static func builtInRoles(theme: String, _ entries: [String: BuiltInEntry]) -> [String: StyleSpecification] {
        let location = SourceLocation(file: "<built-in \(theme)>", line: 0)
        return entries.mapValues { entry in
            StyleSpecification(
                foreground: entry.fg.map { ColourReference(text: $0, location: location) },
                background: entry.bg.map { ColourReference(text: $0, location: location) },
                attributes: Style(
                    bold: entry.bold, underline: entry.underline, reverse: entry.reverse,
                    dim: entry.dim, italic: entry.italic),
                location: location)
        }
    }
}

/// A role entry of a compiled-in theme, written the way the TOML file writes it.
private struct BuiltInEntry {
    var fg: String?
    var bg: String?
    var bold: Bool?
    var underline: Bool?
    var reverse: Bool?
    var dim: Bool?
    var italic: Bool?

    init(
        fg: String? = nil, bg: String? = nil, bold: Bool? = nil, underline: Bool? = nil,
        reverse: Bool? = nil, dim: Bool? = nil, italic: Bool? = nil
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
        self.italic = italic
    }

    /// The dark theme's selected rows and focused titles.
    static let selected = BuiltInEntry(fg: "selection-fg", bg: "selection-bg", bold: true)
}
