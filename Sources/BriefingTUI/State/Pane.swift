/// The four panes of the browser, in focus order.
public enum Pane: Int, CaseIterable, Sendable {
    case timeline, source, claims, differences

    public var title: String {
        switch self {
        case .timeline: return "Timeline"
        case .source: return "Source"
        case .claims: return "Claims"
        case .differences: return "Differences"
        }
    }

    /// Commands worth a hint in the status line while this pane has focus.
    public var hints: [Command] {
        switch self {
        case .timeline: return [.open, .nextSource, .events, .fold, .search, .filter, .help, .quit]
        case .source: return [.nextSource, .previousSource, .pickSource, .focusLeft, .help, .quit]
        case .claims, .differences: return [.jumpToWords, .nextSource, .focusLeft, .help, .quit]
        }
    }
}
