/// One line of the events overview: an event with what the timeline holds of it, so a reader of a
/// folder of many stories sees them all at once (title, days, outlets, statements, differences).
public struct EventSummary: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    /// The day the happening took place (``Event/date``).
    public var day: Day?
    /// The first and last day of its timeline entries: an event reported over several days.
    public var firstDay: Day?
    public var lastDay: Day?
    /// Outlets that cover it.
    public var sources: [String]
    /// Its timeline entries: statement groups and statements one outlet reports.
    public var entries: Int
    /// Its differences between outlets, minor ones included.
    public var differences: Int
    /// Timeline position of its first entry; nil when none of its articles holds a statement.
    public var firstEntry: Int?

    public init(id: String, title: String, day: Day?, firstDay: Day?, lastDay: Day?, sources: [String], entries: Int,
                differences: Int, firstEntry: Int?) {
        self.id = id
        self.title = title
        self.day = day
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.sources = sources
        self.entries = entries
        self.differences = differences
        self.firstEntry = firstEntry
    }
}

/// Which events the timeline shows folded to their first entry (drawn as the event's heading and
/// a one-line summary): none but some, or all but some.
public struct EventFolding: Sendable, Equatable, Hashable {
    /// Every event is folded but ``exceptions`` (else only ``exceptions`` are).
    public var foldsAll: Bool
    /// Event ids, ascending.
    public private(set) var exceptions: [String]

    public init(foldsAll: Bool = false, exceptions: [String] = []) {
        self.foldsAll = foldsAll
        self.exceptions = exceptions.sorted()
    }

    public static let none = EventFolding()
    public static let all = EventFolding(foldsAll: true)

    public var isNone: Bool { !foldsAll && exceptions.isEmpty }

    public func isFolded(_ eventID: String?) -> Bool {
        guard let eventID else { return false }
        return foldsAll != exceptions.sortedContains(eventID)
    }

    /// Folds an unfolded event and unfolds a folded one.
    public mutating func toggle(_ eventID: String) {
        let low = exceptions.lowerBound(of: eventID)
        if low < exceptions.count && exceptions[low] == eventID { exceptions.remove(at: low) } else { exceptions.insert(eventID, at: low) }
    }
}
