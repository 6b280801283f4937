/// How cells of one role look: colours and curses attributes.
///
/// Every field is optional so a style can say only what it changes: a theme entry for
/// `diff.insert` that sets just the foreground keeps the background and attributes of `diff` and
/// `default` (see ``merged(over:)``). A ``Theme`` hands out *resolved* styles, merged over
/// ``plain``, in which every field is set.
public struct Style: Hashable, Sendable {
    public var foreground: ThemeColor?
    public var background: ThemeColor?
    public var bold: Bool?
    public var underline: Bool?
    public var reverse: Bool?
    public var dim: Bool?
    public var italic: Bool?

    public init(
        foreground: ThemeColor? = nil, background: ThemeColor? = nil,
        bold: Bool? = nil, underline: Bool? = nil, reverse: Bool? = nil, dim: Bool? = nil, italic: Bool? = nil
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
        self.italic = italic
    }

    /// Terminal default colours and no attributes: the base every resolved style starts from.
    public static let plain = Style(
        foreground: .terminalDefault, background: .terminalDefault,
        bold: false, underline: false, reverse: false, dim: false, italic: false)

    /// This style where it says something, `base` where it does not.
    public func merged(over base: Style) -> Style {
        Style(
            foreground: foreground ?? base.foreground, background: background ?? base.background,
            bold: bold ?? base.bold, underline: underline ?? base.underline, reverse: reverse ?? base.reverse,
            dim: dim ?? base.dim, italic: italic ?? base.italic)
    }

    /// Whether the style sets a colour other than the terminal's default.
    public var hasColour: Bool {
        [foreground, background].contains { $0 != nil && $0 != .terminalDefault }
    }
}
