import BriefingCore

/// Everything the browser shows that is not in the store: selection, focus, scroll positions,
/// the active search and filter, overlays. Ids and indices only, never copies of article text,
/// so a state is cheap to copy and compare.
public struct BrowserState: Equatable, Sendable {
    public var focus: Pane = .timeline
    /// The timeline filter: speaker or outlet chosen with `f`, and the entries a search found.
    public var filter = TimelineFilter.all
    /// The query whose results filter the timeline; nil when no search is active.
    public var query: String?
    /// The query's words and phrases, highlighted in every pane as the index matches them.
    public var highlightTerms: [SearchTerm] = []
    /// Index of the selected entry among those that pass the filter.
    public var selected = 0
    /// The selected entry's id: kept across resizes and re-filtering.
    public var selectedID: String?
    /// First visible entry of the timeline.
    public var timelineTop = 0
    /// Which of the selected entry's statements (one per outlet) the source pane shows.
    public var sourceIndex = 0
    /// Words `o` jumped to, shown instead of the statement until the selection moves.
    public var jump: SourceJump?
    /// The pane that sent focus to the source pane (`o` from claims, Enter from the timeline):
    /// Shift-Tab goes back to it, and `o` pressed again in the source pane acts for it.
    public var sourceOrigin: Pane?
    /// First visible line of the source pane; nil scrolls to the highlighted words.
    public var sourceTop: Int?
    public var claimSelected = 0
    public var differenceSelected = 0
    public var overlay: Overlay = .none
    /// The search prompt's text while it is open.
    public var prompt: String?
    /// A one-line message for the status line (an error or a result count).
    public var message: String?
    public var messageIsError = false
    public var themeIndex = 0
    public var quit = false
    /// Quit by Ctrl-C: the process ends with status 130, as an interrupted program does.
    public var interrupted = false

    public init() {}
}

/// Words in an article to show in the source pane: a claim's evidence or a difference's item.
public struct SourceJump: Equatable, Sendable {
    public var articleID: String
    /// UTF-8 bytes of the article's text.
    public var span: TextSpan
    public var label: String
}

/// A window over the panes.
public enum Overlay: Equatable, Sendable {
    case none
    case help(top: Int)
    case picker(Picker)
    case events(EventsOverview)
}

/// The events overview (`e`): one row per event, newest first; Enter opens the selected one in
/// the timeline. Positions only: rows are read from the store as they are drawn.
public struct EventsOverview: Equatable, Sendable {
    public var selected = 0
    /// First row shown.
    public var top = 0
    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }
}

/// A list to choose from: an event's outlets (`s`) or speakers and outlets to filter by (`f`).
public struct Picker: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable { case source, filter }
    public struct Item: Equatable, Sendable {
        public var label: String
        public var detail: String
        /// For `.source`: the statement index; for `.filter`: unused.
        public var index: Int
        public var filter: TimelineFilter?
        /// For an outlet of the event that does not carry the statement: its article.
        public var articleID: String?
        public init(label: String, detail: String, index: Int, filter: TimelineFilter? = nil, articleID: String? = nil) {
            self.label = label
            self.detail = detail
            self.index = index
            self.filter = filter
            self.articleID = articleID
        }
    }
    public var purpose: Purpose
    public var title: String
    public var items: [Item]
    public var selected = 0
}
