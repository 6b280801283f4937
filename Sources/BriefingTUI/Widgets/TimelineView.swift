import BriefingCore

/// The timeline pane: entries in order, under a heading for each day and event, the selected one
/// marked. Only the rows on screen are read from the store.
enum TimelineView {
    /// Letters for difference markers, in ``DifferenceKind`` order.
    static func marker(_ kind: DifferenceKind) -> String {
        switch kind {
        case .wording: return "W"
        case .coverage: return "C"
        case .framing: return "F"
        case .attribution: return "A"
        case .date: return "D"
        case .name: return "N"
        case .number: return "#"
        }
    }

    static func draw(_ browser: Browser, into screen: inout ScreenBuffer, rect: Rect) {
        let inner = rect.inner
        var state = browser.state
        let count = browser.timelineCount()
        let title = count == 1 ? "Timeline · 1 statement" : "Timeline · \(count) statements"
        screen.frame(rect, title: title, focused: state.focus == .timeline)
        browser.timelineRows = [:]
        guard inner.height > 0, inner.width > 0 else { return }
        guard count > 0 else {
            let empty = browser.indexingText != nil ? "Indexing the corpus…"
                : state.filter.isEmpty ? "No statements found in this corpus." : "Nothing passes the filter; Esc clears it."
            screen.write(empty,
                         x: inner.x + 1, y: inner.y, role: .dim, maxX: inner.maxX)
            return
        }
        // Keep the selection on screen: each entry takes at least one row, headings more.
        if state.selected < state.timelineTop { state.timelineTop = state.selected }
        state.timelineTop = max(0, min(state.timelineTop, count - 1))
        var rows = layoutRows(browser, top: state.timelineTop, height: inner.height)
        if !rows.contains(where: { $0.entryIndex == state.selected }) {
            state.timelineTop = topShowing(state.selected, browser: browser, height: inner.height)
            rows = layoutRows(browser, top: state.timelineTop, height: inner.height)
        }
        browser.setTimelineTop(state.timelineTop)

        for (offset, row) in rows.enumerated() {
            let y = inner.y + offset
            switch row.kind {
            case .heading(let entry):
                drawHeading(entry, into: &screen, x: inner.x, y: y, maxX: inner.maxX)
            case .entry(let entry):
                browser.timelineRows[y] = row.entryIndex
                if state.filter.folding.isFolded(entry.eventID) {
                    drawFolded(entry, summary: entry.eventID.flatMap(browser.eventSummary), selected: row.entryIndex == state.selected,
                               focused: state.focus == .timeline, into: &screen, x: inner.x, y: y, maxX: inner.maxX)
                } else {
                    drawEntry(entry, selected: row.entryIndex == state.selected, focused: state.focus == .timeline,
                              terms: state.highlightTerms, into: &screen, x: inner.x, y: y, maxX: inner.maxX)
                }
            }
        }
        if count > inner.height {
            screen.write(" \(state.selected + 1)/\(count) ", x: rect.maxX - 2 - "\(state.selected + 1)/\(count)".count - 2, y: rect.maxY - 1,
                         role: .border, maxX: rect.maxX - 1)
        }
    }

    /// The first entry to show so that entry `selected` is on the last rows: walks back from it,
    /// counting an entry's row and the headings that come and go, with one read of the store.
    static func topShowing(_ selected: Int, browser: Browser, height: Int) -> Int {
        let low = max(0, selected - height + 1)
        let window = browser.read { try $0.timeline(browser.state.filter, range: low..<selected + 1) } ?? []
        guard let last = window.indices.last else { return selected }
        var top = low + last
        var needed = 2 // the selected entry under its heading
        for k in stride(from: last - 1, through: 0, by: -1) {
            let sameGroup = window[k].day == window[k + 1].day && window[k].eventID == window[k + 1].eventID
            needed += sameGroup ? 1 : 2
            if needed > height { break }
            top = low + k
        }
        return top
    }

    struct Row {
        enum Kind { case heading(TimelineEntry), entry(TimelineEntry) }
        var kind: Kind
        var entryIndex: Int
    }

    /// Rows from entry `top` down: a heading first (the group the top entry belongs to), then a
    /// heading wherever the day or event changes.
    static func layoutRows(_ browser: Browser, top: Int, height: Int) -> [Row] {
        let entries = browser.read { try $0.timeline(browser.state.filter, range: top..<top + height) } ?? []
        var rows: [Row] = []
        var previous: TimelineEntry?
        for (offset, entry) in entries.enumerated() {
            if previous == nil || previous!.day != entry.day || previous!.eventID != entry.eventID {
                rows.append(Row(kind: .heading(entry), entryIndex: top + offset))
            }
            rows.append(Row(kind: .entry(entry), entryIndex: top + offset))
            previous = entry
            if rows.count >= height { break }
        }
        return Array(rows.prefix(height))
    }

    static func drawHeading(_ entry: TimelineEntry, into screen: inout ScreenBuffer, x: Int, y: Int, maxX: Int) {
        var column = screen.write(entry.day.map { "\($0) \($0.weekday.name.prefix(3))" } ?? "undated", x: x, y: y, role: .timelineDay, maxX: maxX)
        let title = entry.eventTitle ?? ""
        let outlets = " · \(entry.eventSourceCount) outlet\(entry.eventSourceCount == 1 ? "" : "s")"
        let titleEnd = maxX - DisplayWidth.of(outlets)
        let titleStart = column
        // Cut at a word, never mid-word ("Holm says…", not "Holm say…").
        if !title.isEmpty, titleEnd - titleStart > 4 {
            column = screen.write(" · " + TextCut.words(title, columns: titleEnd - titleStart - 3), x: column, y: y, role: .timelineEvent, maxX: titleEnd)
        }
        column = screen.write(outlets, x: column, y: y, role: .timelineEvent, maxX: maxX)
        screen.write(" " + String(repeating: "─", count: max(0, maxX - column - 1)), x: column, y: y, role: .border, maxX: maxX)
    }

    /// A folded event's one row under its heading: what the fold hides.
    static func drawFolded(_ entry: TimelineEntry, summary: EventSummary?, selected: Bool, focused: Bool,
                           into screen: inout ScreenBuffer, x: Int, y: Int, maxX: Int) {
        let role: Role = selected ? .timelineSelected : .dim
        if selected { screen.fill(x: x, y: y, width: maxX - x, height: 1, role: role) }
        var column = screen.write(selected ? (focused ? "▶ " : "▷ ") : "  ", x: x, y: y, role: selected ? role : .timelineMarker, maxX: maxX)
        let statements = summary?.entries ?? 1
        let differences = summary?.differences ?? 0
        var text = "▸ folded: \(statements) statement\(statements == 1 ? "" : "s")"
        if differences > 0 { text += ", \(differences) difference\(differences == 1 ? "" : "s")" }
        if let speaker = entry.speaker { text += " · first: " + SpeakerName.short(speaker) }
        column = screen.write(text, x: column, y: y, role: role, maxX: maxX)
        screen.write("  z unfolds", x: column, y: y, role: role, maxX: maxX)
    }

    static func shortName(_ speaker: String?) -> String {
        guard let speaker else { return "unattributed" }
        return SpeakerName.short(speaker)
    }

    static func drawEntry(_ entry: TimelineEntry, selected: Bool, focused: Bool, terms: [SearchTerm],
                          into screen: inout ScreenBuffer, x: Int, y: Int, maxX: Int) {
        let width = maxX - x
        let selectedRole: Role = .timelineSelected
        func role(_ base: Role) -> Role { selected ? selectedRole : base }
        if selected { screen.fill(x: x, y: y, width: width, height: 1, role: selectedRole) }
        var column = screen.write(selected ? (focused ? "▶ " : "▷ ") : "  ", x: x, y: y, role: role(.timelineMarker), maxX: maxX)
        let speakerWidth = min(14, max(6, width / 5))
        let speaker = shortName(entry.speaker)
        screen.write(speaker, x: column, y: y, role: role(.timelineSpeaker), maxX: column + speakerWidth - 1)
        if DisplayWidth.of(speaker) > speakerWidth - 1 { screen.write("…", x: column + speakerWidth - 2, y: y, role: role(.timelineSpeaker)) }
        column += speakerWidth
        let markers = entry.differenceKinds.map(marker).joined()
        let count = "\(entry.sources.count)/\(entry.eventSourceCount)"
        let right = " " + count + (markers.isEmpty ? "" : " " + markers)
        let textEnd = max(column, maxX - DisplayWidth.of(right))
        // Cut at a word with "…" ("which co" never shows), the search's words marked in what is left.
        let text = TextCut.words(VisibleText.sanitized(entry.text), columns: max(0, textEnd - column))
        let runs = highlighted(Substring(text), terms: terms, base: role(.timelineText), match: .searchMatch)
        var end = column
        for run in runs { end = screen.write(String(run.text), x: end, y: y, role: run.role, maxX: textEnd) }
        var rightColumn = screen.write(" " + count, x: textEnd, y: y, role: role(.timelineCount), maxX: maxX)
        if !markers.isEmpty { rightColumn = screen.write(" " + markers, x: rightColumn, y: y, role: role(.timelineMarker), maxX: maxX) }
    }

    /// Splits text into runs with the search terms' words in `match`.
    static func highlighted(_ text: Substring, terms: [SearchTerm], base: Role, match: Role) -> [Run] {
        let string = String(text)
        let ranges = SearchText.matchedRanges(of: terms, in: string)
        guard !ranges.isEmpty else { return [Run(text, base)] }
        var runs: [Run] = []
        let utf8 = string.utf8
        var cursor = 0
        for range in ranges {
            if range.lowerBound > cursor {
                runs.append(Run(Substring(string[utf8.index(utf8.startIndex, offsetBy: cursor)..<utf8.index(utf8.startIndex, offsetBy: range.lowerBound)]), base))
            }
            runs.append(Run(Substring(string[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]), match))
            cursor = range.upperBound
        }
        if cursor < utf8.count { runs.append(Run(Substring(string[utf8.index(utf8.startIndex, offsetBy: cursor)...]), base)) }
        return runs
    }
}
