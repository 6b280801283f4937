/// Attributions around the verb rather than before it: an "as" aside ("Tolvane, as one adviser
/// pointed out, rarely floods"), a topic particle after dates and manner words ("spoke out on
/// Tuesday about …"), and the document "it" can stand for ("The city sent a letter. It says …").
extension ArticleStatementScanner {
    /// The topic particle after a verb that needs one ("spoke about", "spoke out on Tuesday
    /// about", "talked frankly of"): its index, past dates and a few adverbs; nil otherwise.
    func topicParticle(after c: Int, sentence: Range<Int>) -> Int? {
        guard Lexicon.verbsNeedingParticle[text.tokens[c].hash] != nil else { return nil }
        var k = c + 1
        while k < sentence.upperBound, k <= c + 5 {
            let token = text.tokens[k]
            guard token.kind == .word || dateAt(k) != nil else { return nil }
            if Lexicon.topicParticles.contains(token.hash) {
                return Lexicon.verbsNeedingParticle[text.tokens[c].hash]?.contains(token.hash) == true ? k : nil
            }
            guard dateAt(k) != nil || ArticleStatementScanner.mannerWords.contains(token.hash) || text.isLyAdverb(k) else { return nil }
            k += 1
        }
        return nil
    }
    static let mannerWords: WordSet = WordHash.set(["out", "up", "again", "at", "length", "often", "publicly", "openly"])

    /// "Hawaii, as one of Mr. Obama's advisers pointed out, rarely gets …": an attribution set
    /// off by "as" and a comma after its cue. Records the sentence around it (one or two pieces)
    /// and returns where the statement ends; nil when the cue is no such aside.
    mutating func asAside(cue: Range<Int>, sentence: Range<Int>, paragraph p: Int) -> Int? {
        // "as one user pointed out with a telling side-by-side, …": a short phrase may follow the cue.
        var after = attributionTail(after: cue.upperBound, sentence: sentence)
        while after < sentence.upperBound, after < cue.upperBound + 8, text.tokens[after].kind == .word || text.tokens[after].kind == .number || text.isMark(after, "-"),
              !text.tokens[after].isIn(WordClasses.speechVerb), !text.tokens[after].isIn(WordClasses.auxiliary) { after += 1 }
        guard after + 1 < sentence.upperBound, text.isMark(after, ",") else { return nil }
        // "as" opening the aside: at the sentence's start or after a comma, within 16 tokens.
        var k = cue.lowerBound - 1
        var asIndex: Int?
        while k >= sentence.lowerBound, k >= cue.lowerBound - 16 {
            let token = text.tokens[k]
            if token.kind == .quote || isInsideQuote(k) || (token.kind == .punctuation && SentenceSplitter.isTerminal(token) && !(k > 0 && SentenceSplitter.isAbbreviation(k - 1, in: text))) { return nil }
            if token.kind == .word, token.isIn(WordClasses.speechVerb) { return nil }
            if token.kind == .word, token.hash == Lexicon.as_, k == sentence.lowerBound || text.isMark(k - 1, ",") {
                asIndex = k
                break
            }
            k -= 1
        }
        guard let asAt = asIndex else { return nil }
        // The subject after "as"; "one of Mr. Obama's climate advisers": the walk back from the
        // verb finds the head, the subject starts after "as".
        var found = parser.parseForward(from: asAt + 1, upperBound: cue.lowerBound)
        if found == nil, var head = parser.parseBackward(before: cue.lowerBound, lowerBound: asAt + 1), head.kind != .pronoun {
            head.tokens = (asAt + 1)..<head.tokens.upperBound
            found = head
        }
        // "one Twitter user": a short phrase no rule names is still who pointed it out, unnamed.
        if found == nil, cue.lowerBound - (asAt + 1) <= 5, cue.lowerBound > asAt + 1,
           ((asAt + 1)..<cue.lowerBound).allSatisfy({ text.tokens[$0].kind == .word && !text.tokens[$0].isIn(WordClasses.speechVerb) }) {
            found = Mention(kind: .group, tokens: (asAt + 1)..<cue.lowerBound, nameTokens: nil, role: nil, gender: .unknown, head: text.tokens[cue.lowerBound - 1].hash)
        }
        guard let subject = found, subject.kind != .pronoun || (subject.gender != .neuter && Lexicon.pronouns[subject.head] != .unknown) else { return nil }
        let start = after + 1
        let end = lastWordEnd(from: start, to: reportedClauseEnd(from: start, sentence: sentence), keepingClosingQuote: true)
        guard end > start else { return nil }
        var pieces: [Range<Int>] = []
        if asAt > sentence.lowerBound + 1 { pieces.append(sentence.lowerBound..<(asAt - 1)) }
        pieces.append(start..<end)
        guard addIndirect(content: pieces, subject: subject, cue: cue, attributionTokens: asAt..<cue.upperBound, sentence: sentence, paragraph: p) else { return nil }
        return end
    }

    /// Whether a document or a source ("a letter", "the report", "the study") is named in the
    /// 40 tokens of the paragraph before `index`: what "it" in "it says" can stand for.
    func documentMentioned(before index: Int, paragraph p: Int) -> Bool {
        let from = max(paragraphs[p].lowerBound, index - 40)
        return (from..<index).contains { k in
            text.tokens[k].kind == .word && !isInsideQuote(k)
                && (ArticleStatementScanner.issuedDocuments.contains(text.tokens[k].hash) || text.tokens[k].isIn(WordClasses.sourceNoun))
        }
    }
}
