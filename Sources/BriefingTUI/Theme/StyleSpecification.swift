/// One role's entry in a theme file before colours are resolved: what it sets, and where.
struct StyleSpecification: Sendable {
    var foreground: ColourReference?
    var background: ColourReference?
    /// The attributes it sets (its colours are always nil; they live in the references above).
    var attributes = Style()
    var location: SourceLocation

    init(
        foreground: ColourReference? = nil, background: ColourReference? = nil,
        attributes: Style = Style(), location: SourceLocation
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
        self.location = location
    }

    /// This entry where it says something, `base` where it does not: how an inheriting theme's
    /// entry for a role changes the parent's entry.
    func merged(over base: StyleSpecification) -> StyleSpecification {
        StyleSpecification(
            foreground: foreground ?? base.foreground, background: background ?? base.background,
            attributes: attributes.merged(over: base.attributes), location: location)
    }

    /// The partial style with colours looked up in `palette`.
    func resolved(in palette: [String: ThemeColor]) throws(ThemeError) -> Style {
        var style = attributes
        style.foreground = try foreground?.resolved(in: palette)
        style.background = try background?.resolved(in: palette)
        return style
    }

    /// The entry as a theme file would write it, locations left out: for comparing themes.
    var summary: String {
        var parts: [String] = []
        if let foreground { parts.append("fg=\(foreground.text)") }
        if let background { parts.append("bg=\(background.text)") }
        let flags: [(String, Bool?)] = [
            ("bold", attributes.bold), ("underline", attributes.underline), ("reverse", attributes.reverse),
            ("dim", attributes.dim), ("italic", attributes.italic),
        ]
        for (name, value) in flags { if let value { parts.append("\(name)=\(value)") } }
        return parts.joined(separator: " ")
    }
}
