/// Decides how check-worthy a sentence of a statement is: a score in 0…1 (a claim from
/// ``CheckWorthiness/threshold`` up), a type, and the reasons a reader is shown.
///
/// One small protocol so the scorer can be replaced — the hand-written rules by a model learned
/// from labelled debates — without touching extraction. Whatever a scorer changes, raise
/// ``IndexVersions/claims``: indexes then score their stored articles again on the next update.
public protocol ClaimScorer: Sendable {
    /// Scores the sentence in `range` of `text` (token indices).
    func score(_ text: TokenizedText, tokens range: Range<Int>) -> CheckWorthiness.Verdict
}

/// The explainable rules of ``CheckWorthiness``.
public struct RuleClaimScorer: ClaimScorer {
    public init() {}

    public func score(_ text: TokenizedText, tokens range: Range<Int>) -> CheckWorthiness.Verdict {
        CheckWorthiness.score(text, tokens: range)
    }
}
