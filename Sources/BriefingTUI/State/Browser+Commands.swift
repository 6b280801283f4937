import BriefingCore

extension Browser {
    /// Runs one command against the state.
    public func run(_ command: Command) {
        state.message = nil
        switch command {
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .halfPageDown: move(by: max(1, page / 2))
        case .halfPageUp: move(by: -max(1, page / 2))
        case .pageDown: move(by: max(1, page - 1))
        case .pageUp: move(by: -max(1, page - 1))
        case .first: move(by: Int.min / 2)
        case .last: move(by: Int.max / 2)
        case .focusNext: state.focus = Pane(rawValue: (state.focus.rawValue + 1) % Pane.allCases.count)!
        case .focusPrevious:
            // Back to where focus came from (`o` in Claims, Enter in the timeline), else the pane before.
            if state.focus == .source, let origin = state.sourceOrigin, origin != .source {
                state.focus = origin
            } else {
                state.focus = Pane(rawValue: (state.focus.rawValue + Pane.allCases.count - 1) % Pane.allCases.count)!
            }
        case .focusLeft: state.focus = .timeline
        case .focusRight: state.focus = state.focus == .timeline ? .source : state.focus
        case .open:
            if state.focus == .timeline, let event = selectedEntry()?.eventID, state.filter.folding.isFolded(event) {
                toggleFold()
                return
            }
            state.jump = nil
            state.sourceTop = nil
            focusSource()
        case .nextSource: stepSource(by: 1)
        case .previousSource: stepSource(by: -1)
        case .pickSource: openSourcePicker()
        case .jumpToWords: jumpToWords()
        case .events: openEventsOverview()
        case .nextEvent: stepEvent(forward: true)
        case .previousEvent: stepEvent(forward: false)
        case .fold: toggleFold()
        case .foldAll: toggleFoldAll()
        case .search: state.prompt = state.query ?? ""
        case .nextMatch: stepMatch(by: 1)
        case .previousMatch: stepMatch(by: -1)
        case .filter: openFilterPicker()
        case .clear: clear()
        case .cycleTheme:
            state.themeIndex = (state.themeIndex + 1) % themeNames.count
            show("Theme: \(themeName)")
        case .help: state.overlay = .help(top: 0)
        case .quit: state.quit = true
        }
    }

    /// Rows the focused pane shows at once.
    var page: Int { max(1, layout[state.focus].inner.height) }

    func move(by delta: Int) {
        switch state.focus {
        case .timeline:
            select(index: clampedAdd(state.selected, delta))
        case .source:
            let top = state.sourceTop ?? renderedSourceTop
            state.sourceTop = max(0, min(clampedAdd(top, delta), max(0, renderedSourceLines - page)))
        case .claims:
            let count = shownStatement().map { statement in read { try $0.claims(statementID: statement.id) }?.count ?? 0 } ?? 0
            state.claimSelected = max(0, min(clampedAdd(state.claimSelected, delta), count - 1))
        case .differences:
            let count = selectedEntry()?.differenceIDs.count ?? 0
            state.differenceSelected = max(0, min(clampedAdd(state.differenceSelected, delta), count - 1))
        }
    }

    private func clampedAdd(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b > 0 ? Int.max / 2 : Int.min / 2) : sum
    }

    func stepSource(by delta: Int) {
        guard let entry = selectedEntry() else { return }
        let count = outletStatements().count
        guard count > 1 else {
            show("Only \(entry.sources.first ?? "one outlet") reports this statement")
            return
        }
        state.sourceIndex = ((min(state.sourceIndex, count - 1) + delta) % count + count) % count
        state.jump = nil
        state.sourceTop = nil
        state.claimSelected = 0
        if let statement = shownStatement(), let article = read({ try $0.article(id: statement.articleID) }) ?? nil {
            show("Source \(state.sourceIndex + 1) of \(count): \(article.source ?? "unknown source")")
        }
    }

    /// Focuses the source pane, remembering where focus came from (Shift-Tab goes back there).
    func focusSource() {
        if state.focus != .source { state.sourceOrigin = state.focus }
        state.focus = .source
    }

    /// `o`: the selected claim's or difference's words in their source; pressed again (in either
    /// pane), the same words in the next outlet that has them.
    func jumpToWords() {
        let pane = state.focus == .source ? state.sourceOrigin : state.focus
        var places: [SourceJump] = []
        switch pane {
        case .claims?:
            guard let statement = shownStatement() else { return }
            let claims = read { try $0.claims(statementID: statement.id) } ?? []
            guard state.claimSelected < claims.count else { show("No claim selected"); return }
            let claim = claims[state.claimSelected]
            // This outlet's words first, then each other outlet of the event that carries the claim.
            var occurrences = [claim]
            if let eventID = selectedEntry()?.eventID, let event = read({ try $0.event(id: eventID) }) ?? nil {
                var seen: Set<String> = [claim.articleID]
                for other in read({ try $0.claims(group: claim.group, inArticles: event.articleIDs) }) ?? []
                where seen.insert(other.articleID).inserted {
                    occurrences.append(other)
                }
            }
            places = occurrences.map { SourceJump(articleID: $0.articleID, span: $0.evidence, label: "claim") }
        case .differences?:
            guard let entry = selectedEntry() else { return }
            let differences = read { try $0.differences(ids: entry.differenceIDs) } ?? []
            guard state.differenceSelected < differences.count else { show("No difference selected"); return }
            let difference = differences[state.differenceSelected]
            places = difference.items.compactMap { item in
                item.span.map { SourceJump(articleID: item.articleID, span: $0, label: difference.kind.rawValue) }
            }
            guard !places.isEmpty else { show("This difference has no words to show"); return }
        default:
            show("o shows a claim's or a difference's words: focus Claims or Differences first")
            return
        }
        // Repeated presses visit each outlet's words in turn.
        let current = places.firstIndex { $0.articleID == state.jump?.articleID && $0.span == state.jump?.span }
        let index = current.map { ($0 + 1) % places.count } ?? 0
        let place = places[index]
        state.jump = place
        state.sourceTop = nil
        if state.focus != .source { focusSource() }
        let outlet = sources(ofArticles: [place.articleID])[place.articleID] ?? "unknown source"
        show(places.count > 1 ? "\(place.label.capitalized) in \(outlet) (\(index + 1) of \(places.count)) · o: next outlet"
                              : "\(place.label.capitalized) in \(outlet), the only outlet with these words")
    }

    func stepMatch(by delta: Int) {
        guard state.query != nil else { show("No search: / to search"); return }
        let count = timelineCount()
        guard count > 0 else { return }
        select(index: ((state.selected + delta) % count + count) % count)
        show("Match \(state.selected + 1) of \(count)")
    }

    func clear() {
        if state.overlay != .none { state.overlay = .none; return }
        if state.jump != nil { state.jump = nil; state.sourceTop = nil; return }
        state.query = nil
        state.highlightTerms = []
        refilter(TimelineFilter(folding: state.filter.folding))
        show("Showing every statement")
    }

    // MARK: Search prompt

    func handlePrompt(_ key: Key) {
        guard var text = state.prompt else { return }
        switch key {
        case .escape: state.prompt = nil; return
        case .enter:
            state.prompt = nil
            runSearch(text)
            return
        case .backspace, .delete: if !text.isEmpty { text.removeLast() }
        case .control("u"): text = ""
        case .character(let c): text.append(c)
        default: return
        }
        state.prompt = text
    }

    /// The most statements and claims a search asks the store for: the timeline shows the most
    /// relevant ones, and asking for more costs time on every search of a common word.
    public static let searchLimit = 500

    /// Runs a query: its statements and claims filter the timeline, its words are highlighted.
    public func runSearch(_ query: String) {
        let trimmed = String(query.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        guard !trimmed.isEmpty else { clear(); return }
        let positions: [Int]
        let matches: Int
        let terms: [SearchTerm]
        do {
            // The timeline shows statements: articles are not asked for.
            var parsed = try SearchQuery(parsing: trimmed)
            if parsed.filters.hitKinds.isEmpty { parsed.filters.hitKinds = [.statement, .claim] }
            terms = parsed.markedTerms
            (positions, matches) = try store.timelinePositions(matching: parsed, limit: Browser.searchLimit)
        } catch {
            show("Search: \(error)", error: true)
            return
        }
        guard !positions.isEmpty else {
            show("No statement or claim matches “\(trimmed)”", error: true)
            return
        }
        state.query = trimmed
        state.highlightTerms = terms
        var filter = state.filter
        filter.positions = positions
        let previous = state.selectedID
        refilter(filter)
        if previous != state.selectedID || state.selected == 0 { select(index: 0) }
        let articleNote = matches >= Browser.searchLimit ? " (the \(Browser.searchLimit) most relevant matches)" : ""
        show("“\(trimmed)”: \(positions.count) statement\(positions.count == 1 ? "" : "s")\(articleNote) — n/N steps, Esc clears")
    }

    // MARK: Pickers

    func openSourcePicker() {
        guard let entry = selectedEntry() else { return }
        var items: [Picker.Item] = []
        var carried = Set<String>()
        for (index, statements) in outletStatements().enumerated() {
            guard let statement = statements.first, let article = read({ try $0.article(id: statement.articleID) }) ?? nil else { continue }
            carried.insert(article.id)
            let kinds = statements.map(\.kind.rawValue).joined(separator: ", ")
            items.append(Picker.Item(label: article.source ?? "unknown source",
                                     detail: "\(article.date?.description ?? "undated") · \(kinds)", index: index))
        }
        if let eventID = entry.eventID, let event = read({ try $0.event(id: eventID) }) ?? nil {
            for articleID in event.articleIDs where !carried.contains(articleID) {
                guard let article = read({ try $0.article(id: articleID) }) ?? nil else { continue }
                items.append(Picker.Item(label: article.source ?? "unknown source", detail: "does not report this statement — opens the article",
                                         index: -1, filter: nil, articleID: articleID))
            }
        }
        state.overlay = .picker(Picker(purpose: .source, title: "Outlets of this event", items: items,
                                       selected: min(state.sourceIndex, max(0, items.count - 1))))
    }

    func openFilterPicker() {
        var items: [Picker.Item] = [Picker.Item(label: "Everything", detail: "no filter", index: 0, filter: TimelineFilter(positions: state.filter.positions, folding: state.filter.folding))]
        for (name, count) in read({ try $0.speakers() }) ?? [(name: String, count: Int)]() {
            items.append(Picker.Item(label: "speaker: \(name)", detail: "\(count)", index: 0,
                                     filter: TimelineFilter(speaker: name, positions: state.filter.positions, folding: state.filter.folding)))
        }
        for (name, count) in read({ try $0.sources() }) ?? [(name: String, count: Int)]() {
            items.append(Picker.Item(label: "outlet: \(name)", detail: "\(count)", index: 0,
                                     filter: TimelineFilter(source: name, positions: state.filter.positions, folding: state.filter.folding)))
        }
        state.overlay = .picker(Picker(purpose: .filter, title: "Filter the timeline", items: items))
    }

    func handlePicker(_ key: Key) {
        guard case .picker(var picker) = state.overlay else { return }
        let command = keyMap.command(for: key)
        switch (key, command) {
        case (.enter, _):
            state.overlay = .none
            guard picker.selected < picker.items.count else { return }
            choose(picker.items[picker.selected], purpose: picker.purpose)
            return
        case (_, .moveDown?): picker.selected = min(picker.selected + 1, picker.items.count - 1)
        case (_, .moveUp?): picker.selected = max(0, picker.selected - 1)
        case (_, .first?): picker.selected = 0
        case (_, .last?): picker.selected = max(0, picker.items.count - 1)
        case (_, .quit?): state.quit = true; return
        default: state.overlay = .none; return
        }
        state.overlay = .picker(picker)
    }

    func choose(_ item: Picker.Item, purpose: Picker.Purpose) {
        switch purpose {
        case .source:
            if item.index >= 0 {
                state.sourceIndex = item.index
                state.jump = nil
            } else if let articleID = item.articleID {
                state.jump = SourceJump(articleID: articleID, span: TextSpan(0, 0), label: "article")
            }
            state.sourceTop = nil
            focusSource()
        case .filter:
            refilter(item.filter ?? .all)
            show(item.label == "Everything" ? "Showing every speaker and outlet" : "Filter: \(item.label)")
        }
    }

    // MARK: Mouse

    func handleMouse(_ event: MouseEvent) {
        guard state.overlay == .none, state.prompt == nil, let pane = layout.pane(atX: event.x, y: event.y) else { return }
        switch event.action {
        case .press:
            state.focus = pane
            if pane == .timeline, let index = timelineRows[event.y] { select(index: index) }
        case .wheelUp, .wheelDown:
            let focus = state.focus
            state.focus = pane
            move(by: event.action == .wheelUp ? -3 : 3)
            state.focus = focus
        }
    }
}
