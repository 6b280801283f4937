/// One row of the timeline: a statement group (the same utterance as several outlets report it)
/// or a statement that only one outlet reports.
///
/// Entries are ordered by ``position`` (day, then event, then where the words fall in the
/// briefing). Offsets inside the referenced statements are UTF-8 bytes of their articles' text.
public struct TimelineEntry: Sendable, Equatable, Identifiable {
    /// The statement group's id, or the statement's id for a statement no other outlet reports.
    public var id: String
    /// Rank in the timeline, 0-based, dense: the order every store returns entries in.
    public var position: Int
    /// The day the words were said (the most common day among the member statements).
    public var day: Day?
    public var eventID: String?
    public var eventTitle: String?
    /// Canonical speaker; nil when unattributed.
    public var speaker: String?
    /// The words as the reference outlet renders them (the transcript when there is one).
    public var text: String
    /// Member statements, one or more per outlet, reference first.
    public var statementIDs: [String]
    /// Outlets that carry the statement, in the order of ``statementIDs``, without repeats.
    public var sources: [String]
    /// Outlets that cover the event (the denominator of "2/3").
    public var eventSourceCount: Int
    /// Kinds of the differences that concern this entry, in ``DifferenceKind`` order.
    public var differenceKinds: [DifferenceKind]
    /// Ids of those differences.
    public var differenceIDs: [String]

    public init(id: String, position: Int, day: Day?, eventID: String?, eventTitle: String?, speaker: String?, text: String,
                statementIDs: [String], sources: [String], eventSourceCount: Int, differenceKinds: [DifferenceKind],
                differenceIDs: [String]) {
        self.id = id
        self.position = position
        self.day = day
        self.eventID = eventID
        self.eventTitle = eventTitle
        self.speaker = speaker
        self.text = text
        self.statementIDs = statementIDs
        self.sources = sources
        self.eventSourceCount = eventSourceCount
        self.differenceKinds = differenceKinds
        self.differenceIDs = differenceIDs
    }
}
