import BriefingCore

/// Draws items made of several wrapped lines into a bordered pane, scrolled so the selected
/// item is visible and marked. Used by the claims and differences panes.
enum ListPane {
    static func draw(items: [[StyledLine]], selected: Int, focused: Bool, selectedRole: Role, empty: String,
                     into screen: inout ScreenBuffer, inner: Rect) {
        guard inner.height > 0 else { return }
        guard !items.isEmpty else {
            for (row, line) in TextWrapper.wrap([Run(empty, .dim)], width: max(1, inner.width - 2)).prefix(inner.height).enumerated() {
                screen.write(line, x: inner.x + 1, y: inner.y + row, maxX: inner.maxX - 1)
            }
            return
        }
        var starts: [Int] = []
        var lines: [(line: StyledLine, item: Int, first: Bool)] = []
        for (index, item) in items.enumerated() {
            starts.append(lines.count)
            for (k, line) in item.enumerated() { lines.append((line, index, k == 0)) }
            if index < items.count - 1 { lines.append((StyledLine(), -1, false)) }
        }
        let selected = min(max(0, selected), items.count - 1)
        let itemEnd = selected + 1 < starts.count ? starts[selected + 1] - 1 : lines.count
        var top = 0
        if itemEnd > inner.height { top = min(starts[selected], itemEnd - inner.height) }
        for row in 0..<inner.height where top + row < lines.count {
            let (line, item, first) = lines[top + row]
            let y = inner.y + row
            if item == selected, first {
                screen.write(focused ? "▶" : "▷", x: inner.x, y: y, role: selectedRole)
            }
            screen.write(line, x: inner.x + 1, y: y, maxX: inner.maxX - 1)
        }
        if lines.count > inner.height {
            let label = " \(selected + 1)/\(items.count) "
            screen.write(label, x: inner.maxX - DisplayWidth.of(label), y: inner.maxY, role: .border, maxX: inner.maxX)
        }
    }
}
