/// What the terminal draws a cell with: colour numbers (-1 is the terminal's default) and
/// attribute flags. The theme decides it per role; the adapter only applies it.
public struct TerminalStyle: Hashable, Sendable {
    public var foreground: Int
    public var background: Int
    public var bold = false
    public var underline = false
    public var reverse = false
    public var dim = false
    public var italic = false

    public init(foreground: Int = -1, background: Int = -1, bold: Bool = false, underline: Bool = false,
                reverse: Bool = false, dim: Bool = false, italic: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
        self.italic = italic
    }

    public static let plain = TerminalStyle()
}
