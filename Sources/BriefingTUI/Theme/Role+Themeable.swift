extension Role {
    /// Role names a theme may style without a warning: every catalogue role and every dotted
    /// prefix of one (`diff` styles all of `diff.*` through the fallbacks).
    public static let themeableNames: Set<String> = Set(catalogue.flatMap { role in role.fallbacks.map(\.name) })

    /// Whether a theme entry for this role can affect anything drawn.
    public var isThemeable: Bool { Self.themeableNames.contains(name) }
}
