import BriefingCore
import Foundation

/// A plain-text table for the readable (non-JSON) outputs. Cells are sanitised (article text
/// never reaches the terminal raw) and the last column is cut to fit the terminal width.
struct TextTable {
    var columns: [String]
    var rows: [[String]] = []

    init(columns: [String]) { self.columns = columns }

    mutating func add(_ row: [String]) {
        rows.append(row.map { VisibleText.sanitized($0) })
    }

    func render(maxWidth: Int?) -> [String] {
        var widths = columns.map { DisplayWidth.of($0) }
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count - 1 {
                widths[i] = max(widths[i], min(DisplayWidth.of(cell), 40))
            }
        }
        func format(_ row: [String]) -> String {
            var line = ""
            for (i, cell) in row.enumerated() {
                if i == row.count - 1 {
                    line += cell
                } else {
                    let clipped = DisplayWidth.truncate(cell, to: widths[i])
                    line += clipped + String(repeating: " ", count: widths[i] - DisplayWidth.of(clipped) + 2)
                }
            }
            if let maxWidth { return DisplayWidth.truncate(line, to: maxWidth) }
            return line
        }
        return [format(columns)] + rows.map(format)
    }
}

enum TerminalSize {
    static func columns() -> Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 100
    }
}
