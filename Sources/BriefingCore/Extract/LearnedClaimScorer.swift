import Foundation

/// Check-worthiness learned from labelled debates: a logistic regression over ``ClaimFeatures``,
/// trained by `briefing-train` on ClaimBuster (CC BY 4.0) and CLEF-2019 CheckThat! (research use)
/// sentences; the weights ship in ``ClaimModelData``.
///
/// The score (0…1) mixes the model's probability that a fact-checker would check the sentence
/// with the rules' score (``mix`` of the first); a sentence is a claim from ``threshold`` up. The
/// trainer chose mix and threshold by cross-validation (see README, "Claims"). Type and reasons come from the hand-written rules,
/// and what they rule out entirely (questions, greetings, thanks, procedure, no words) stays out.
public struct LearnedClaimScorer: ClaimScorer {
    let weights: [Float]
    let bias: Float
    public let threshold: Double
    /// The share of the model's probability in the score; the rest is the rules' score.
    public let mix: Double

    /// The model that ships with this build; nil only if its data were damaged.
    public static let shipped: LearnedClaimScorer? = LearnedClaimScorer(encoded: ClaimModelData.base64)

    public init(weights: [Float], bias: Float, threshold: Double, mix: Double) {
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.mix = mix
    }

    /// Reads the format ``encode()`` writes: "BCM2", slot bits (UInt32), bias, threshold, mix and
    /// scale (Float32 each), then one Int8 per slot (weight = value × scale); little-endian.
    init?(encoded: String) {
        guard let data = Data(base64Encoded: encoded), data.count >= 24 else { return nil }
        let bytes = [UInt8](data)
        guard bytes[0] == 0x42, bytes[1] == 0x43, bytes[2] == 0x4D, bytes[3] == 0x32 else { return nil }
        func u32(_ at: Int) -> UInt32 { UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24 }
        let bits = Int(u32(4))
        guard bits == ClaimFeatures.bits, bytes.count == 24 + (1 << bits) else { return nil }
        let bias = Float(bitPattern: u32(8)), threshold = Float(bitPattern: u32(12)), mix = Float(bitPattern: u32(16)), scale = Float(bitPattern: u32(20))
        self.init(weights: bytes[24...].map { Float(Int8(bitPattern: $0)) * scale }, bias: bias, threshold: Double(threshold), mix: Double(mix))
    }

    /// The weights in the shipped format, base64 (what `briefing-train` writes into ``ClaimModelData``).
    public func encode() -> String {
        var bytes: [UInt8] = Array("BCM2".utf8)
        func put(_ v: UInt32) { for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: v >> UInt32(shift))) } }
        let largest = weights.map { abs($0) }.max() ?? 0
        let scale = largest > 0 ? largest / 127 : 1
        put(UInt32(ClaimFeatures.bits))
        put(bias.bitPattern)
        put(Float(threshold).bitPattern)
        put(Float(mix).bitPattern)
        put(scale.bitPattern)
        for w in weights { bytes.append(UInt8(bitPattern: Int8(max(-127, min(127, (w / scale).rounded()))))) }
        return Data(bytes).base64EncodedString()
    }

    public func score(_ text: TokenizedText, tokens range: Range<Int>) -> CheckWorthiness.Verdict {
        let rules = CheckWorthiness.score(text, tokens: range)
        if rules.score == 0 { return rules } // a question, a greeting, thanks, procedure
        let probability = self.probability(ClaimFeatures.slots(text, tokens: range, rules: rules))
        var score = mix * probability + (1 - mix) * rules.score
        // A position the rules keep is a claim; its score is at least the threshold.
        if LearnedClaimScorer.rulesKeep(rules) { score = max(score, threshold) }
        return CheckWorthiness.Verdict(score: score, type: rules.type, reasonBits: rules.reasonBits)
    }

    /// What the rules keep as a claim whatever the model says: a commitment or decision ("US boots
    /// will not be on the ground", "ruled out sending troops", "no route will close") or a forecast
    /// with a number ("will carry 40,000 vehicles a day") that the rules call a claim. Debate sets
    /// label positions and forecasts as not check-worthy; `briefing` reports them as claims.
    /// Cross-validated cost on the debate sentences: F1 0.805 → 0.791 (`briefing-train`).
    public static func rulesKeep(_ rules: CheckWorthiness.Verdict) -> Bool {
        typealias Reason = CheckWorthiness.Reason
        let bits = rules.reasonBits
        return rules.score >= CheckWorthiness.threshold
            && (bits & Reason.commitment.bit != 0 || (bits & Reason.forecast.bit != 0 && bits & Reason.number.bit != 0))
    }

    /// The model's probability for a sentence's feature slots.
    public func probability(_ slots: [Int]) -> Double {
        var z = bias
        for s in slots { z += weights[s] }
        return 1 / (1 + Double(exp(-z)))
    }
}

