/// Reports without a named source, in the passive: "Obama's veto is expected to come before
/// Friday", "peacekeepers have been blamed for introducing cholera", "North Korea is not thought
/// to be capable of …". The whole clause is the statement (its subject is part of what is
/// reported) and no one is named as the speaker.
extension ArticleStatementScanner {
    /// Participles that report a view or an accusation in the passive, with the word that must
    /// follow them. Not "is said to be", "is reported to be": hearsay the outlet passes on as
    /// description stays out (the `neg-said-to-be` case); nor "is expected to …": the outlet's
    /// own forecast ("talks are expected to resume in August"), which outlets write in almost
    /// every story and which would fill the timeline with entries no one said.
    static let passiveReportsWithTo: WordSet = WordHash.set(["thought", "believed", "considered", "alleged"])
    static let passiveReportsWithOf: WordSet = WordHash.set(["accused", "blamed", "criticized", "criticised", "credited", "faulted", "condemned", "praised"])
    static let passiveReports = WordSet(passiveReportsWithTo.map { $0 } + passiveReportsWithOf.map { $0 })
    static let passiveBe: WordSet = WordHash.set(["is", "are", "was", "were", "be", "been", "being", "'s", "’s"])
    static let ofOrFor: WordSet = WordHash.set(["of", "for"])

    /// Records the passive report whose participle is at `c`; returns where it ends, or nil.
    mutating func passiveReport(at c: Int, sentence: Range<Int>, paragraph p: Int) -> Int? {
        let hash = text.tokens[c].hash
        let withTo = ArticleStatementScanner.passiveReportsWithTo.contains(hash)
        guard withTo || ArticleStatementScanner.passiveReportsWithOf.contains(hash), c + 2 < sentence.upperBound, !isInsideQuote(c) else { return nil }
        // What follows: "to" and a verb ("expected to come"), or "of"/"for" and what is held against them.
        let next = text.tokens[c + 1]
        guard next.kind == .word, text.tokens[c + 2].kind == .word else { return nil }
        if withTo {
            // "is expected to say … that": the words are not said yet.
            guard next.hash == Lexicon.to, !text.isIn(c + 2, WordClasses.speechVerb), !ArticleStatementScanner.baseStance.contains(text.hash(c + 2)) else { return nil }
        } else {
            guard ArticleStatementScanner.ofOrFor.contains(next.hash) else { return nil }
        }
        // A form of "be" before it, past adverbs and "not": "is not thought", "have sometimes been accused".
        var k = c - 1
        while k > sentence.lowerBound, text.tokens[k].kind == .word, !text.tokens[k].isCapitalized,
              text.tokens[k].isIn(WordClasses.adverb) || text.tokens[k].isIn(WordClasses.negation)
                || text.isLyAdverb(k) { k -= 1 }
        guard k > sentence.lowerBound, text.tokens[k].kind == .word, ArticleStatementScanner.passiveBe.contains(text.tokens[k].hash) else { return nil }
        var auxiliary = k
        while auxiliary - 1 > sentence.lowerBound, text.tokens[auxiliary - 1].kind == .word,
              text.tokens[auxiliary - 1].isIn(WordClasses.auxiliary) || text.tokens[auxiliary - 1].isIn(WordClasses.adverb)
                || text.tokens[auxiliary - 1].isIn(WordClasses.negation) { auxiliary -= 1 }
        // The clause's subject: from the sentence's start or the last clause opener before it.
        var start = sentence.lowerBound
        for j in stride(from: auxiliary - 1, through: sentence.lowerBound, by: -1) {
            let token = text.tokens[j]
            if token.kind == .quote || isInsideQuote(j) { return nil }
            if (token.kind == .punctuation && (token.mark == 0x2C || token.mark == 0x3B || token.mark == 0x3A))
                || (token.kind == .word && (token.hash == Lexicon.that || ArticleStatementScanner.outletClauseOpeners.contains(token.hash))) {
                start = j + 1
                break
            }
        }
        while start < auxiliary, dateAt(start) != nil { start += 1 }
        // A subject of at least one word, and no verb of speech inside it (another rule's).
        guard start < auxiliary, !(start..<auxiliary).contains(where: { usedCues[$0] || (text.tokens[$0].kind == .word && text.tokens[$0].isIn(WordClasses.speechVerb)) }) else { return nil }
        let end = lastWordEnd(from: c + 1, to: reportedClauseEnd(from: c + 1, sentence: sentence), keepingClosingQuote: true)
        guard end > c + 2 else { return nil }
        let cue = auxiliary..<(c + 1)
        let mention = Mention(kind: .group, tokens: cue, nameTokens: nil, role: nil, gender: .unknown, head: hash)
        guard addIndirect(content: [start..<end], subject: mention, cue: cue, attributionTokens: cue, sentence: sentence, paragraph: p) else { return nil }
        return end
    }
}
