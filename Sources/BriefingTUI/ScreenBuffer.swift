import BriefingCore

/// A semantic role a cell is drawn in ("timeline.selected", "diff.insert"); the theme turns
/// roles into colours at the terminal's edge, so widgets and snapshots never name a colour.
public struct Role: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public init(stringLiteral value: String) { self.name = value }
    public var description: String { name }
    public static let `default`: Role = "default"
}

/// One terminal cell: a grapheme cluster (empty for the right half of a wide character) and its role.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var role: Role
    public init(text: String = " ", role: Role = .default) {
        self.text = text
        self.role = role
    }
}

/// A virtual screen of `width` × `height` cells that widgets draw into. The curses adapter
/// presents it; tests read it back as text.
///
/// Text is sanitised on the way in (control characters become visible placeholders) and wide
/// characters take two cells, measured with ``DisplayWidth``.
public struct ScreenBuffer: Equatable, Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` at column `x` of row `y`, clipped at `maxX` (exclusive; default the right
    /// edge). Returns the column after the last cell written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, role: Role = .default, maxX: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(maxX ?? width, width)
        var column = x
        for character in text {
            let safe: Character
            if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 {
                safe = Character(VisibleText.visible(scalar))
            } else {
                safe = character
            }
            let w = DisplayWidth.of(safe)
            if w == 0 { continue }
            if column + w > limit { break }
            if column >= 0 {
                self[column, y] = Cell(text: String(safe), role: role)
                if w == 2 { self[column + 1, y] = Cell(text: "", role: role) }
            }
            column += w
        }
        return column
    }

    /// Fills a rectangle with spaces in `role`.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, role: Role = .default) {
        for row in max(0, y)..<min(height, y + h) {
            for column in max(0, x)..<min(width, x + w) { self[column, row] = Cell(text: " ", role: role) }
        }
    }

    /// The screen as text, one line per row, trailing spaces removed: what snapshot tests compare.
    public var text: String {
        var lines: [String] = []
        for row in 0..<height {
            var line = ""
            for column in 0..<width { line += cells[row * width + column].text }
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
