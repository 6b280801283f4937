/// A theme as its file (and the files it inherits from) define it: a palette and role entries,
/// colours still unresolved. ``resolved()`` turns it into a ``Theme``.
struct ThemeDefinition: Sendable {
    var name: String
    /// Palette name → colour. Entries are literal colours, never other palette names.
    var palette: [String: ThemeColor]
    /// Role name (dotted) → its entry.
    var roles: [String: StyleSpecification]

    /// This theme on top of `parent`: palette entries and role entries here replace or, for
    /// roles, merge attribute by attribute over the parent's.
    func inheriting(from parent: ThemeDefinition) -> ThemeDefinition {
        ThemeDefinition(
            name: name,
            palette: parent.palette.merging(palette) { _, own in own },
            roles: parent.roles.merging(roles) { inherited, own in own.merged(over: inherited) })
    }

    /// The theme with every colour looked up; throws at the first colour that names nothing.
    func resolved() throws(ThemeError) -> Theme {
        var roleStyles: [Role: Style] = [:]
        // Sorted so that, of several bad colours, the same one is always reported.
        for (roleName, specification) in roles.sorted(by: { $0.key < $1.key }) {
            roleStyles[Role(roleName)] = try specification.resolved(in: palette)
        }
        return Theme(name: name, roleStyles: roleStyles)
    }
}
