/// Turns the semantic roles widgets draw in into styles for the terminal.
///
/// A role's style cascades along its fallbacks: `diff.insert.word` takes what its own entry sets,
/// then what `diff.insert`, `diff` and finally `default` set, over ``Style/plain``. So a theme
/// that gives `default` a background and `diff.insert` only a foreground draws insertions on
/// that background. Styles for the catalogue (and every role the theme names) are computed once
/// when the theme is made; ``style(for:)`` is a dictionary look-up, cheap enough per cell per frame.
public struct Theme: Sendable, Equatable {
    /// The theme's name as the user chooses it (`dark`, `light`, or a file's `name`).
    public let name: String
    /// Resolved style of every catalogue role, every role the theme names, and all their prefixes.
    private let resolvedStyles: [Role: Style]

    /// A theme from partial styles per role (usually a theme file's entries, colours resolved).
    /// Roles not given fall back along ``Role/fallbacks``.
    public init(name: String, roleStyles: [Role: Style]) {
        self.name = name
        var resolved: [Role: Style] = [:]
        let roles = Set(Role.catalogue).union(roleStyles.keys)
        for role in roles {
            for prefix in role.fallbacks where resolved[prefix] == nil {
                resolved[prefix] = prefix.fallbacks.reversed().reduce(Style.plain) { base, step in
                    roleStyles[step]?.merged(over: base) ?? base
                }
            }
        }
        self.resolvedStyles = resolved
    }

    /// The style to draw `role` in, every field set. A role outside the catalogue that the theme
    /// does not name gets the style of its nearest known prefix (at worst `default`).
    public func style(for role: Role) -> Style {
        if let style = resolvedStyles[role] { return style }
        for prefix in role.fallbacks.dropFirst() {
            if let style = resolvedStyles[prefix] { return style }
        }
        return resolvedStyles[.default] ?? .plain
    }

    /// Whether any role is drawn in a colour other than the terminal's defaults.
    public var hasColour: Bool { resolvedStyles.values.contains(where: \.hasColour) }
}
