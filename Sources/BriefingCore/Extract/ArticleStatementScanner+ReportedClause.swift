/// Where a reported clause ends and where the attribution around it begins and ends: the
/// boundaries ``scanIndirect(in:paragraph:)`` cuts the content at ("said the deficit was falling
/// and added that …", "…, the company said on Thursday, blaming …", "X said, adding that …").
extension ArticleStatementScanner {
    /// Where a reported clause ends: at the next cue joined by "and"/"but"/a comma ("said the
    /// deficit was falling and added that …"), or before the outlet's own apposition (", a claim
    /// disputed by …"), else at the end of the sentence.
    func reportedClauseEnd(from start: Int, sentence: Range<Int>) -> Int {
        var end = sentence.upperBound
        if let next = (start..<sentence.upperBound).first(where: { k in
            guard k + 1 < sentence.upperBound, !isInsideQuote(k) else { return false }
            let isJoin = text.hash(k) == Lexicon.and || text.hash(k) == Lexicon.but || text.isMark(k, ",")
            guard isJoin else { return false }
            // "and repeatedly says": adverbs between the join and the verb.
            var v = k + 1
            // "…," but he said that …": a second attribution with its own subject.
            if text.hash(k) == Lexicon.but, let subject = parser.parseForward(from: v, upperBound: sentence.upperBound), subject.tokens.lowerBound == v,
               subject.kind == .pronoun || subject.kind == .name, subject.tokens.upperBound < sentence.upperBound { v = subject.tokens.upperBound }
            while v + 1 < sentence.upperBound, v < k + 3, text.tokens[v].kind == .word, !text.tokens[v].isCapitalized,
                  text.tokens[v].isIn(WordClasses.clauseAdverb) || text.isLyAdverb(v) { v += 1 }
            guard text.tokens[v].kind == .word && text.tokens[v].isIn(WordClasses.speechVerb)
                && !Lexicon.describingVerbs.contains(text.tokens[v].hash) else { return false }
            // A verb that reports speech only with a quotation ("and continued discussions with …"
            // is no cue) ends the clause only when a quotation follows close by.
            guard Lexicon.quoteOnlyVerbs.contains(text.tokens[v].hash) else { return true }
            return ((v + 1)..<min(sentence.upperBound, v + 11)).contains { text.tokens[$0].kind == .quote }
        }) {
            end = next
        }
        // A second attribution after a comma, semicolon or dash ("…, but he said witnesses saw a
        // gun", "; they noted that …", "— and she added …"): the next statement, its own speaker.
        // After a dash, also a relative clause with its noun: "called on Obama to retaliate against
        // Russia -- meddling the congressman said is designed to "sow discord"".
        if let second = (start..<end).first(where: { k in
            guard k > start + 2, !isInsideQuote(k) else { return false }
            let isDash = isDash(k)
            guard isDash || text.isMark(k, ",") || text.isMark(k, ";") else { return false }
            var j = k + 1
            while j < end, isDash, text.isMark(j, "-") { j += 1 }
            if ArticleStatementScanner.clauseJoins.contains(text.hash(j)) { j += 1 }
            if isDash, let relative = (1...3).first(where: { skip in
                j + skip + 1 < end && (j..<(j + skip)).allSatisfy({ text.tokens[$0].kind == .word && !text.tokens[$0].isCapitalized })
                    && (text.tokens[j + skip].isIn(WordClasses.determiner) || text.tokens[j + skip].isCapitalized)
                    && !text.tokens[j + skip - 1].isIn(WordClasses.determiner)
            }) { j += relative }
            guard j + 1 < end, text.tokens[j].kind == .word, let subject = parser.parseForward(from: j, upperBound: end),
                  subject.tokens.lowerBound == j else { return false }
            j = subject.tokens.upperBound
            if text.isIn(j, WordClasses.clauseAdverb) { j += 1 }
            guard j < end, text.tokens[j].kind == .word else { return false }
            let verb = text.tokens[j].hash
            // "…, a spokesperson said." closes the sentence: a trailing attribution of all of it, not a second clause.
            guard !isSentenceEnd(after: j + 1, sentence: sentence) else { return false }
            return (Lexicon.speechVerbs.contains(verb) && !Lexicon.quoteOnlyVerbs.contains(verb)) || ArticleStatementScanner.stanceVerbs.contains(verb)
        }) {
            end = second
        }
        // A quotation's own attribution inside the clause ("She said fathers would not be
        // eligible, and when pressed, the mother of three replied, "…""): the reported clause
        // ends at the comma before it, the quotation is the next statement.
        // With no comma of the outlet's before it ("DuVernay said she felt it was worth examining
        // because "most people don't know …," she said"), the clause ends where that quotation opens.
        if start + 3 < end, let used = ((start + 3)..<end).first(where: { usedCues[$0] && !isInsideQuote($0) }) {
            if let comma = ((start + 2)..<used).last(where: { text.isMark($0, ",") && !isInsideQuote($0) }) {
                end = comma
            } else if let open = ((start + 2)..<used).last(where: { quoteAt[$0] >= 0 && quotes[Int(quoteAt[$0])].open == $0 }),
                      quotes[Int(quoteAt[open])].close.map({ $0 < used }) ?? false,
                      (start..<open).count(where: { text.tokens[$0].kind == .word }) >= 3,
                      // Not when the quotation completes the clause ("described the response as "…"").
                      !ArticleStatementScanner.openingWords.contains(text.hash(open - 1)) {
                end = open
            }
        }
        if let apposition = (start..<end).first(where: { k in
            text.isMark(k, ",") && k + 2 < end && (text.hash(k + 1) == Lexicon.a || text.hash(k + 1) == Lexicon.an)
                && ArticleStatementScanner.claimNouns.contains(text.hash(k + 2))
        }) {
            end = apposition
        }
        // The outlet's own participle clause after the reported words ("said that she would hold
        // early elections, ending weeks of speculation"): what the reporter adds, not what was said.
        if let gloss = (start..<end).first(where: { k in
            guard text.isMark(k, ","), k + 1 < end, !isInsideQuote(k), k > start + 2 else { return false }
            let word = text.tokens[k + 1]
            guard word.kind == .word, !word.isCapitalized, word.length > 4,
                  !word.isIn(WordClasses.participle), !word.isIn(WordClasses.speechVerb) else { return false }
            return text.word(k + 1, endsWith: "ing")
        }) {
            end = gloss
        }
        return end
    }

    /// Words that leave a clause open for what follows: a quotation after them completes it.
    static let openingWords: WordSet = WordHash.set(["as", "of", "to", "the", "a", "an", "that", "about", "on", "for", "with", "by", "in", "from", "is", "was", "are", "were", "be"])

    /// An em or en dash, or a hyphen standing apart as one ("--", " - ").
    func isDash(_ k: Int) -> Bool {
        let token = text.tokens[k]
        guard token.kind == .punctuation else { return false }
        return token.mark == 0x2014 || token.mark == 0x2013 || (token.mark == 0x2D && token.spaceBefore)
    }

    /// The token after a "that" within eight tokens of `index` in the same clause (no comma,
    /// quotation or second verb of speech in between).
    func thatAhead(after index: Int, sentence: Range<Int>) -> Int? {
        var k = index
        while k < sentence.upperBound && k < index + 8 {
            let token = text.tokens[k]
            if token.kind == .quote || (token.kind == .punctuation && token.mark != 0x28 && token.mark != 0x29) || isInsideQuote(k) { return nil }
            if token.kind == .word {
                // "that", or "whether" for a reported question ("asked whether the port would reopen").
                if token.hash == Lexicon.that || token.hash == ArticleStatementScanner.whether {
                    // "answered Lind's remark that …": the clause is the possessor's, not the verb's
                    // ("repeated the false claim that …" stays the verb's).
                    if k > index, token.hash == Lexicon.that, text.isIn(k - 1, WordClasses.sayingNoun),
                       ((index..<(k - 1)).contains { text.hash($0) == Lexicon.possessive || ArticleStatementScanner.possessivePronouns[text.hash($0)] != nil }) { return nil }
                    // "said the test could change that.": a pronoun closing the clause opens none;
                    // "joked that, among voters, Trump ranks fourth": an aside after "that" does.
                    guard k + 1 < sentence.upperBound else { return nil }
                    if text.tokens[k + 1].kind == .punctuation {
                        guard text.isMark(k + 1, ","), ((k + 3)..<min(sentence.upperBound - 1, k + 12)).contains(where: { text.isMark($0, ",") }) else { return nil }
                    }
                    return k + 1
                }
                // "said the test could change that": a verb before "that" means the clause began at the cue.
                if token.isIn(WordClasses.speechVerb) || token.isIn(WordClasses.auxiliary) { return nil }
            }
            k += 1
        }
        return nil
    }

    /// Whether the attribution ends the sentence: only dates, then the end, or a participle
    /// clause of the outlet's own ("…, the company said on Thursday, blaming a slump in orders").
    func isSentenceEnd(after index: Int, sentence: Range<Int>) -> Bool {
        var k = index
        while k < sentence.upperBound, dateAt(k) != nil { k += 1 }
        if k >= sentence.upperBound || (text.tokens[k].kind == .punctuation && SentenceSplitter.isTerminal(text.tokens[k])) { return true }
        // The outlet goes on with a clause of its own: "…, lawmakers said Friday, as they bristled …".
        if text.isMark(k, ","), k + 1 < sentence.upperBound, text.tokens[k + 1].kind == .word,
           ArticleStatementScanner.outletClauseOpeners.contains(text.tokens[k + 1].hash) { return true }
        // A speech participle ("adding that …") reports more: not an end.
        if text.isMark(k, ","), k + 1 < sentence.upperBound, text.tokens[k + 1].kind == .word, !text.tokens[k + 1].isCapitalized,
           !text.tokens[k + 1].isIn(WordClasses.participle), !text.tokens[k + 1].isIn(WordClasses.speechVerb) {
            return text.tokens[k + 1].length > 4 && text.word(k + 1, endsWith: "ing")
        }
        return false
    }

    /// `end` moved back over punctuation to just after the clause's last word or number (and its
    /// closing quotation mark, if `keepingClosingQuote`), not before `start`.
    func lastWordEnd(from start: Int, to end: Int, keepingClosingQuote: Bool) -> Int {
        var end = end
        while end > start {
            let token = text.tokens[end - 1]
            if token.kind == .word || token.kind == .number || (keepingClosingQuote && token.kind == .quote && token.quoteRole == .closing) { break }
            end -= 1
        }
        return end
    }

    /// The comma before a trailing attribution that closes the sentence ("…, officials said.",
    /// "…, the ministry said on Tuesday."), if there is one.
    func trailingAttributionComma(in sentence: Range<Int>) -> Int? {
        var k = sentence.upperBound - 1
        while k > sentence.lowerBound, text.tokens[k].kind == .punctuation || dateAt(k) != nil { k -= 1 }
        var steps = 0
        var sawCue = false
        while k > sentence.lowerBound, steps < 10 {
            let token = text.tokens[k]
            if token.kind == .quote { return nil }
            if token.kind == .punctuation {
                // ", saying …" is the subject's own participle clause, not a trailing attribution.
                guard token.mark == 0x2C, sawCue, k + 1 < sentence.upperBound,
                      !text.isIn(k + 1, WordClasses.participle),
                      !ArticleStatementScanner.stanceParticiples.contains(text.hash(k + 1)) else { return nil }
                return k
            }
            // "less than forecast in July", "as predicted": a comparison, not an attribution.
            if isCue(k), !(k > sentence.lowerBound && ArticleStatementScanner.comparisonWords.contains(text.hash(k - 1))) { sawCue = true }
            k -= 1
            steps += 1
        }
        return nil
    }
    static let comparisonWords: WordSet = WordHash.set(["than", "as"])

    /// Whether the sentence ends with a prepositional phrase from `index` ("said one diplomat
    /// at the meeting."): a preposition, then up to seven words with no verb of speech.
    func isClosingPhrase(from index: Int, sentence: Range<Int>) -> Bool {
        guard index < sentence.upperBound, text.tokens[index].kind == .word,
              ArticleStatementScanner.subjectPrepositions.contains(text.tokens[index].hash) else { return false }
        var k = index + 1
        while k < sentence.upperBound, k - index <= 8 {
            let token = text.tokens[k]
            if token.kind == .punctuation && SentenceSplitter.isTerminal(token) { return true }
            if token.kind == .quote || (token.kind == .punctuation && token.mark == 0x2C) { return false }
            if token.kind == .word, token.isIn(WordClasses.speechVerb) || token.isIn(WordClasses.auxiliary) { return false }
            k += 1
        }
        return k >= sentence.upperBound
    }

    /// Whether at least three words follow `index` before the sentence ends.
    func hasClause(after index: Int, sentence: Range<Int>, words needed: Int = 3) -> Bool {
        var words = 0
        var k = index + 1
        while k < sentence.upperBound, k < index + 8 {
            let token = text.tokens[k]
            if token.kind == .word || token.kind == .number { words += 1; if words >= needed { return true } }
            else if token.kind == .punctuation, SentenceSplitter.isTerminal(token), !(token.mark == 0x2E && SentenceSplitter.isAbbreviation(k - 1, in: text)) { return false }
            k += 1
        }
        return words >= needed
    }

    /// The token after an attribution's dates ("said on Friday afternoon").
    func attributionTail(after index: Int, sentence: Range<Int>) -> Int {
        var k = index
        while k < sentence.upperBound, dateAt(k) != nil { k += 1 }
        return k
    }
}
