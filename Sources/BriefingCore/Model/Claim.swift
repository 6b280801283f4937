/// What kind of assertion a claim is: what a fact-checker would have to verify.
public enum ClaimType: String, Sendable, Codable, CaseIterable {
    /// A statement about the world or a past event.
    case fact
    /// A number or quantity carries the claim ("seven global conflicts", "dozens of times").
    case quantity
    /// A position, decision or commitment ("US boots will not be on the ground").
    case position
    /// A cause or counterfactual ("which could have resulted in a nuclear war").
    case causal
    /// A comparison, record or superlative with checkable content ("the best in the world").
    case comparison
    /// A forecast of an outcome ("inflation will fall below 2 percent next year").
    case prediction
}

/// An outlet's own judgement of a claim.
public enum AssessmentLabel: String, Sendable, Codable, CaseIterable {
    case `false`, misleading, unsupported, disputed, `true`
}

/// "She again falsely credited …": an outlet judging a claim in its own voice.
public struct Assessment: Sendable, Equatable, Hashable {
    public var articleID: String
    public var source: String?
    public var label: AssessmentLabel
    /// The words that carry the judgement ("falsely credited").
    public var cue: String
    /// UTF-8 byte offsets of the cue in the article's text.
    public var span: TextSpan
    /// The outlet's sentence holding the judgement, as bytes of the article's text.
    public var sentence: TextSpan

    public init(articleID: String, source: String?, label: AssessmentLabel, cue: String, span: TextSpan, sentence: TextSpan) {
        self.articleID = articleID
        self.source = source
        self.label = label
        self.cue = cue
        self.span = span
        self.sentence = sentence
    }
}

/// A check-worthy assertion inside a statement, with the sentence it came from.
///
/// Offsets are UTF-8 bytes into the article's text.
public struct Claim: Sendable, Equatable, Identifiable {
    /// `<article id>-c<index>`.
    public var id: String
    public var articleID: String
    /// The statement the claim belongs to.
    public var statementID: String?
    public var speaker: String?
    /// The day the claim was made (its statement's day).
    public var date: Day?
    /// The assertion itself: hedges and attribution stripped, pronouns replaced where the article
    /// makes the referent clear.
    public var text: String
    /// The source sentence.
    public var evidence: TextSpan
    public var evidenceText: String
    public var type: ClaimType
    /// Check-worthiness, 0…1.
    public var score: Double
    /// What raised or lowered the score ("number", "superlative", "hedge").
    public var reasons: [String]
    /// The claim group (the same claim in other outlets); set by ``ClaimGrouper``.
    public var group: String
    /// Judgements of this claim, from any outlet; filled across the corpus.
    public var assessments: [Assessment]

    public init(id: String, articleID: String, statementID: String?, speaker: String?, date: Day? = nil, text: String, evidence: TextSpan,
                evidenceText: String, type: ClaimType, score: Double, reasons: [String], group: String = "",
                assessments: [Assessment] = []) {
        self.id = id
        self.articleID = articleID
        self.statementID = statementID
        self.speaker = speaker
        self.date = date
        self.text = text
        self.evidence = evidence
        self.evidenceText = evidenceText
        self.type = type
        self.score = score
        self.reasons = reasons
        self.group = group
        self.assessments = assessments
    }
}
