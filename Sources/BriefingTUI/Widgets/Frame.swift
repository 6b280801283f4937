extension ScreenBuffer {
    /// Draws a box with Unicode line characters and a title on its top edge; the focused pane's
    /// title is drawn in `chrome.title.focused` and marked with `▶`.
    public mutating func frame(_ rect: Rect, title: String, focused: Bool) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border: Role = .border
        let horizontal = focused ? "━" : "─"
        let vertical = focused ? "┃" : "│"
        for x in rect.x + 1..<rect.maxX - 1 {
            write(horizontal, x: x, y: rect.y, role: border)
            write(horizontal, x: x, y: rect.maxY - 1, role: border)
        }
        for y in rect.y + 1..<rect.maxY - 1 {
            write(vertical, x: rect.x, y: y, role: border)
            write(vertical, x: rect.maxX - 1, y: y, role: border)
        }
        write(focused ? "┏" : "┌", x: rect.x, y: rect.y, role: border)
        write(focused ? "┓" : "┐", x: rect.maxX - 1, y: rect.y, role: border)
        write(focused ? "┗" : "└", x: rect.x, y: rect.maxY - 1, role: border)
        write(focused ? "┛" : "┘", x: rect.maxX - 1, y: rect.maxY - 1, role: border)
        let label = (focused ? "▶ " : " ") + title + " "
        write(label, x: rect.x + 2, y: rect.y, role: focused ? .titleFocused : .title, maxX: rect.maxX - 2)
    }
}
