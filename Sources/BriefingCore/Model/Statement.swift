/// A range of an article's text in UTF-8 bytes (`start..<end`). The JSON contract converts to
/// Unicode code points on output.
public struct TextSpan: Hashable, Sendable, Codable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }
    public init(_ range: Range<Int>) { self.init(range.lowerBound, range.upperBound) }
    public var range: Range<Int> { start..<end }
    public var length: Int { end - start }
}

/// How a statement is reported.
public enum StatementKind: String, Sendable, Codable, CaseIterable {
    /// Whole sentences in quotation marks, or a transcript turn.
    case direct
    /// A quoted fragment inside the reporter's own sentence.
    case partial
    /// Reported speech: "X said (that) …".
    case indirect
}

/// Why a statement has the date it has.
public enum DateBasis: String, Sendable, Codable {
    /// A date expression attached to the statement's own attribution ("said on Tuesday").
    case attribution
    /// The date a lead sentence established for the briefing, carried to later statements.
    case carried
    /// The transcript's date: a transcript records the day it was spoken.
    case transcript
    /// No evidence: the publication date.
    case publication
}

/// One statement an article reports: who said what, when, anchored to the exact words.
///
/// All spans are UTF-8 byte offsets into the article's `text`.
public struct Statement: Sendable, Equatable, Identifiable {
    /// `<article id>-s<index>`.
    public var id: String
    public var articleID: String
    public var kind: StatementKind
    /// Canonical speaker name ("Karoline Leavitt"); nil when the mention could not be resolved.
    public var speaker: String?
    /// The words that attribute the statement ("she", "spokesperson Karoline Leavitt").
    public var speakerMention: String?
    public var speakerSpan: TextSpan?
    /// Role or title of the speaker ("White House Press Secretary").
    public var role: String?
    /// True for organisations ("the White House", "the ministry").
    public var speakerIsOrganisation: Bool
    /// The attribution cue ("said", "told reporters", "according to").
    public var cue: String?
    /// The content without quotation marks; pieces joined by one space.
    public var text: String
    /// The content's pieces (one for most statements).
    public var spans: [TextSpan]
    /// The day the words were said, at the precision the evidence gives.
    public var date: DateValue?
    public var dateEvidence: String?
    public var dateEvidenceSpan: TextSpan?
    public var dateBasis: DateBasis
    /// Set when the attributing pronoun's gender contradicts the resolved speaker ("he" for a
    /// woman): an outlet's slip, shown later as an attribution difference.
    public var pronounMismatch: Bool

    public var start: Int { spans.first?.start ?? 0 }
    public var end: Int { spans.last?.end ?? 0 }

    public init(id: String, articleID: String, kind: StatementKind, speaker: String? = nil, speakerMention: String? = nil,
                speakerSpan: TextSpan? = nil, role: String? = nil, speakerIsOrganisation: Bool = false, cue: String? = nil,
                text: String, spans: [TextSpan], date: DateValue? = nil, dateEvidence: String? = nil,
                dateEvidenceSpan: TextSpan? = nil, dateBasis: DateBasis = .publication, pronounMismatch: Bool = false) {
        self.id = id
        self.articleID = articleID
        self.kind = kind
        self.speaker = speaker
        self.speakerMention = speakerMention
        self.speakerSpan = speakerSpan
        self.role = role
        self.speakerIsOrganisation = speakerIsOrganisation
        self.cue = cue
        self.text = text
        self.spans = spans
        self.date = date
        self.dateEvidence = dateEvidence
        self.dateEvidenceSpan = dateEvidenceSpan
        self.dateBasis = dateBasis
        self.pronounMismatch = pronounMismatch
    }
}

extension Statement {
    /// What the speaker is reported to have said, as a reader should see it: an indirect
    /// statement whose cue carries a negation ("ruled out deploying ground forces", "denied that
    /// …") keeps its cue — ``text`` alone ("deploying ground forces") would say the opposite.
    /// A cue that states a position rather than plain speech keeps it too: "wants to triple
    /// AmeriCorps", "called for steep new tariffs", "found Trump would raise taxes" — not
    /// "said", "told reporters" or "according to", which add nothing to the words.
    public var reportedText: String {
        if let cue = negatingCue { return cue + " " + text }
        guard kind == .indirect, let cue, Statement.cueCarriesStance(cue) else { return text }
        return cue + " " + text
    }

    /// Whether an indirect statement's cue says more than that words were spoken.
    static func cueCarriesStance(_ cue: String) -> Bool {
        let first = cue.prefix { $0 != " " }.lowercased()
        return !first.isEmpty && !Statement.plainSpeechCues.contains(first)
    }

    /// Cues that only report speech ("said", "told Fox News", "according to").
    static let plainSpeechCues: Set<String> = [
        "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds", "adding", "stated", "states",
        "noted", "notes", "noting", "explained", "explains", "explaining", "according", "wrote", "writes", "reported",
        "reports", "continued", "continues", "remarked", "commented", "replied", "replies", "responded", "answered",
        "recalled", "observed", "went", "spoke", "tweeted", "posted", "testified", ":",
    ]

    /// The cue of an indirect statement when it carries a negation the words must keep
    /// ("ruled out", "denied"); claims drawn from the statement keep it too.
    var negatingCue: String? {
        guard kind == .indirect, let cue, Statement.cueNegates(cue) else { return nil }
        return cue
    }

    /// Whether a cue carries a negation the statement's words must keep ("ruled out", "Denied"):
    /// compared on bytes, ASCII letters folded (the cues are ASCII).
    static func cueNegates(_ cue: String) -> Bool {
        var cue = cue
        return cue.withUTF8 { bytes in
            Lexicon.negatingCues.contains { prefix in
                guard bytes.count >= prefix.count else { return false }
                for i in prefix.indices {
                    let b = bytes[i]
                    if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != prefix[i] { return false }
                }
                return true
            }
        }
    }
}
