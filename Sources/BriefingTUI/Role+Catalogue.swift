/// The closed list of roles widgets draw in. Themes give each a style; a dotted role falls back
/// to its prefix (`timeline.selected.marker` → `timeline.selected` → `timeline` → `default`).
extension Role {
    public static let border: Role = "chrome.border"
    public static let title: Role = "chrome.title"
    public static let titleFocused: Role = "chrome.title.focused"
    public static let status: Role = "status"
    public static let statusKey: Role = "status.key"
    public static let statusError: Role = "status.error"
    public static let prompt: Role = "prompt"
    public static let dim: Role = "dim"

    public static let timelineDay: Role = "timeline.day"
    public static let timelineEvent: Role = "timeline.event"
    public static let timelineSpeaker: Role = "timeline.speaker"
    public static let timelineText: Role = "timeline.text"
    public static let timelineCount: Role = "timeline.count"
    public static let timelineMarker: Role = "timeline.marker"
    public static let timelineSelected: Role = "timeline.selected"

    public static let sourceText: Role = "source.text"
    public static let sourceHeadline: Role = "source.headline"
    public static let sourceStatement: Role = "source.statement"
    public static let sourceSpeaker: Role = "source.speaker"
    public static let sourceDate: Role = "source.date"

    public static let claimType: Role = "claims.type"
    public static let claimScore: Role = "claims.score"
    public static let claimText: Role = "claims.text"
    public static let claimSources: Role = "claims.sources"
    public static let claimAssessment: Role = "claims.assessment"
    public static let claimSelected: Role = "claims.selected"

    public static let diffKind: Role = "diff.kind"
    public static let diffContext: Role = "diff.context"
    public static let diffInsert: Role = "diff.insert"
    public static let diffDelete: Role = "diff.delete"
    public static let diffSource: Role = "diff.source"
    public static let diffSelected: Role = "diff.selected"

    public static let searchMatch: Role = "search.match"
    public static let helpKey: Role = "help.key"
    public static let helpText: Role = "help.text"
    public static let listSelected: Role = "list.selected"

    /// Every role a widget may use; themes naming anything else get a warning with file and line.
    public static let catalogue: [Role] = [
        .default, .border, .title, .titleFocused, .status, .statusKey, .statusError, .prompt, .dim,
        .timelineDay, .timelineEvent, .timelineSpeaker, .timelineText, .timelineCount, .timelineMarker, .timelineSelected,
        .sourceText, .sourceHeadline, .sourceStatement, .sourceSpeaker, .sourceDate,
        .claimType, .claimScore, .claimText, .claimSources, .claimAssessment, .claimSelected,
        .diffKind, .diffContext, .diffInsert, .diffDelete, .diffSource, .diffSelected,
        .searchMatch, .helpKey, .helpText, .listSelected,
    ]

    /// The role itself, then each shorter dotted prefix, then `default`.
    public var fallbacks: [Role] {
        var chain: [Role] = [self]
        var name = self.name
        while let dot = name.lastIndex(of: ".") {
            name = String(name[..<dot])
            chain.append(Role(name))
        }
        if self != .default { chain.append(.default) }
        return chain
    }
}
