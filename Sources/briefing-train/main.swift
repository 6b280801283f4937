import BriefingCore
import Foundation

// Trains the check-worthiness model (``LearnedClaimScorer``) from labelled sentences and writes
// its weights into the source file that ships them:
//
//   swift run -c release briefing-train ../shared/devdata/claims/claimbuster_train.jsonl \
//       ../shared/devdata/claims/clef2019_train.jsonl
//
// Each input line is a JSON object with `text` and `label` (1 = check-worthy). Training is
// deterministic: logistic regression by AdaGrad over a fixed shuffled order. Five-fold
// cross-validation first reports the figures to expect on unseen sentences and chooses the
// threshold: the one with the best F1 of the check-worthy class on the balanced sentence set
// (ClaimBuster's), its classes weighted equally as in the held-out evaluation.

struct Example {
    var slots: [Int]
    var label: Bool
    var balanced: Bool   // from the sentence-level set (ClaimBuster), not a whole transcript
    var group: String    // transcript, for average precision over transcripts
    var commitment: Bool // what the rules keep as a claim whatever the model says
    var ruleScore: Double
}

func load(_ path: String) throws -> [Example] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var examples: [Example] = []
    for (n, line) in text.split(separator: "\n").enumerated() {
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let sentence = object["text"] as? String, let label = object["label"] as? Int else {
            throw NSError(domain: "briefing-train", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(path):\(n + 1): expected text and label"])
        }
        let tokens = TokenizedText(sentence)
        let range = 0..<tokens.tokens.count
        let rules = CheckWorthiness.score(tokens, tokens: range)
        let debate = object["debate"] as? String
        examples.append(Example(slots: ClaimFeatures.slots(tokens, tokens: range, rules: rules), label: label == 1,
                                balanced: debate == nil, group: debate ?? "sentences-\(n / 50)",
                                commitment: LearnedClaimScorer.rulesKeep(rules), ruleScore: rules.score))
    }
    return examples
}

/// A small deterministic generator (SplitMix64), so every run shuffles alike.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Settings, fixed so training is reproducible; `BRIEFING_TRAIN_*` variables only for trying others.
let settings = ProcessInfo.processInfo.environment
let epochsSetting = Int(settings["BRIEFING_TRAIN_EPOCHS"] ?? "") ?? 8
let rateSetting = Float(settings["BRIEFING_TRAIN_RATE"] ?? "") ?? 0.2
let l2Setting = Float(settings["BRIEFING_TRAIN_L2"] ?? "") ?? 1e-6
/// Weight of a check-worthy example of the sentence set against one that is not.
let positiveWeight = Float(settings["BRIEFING_TRAIN_POSITIVE_WEIGHT"] ?? "") ?? 1

func train(_ examples: [Example], epochs: Int = epochsSetting, rate: Float = rateSetting, l2: Float = l2Setting) -> (weights: [Float], bias: Float) {
    var weights = [Float](repeating: 0, count: ClaimFeatures.count)
    var squares = [Float](repeating: 1e-6, count: ClaimFeatures.count)
    var bias: Float = 0, biasSquares: Float = 1e-6
    var order = Array(examples.indices)
    var random = SplitMix(state: 2026)
    for _ in 0..<epochs {
        for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, Int(random.next() % UInt64(i + 1))) }
        for index in order {
            let example = examples[index]
            var z = bias
            for s in example.slots { z += weights[s] }
            let p = 1 / (1 + exp(-z))
            let gradient = (p - (example.label ? 1 : 0)) * (example.label ? positiveWeight : 1)
            biasSquares += gradient * gradient
            bias -= rate * gradient / biasSquares.squareRoot()
            for s in example.slots {
                let g = gradient + l2 * weights[s]
                squares[s] += g * g
                weights[s] -= rate * g / squares[s].squareRoot()
            }
        }
    }
    return (weights, bias)
}

/// F1 of the positive class with the classes weighted equally (as in a balanced set).
func balancedF1(_ scored: [(Double, Bool)], threshold: Double) -> Double {
    let positives = Double(scored.filter(\.1).count), negatives = Double(scored.count) - positives
    guard positives > 0, negatives > 0 else { return 0 }
    let weight = positives / negatives
    var tp = 0.0, fp = 0.0, fn = 0.0
    for (p, label) in scored {
        if p >= threshold { if label { tp += 1 } else { fp += weight } } else if label { fn += 1 }
    }
    return tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn)
}

func meanAveragePrecision(_ scored: [(group: String, p: Double, label: Bool)]) -> Double {
    var byGroup: [String: [(Double, Bool)]] = [:]
    for s in scored { byGroup[s.group, default: []].append((s.p, s.label)) }
    var total = 0.0, counted = 0
    for (_, items) in byGroup.sorted(by: { $0.key < $1.key }) {
        let ranked = items.sorted { $0.0 > $1.0 }
        var hits = 0.0, sum = 0.0
        for (rank, item) in ranked.enumerated() where item.1 {
            hits += 1
            sum += hits / Double(rank + 1)
        }
        if hits > 0 { total += sum / hits; counted += 1 }
    }
    return counted == 0 ? 0 : total / Double(counted)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard !arguments.isEmpty else {
    FileHandle.standardError.write(Data("usage: briefing-train FILE.jsonl [FILE.jsonl …]\n".utf8))
    exit(2)
}
do {
    var examples: [Example] = []
    for path in arguments { examples += try load(path) }
    print("\(examples.count) sentences, \(examples.filter(\.label).count) check-worthy")

    // Five folds by position (the files are in no particular order of label).
    var outOfFold = [Double](repeating: 0, count: examples.count)
    for fold in 0..<5 {
        let trainSet = examples.indices.filter { $0 % 5 != fold }.map { examples[$0] }
        let (weights, bias) = train(trainSet)
        let model = LearnedClaimScorer(weights: weights, bias: bias, threshold: 0.5, mix: 1)
        for i in examples.indices where i % 5 == fold { outOfFold[i] = model.probability(examples[i].slots) }
    }
    // The score is the model's probability mixed with the rules' score (the mix and the
    // threshold chosen together for the best F1 on the sentence set).
    var best = (mix: 1.0, threshold: 0.5, f1: 0.0)
    for mixStep in 5...10 {
        let mix = Double(mixStep) / 10
        let balanced = examples.indices.filter { examples[$0].balanced }.map { (mix * outOfFold[$0] + (1 - mix) * examples[$0].ruleScore, examples[$0].label) }
        for step in 1...99 {
            let t = Double(step) / 100
            let f1 = balancedF1(balanced, threshold: t)
            if f1 > best.f1 + 1e-9 { best = (mix, t, f1) }
        }
    }
    let mixed = { (i: Int) -> Double in best.mix * outOfFold[i] + (1 - best.mix) * examples[i].ruleScore }
    let transcripts = examples.indices.filter { !examples[$0].balanced }.map { (group: examples[$0].group, p: mixed($0), label: examples[$0].label) }
    print(String(format: "mix: %.1f × model + %.1f × rules", best.mix, 1 - best.mix))
    let rulesBalanced = examples.indices.filter { examples[$0].balanced }.map { (examples[$0].ruleScore, examples[$0].label) }
    let rulesTranscripts = examples.indices.filter { !examples[$0].balanced }.map { (group: examples[$0].group, p: examples[$0].ruleScore, label: examples[$0].label) }
    print(String(format: "the hand-written rules on the same sentences: F1 %.3f weighted to balanced classes at 0.5; MAP over transcripts %.3f",
                 balancedF1(rulesBalanced, threshold: CheckWorthiness.threshold), meanAveragePrecision(rulesTranscripts)))
    let blended = examples.indices.filter { examples[$0].balanced }.map { (examples[$0].commitment ? 1.0 : mixed($0), examples[$0].label) }
    print(String(format: "  with the rules' commitments kept as claims: F1 %.3f", balancedF1(blended, threshold: best.threshold)))
    let transcriptPrecision: (Double) -> Double = { t in
        let flagged = examples.indices.filter { !examples[$0].balanced && (mixed($0) >= t || examples[$0].commitment) }
        return flagged.isEmpty ? 0 : Double(flagged.filter { examples[$0].label }.count) / Double(flagged.count)
    }
    print(String(format: "  transcripts: %.3f of the lines flagged are check-worthy", transcriptPrecision(best.threshold)))
    print(String(format: "cross-validated: F1 %.3f on the sentence set weighted to balanced classes at threshold %.2f; MAP over transcripts %.3f",
                 best.f1, best.threshold, meanAveragePrecision(transcripts)))

    let (weights, bias) = train(examples)
    let scorer = LearnedClaimScorer(weights: weights, bias: bias, threshold: best.threshold, mix: best.mix).encode()
    let output = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("BriefingCore/Extract/ClaimModelData.swift")
    let source = "// Written by `briefing-train`; do not edit. See README, \"Claims\".\nenum ClaimModelData {\n    static let base64 = \"\(scorer)\"\n}\n"
    try source.write(to: output, atomically: true, encoding: .utf8)
    print("wrote \(output.path) (\(scorer.utf8.count / 1024) KB)")
} catch {
    FileHandle.standardError.write(Data("briefing-train: \(error.localizedDescription)\n".utf8))
    exit(1)
}
