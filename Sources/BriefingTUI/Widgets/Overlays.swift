import BriefingCore

/// Windows drawn over the panes: the help generated from the command table, and pickers.
enum Overlays {
    static func box(width: Int, height: Int, in screen: ScreenBuffer) -> Rect {
        let w = min(width, screen.width - 4), h = min(height, screen.height - 2)
        return Rect(x: (screen.width - w) / 2, y: max(0, (screen.height - 1 - h) / 2), width: w, height: h)
    }

    static func drawHelp(_ browser: Browser, top: Int, into screen: inout ScreenBuffer) {
        var rows: [(keys: String, summary: String)] = []
        for command in Command.allCases {
            rows.append((browser.keyMap.keys(for: command).map(\.description).joined(separator: " "), command.summary))
        }
        let keyWidth = min(22, rows.map { DisplayWidth.of($0.keys) }.max() ?? 10) + 2
        let rect = box(width: 96, height: rows.count + 4, in: screen)
        screen.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, role: .helpText)
        screen.frame(rect, title: "Help · keys (Esc closes)", focused: true)
        let inner = rect.inner
        let shown = rows.dropFirst(min(top, max(0, rows.count - inner.height)))
        for (row, item) in shown.prefix(inner.height).enumerated() {
            screen.write(item.keys, x: inner.x + 1, y: inner.y + row, role: .helpKey, maxX: inner.x + 1 + keyWidth - 1)
            screen.write(item.summary, x: inner.x + 1 + keyWidth, y: inner.y + row, role: .helpText, maxX: inner.maxX - 1)
        }
    }

    static func drawPicker(_ picker: Picker, into screen: inout ScreenBuffer) {
        let rect = box(width: 72, height: min(picker.items.count, 20) + 2, in: screen)
        screen.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, role: .helpText)
        screen.frame(rect, title: picker.title + " · Enter picks, Esc closes", focused: true)
        let inner = rect.inner
        guard inner.height > 0 else { return }
        let top = max(0, min(picker.selected - inner.height + 1, picker.items.count - inner.height))
        for row in 0..<inner.height where top + row < picker.items.count {
            let item = picker.items[top + row]
            let selected = top + row == picker.selected
            let role: Role = selected ? .listSelected : .helpText
            if selected { screen.fill(x: inner.x, y: inner.y + row, width: inner.width, height: 1, role: role) }
            let x = screen.write((selected ? "▶ " : "  ") + VisibleText.sanitized(item.label), x: inner.x, y: inner.y + row, role: role, maxX: inner.maxX)
            screen.write("  " + VisibleText.sanitized(item.detail), x: x, y: inner.y + row, role: selected ? role : .dim, maxX: inner.maxX)
        }
    }
}
