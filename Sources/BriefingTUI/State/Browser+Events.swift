import BriefingCore

/// Events in the browser: the overview (`e`), stepping between event headings (`}`/`{`) and
/// folding events to their heading (`z`, `Z`).
extension Browser {
    /// A corpus with at least this many events opens on the overview: a reader of a folder of many
    /// stories should see in one screen what it holds, not the first of thousands of statements.
    public static let overviewThreshold = 6

    /// Number of events, for the overview.
    var eventCount: Int { overview?.events ?? 0 }

    /// Opens the overview with the event of the selected statement selected (else the newest).
    func openEventsOverview() {
        guard eventCount > 0 else { show("No events yet", error: true); return }
        var overviewState = EventsOverview()
        if let event = selectedEntry()?.eventID, let row = eventRow(of: event) {
            overviewState.selected = row
            overviewState.top = max(0, row - 3)
        }
        state.overlay = .events(overviewState)
    }

    /// Where an event sits in the overview's order (newest first), read a page at a time; nil
    /// when it is not among the first few thousand (the overview then starts at the top).
    func eventRow(of eventID: String) -> Int? {
        var start = 0
        let page = 500
        while start < min(eventCount, 5_000) {
            let rows = read { try $0.eventSummaries(range: start..<start + page) } ?? []
            if let index = rows.firstIndex(where: { $0.id == eventID }) { return start + index }
            if rows.count < page { return nil }
            start += page
        }
        return nil
    }

    /// Opens the overview when the corpus holds many events and the reader has not started
    /// browsing (at start-up, and when a first look in the background brings them).
    func openOverviewIfManyEvents() {
        guard !userHasActed, state.overlay == .none, eventCount >= Browser.overviewThreshold else { return }
        state.overlay = .events(EventsOverview())
    }

    /// Rows of the overview's list on screen.
    var overviewPage: Int { max(1, EventsOverviewView.listHeight(screenHeight: height)) }

    func handleEventsOverview(_ key: Key) {
        guard case .events(var overviewState) = state.overlay else { return }
        let count = eventCount
        let command = keyMap.command(for: key)
        switch (key, command) {
        case (.enter, _):
            state.overlay = .none
            let rows = read { try $0.eventSummaries(range: overviewState.selected..<overviewState.selected + 1) } ?? []
            if let summary = rows.first { open(summary) }
            return
        case (_, .moveDown?): overviewState.selected += 1
        case (_, .moveUp?): overviewState.selected -= 1
        case (_, .halfPageDown?): overviewState.selected += max(1, overviewPage / 2)
        case (_, .halfPageUp?): overviewState.selected -= max(1, overviewPage / 2)
        case (_, .pageDown?): overviewState.selected += max(1, overviewPage - 1)
        case (_, .pageUp?): overviewState.selected -= max(1, overviewPage - 1)
        case (_, .first?): overviewState.selected = 0
        case (_, .last?): overviewState.selected = count - 1
        case (_, .quit?): state.quit = true; return
        case (_, .help?): state.overlay = .help(top: 0); return
        default: state.overlay = .none; return
        }
        overviewState.selected = max(0, min(overviewState.selected, count - 1))
        if overviewState.selected < overviewState.top { overviewState.top = overviewState.selected }
        if overviewState.selected >= overviewState.top + overviewPage { overviewState.top = overviewState.selected - overviewPage + 1 }
        state.overlay = .events(overviewState)
    }

    /// Shows an event in the timeline: its first entry selected, its heading at the top.
    func open(_ summary: EventSummary) {
        state.focus = .timeline
        guard summary.firstEntry != nil else {
            show("“\(TextCut.words(summary.title, columns: 50))”: none of its articles holds a statement", error: true)
            return
        }
        if !selectFirstEntry(of: summary) {
            // The filter or search hides it: show everything (folds kept) rather than nothing.
            state.query = nil
            state.highlightTerms = []
            refilter(TimelineFilter(folding: state.filter.folding))
            _ = selectFirstEntry(of: summary)
        }
        state.timelineTop = state.selected
        let outlets = summary.sources.count
        show("\(TextCut.words(summary.title, columns: 60)) · \(outlets) outlet\(outlets == 1 ? "" : "s") · \(summary.entries) statement\(summary.entries == 1 ? "" : "s")")
    }

    /// Selects the event's first entry that passes the filter; false when none does.
    @discardableResult
    func selectFirstEntry(of summary: EventSummary) -> Bool {
        guard let first = summary.firstEntry,
              let entry = (read { try $0.timeline(.all, range: first..<first + 1) })?.first else { return false }
        if let index = read({ try $0.timelineIndex(of: entry.id, state.filter) }) ?? nil {
            select(index: index)
            return true
        }
        // Its first entry is filtered out: the next of its entries that passes. An event's entries
        // are one run of the unfiltered timeline, so only they are asked about — not every page of
        // the filtered timeline before them (thousands at 100,000 articles).
        var start = first
        let end = first + summary.entries
        while start < end {
            let page = read { try $0.timeline(.all, range: start..<min(end, start + 64)) } ?? []
            for candidate in page where candidate.eventID == summary.id {
                if let index = read({ try $0.timelineIndex(of: candidate.id, state.filter) }) ?? nil {
                    select(index: index)
                    return true
                }
            }
            if page.isEmpty { break }
            start += page.count
        }
        return false
    }

    /// `}`/`{`: the first entry of the next heading (a new day or event), or of this heading and
    /// then the previous one; the heading goes to the top of the pane.
    func stepEvent(forward: Bool) {
        guard timelineCount() > 0 else { return }
        let selected = state.selected
        let target: Int?
        if forward {
            target = read { try $0.timelineGroupStart(after: selected, state.filter) } ?? nil
            if target == nil { show("This is the last event"); return }
        } else {
            // Back: the start of this heading, or when already there, the start of the one before.
            guard let start = read({ try $0.timelineGroupStart(of: selected, state.filter) }) else { return }
            if start == selected && selected == 0 { show("This is the first event"); return }
            target = start < selected ? start : read { try $0.timelineGroupStart(of: selected - 1, state.filter) }
        }
        guard let target else { return }
        select(index: target)
        state.timelineTop = state.selected
        announceHeading()
    }

    private func announceHeading() {
        guard let entry = selectedEntry() else { return }
        let day = entry.day.map { "\($0)" } ?? "undated"
        show("\(day) · \(TextCut.words(entry.eventTitle ?? "no event", columns: 70))")
    }

    /// `z`: folds the selected entry's event to its heading, or unfolds it.
    func toggleFold() {
        guard let entry = selectedEntry(), let event = entry.eventID else { show("This statement belongs to no event"); return }
        var filter = state.filter
        let folding = !filter.folding.isFolded(event)
        filter.folding.toggle(event)
        let summary = eventSummary(event)
        refold(filter, keeping: summary)
        show(folding ? "Folded: \(summary?.entries ?? 0) statements under one heading · z unfolds" : "Unfolded")
    }

    /// `Z`: folds every event when any is unfolded, else unfolds them all.
    func toggleFoldAll() {
        var filter = state.filter
        let event = selectedEntry()?.eventID
        let summary = event.flatMap(eventSummary)
        filter.folding = filter.folding.foldsAll && filter.folding.exceptions.isEmpty ? .none : .all
        refold(filter, keeping: summary)
        show(filter.folding.isNone ? "Every event unfolded" : "Every event folded to its heading · z unfolds one, Z all")
    }

    /// Applies a filter with other folds, keeping the selection on `summary`'s event and as far
    /// from the pane's top as it was: the event folded or unfolded stays where the reader's eyes are.
    private func refold(_ filter: TimelineFilter, keeping summary: EventSummary?) {
        let offset = max(0, state.selected - state.timelineTop)
        refilter(filter)
        if let summary { selectFirstEntry(of: summary) }
        state.timelineTop = max(0, state.selected - offset)
    }

    /// An event's summary, read once per store state (a folded row shows its counts).
    func eventSummary(_ id: String) -> EventSummary? {
        if let cached = summaryCache[id] { return cached }
        let summary = read { try $0.eventSummary(id: id) } ?? nil
        summaryCache[id] = summary
        return summary
    }
}
