/// The tense of the clause a date expression sits in, as far as the words near it tell.
public enum ClauseTense: Sendable {
    /// "will meet on Friday", "is due to reopen Monday", "until Tuesday".
    case future
    /// "met on Friday", "said Tuesday", "was found Nov. 3".
    case past
    /// Nothing near the date says.
    case unknown
}

/// Decides whether a date expression sits in a future-tense clause ("will meet on Friday"),
/// which changes what a bare weekday or month means.
enum TenseDetector {
    /// Words that put what follows ahead even in a past clause: "planned a rally on Saturday",
    /// "is scheduled to", "as soon as Tuesday".
    private static let plannedMarkers: WordSet = WordHash.set(["planned", "scheduled", "slated", "due", "soon", "upcoming", "coming"])
    private static let beForms: WordSet = WordHash.set(["is", "are"])
    private static let pastMarkers: WordSet = WordHash.set(["was", "were", "had", "did", "met", "held", "spoke", "went", "came", "took", "gave", "made", "began", "ago"])
    /// "was due", "were scheduled", "had planned".
    private static let pastPlanning: WordSet = WordHash.set(["was", "were", "had"])
    /// "until Tuesday", "till Friday": up to a day not yet reached.
    private static let untilWords: WordSet = WordHash.set(["until", "till"])
    /// "as soon as Tuesday", "as early as next week".
    private static let asSoonAs: WordSet = WordHash.set(["soon", "early"])
    /// Words that end the clause a sentence-opening date belongs to.
    private static let clauseBreaks: WordSet = WordHash.set(["when", "while", "after", "as", "who", "which", "because", "although", "though"])
    private static let intentionVerbs: WordSet = WordHash.set(["plans", "plan", "intends", "intend", "expects", "expect", "aims", "hopes"])
    private static let as_ = WordHash.of("as"), on = WordHash.of("on")

    /// Whether the date expression at `index` (its first token) is in a future-tense clause:
    /// looks back to the start of the clause (at most 8 tokens); for a sentence that opens with
    /// the date ("On Tuesday, the league plans to …"), forward from `end` (the token after it).
    static func isFuture(at index: Int, end: Int? = nil, in text: TokenizedText) -> Bool {
        tense(at: index, end: end, in: text) == .future
    }

    /// The tense of the clause of the date expression at `index`: see ``isFuture(at:end:in:)``.
    static func tense(at index: Int, end: Int? = nil, in text: TokenizedText) -> ClauseTense {
        // "as soon as trading opened Monday": the words say ahead, whatever verb comes between.
        var j = index - 1
        while j >= 2 && j >= index - 8 {
            if text.tokens[j].kind != .word { if isClauseEnd(text.tokens[j]) { break } }
            else if text.tokens[j].hash == as_, asSoonAs.contains(text.hash(j - 1)), text.hash(j - 2) == as_ { return .future }
            j -= 1
        }
        // "postponed until Tuesday": ahead, unless the sentence opens with it ("Until Thursday, they had …").
        if let before = word(before: index, in: text), untilWords.contains(text.tokens[before].hash), !isSentenceStart(before, in: text) {
            return .future
        }
        var k = index - 1
        var steps = 0
        while k >= 0 && steps < 8 {
            let token = text.tokens[k]
            if token.kind == .paragraphBreak || token.kind == .quote || isClauseEnd(token) { break }
            if token.kind == .word {
                if Lexicon.futureMarkers.contains(token.hash) { return .future }
                if Lexicon.futureBeforeTo.contains(token.hash) && text.hash(k + 1) == Lexicon.to { return .future }
                if plannedMarkers.contains(token.hash) {
                    // "was due on 4th November": planned, but the plan was in the past; which side the date is on is open.
                    return k > 0 && pastPlanning.contains(text.hash(k - 1)) ? .unknown : .future
                }
                if beForms.contains(token.hash) && text.hash(k + 1) == Lexicon.to { return .future } // "is to resume"
                // A capitalised word inside the sentence is a name ("the United States"), not a verb.
                let isName = token.isCapitalized && k > 0 && text.tokens[k - 1].kind == .word
                if !isName {
                    if token.isIn(WordClasses.speechVerb) || pastMarkers.contains(token.hash) { return .past }
                    if isPastForm(token, in: text) { return .past }
                }
            }
            k -= 1
            steps += 1
        }
        // "On Tuesday, the league plans to hold …": the clause follows the date.
        if let end, isSentenceStart(index, in: text), text.isMark(end, ",") {
            return tenseAhead(from: end + 1, in: text)
        }
        return .unknown
    }

    /// "-ed" ("announced"), not "-eed" ("succeed", "proceed").
    private static func isPastForm(_ token: Token, in text: TokenizedText) -> Bool {
        guard token.length > 3 else { return false }
        let end = Int(token.end)
        return text.bytes[end - 1] == 0x64 && text.bytes[end - 2] == 0x65 && text.bytes[end - 3] != 0x65
    }

    private static func isClauseEnd(_ token: Token) -> Bool {
        token.kind == .punctuation && (token.mark == 0x2E || token.mark == 0x21 || token.mark == 0x3F || token.mark == 0x3B)
    }

    /// The word right before `index`, skipping nothing but "on" ("until on Tuesday" is rare; "until Tuesday").
    private static func word(before index: Int, in text: TokenizedText) -> Int? {
        var k = index - 1
        if k >= 0, text.tokens[k].kind == .word, text.tokens[k].hash == on { k -= 1 }
        guard k >= 0, text.tokens[k].kind == .word else { return nil }
        return k
    }

    /// Whether token `k` opens its sentence or paragraph.
    private static func isSentenceStart(_ k: Int, in text: TokenizedText) -> Bool {
        var p = k - 1
        while p >= 0, text.tokens[p].kind == .quote { p -= 1 }
        guard p >= 0 else { return true }
        let previous = text.tokens[p]
        return previous.kind == .paragraphBreak || isClauseEnd(previous) || (previous.kind == .punctuation && previous.mark == 0x3A)
    }

    /// The tense of the clause after a sentence-opening date: "will", "would", "plans to" ahead;
    /// a verb of speech, a past marker or an "-ed" form behind (at most 13 tokens).
    private static func tenseAhead(from start: Int, in text: TokenizedText) -> ClauseTense {
        var k = start
        while k < text.tokens.count && k < start + 13 {
            let token = text.tokens[k]
            if token.kind == .paragraphBreak || token.kind == .quote || isClauseEnd(token) { return .unknown }
            if token.kind == .word {
                if clauseBreaks.contains(token.hash) { return .unknown }
                if Lexicon.futureMarkers.contains(token.hash) { return .future }
                if intentionVerbs.contains(token.hash) && text.hash(k + 1) == Lexicon.to { return .future }
                let isName = token.isCapitalized && k > start
                if !isName && (token.isIn(WordClasses.speechVerb) || pastMarkers.contains(token.hash) || isPastForm(token, in: text)) { return .past }
            }
            k += 1
        }
        return .unknown
    }
}
