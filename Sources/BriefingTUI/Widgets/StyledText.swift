import BriefingCore

/// A piece of text in one role.
public struct Run: Equatable, Sendable {
    public var text: Substring
    public var role: Role
    /// UTF-8 byte offset of the run's first character in the text it was cut from; -1 when it
    /// was not cut from an article.
    public var offset: Int
    public init(_ text: Substring, _ role: Role, offset: Int = -1) {
        self.text = text
        self.role = role
        self.offset = offset
    }
    public init(_ text: String, _ role: Role) { self.init(Substring(text), role) }
}

/// One screen line of wrapped text.
public struct StyledLine: Equatable, Sendable {
    public var runs: [Run] = []
    /// UTF-8 byte offset of the line's first character in the source text (-1 when none).
    public var offset: Int = -1
    public init(_ runs: [Run] = [], offset: Int = -1) {
        self.runs = runs
        self.offset = offset
    }
    /// A line that is one run.
    public init(_ text: String, _ role: Role) { self.init([Run(text, role)]) }
}

/// Wraps runs of styled text at word boundaries to a display width; `\n` breaks a line, words
/// longer than the width are cut. Widths are terminal columns (``DisplayWidth``).
///
/// - Complexity: O(n) in the characters of the text.
public enum TextWrapper {
    /// A piece of one input run; `source` is the run's index, so neighbours of one run merge.
    private struct Piece {
        var text: Substring
        var role: Role
        var offset: Int
        var source: Int
    }

    public static func wrap(_ runs: [Run], width: Int, indent: Int = 0) -> [StyledLine] {
        let width = max(1, width)
        let indent = indent < width ? indent : 0
        var lines: [StyledLine] = []
        var line: [Piece] = []
        var lineOffset = -1
        var column = 0
        var pendingSpace: [Piece] = []
        var pendingSpaceWidth = 0
        var word: [Piece] = []
        var wordWidth = 0

        func finishLine() {
            lines.append(StyledLine(line.map { Run($0.text, $0.role, offset: $0.offset) }, offset: lineOffset))
            line = []
            lineOffset = -1
            column = 0
            pendingSpace = []
            pendingSpaceWidth = 0
        }
        func startContinuation() {
            if indent > 0 {
                line.append(Piece(text: Substring(String(repeating: " ", count: indent)), role: .default, offset: -1, source: -1))
                column = indent
            }
        }
        func append(_ piece: Piece) {
            if lineOffset < 0, piece.offset >= 0 { lineOffset = piece.offset }
            if let last = line.last, last.source == piece.source, last.role == piece.role, last.text.endIndex == piece.text.startIndex {
                line[line.count - 1].text = last.text.base[last.text.startIndex..<piece.text.endIndex]
            } else {
                line.append(piece)
            }
        }
        func flushWord() {
            guard !word.isEmpty else { return }
            if column + pendingSpaceWidth + wordWidth > width, column > indent {
                finishLine()
                startContinuation()
            } else {
                for space in pendingSpace { append(space) }
                column += pendingSpaceWidth
            }
            pendingSpace = []
            pendingSpaceWidth = 0
            for piece in word {
                var start = piece.text.startIndex
                var index = start
                var byte = piece.offset
                var startByte = piece.offset
                while index < piece.text.endIndex {
                    let character = piece.text[index]
                    let w = DisplayWidth.of(character)
                    if column + w > width, column > indent {
                        if start < index { append(Piece(text: piece.text[start..<index], role: piece.role, offset: startByte, source: piece.source)) }
                        finishLine()
                        startContinuation()
                        start = index
                        startByte = byte
                    }
                    column += w
                    if byte >= 0 { byte += character.utf8.count }
                    index = piece.text.index(after: index)
                }
                if start < piece.text.endIndex { append(Piece(text: piece.text[start...], role: piece.role, offset: startByte, source: piece.source)) }
            }
            word = []
            wordWidth = 0
        }

        for (source, run) in runs.enumerated() {
            var index = run.text.startIndex
            var byte = run.offset
            while index < run.text.endIndex {
                let character = run.text[index]
                let next = run.text.index(after: index)
                let size = character.utf8.count
                if character == "\n" || character == "\r\n" {
                    flushWord()
                    finishLine()
                    lineOffset = byte >= 0 ? byte + size : -1
                } else if character == " " {
                    flushWord()
                    pendingSpace.append(Piece(text: run.text[index..<next], role: run.role, offset: byte, source: source))
                    pendingSpaceWidth += 1
                } else {
                    if let last = word.last, last.source == source, last.text.endIndex == index {
                        word[word.count - 1].text = run.text.base[last.text.startIndex..<next]
                    } else {
                        word.append(Piece(text: run.text[index..<next], role: run.role, offset: byte, source: source))
                    }
                    wordWidth += DisplayWidth.of(character)
                }
                if byte >= 0 { byte += size }
                index = next
            }
        }
        flushWord()
        if !line.isEmpty || lines.isEmpty || lineOffset >= 0 { finishLine() }
        return lines
    }
}

extension ScreenBuffer {
    /// Draws a styled line at (`x`, `y`), clipped at `maxX`; `fill` paints the rest of the row.
    public mutating func write(_ line: StyledLine, x: Int, y: Int, maxX: Int, fill: Role? = nil) {
        var column = x
        for run in line.runs where column < maxX {
            column = write(String(run.text), x: column, y: y, role: run.role, maxX: maxX)
        }
        if let fill, column < maxX { self.fill(x: column, y: y, width: maxX - column, height: 1, role: fill) }
    }
}
