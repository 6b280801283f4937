import BriefingCore

/// The events overview: every event of the corpus, newest first, one row each — its days, how
/// many outlets, statements and differences, and its title with the outlets' names — over the
/// panes, so a folder of many stories shows what it holds in one screen. Only the rows on screen
/// are read from the store.
enum EventsOverviewView {
    /// Rows of events the overview shows on a screen `screenHeight` rows high (frame, column
    /// header and status line taken off).
    static func listHeight(screenHeight: Int) -> Int { screenHeight - 4 }

    static func draw(_ browser: Browser, overview: EventsOverview, into screen: inout ScreenBuffer) {
        let rect = Rect(x: 0, y: 0, width: screen.width, height: screen.height - 1)
        let count = browser.eventCount
        screen.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, role: .default)
        screen.frame(rect, title: "Events · \(count) in this corpus, newest first · Enter opens one, Esc closes", focused: true)
        let inner = rect.inner
        guard inner.height > 1, inner.width > 20 else { return }
        let dayWidth = 16
        let numbers = [("outlets", 8), ("statements", 11), ("diffs", 6)]
        var x = inner.x + 2
        x = screen.write("day".padding(dayWidth), x: x, y: inner.y, role: .dim, maxX: inner.maxX)
        for (label, width) in numbers {
            x = screen.write(String(repeating: " ", count: max(0, width - label.count - 1)) + label + " ", x: x, y: inner.y, role: .dim, maxX: inner.maxX)
        }
        screen.write(" event", x: x, y: inner.y, role: .dim, maxX: inner.maxX)
        let rows = inner.height - 1
        let top = max(0, min(overview.top, max(0, count - rows)))
        let summaries = browser.read { try $0.eventSummaries(range: top..<top + rows) } ?? []
        for (offset, summary) in summaries.enumerated() {
            let y = inner.y + 1 + offset
            let selected = top + offset == overview.selected
            let base: Role = selected ? .listSelected : .default
            if selected { screen.fill(x: inner.x, y: y, width: inner.width, height: 1, role: base) }
            var column = screen.write(selected ? "▶ " : "  ", x: inner.x, y: y, role: selected ? base : .timelineMarker, maxX: inner.maxX)
            column = screen.write(days(summary).padding(dayWidth), x: column, y: y, role: selected ? base : .timelineDay, maxX: inner.maxX)
            for (value, (_, width)) in zip([summary.sources.count, summary.entries, summary.differences], numbers) {
                let text = String(value)
                column = screen.write(String(repeating: " ", count: max(0, width - text.count - 1)) + text + " ", x: column, y: y,
                                      role: selected ? base : .timelineCount, maxX: inner.maxX)
            }
            let outlets = " · " + summary.sources.map { VisibleText.sanitized($0) }.joined(separator: ", ")
            let room = inner.maxX - column - 1
            // The title first: the outlets get a third of a wide row and none of a narrow one.
            let outletRoom = room >= 70 ? min(DisplayWidth.of(outlets), room / 3) : 0
            let title = TextCut.words(VisibleText.sanitized(summary.title), columns: max(4, room - outletRoom))
            column = screen.write(" " + title, x: column, y: y, role: selected ? base : .timelineEvent, maxX: inner.maxX)
            if outletRoom > 0, column < inner.maxX - 4 {
                screen.write(TextCut.words(outlets, columns: inner.maxX - column), x: column, y: y, role: selected ? base : .dim, maxX: inner.maxX)
            }
        }
        if count > rows {
            let position = " \(overview.selected + 1)/\(count) "
            screen.write(position, x: rect.maxX - 2 - DisplayWidth.of(position), y: rect.maxY - 1, role: .border, maxX: rect.maxX - 1)
        }
    }

    /// "2025-08-19 Tue", or "2025-08-19–21" for an event reported over several days.
    static func days(_ summary: EventSummary) -> String {
        guard let first = summary.firstDay ?? summary.day else { return "undated" }
        guard let last = summary.lastDay, last != first else { return "\(first) \(first.weekday.name.prefix(3))" }
        let a = "\(first)", b = "\(last)"
        // Same month: "2025-08-19–21"; else both days in full, cut to fit the column.
        if a.prefix(8) == b.prefix(8) { return a + "–" + b.suffix(2) }
        return a + "–" + b.suffix(5)
    }
}

extension String {
    /// The string padded with spaces to `width` columns (never cut).
    func padding(_ width: Int) -> String {
        let have = DisplayWidth.of(self)
        return have >= width ? self + " " : self + String(repeating: " ", count: width - have)
    }
}
