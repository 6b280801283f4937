/// Decides how check-worthy a sentence of a statement is: a score in 0…1 (a claim from
/// ``CheckWorthiness/threshold`` up), a type, and the reasons a reader is shown.
///
/// One small protocol so the scorer can be replaced — the hand-written rules by a model learned
/// from labelled debates — without touching extraction. Whatever a scorer changes, raise
/// ``IndexVersions/claims``: indexes then score their stored articles again on the next update.
public protocol ClaimScorer: Sendable {
    /// Scores the sentence in `range` of `text` (token indices).
    func score(_ text: TokenizedText, tokens range: Range<Int>) -> CheckWorthiness.Verdict
    /// The score from which a sentence is a claim.
    var threshold: Double { get }
}

extension ClaimScorer {
    public var threshold: Double { CheckWorthiness.threshold }
}

/// The scorer extraction uses: the learned model (``LearnedClaimScorer``), which ranks debate
/// sentences better than the rules (cross-validated; see README, "Claims"), with the rules'
/// commitments kept as claims. The rules only if the shipped weights could not be read.
public enum DefaultClaimScorer {
    public static var scorer: any ClaimScorer { LearnedClaimScorer.shipped ?? RuleClaimScorer() }
}

/// The explainable rules of ``CheckWorthiness``.
public struct RuleClaimScorer: ClaimScorer {
    public init() {}

    public func score(_ text: TokenizedText, tokens range: Range<Int>) -> CheckWorthiness.Verdict {
        CheckWorthiness.score(text, tokens: range)
    }
}
