/// Finds an outlet's own judgements of claims: "falsely credited", "without evidence",
/// "misleadingly", "a claim that has been disputed", "as fact-checkers have noted", "correctly noted".
///
/// A judgement counts only in the outlet's voice: never inside a quotation or a reported
/// clause. Adverbs that qualify the outlet's reporting verb ("said, falsely, that") are the
/// outlet's; predicates after someone else's speech verb ("critics said the figures were
/// misleading") are not.
public enum AssessmentFinder {
    struct Cue {
        var words: [UInt64]
        var label: AssessmentLabel
        /// Adverbs and phrases that qualify the reporting itself (always the outlet's voice).
        var qualifiesReporting: Bool
        /// Include the next word in the cue ("falsely credited").
        var takesVerb: Bool
        /// The phrase's second word, 0 for one word: most candidates fail on it, and it is read
        /// without copying the cue (and retaining its words).
        var second: UInt64 = 0
    }

    /// The cues, from the wording news outlets and fact-checkers use for their own verdicts —
    /// general phrases and the families they form, not the sentences of any test file. Within
    /// one first word, a longer phrase comes before the shorter one it starts with.
    static let cues: [Cue] = {
        func cue(_ phrase: String, _ label: AssessmentLabel, reporting: Bool = false, verb: Bool = false) -> Cue {
            let words = phrase.split(separator: " ").map { WordHash.of(String($0)) }
            return Cue(words: words, label: label, qualifiesReporting: reporting, takesVerb: verb, second: words.count > 1 ? words[1] : 0)
        }
        /// Every `head` followed by every `tail`: the forms of one phrase.
        func family(_ heads: [String], _ tails: [String], _ label: AssessmentLabel, reporting: Bool = false) -> [Cue] {
            heads.flatMap { head in tails.map { cue(head + " " + $0, label, reporting: reporting) } }
        }
        // "…, a claim disputed by economists", "…, a figure not supported by the data": an apposition
        // in the outlet's voice after someone else's words.
        let claimNouns = ["a claim", "a figure", "an assertion", "an estimate"]
        let appositions = family(claimNouns, ["disputed by", "that has been disputed", "that is disputed", "contested by",
                                              "that has been contested", "challenged by"], .disputed, reporting: true)
            + family(claimNouns, ["not supported by", "that is not supported by", "unsupported by", "that could not be verified",
                                  "that could not be independently verified"], .unsupported, reporting: true)
            + family(claimNouns, ["contradicted by", "that is contradicted by"], .false, reporting: true)
        // "could not be independently verified", "was unable to confirm": the outlet could not check it.
        let unverified = family(["could not be", "cannot be"], ["independently verified", "independently confirmed", "verified", "confirmed"],
                                .unsupported, reporting: true)
            + family(["could not", "was unable to", "were unable to"], ["independently verify", "independently confirm", "verify", "confirm"],
                     .unsupported, reporting: true)
        // "without providing evidence", "without citing any details".
        let withoutSupport = family(["without providing", "without offering", "without citing", "without giving", "without presenting"],
                                    ["any evidence", "evidence", "any proof", "proof", "any details", "details"], .unsupported, reporting: true)
        var cues: [Cue] = [
            cue("falsely", .false, reporting: true, verb: true), cue("wrongly", .false, reporting: true, verb: true),
            cue("incorrectly", .false, reporting: true, verb: true), cue("inaccurately", .false, reporting: true, verb: true),
            cue("erroneously", .false, reporting: true, verb: true), cue("contrary to", .false, reporting: true),
            // "As fact-checkers have noted, …": the outlet sets the record straight.
            cue("as fact-checkers have", .false, reporting: true, verb: true), cue("as fact-checkers", .false, reporting: true, verb: true),
            cue("the false claim", .false), cue("a false claim", .false), cue("is false", .false), cue("was false", .false),
            cue("is untrue", .false), cue("was untrue", .false), cue("debunked", .false), cue("not true", .false),
            cue("misleadingly", .misleading, reporting: true, verb: true), cue("misleading", .misleading),
            cue("exaggerated", .misleading), cue("overstated", .misleading), cue("cherry-picked", .misleading),
            cue("omits", .misleading), cue("omitted", .misleading), cue("distorts", .misleading), cue("distorted", .misleading),
            // True to the letter, misleading in effect.
            cue("technically accurate", .misleading, reporting: true), cue("technically true", .misleading, reporting: true),
            cue("technically correct", .misleading, reporting: true),
            cue("without evidence", .unsupported, reporting: true),
        ]
        cues += withoutSupport + unverified + appositions
        cues += [
            cue("no evidence", .unsupported), cue("unsubstantiated", .unsupported), cue("unfounded", .unsupported), cue("baseless", .unsupported),
            cue("not supported by", .unsupported),
            cue("has been disputed", .disputed), cue("disputed by", .disputed), cue("contested by", .disputed), cue("is disputed", .disputed),
            cue("disputed", .disputed),
            cue("cherry-picks", .misleading), cue("leaves out", .misleading), cue("left out", .misleading), cue("out of context", .misleading),
            cue("no data", .unsupported),
            cue("have challenged", .disputed), cue("has challenged", .disputed), cue("have questioned", .disputed), cue("has questioned", .disputed),
            cue("in dispute", .disputed),
            cue("was right", .true), cue("is right", .true), cue("checks out", .true), cue("is supported by", .true), cue("are supported by", .true),
            cue("correctly", .true, reporting: true, verb: true), cue("accurately", .true, reporting: true, verb: true),
            cue("is accurate", .true), cue("is correct", .true), cue("was accurate", .true), cue("was correct", .true),
        ]
        return cues
    }()

    /// The cues by their first word, in list order ("is" → "is false", "is untrue", …): common
    /// first words ("is", "the", "a") must not walk the whole list.
    /// Behind a bit filter: nearly every word of an article starts no cue.
    static let cuesByFirstWord = FilteredWordMap(WordMap(Dictionary(grouping: cues, by: { $0.words[0] })))
    static let conditionals: WordSet = WordHash.set(["whether", "if"])
    static let reportedMarkers: WordSet = WordHash.set(["said", "says", "say", "told", "claimed", "claims", "argued", "argue", "argues", "insisted", "called", "described", "according", "alleged", "alleges", "accused", "suggested"])

    /// Judgements in each of `sentences` (token indices of `text`), skipping tokens `excluded`
    /// (quotations and reported clauses). Calls `found` with the sentence, the cue's token range
    /// and label, in text order.
    static func find(in text: TokenizedText, sentences: [[Range<Int>]], excluded: (Int) -> Bool,
                     found: (_ sentence: Range<Int>, _ cue: Range<Int>, _ label: AssessmentLabel) -> Void) {
        let cuesByFirstWord = AssessmentFinder.cuesByFirstWord
        text.tokens.withUnsafeBufferPointer { tokens in
            for paragraph in sentences {
                for sentence in paragraph {
                    var k = sentence.lowerBound
                    while k < sentence.upperBound {
                        let token = tokens[k]
                        guard token.kind == .word, let candidates = cuesByFirstWord[token.hash] else { k += 1; continue }
                        if let (end, label) = match(candidates, at: k, in: sentence, tokens: tokens, excluded: excluded) {
                            if let label { found(sentence, k..<end, label) }
                            k = end
                        } else {
                            k += 1
                        }
                    }
                }
            }
        }
    }

    /// The first of `candidates` whose phrase starts at token `k`: where the scan goes on, and the
    /// label when the phrase is a judgement in the outlet's voice (nil when it matched but only
    /// reports or asks). Nil when no phrase matches or the words are not the outlet's.
    private static func match(_ candidates: [Cue], at k: Int, in sentence: Range<Int>, tokens: UnsafeBufferPointer<Token>,
                              excluded: (Int) -> Bool) -> (end: Int, label: AssessmentLabel?)? {
        var checkedVoice = false
        // The word after the first, past commas, as the phrase match below reads it.
        var n = k + 1
        while n < sentence.upperBound, tokens[n].kind == .punctuation, tokens[n].mark == 0x2C { n += 1 }
        let next: UInt64 = n < sentence.upperBound ? tokens[n].hash : 0
        for i in candidates.indices {
            if candidates[i].second != 0 && candidates[i].second != next { continue }
            let cue = candidates[i]
            // Match the phrase over the following words.
            var end = k
            var ok = true
            for word in cue.words {
                while end < sentence.upperBound, tokens[end].kind == .punctuation, tokens[end].mark == 0x2C { end += 1 }
                guard end < sentence.upperBound, tokens[end].hash == word else { ok = false; break }
                end += 1
            }
            guard ok else { continue }
            // Only the outlet's own words judge (checked once a phrase matches: it is rarer).
            if !checkedVoice {
                checkedVoice = true
                if excluded(k) { return nil }
            }
            // "Asked whether the figure was accurate": a question, not a judgement.
            if (sentence.lowerBound..<k).contains(where: { conditionals.contains(tokens[$0].hash) }) { return (end, nil) }
            if !cue.qualifiesReporting {
                // A predicate after someone else's speech verb is reported, not judged.
                let reported = (sentence.lowerBound..<k).contains { tokens[$0].kind == .word && reportedMarkers.contains(tokens[$0].hash) && !excluded($0) }
                if reported { return (end, nil) }
            }
            if cue.takesVerb, end < sentence.upperBound, tokens[end].kind == .word, !excluded(end) { end += 1 }
            return (end, cue.label)
        }
        return nil
    }
}
