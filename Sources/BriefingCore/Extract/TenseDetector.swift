/// Decides whether a date expression sits in a future-tense clause ("will meet on Friday"),
/// which changes what a bare weekday or month means.
enum TenseDetector {
    /// Words that put what follows ahead even in a past clause: "planned a rally on Saturday",
    /// "is scheduled to", "as soon as Tuesday".
    private static let plannedMarkers: WordSet = WordHash.set(["planned", "scheduled", "slated", "due", "soon", "upcoming", "coming"])
    private static let beForms: WordSet = WordHash.set(["is", "are"])
    private static let pastMarkers: WordSet = WordHash.set(["was", "were", "had", "did", "met", "held", "spoke", "went", "came", "took", "gave", "made", "began", "ago"])

    /// Looks back from `index` to the start of the clause (at most 8 tokens).
    static func isFuture(at index: Int, in text: TokenizedText) -> Bool {
        var k = index - 1
        var steps = 0
        while k >= 0 && steps < 8 {
            let token = text.tokens[k]
            if token.kind == .paragraphBreak || token.kind == .quote { return false }
            if token.kind == .punctuation, token.mark == 0x2E || token.mark == 0x21 || token.mark == 0x3F || token.mark == 0x3B { return false }
            if token.kind == .word {
                if Lexicon.futureMarkers.contains(token.hash) { return true }
                if Lexicon.futureBeforeTo.contains(token.hash) && text.hash(k + 1) == Lexicon.to { return true }
                if plannedMarkers.contains(token.hash) { return true }
                if beForms.contains(token.hash) && text.hash(k + 1) == Lexicon.to { return true } // "is to resume"
                if Lexicon.speechVerbs.contains(token.hash) || pastMarkers.contains(token.hash) { return false }
                if token.length > 3, text.bytes[Int(token.end) - 1] == 0x64, text.bytes[Int(token.end) - 2] == 0x65 { return false } // "-ed"
            }
            k -= 1
            steps += 1
        }
        return false
    }
}
