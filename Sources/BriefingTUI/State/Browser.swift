import BriefingCore

/// The browser without a terminal: takes keys, keeps a ``BrowserState``, reads the store, and
/// renders frames into a ``ScreenBuffer``. The curses adapter feeds it keys and presents its
/// frames; tests do the same with scripted keys.
public final class Browser {
    public let store: BriefingStore
    public let keyMap: KeyMap
    /// Names of the themes `t` cycles through; the adapter turns the current one into colours.
    public let themeNames: [String]
    /// Shown on the left of the status line ("Demo briefing", a folder).
    public let corpusName: String
    public internal(set) var state = BrowserState()
    public private(set) var width: Int
    public private(set) var height: Int

    public internal(set) var overview: StoreOverview?
    var countCache: (filter: TimelineFilter, count: Int)?
    /// Wrapped source text for the last (article, width, highlights) shown; wrapping is the
    /// costliest step of a frame, and most keys do not change what the source pane shows.
    var sourceCache: (key: String, lines: [StyledLine])?
    /// The selected entry and its statements by outlet, read once per selection: several panes
    /// ask for them in one frame. Dropped when a background update commits (``poll()``).
    var selectionCache: (filter: TimelineFilter, index: Int, entry: TimelineEntry?, outlets: [[Statement]]?)?
    var articleSources: [String: String] = [:]
    /// Event summaries read for folded rows, by event id; dropped when the store changes.
    var summaryCache: [String: EventSummary?] = [:]
    /// Whether a key was pressed: the overview opens by itself only before.
    var userHasActed = false
    /// From the last frame: the source pane's top line and line count, and which timeline entry
    /// each screen row shows (for mouse clicks).
    var renderedSourceTop = 0
    var renderedSourceLines = 0
    var timelineRows: [Int: Int] = [:]
    /// A background update of the store being followed (see ``follow(_:)``).
    var indexer: BackgroundIndexer?
    var seenCommits = 0
    var reportedFinish = false
    /// Watched updates whose news the status line has shown.
    var seenArrivals = 0
    /// What the background update is doing, for the status line; nil when nothing runs.
    public internal(set) var indexingText: String?
    /// A lasting remark for the status line ("read-only index: updates off").
    public var statusNote: String?

    public init(store: BriefingStore, corpusName: String, keyMap: KeyMap = KeyMap(), themeNames: [String] = ["dark"],
                width: Int = 120, height: Int = 40) {
        self.store = store
        self.corpusName = corpusName
        self.keyMap = keyMap
        self.themeNames = themeNames.isEmpty ? ["dark"] : themeNames
        self.width = width
        self.height = height
        overview = read { try $0.overview() }
        if let first = read({ try $0.timeline(.all, range: 0..<1) })?.first { state.selectedID = first.id }
        openOverviewIfManyEvents()
        if !keyMap.warnings.isEmpty { show(keyMap.warnings.joined(separator: "; "), error: true) }
    }

    public var themeName: String { themeNames[state.themeIndex % themeNames.count] }
    public var shouldQuit: Bool { state.quit }
    /// Whether the user quit with Ctrl-C (exit status 130) rather than `q`.
    public var wasInterrupted: Bool { state.interrupted }
    public var layout: Layout { Layout(width: width, height: height) }

    // MARK: Input

    /// Handles one key: runs its command, or edits the prompt, or answers an overlay.
    public func handle(_ key: Key) {
        if key == .control("c") { state.quit = true; state.interrupted = true; return }
        switch key {
        case .resize: return
        case .mouse(let event): userHasActed = true; handleMouse(event); return
        default: userHasActed = true
        }
        if state.prompt != nil { handlePrompt(key); return }
        if case .picker = state.overlay { handlePicker(key); return }
        if case .events = state.overlay { handleEventsOverview(key); return }
        if case .help(let top) = state.overlay {
            switch keyMap.command(for: key) {
            case .moveDown: state.overlay = .help(top: top + 1)
            case .moveUp: state.overlay = .help(top: max(0, top - 1))
            case .quit: state.quit = true
            default: state.overlay = .none
            }
            return
        }
        guard let command = keyMap.command(for: key) else {
            if case .character(let c) = key, !c.isWhitespace { show("\(key) is not bound; ? lists the keys", error: true) }
            return
        }
        run(command)
    }

    /// Handles a sequence of key names (`"j"`, `"Enter"`, `"/"`), for tests and scripted runs.
    /// Inside the search prompt each character of an unknown name is typed.
    public func press(_ names: String...) {
        for name in names {
            if let key = Key(name: name) { handle(key) } else { for c in name { handle(.character(c)) } }
        }
    }

    /// Types text into the search prompt, character by character.
    public func type(_ text: String) {
        for c in text { handle(.character(c)) }
    }

    public func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
        sourceCache = nil
    }

    /// Puts a message in the status line (start-up problems: a bad theme file, bad key bindings).
    public func announce(_ message: String, error: Bool = false) { show(message, error: error) }

    func show(_ message: String, error: Bool = false) {
        state.message = message
        state.messageIsError = error
    }

    /// Reads from the store. A database error (a damaged or vanished index, a disk that failed)
    /// goes to the status line, so a pane is never silently empty; the caller gets nil.
    func read<T>(_ body: (BriefingStore) throws -> T) -> T? {
        do {
            return try body(store)
        } catch {
            let line = String(describing: error).split(separator: "\n").first.map(String.init) ?? "unknown error"
            show("index: \(line)", error: true)
            return nil
        }
    }

    // MARK: Timeline access

    public func timelineCount() -> Int {
        if let countCache, countCache.filter == state.filter { return countCache.count }
        let count = read { try $0.timelineCount(state.filter) } ?? 0
        countCache = (state.filter, count)
        return count
    }

    public func selectedEntry() -> TimelineEntry? {
        guard timelineCount() > 0 else { return nil }
        if let selectionCache, selectionCache.filter == state.filter, selectionCache.index == state.selected { return selectionCache.entry }
        let entry = read { try $0.timeline(state.filter, range: state.selected..<state.selected + 1) }?.first
        selectionCache = (state.filter, state.selected, entry, nil)
        return entry
    }

    /// The outlets of articles, each read once: the claims pane names the outlets of every
    /// occurrence of a claim.
    func sources(ofArticles ids: [String]) -> [String: String] {
        let unknown = ids.filter { articleSources[$0] == nil }
        if !unknown.isEmpty {
            let found = read { try $0.sources(ofArticles: unknown) } ?? [:]
            for id in unknown { articleSources[id] = found[id] ?? "unknown source" }
        }
        var result: [String: String] = [:]
        for id in ids { result[id] = articleSources[id] }
        return result
    }

    /// The selected entry's statements, one list per outlet's article, in the entry's order: an
    /// outlet may render one utterance twice (a paraphrase and the quote).
    public func outletStatements() -> [[Statement]] {
        guard let entry = selectedEntry() else { return [] }
        if let cached = selectionCache?.outlets { return cached }
        var groups: [[Statement]] = []
        var indexOfArticle: [String: Int] = [:]
        for id in entry.statementIDs {
            guard let statement = read({ try $0.statement(id: id) }) ?? nil else { continue }
            if let index = indexOfArticle[statement.articleID] {
                groups[index].append(statement)
            } else {
                indexOfArticle[statement.articleID] = groups.count
                groups.append([statement])
            }
        }
        selectionCache?.outlets = groups
        return groups
    }

    /// The statements the source pane shows: the selected entry's, in the chosen outlet.
    public func shownStatements() -> [Statement] {
        let groups = outletStatements()
        guard !groups.isEmpty else { return [] }
        return groups[min(state.sourceIndex, groups.count - 1)]
    }

    /// The first of ``shownStatements()``: its claims fill the claims pane.
    public func shownStatement() -> Statement? { shownStatements().first }

    func select(index: Int) {
        let count = timelineCount()
        guard count > 0 else { state.selected = 0; state.selectedID = nil; return }
        let clamped = min(max(0, index), count - 1)
        if clamped != state.selected || state.selectedID == nil { resetDetail() }
        state.selected = clamped
        state.selectedID = selectedEntry()?.id
    }

    /// Resets what depends on the selected entry.
    func resetDetail() {
        state.sourceIndex = 0
        state.jump = nil
        state.sourceTop = nil
        state.claimSelected = 0
        state.differenceSelected = 0
    }

    /// After the filter changed: keep the selected entry if it still passes, else the first.
    func refilter(_ filter: TimelineFilter) {
        state.filter = filter
        countCache = nil
        if let id = state.selectedID, let index = read({ try $0.timelineIndex(of: id, filter) }) ?? nil {
            state.selected = index
        } else {
            state.selected = 0
            resetDetail()
            state.selectedID = selectedEntry()?.id
        }
        state.timelineTop = max(0, min(state.timelineTop, state.selected))
    }
}

extension Browser {
    /// The timeline scrolls during rendering, to keep the selection on screen.
    func setTimelineTop(_ top: Int) { state.timelineTop = top }
}
