/// The features the learned check-worthiness model reads from a sentence, as slots of a fixed
/// table (the hashing trick): its words and word pairs, numbers, percent and currency signs, a
/// question mark, its length, capitalised words inside it, and the hand-written rules' reasons
/// and score (``CheckWorthiness``). The trainer (`briefing-train`) and the scorer
/// (``LearnedClaimScorer``) both call ``slots(_:tokens:rules:)``, so they cannot disagree.
public enum ClaimFeatures {
    /// The table has 2^bits slots.
    public static let bits = 17
    public static var count: Int { 1 << bits }

    /// Feature kinds, mixed into the hash so a word and a bucket never share a slot on purpose.
    enum Kind: UInt64 { case word = 1, pair, number, mark, length, numbers, capitals, reason, ruleScore }

    @inline(__always)
    static func slot(_ value: UInt64, _ kind: Kind) -> Int {
        Int(truncatingIfNeeded: ((value ^ (kind.rawValue &* 0xD6E8_FEB8_6659_FD93)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    /// The slots of the sentence in `range` (token indices), one per feature occurrence.
    public static func slots(_ text: TokenizedText, tokens range: Range<Int>, rules: CheckWorthiness.Verdict) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(range.count * 2 + 24)
        let start: UInt64 = 0x5EED, numberClass: UInt64 = 0x4E55_4D42
        var previous = start
        var words = 0, numbers = 0, capitals = 0
        for k in range {
            let token = text.tokens[k]
            switch token.kind {
            case .word:
                words += 1
                out.append(slot(token.hash, .word))
                out.append(slot(previous &* 0x100_0000_01B3 ^ token.hash, .pair))
                if token.isCapitalized && k > range.lowerBound { capitals += 1 }
                previous = token.hash
            case .number:
                numbers += 1
                out.append(slot(numberClass, .number))
                out.append(slot(previous &* 0x100_0000_01B3 ^ numberClass, .pair))
                previous = numberClass
            case .punctuation:
                // "?", "%", "$", "£", "€"
                if token.mark == 0x3F || token.mark == 0x25 || token.mark == 0x24 || token.mark == 0xA3 || token.mark == 0x20AC {
                    out.append(slot(UInt64(token.mark), .mark))
                }
            case .quote, .paragraphBreak:
                break
            }
        }
        out.append(slot(previous &* 0x100_0000_01B3 ^ 0xE17D, .pair))
        out.append(slot(UInt64(min(words / 4, 12)), .length))
        out.append(slot(UInt64(min(numbers, 4)), .numbers))
        out.append(slot(UInt64(min(capitals, 5)), .capitals))
        var bits = rules.reasonBits
        while bits != 0 {
            out.append(slot(UInt64(bits.trailingZeroBitCount), .reason))
            bits &= bits - 1
        }
        out.append(slot(UInt64(min(Int(rules.score * 10), 10)), .ruleScore))
        return out
    }
}
