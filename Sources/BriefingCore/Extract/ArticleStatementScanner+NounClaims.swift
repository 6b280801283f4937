/// Statements carried by a noun of saying: "Tulsa police's earlier claim that …", "his
/// insistence that …", "growing concerns that …" — the clause after the noun, by its possessor.
extension ArticleStatementScanner {
    /// Nouns of saying and believing whose "that" clause is what someone said or holds
    /// ("his claim that …", "a tacit acknowledgment that …", "growing concerns that …").
    static let claimNouns: WordSet = WordHash.set(["claim", "figure", "assertion", "statement", "number", "contention", "charge", "allegation"])
    static let sayingNouns: WordSet = WordHash.set(["claim", "claims", "assertion", "assertions", "contention", "allegation", "allegations",
                                                   "insistence", "acknowledgment", "acknowledgement", "admission", "argument", "belief",
                                                   "concern", "concerns", "fear", "fears", "warning", "warnings", "promise", "pledge",
                                                   "suggestion", "accusation", "accusations", "prediction", "view", "hope", "hopes", "vow",
                                                   "report", "reports", "pronouncement", "pronouncements", "declaration", "interjection",
                                                   "remark", "remarks", "comment", "comments", "announcement", "conclusion", "finding", "findings"])

    /// "Tulsa police's earlier claim that Crutcher had refused …": the clause after a noun of
    /// saying, by the possessor before it ("his", "the mayor's") or by no one named. Returns
    /// where the clause ends, or nil when no "that" clause of three words follows right away.
    mutating func nounClaim(at c: Int, sentence: Range<Int>, paragraph p: Int) -> Int? {
        guard c + 2 < sentence.upperBound, text.tokens[c + 1].kind == .word, text.hash(c + 1) == Lexicon.that, !isInsideQuote(c),
              text.tokens[c + 2].kind == .word || text.tokens[c + 2].kind == .number else { return nil }
        // "the claim that was rejected": a relative clause, not a reported one.
        if text.isIn(c + 2, WordClasses.auxiliary) && !text.isIn(c + 2, WordClasses.negation)
            || text.isIn(c + 2, WordClasses.speechVerb) { return nil }
        // "a comment that egregiously described …": a verb after "that" (past adverbs) makes it relative.
        var v = c + 2
        while v + 1 < sentence.upperBound, text.tokens[v].kind == .word, !text.tokens[v].isCapitalized,
              text.tokens[v].isIn(WordClasses.adverb) || text.isLyAdverb(v) { v += 1 }
        if v > c + 2 || text.tokens[v].kind == .word, !text.tokens[v].isCapitalized,
           text.word(v, endsWith: "ed") || text.tokens[v].isIn(WordClasses.stanceVerb) || text.tokens[v].isIn(WordClasses.auxiliary) { return nil }
        // The possessor: "his", "their", or a mention ending in "'s" before the noun and its adjectives.
        var k = c - 1
        while k > sentence.lowerBound, text.tokens[k].kind == .word, !text.tokens[k].isCapitalized, text.tokens[k].isIn(WordClasses.adverb)
                || ArticleStatementScanner.claimAdjectives.contains(text.tokens[k].hash) { k -= 1 }
        // "a New York Times report that …", "Mr. Trump's debate interjection that …": a name or
        // one or two lowercase nouns modifying the noun, after a determiner or a possessor.
        var modifierStart: Int?
        if k > sentence.lowerBound, k < c, text.tokens[k].kind == .word, !text.tokens[k].isIn(WordClasses.determiner),
           ArticleStatementScanner.possessivePronouns[text.tokens[k].hash] == nil, text.tokens[k].hash != Lexicon.possessive {
            var j = k
            let capitalized = text.tokens[k].isCapitalized
            while j > sentence.lowerBound, text.tokens[j].kind == .word, text.tokens[j].isCapitalized == capitalized, k - j < (capitalized ? 5 : 2),
                  !text.tokens[j].isIn(WordClasses.determiner), ArticleStatementScanner.possessivePronouns[text.tokens[j].hash] == nil,
                  text.tokens[j].hash != Lexicon.possessive { j -= 1 }
            // "Despite media pronouncements that …": a preposition before the noun's modifier.
            if text.tokens[j].kind == .word, text.tokens[j].isIn(WordClasses.determiner) || text.tokens[j].hash == Lexicon.possessive
                || ArticleStatementScanner.possessivePronouns[text.tokens[j].hash] != nil
                || (!capitalized && j < k && ArticleStatementScanner.outletClauseOpeners.contains(text.tokens[j].hash)) {
                if capitalized { modifierStart = j + 1 }
                k = j
            }
        }
        // "The minister's assertion that the country has no debt is untrue": a noun of saying that
        // opens the sentence is its subject, and where its clause ends the rules cannot see.
        let phraseStart = modifierStart ?? k
        let opensWithPreposition = ArticleStatementScanner.outletClauseOpeners.contains(text.hash(phraseStart))
        if (phraseStart <= sentence.lowerBound + 1 && !opensWithPreposition) || (Lexicon.possessive == text.hash(k)
            && (parser.parseBackward(before: k, lowerBound: sentence.lowerBound)?.tokens.lowerBound ?? k) <= sentence.lowerBound + 1) { return nil }
        var subject: Mention?
        if let start = modifierStart, let name = parser.parseForward(from: start, upperBound: c), name.kind == .name || name.kind == .organisation {
            subject = name
        } else if k >= sentence.lowerBound, text.tokens[k].kind == .word {
            let hash = text.tokens[k].hash
            if let gender = ArticleStatementScanner.possessivePronouns[hash] {
                subject = Mention(kind: .pronoun, tokens: k..<(k + 1), nameTokens: nil, role: nil, gender: gender, head: ArticleStatementScanner.pronounOf[hash] ?? hash)
            } else if hash == Lexicon.possessive, let owner = parser.parseBackward(before: k, lowerBound: sentence.lowerBound),
                      owner.kind != .pronoun {
                subject = owner
            } else if !Lexicon.determiners.contains(hash) && !ArticleStatementScanner.claimAdjectives.contains(hash) && hash != Lexicon.possessive
                        && !(k < c - 1 && ArticleStatementScanner.outletClauseOpeners.contains(hash)) {
                return nil // "police also fear that …": a verb, read by the verb rules
            }
        }
        let start = c + 2
        // The clause ends at its first comma: "Contrary to his claim that X, the returns …".
        var clauseEnd = reportedClauseEnd(from: start, sentence: sentence)
        if let comma = (start..<clauseEnd).first(where: { text.isMark($0, ",") && !isInsideQuote($0) }) { clauseEnd = comma }
        let end = lastWordEnd(from: start, to: clauseEnd, keepingClosingQuote: true)
        guard end > start else { return nil }
        let cue = c..<(c + 2)
        let mention = subject ?? Mention(kind: .group, tokens: c..<(c + 1), nameTokens: nil, role: nil, gender: .unknown, head: text.tokens[c].hash)
        guard addIndirect(content: [start..<end], subject: mention, cue: cue, attributionTokens: (subject?.tokens.lowerBound ?? c)..<(c + 2),
                          sentence: sentence, paragraph: p) else { return nil }
        return end
    }
    static let claimAdjectives: WordSet = WordHash.set(["earlier", "previous", "repeated", "own", "tacit", "growing", "new", "latest", "false", "dubious", "baseless", "unfounded", "frequent", "public", "private", "oft-repeated", "widespread", "renewed"])
    static let possessivePronouns: WordMap<Gender> = [WordHash.of("his"): .male, WordHash.of("her"): .female, WordHash.of("their"): .plural, WordHash.of("its"): .neuter]
    static let pronounOf: WordMap<UInt64> = [WordHash.of("his"): WordHash.of("he"), WordHash.of("her"): WordHash.of("she"), WordHash.of("their"): WordHash.of("they"), WordHash.of("its"): WordHash.of("it")]
}
