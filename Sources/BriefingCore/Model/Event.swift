/// Articles about the same happening (one briefing, one speech, one meeting).
public struct Event: Sendable, Equatable, Identifiable {
    /// `e-` and a hash of the member article ids: stable while the membership is.
    public var id: String
    /// The day the happening took place (its statements' day).
    public var date: Day?
    /// A short label derived from the main speaker and the words the coverage shares.
    public var title: String
    public var speakers: [String]
    public var articleIDs: [String]
    public var sources: [String]
    /// The official transcript among the articles, the reference for quote fidelity.
    public var transcriptID: String?
}

/// Statements in different articles that render the same utterance: the same quote worded a
/// little differently, a short quote inside a longer one, or a quote and its paraphrase.
public struct StatementGroup: Sendable, Equatable, Identifiable {
    public var id: String
    public var eventID: String
    public var speaker: String?
    /// Statement ids, in article order.
    public var statementIDs: [String]
}

/// How two outlets differ: the kinds a careful editor points out.
public enum DifferenceKind: String, Sendable, Codable, CaseIterable {
    case wording, coverage, framing, attribution, date, name, number
}

/// One difference between outlets, with the exact words involved.
public struct Difference: Sendable, Equatable, Identifiable {
    /// Words of one article involved in a difference. Offsets are UTF-8 bytes of the article's text.
    public struct Item: Sendable, Equatable {
        public var articleID: String
        public var source: String?
        public var text: String
        public var span: TextSpan?
    }

    public var id: String
    public var eventID: String
    public var kind: DifferenceKind
    /// One human sentence.
    public var summary: String
    public var speaker: String?
    public var sources: [String]
    public var items: [Item]
    /// For `wording`: the word diff from the first item's words to the second's.
    public var edits: [WordDiff.Edit]?
    /// Punctuation- or case-only wording differences.
    public var minor: Bool
    /// The statement group it concerns, if any.
    public var groupID: String?
}
