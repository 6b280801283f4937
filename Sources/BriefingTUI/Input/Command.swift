/// Every user command, with its default keys and one line of help: the single table the key
/// map, the help overlay and the status hints are generated from.
public enum Command: String, CaseIterable, Sendable {
    case moveDown = "move-down"
    case moveUp = "move-up"
    case halfPageDown = "half-page-down"
    case halfPageUp = "half-page-up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case first
    case last
    case focusNext = "focus-next"
    case focusPrevious = "focus-previous"
    case focusLeft = "focus-left"
    case focusRight = "focus-right"
    case open
    case nextSource = "next-source"
    case previousSource = "previous-source"
    case pickSource = "pick-source"
    case jumpToWords = "jump-to-words"
    case events
    case nextEvent = "next-event"
    case previousEvent = "previous-event"
    case fold
    case foldAll = "fold-all"
    case search
    case nextMatch = "next-match"
    case previousMatch = "previous-match"
    case filter
    case clear
    case cycleTheme = "cycle-theme"
    case help
    case quit

    /// What the command does, in one line for the help overlay.
    public var summary: String {
        switch self {
        case .moveDown: return "Move down (next statement, claim, difference or line)"
        case .moveUp: return "Move up"
        case .halfPageDown: return "Half a page down"
        case .halfPageUp: return "Half a page up"
        case .pageDown: return "A page down"
        case .pageUp: return "A page up"
        case .first: return "Go to the top"
        case .last: return "Go to the bottom"
        case .focusNext: return "Focus the next pane"
        case .focusPrevious: return "Focus the previous pane"
        case .focusLeft: return "Focus the timeline"
        case .focusRight: return "Focus the source pane"
        case .open: return "Open the selected statement in the source pane"
        case .nextSource: return "Same statement in the next outlet"
        case .previousSource: return "Same statement in the previous outlet"
        case .pickSource: return "Pick one of the event's outlets"
        case .jumpToWords: return "A claim's or difference's words in their source; again: next outlet"
        case .events: return "Events overview: days, outlets, statements, differences per story"
        case .nextEvent: return "Next event heading in the timeline"
        case .previousEvent: return "Previous event heading in the timeline"
        case .fold: return "Fold the selected statement's event to its heading, or unfold it"
        case .foldAll: return "Fold every event, or unfold them all"
        case .search: return "Search (words, \"phrases\", OR, -word, prefix*, speaker: source: date: …)"
        case .nextMatch: return "Next search match"
        case .previousMatch: return "Previous search match"
        case .filter: return "Filter by speaker or outlet"
        case .clear: return "Clear the search and filter, close overlays"
        case .cycleTheme: return "Next theme"
        case .help: return "Show or hide this help"
        case .quit: return "Quit"
        }
    }

    /// A word or two for the status line's key hints.
    public var hint: String {
        switch self {
        case .open: return "open"
        case .nextSource: return "next outlet"
        case .previousSource: return "previous outlet"
        case .pickSource: return "outlets"
        case .jumpToWords: return "show words"
        case .search: return "search"
        case .filter: return "filter"
        case .focusLeft: return "timeline"
        case .events: return "events"
        case .fold: return "fold"
        case .clear: return "close"
        case .help: return "help"
        case .quit: return "quit"
        default: return rawValue
        }
    }

    /// Keys bound when the user's config does not rebind the command.
    public var defaultKeys: [Key] {
        switch self {
        case .moveDown: return [.character("j"), .down]
        case .moveUp: return [.character("k"), .up]
        case .halfPageDown: return [.control("d")]
        case .halfPageUp: return [.control("u")]
        case .pageDown: return [.pageDown, .character(" ")]
        case .pageUp: return [.pageUp]
        case .first: return [.character("g"), .home]
        case .last: return [.character("G"), .end]
        case .focusNext: return [.tab]
        case .focusPrevious: return [.backTab]
        case .focusLeft: return [.character("h"), .left]
        case .focusRight: return [.character("l"), .right]
        case .open: return [.enter]
        case .nextSource: return [.character("]")]
        case .previousSource: return [.character("[")]
        case .pickSource: return [.character("s")]
        case .jumpToWords: return [.character("o")]
        case .events: return [.character("e")]
        case .nextEvent: return [.character("}")]
        case .previousEvent: return [.character("{")]
        case .fold: return [.character("z")]
        case .foldAll: return [.character("Z")]
        case .search: return [.character("/")]
        case .nextMatch: return [.character("n")]
        case .previousMatch: return [.character("N")]
        case .filter: return [.character("f")]
        case .clear: return [.escape]
        case .cycleTheme: return [.character("t")]
        case .help: return [.character("?"), .function(1)]
        case .quit: return [.character("q"), .control("c")]
        }
    }
}
