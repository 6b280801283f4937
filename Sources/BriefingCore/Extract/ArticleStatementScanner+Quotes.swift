/// Direct and partial quotations: classification, attribution, interrupted quotes, standalone
/// quotes attributed from the neighbouring sentences.
extension ArticleStatementScanner {
    /// An attribution found for a quotation: who, with which cue.
    struct Attribution {
        var mention: Mention
        var cue: Range<Int>?
        /// All tokens of the attribution (mention and cue), for dating.
        var tokens: Range<Int>
    }

    mutating func scanQuotes(in sentence: Range<Int>, paragraph p: Int, sentences: [Range<Int>], index s: Int) {
        // The quotations opening in this sentence, in order (`quoteAt` marks a quotation's tokens).
        var quoteIndices: [Int] = []
        for k in sentence where quoteAt[k] >= 0 {
            let q = Int(quoteAt[k])
            if quotes[q].open == k && !usedQuotes[q] { quoteIndices.append(q) }
        }
        var consumed = Set<Int>()
        for q in quoteIndices where !consumed.contains(q) && !usedQuotes[q] {
            let quote = quotes[q]
            guard !quote.content.isEmpty else { continue }
            if quote.continuesPrevious { continue } // joined to the quotation it continues
            let before = sentence.lowerBound..<quote.open
            let lastToken = Int(quoteEnd[quote.open])
            let after = (lastToken + 1)..<sentence.upperBound
            let standalone = isStandalone(quoteOpen: quote.open, before: before)
            var kind: StatementKind = standalone ? .direct : .partial
            if standalone, isQuotedHeading(quote) {
                usedQuotes[q] = true
                continue
            }

            // Who said it.
            var attribution = trailingAttribution(after: after)
            if attribution == nil { attribution = leadingAttribution(before: before, quoteOpen: quote.open, direct: standalone) }
            if kind == .partial {
                if attribution == nil || isScareOrTitle(quote) { continue }
            }
            // Pieces: this quotation, its continuation across paragraphs, and a second piece after
            // an interrupting attribution ("…," she said, "…").
            var pieces = [quote.contentBytes]
            var continuation = q
            while quotes[continuation].continuesInNextParagraph, continuation + 1 < quotes.count, quotes[continuation + 1].continuesPrevious {
                continuation += 1
                pieces.append(quotes[continuation].contentBytes)
                usedQuotes[continuation] = true
            }
            // A quotation continued across paragraphs is attributed after its last piece.
            if attribution == nil, continuation != q, let close = quotes[continuation].close {
                let paragraphEnd = paragraphs[quotes[continuation].paragraph].upperBound
                attribution = trailingAttribution(after: (close + 1)..<paragraphEnd)
            }
            if let attribution, attribution.tokens.lowerBound > quote.open,
               let next = quoteIndices.first(where: { $0 > q && !consumed.contains($0) }),
               quotes[next].open >= attribution.tokens.upperBound,
               onlyJoiners(attribution.tokens.upperBound..<quotes[next].open) {
                pieces.append(quotes[next].contentBytes)
                consumed.insert(next)
                usedQuotes[next] = true
            }
            usedQuotes[q] = true

            var speaker: Int?
            var mismatch = false
            var mention: Mention?
            var cue: Range<Int>?
            if let attribution {
                (speaker, mismatch) = resolve(attribution.mention, paragraph: p, quoted: pieces)
                mention = attribution.mention
                cue = attribution.cue
                if let cue { for k in cue { usedCues[k] = true } }
            } else if let inherited = standaloneAttribution(sentence: sentence, paragraph: p, sentences: sentences, index: s) {
                speaker = inherited.speaker
                mention = inherited.mention
                cue = inherited.cue
            }
            // A partial quotation that holds whole sentences after its first fragment: the
            // sentences are direct quotes of the same speaker.
            var partialPieces: [Range<Int>]?
            if kind == .partial, pieces.count == 1, let split = sentenceSplit(in: quote) {
                partialPieces = [quote.contentBytes.lowerBound..<split.fragmentEnd]
                pieces = [split.restStart..<quote.contentBytes.upperBound]
            }
            // "Trump told Fox News that the US may provide air support to … countries who are
            // "willing to put people on the ground …"": the reported clause around the quotation
            // is the statement, with the quotation inside it.
            if kind == .partial, partialPieces == nil, pieces.count == 1, let attribution, let cue = attribution.cue,
               let clause = reportedClauseAround(quote: quote, cue: cue, sentence: sentence) {
                pieces = [clause]
                if let cueEnd = cue.last { for k in (cueEnd + 1)..<sentence.upperBound where text.tokens[k].kind == .word && text.tokens[k].isIn(WordClasses.speechVerb) && Int(text.tokens[k].end) <= clause.upperBound { usedCues[k] = true } }
            }
            let date = attributionDate(attribution.map { [$0.tokens] } ?? [], sentence: sentence,
                                       restIsAttribution: attribution.map { $0.tokens.lowerBound > quote.open } ?? false)
            if let partialPieces {
                record(Found(kind: .partial, pieces: partialPieces, speaker: speaker, mention: mention, cue: cue, mismatch: mismatch,
                             date: date, paragraph: p))
                kind = .direct
            }
            record(Found(kind: kind, pieces: pieces, speaker: speaker, mention: mention, cue: cue, mismatch: mismatch,
                         date: date, paragraph: p))
        }
    }

    /// The reported clause that holds a partial quotation, in bytes: from the first word after
    /// a cue that takes a clause ("told Fox News that", "said") to the end of the quotation or
    /// of the clause. Nil when fewer than three words stand between cue and quotation, when the
    /// cue describes rather than reports ("called it", "described … as") or when a clause
    /// boundary or another quotation lies between them.
    func reportedClauseAround(quote: Quotation, cue: Range<Int>, sentence: Range<Int>) -> Range<Int>? {
        guard let verb = cue.first, cue.upperBound <= quote.open, text.tokens[verb].kind == .word,
              text.tokens[verb].isIn(WordClasses.speechVerb), !Lexicon.describingVerbs.contains(text.tokens[verb].hash),
              !Lexicon.quoteOnlyVerbs.contains(text.tokens[verb].hash) || thatAhead(after: cue.upperBound, sentence: sentence) != nil else { return nil }
        var start = cue.upperBound
        // "Pence said on CNN's "State of the Union."": a place or time after the cue, no clause.
        if ArticleStatementScanner.subjectPrepositions.contains(text.hash(start)) { return nil }
        let that = thatAhead(after: cue.upperBound, sentence: sentence).flatMap { $0 <= quote.open ? $0 : nil }
        // "Sanders said, suggesting a few questions, including, "…"": a comma after the cue ends
        // it; what follows is no clause of its.
        if that == nil, text.isMark(cue.upperBound, ",") { return nil }
        if let that { start = that }
        while start < quote.open, dateAt(start) != nil || text.isMark(start, ",") { start += 1 }
        var words = 0
        for k in start..<quote.open {
            let token = text.tokens[k]
            if token.kind == .quote || isInsideQuote(k) { return nil }
            if token.kind == .punctuation, token.mark == 0x3A || token.mark == 0x3B || SentenceSplitter.isTerminal(token) { return nil }
            if token.kind == .word || token.kind == .number { words += 1 }
        }
        guard words >= 3, start < quote.open else { return nil }
        let quoteEnd = Int(quoteEnd[quote.open])
        var end = reportedClauseEnd(from: quoteEnd + 1 < sentence.upperBound ? quoteEnd + 1 : quoteEnd, sentence: sentence)
        end = max(end, quoteEnd + 1)
        while end > quoteEnd + 1, text.tokens[end - 1].kind != .word && text.tokens[end - 1].kind != .number && text.tokens[end - 1].kind != .quote { end -= 1 }
        // Words of the outlet after the quotation ("…," a claim disputed by …) stay out when the
        // clause ended at the quotation.
        return Int(text.tokens[start].start)..<Int(text.tokens[end - 1].end)
    }

    /// A quotation that stands as its own sentence: at the start of the reporter's sentence,
    /// after a colon or a dash, or after "she said,".
    func isStandalone(quoteOpen: Int, before: Range<Int>) -> Bool {
        // The last token before the quotation that is not a quotation mark (no array of them).
        guard let last = before.last(where: { text.tokens[$0].kind != .quote }) else { return true }
        // Only the dateline ("HARWICK - ", "TOLVANE (AFP) -") before the quotation.
        if Int(text.tokens[last].end) <= datelineBytes { return true }
        let token = text.tokens[last]
        if token.kind == .punctuation && (token.mark == 0x3A || token.mark == 0x2014 || token.mark == 0x2013) { return true }
        if token.kind == .punctuation && token.mark == 0x2D && token.spaceBefore { return true }
        if token.kind == .punctuation && token.mark == 0x2C {
            // "she said, "…"" — a cue right before the comma.
            var k = last - 1
            var steps = 0
            while k >= before.lowerBound && steps < 4 {
                if text.tokens[k].kind == .word && text.tokens[k].isIn(WordClasses.speechVerb) && !Lexicon.describingVerbs.contains(text.tokens[k].hash) { return true }
                if dateAt(k) == nil && text.tokens[k].kind == .word && steps >= 2 { break }
                k -= 1
                steps += 1
            }
            // "…," she said, "…" is a continuation handled by the caller; a fresh sentence-like quote
            // after a comma is direct when it starts with a capital.
            if let first = quotes.first(where: { $0.open == quoteOpen })?.content.first, text.tokens[first].isCapitalized,
               before.count(where: { text.tokens[$0].kind != .quote }) <= 1 { return true }
        }
        return false
    }

    /// `…," she said` / `…," said Leavitt` / `…," spokesperson Karoline Leavitt told reporters` / `…," according to X`.
    func trailingAttribution(after: Range<Int>) -> Attribution? {
        guard !after.isEmpty else { return nil }
        // A sign-off under a quotation, "…" ― Francisco Herrero (vox pops, letters): the name after
        // a dash, ending the sentence or followed by a comma and a description, is its speaker.
        let dash = text.tokens[after.lowerBound]
        if dash.kind == .punctuation, dash.mark == 0x2014 || dash.mark == 0x2013,
           let mention = parser.parseForward(from: after.lowerBound + 1, upperBound: after.upperBound), mention.kind == .name,
           mention.tokens.upperBound >= after.upperBound || mention.tokens.upperBound >= text.tokens.count
            || text.isMark(mention.tokens.upperBound, ",") || text.tokens[mention.tokens.upperBound].newlineBefore
            || text.tokens[mention.tokens.upperBound].kind == .quote || text.tokens[mention.tokens.upperBound].kind == .paragraphBreak
            || (text.tokens[mention.tokens.upperBound].kind == .punctuation && SentenceSplitter.isTerminal(text.tokens[mention.tokens.upperBound])) {
            return Attribution(mention: mention, cue: after.lowerBound..<(after.lowerBound + 1), tokens: after.lowerBound..<mention.tokens.upperBound)
        }
        var k = after.lowerBound
        while k < after.upperBound, text.tokens[k].kind == .punctuation, text.tokens[k].mark == 0x2C || text.tokens[k].mark == 0x2014 || text.tokens[k].mark == 0x2013 { k += 1 }
        while k < after.upperBound, dateAt(k) != nil { k += 1 }
        guard k < after.upperBound, text.tokens[k].kind == .word else { return nil }
        let first = text.tokens[k]
        if first.hash == Lexicon.according, text.hash(k + 1) == Lexicon.to,
           let mention = parser.parseForward(from: k + 2, upperBound: after.upperBound) {
            return Attribution(mention: mention, cue: k..<(k + 2), tokens: k..<mention.tokens.upperBound)
        }
        if isCue(k) {
            // Inverted: "said Leavitt", "added the minister"
            var cueEnd = k + 1
            if Lexicon.verbsNeedingParticle[first.hash]?.contains(text.hash(cueEnd)) == true { cueEnd += 1 }
            // Not "suggests that Phoenix and its officers …": an inverted attribution names its
            // speaker, it does not open a clause.
            if let mention = parser.parseForward(from: cueEnd, upperBound: after.upperBound),
               !ArticleStatementScanner.clauseStarters.contains(text.hash(mention.tokens.lowerBound)) {
                return Attribution(mention: mention, cue: k..<cueEnd, tokens: k..<mention.tokens.upperBound)
            }
            return nil
        }
        // Subject first: "she said", "Leavitt told reporters"
        var c = k
        var words = 0
        var parentheses = 0
        while c < after.upperBound && words < 20 {
            let token = text.tokens[c]
            if text.isMark(c, "(") { parentheses += 1 }
            if text.isMark(c, ")") { parentheses = max(0, parentheses - 1) }
            // Dots that end no sentence: "Mr.", "(D-Md.)", "McConnell, R-Ky., said".
            let isAbbreviationDot = token.mark == 0x2E && c > k && (SentenceSplitter.isAbbreviation(c - 1, in: text) || parentheses > 0
                || text.isMark(c + 1, ",") || text.isMark(c + 1, ")"))
            if token.kind == .quote || (token.kind == .punctuation && SentenceSplitter.isTerminal(token) && !isAbbreviationDot) { return nil }
            if token.kind == .word {
                // "one of the states suing the EPA, said": a plural noun after a determiner.
                if isCue(c), !(c > k && ArticleStatementScanner.nounLikeCues.contains(token.hash)
                               && ArticleStatementScanner.nounMarkers.contains(text.hash(c - 1))) { break }
                words += 1
            }
            c += 1
        }
        guard c < after.upperBound, isCue(c) else { return nil }
        var subject = parser.parseBackward(before: c, lowerBound: k)
        // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said":
        // the name before the long apposition the walk stopped at.
        if let found = subject, found.tokens.lowerBound > k + 1, text.isMark(found.tokens.lowerBound - 1, ","),
           let name = parser.parseForward(from: k, upperBound: found.tokens.lowerBound - 1), name.kind == .name,
           name.tokens.lowerBound == k, name.tokens.upperBound == found.tokens.lowerBound - 1 {
            subject = name
        }
        if subject == nil || subject!.tokens.lowerBound != k { subject = parser.anonymousSubject(before: c, lowerBound: k) }
        guard let mention = subject, mention.tokens.lowerBound == k else { return nil }
        let cue = cueRange(at: c, limit: after.upperBound)
        // "…an "outlaw nation." Russia insisted that Pyongyang "stop …"": after a quotation that
        // ends its own sentence, a subject and a verb that go on to a clause or a quotation of
        // their own start the next sentence; they are not this quotation's attribution.
        if after.lowerBound >= 2, text.tokens[after.lowerBound - 1].kind == .quote, text.tokens[after.lowerBound - 2].kind == .punctuation,
           SentenceSplitter.isTerminal(text.tokens[after.lowerBound - 2]) {
            var next = cue.upperBound
            while next < after.upperBound, dateAt(next) != nil { next += 1 }
            if next < after.upperBound {
                let token = text.tokens[next]
                if token.kind == .quote || (token.kind == .word && !ArticleStatementScanner.subjectPrepositions.contains(token.hash)
                                            && !token.isIn(WordClasses.adverb)) { return nil }
            }
        }
        return Attribution(mention: mention, cue: cue, tokens: k..<cue.upperBound)
    }

    /// The cue's tokens: the verb, a particle ("ruled out"), and who was told ("told reporters",
    /// "told Fox News"), or where ("said in a statement").
    func cueRange(at c: Int, limit: Int) -> Range<Int> {
        var end = c + 1
        let verb = text.tokens[c].hash
        if Lexicon.verbsNeedingParticle[verb]?.contains(text.hash(end)) == true { end += 1 }
        if Lexicon.told.contains(verb) {
            // "told reporters", "told Fox News", "told the BBC"
            var k = end
            if k < limit, text.tokens[k].kind == .word, text.tokens[k].isIn(WordClasses.determiner) { k += 1 }
            let objectStart = k
            while k < limit, text.tokens[k].kind == .word, text.tokens[k].isCapitalized || Lexicon.reporters.contains(text.tokens[k].hash) || k == objectStart && Lexicon.pronounObjects.contains(text.tokens[k].hash), dateAt(k) == nil {
                k += 1
                if k - objectStart >= 5 { break }
            }
            if k > objectStart { end = k }
        } else if text.hash(end) == Lexicon.in, end + 2 < limit, Lexicon.statementWords.contains(text.hash(end + 2)) {
            end += 3 // "said in a statement"
        } else if text.hash(end) == Lexicon.in, end + 3 < limit, text.tokens[end + 2].kind == .word, Lexicon.statementWords.contains(text.hash(end + 3)) {
            end += 4 // "said in a phone interview", "said in a written statement"
        }
        return c..<end
    }

    /// Whether the word at `k` is a speech cue: a speech verb, not a word of a name ("the United
    /// States would …"), which a capitalised word before it and a lowercase one after give away.
    func isCue(_ k: Int) -> Bool {
        guard k >= 0, k < text.tokens.count else { return false }
        let token = text.tokens[k]
        guard token.kind == .word, token.isIn(WordClasses.speechVerb) else { return false }
        // "the United States Conference", "Having said that, …", "HE'S BEEN CALLED OUT": a name,
        // a discourse phrase, an all-capitals heading.
        if k > 0, text.tokens[k - 1].kind == .word, text.tokens[k - 1].hash == ArticleStatementScanner.united || text.tokens[k - 1].hash == ArticleStatementScanner.having { return false }
        if token.isCapitalized, text.isAllCapitals(k) { return false }
        // In a title-case headline the next word is capitalised too: "Christie Calls Clinton …".
        // "…, Lindsey Graham Says." closing the headline is one.
        if token.isCapitalized, k > 0, text.tokens[k - 1].kind == .word, text.tokens[k - 1].isCapitalized,
           !(k + 1 < text.tokens.count && (text.tokens[k + 1].isCapitalized || text.tokens[k + 1].kind == .quote
                                            || (SentenceSplitter.isTerminal(text.tokens[k + 1]) && (k + 2 >= text.tokens.count || text.tokens[k + 2].kind == .paragraphBreak)))) { return false }
        return true
    }

    /// `She said: "…"`, `Leavitt said, "…"`, or a cue whose clause holds the quotation
    /// (`described the meeting as "very productive"`, `confirmed that it "was …"`).
    func leadingAttribution(before: Range<Int>, quoteOpen: Int, direct: Bool) -> Attribution? {
        let previousIsOrganisation = lastAttribution?.speaker.map { speakers.entity($0).isOrganisation } ?? false
        var c = before.upperBound - 1
        while c >= before.lowerBound {
            let token = text.tokens[c]
            if isInsideQuote(c) { c -= 1; continue }
            if isCue(c) {
                if Lexicon.lacksParticle(token.hash, next: text.hash(c + 1)) { c -= 1; continue }
                // "sings Springsteen's 'American Skin'": what is sung in a sentence of the outlet's is a title.
                if !direct, ArticleStatementScanner.singingVerbs.contains(token.hash) { c -= 1; continue }
                // "Gary Johnson's doctor is calling the candidate "…"": the subject before "is".
                var subjectEnd = c
                if c - 1 > before.lowerBound, text.tokens[c - 1].kind == .word, text.tokens[c - 1].isIn(WordClasses.beForm),
                   ArticleStatementScanner.progressiveSpeech.contains(token.hash) || ArticleStatementScanner.stanceParticiples.contains(token.hash) {
                    subjectEnd = c - 1
                }
                // "spoke about the death of Crutcher in Tulsa, Oklahoma, arguing that … "…"": a
                // participle after a comma is the main clause's, never the words before the comma.
                if token.isIn(WordClasses.participle), c > before.lowerBound, text.isMark(c - 1, ","),
                   let main = mainClauseAttribution(before: c - 1, lowerBound: before.lowerBound) {
                    return Attribution(mention: main.mention, cue: c..<(c + 1), tokens: main.tokens.lowerBound..<(c + 1))
                }
                if var mention = parser.parseBackward(before: subjectEnd, lowerBound: before.lowerBound) {
                    if mention.kind == .pronoun, mention.gender == .neuter, !direct { c -= 1; continue } // "it was"
                    // A plural noun, not a verb: after "of" or a determiner ("32% of Republican claims
                    // as "false""), or after a count alone ("suggesting a few questions").
                    // "… had to change his answer: "…"": after a possessive the word is a noun.
                    if isNounNotCue(c, subject: mention, lowerBound: before.lowerBound)
                        || (mention.tokens.count == 1 && ArticleStatementScanner.possessiveDeterminers.contains(text.hash(mention.tokens.lowerBound))) {
                        c -= 1
                        continue
                    }
                    // "issued a statement calling …": the words are the statement's author's.
                    if token.isIn(WordClasses.participle) || ArticleStatementScanner.stanceParticiples.contains(token.hash),
                       let author = authorOfDocument(mention, sentence: before.lowerBound..<quoteOpen) { mention = author }
                    let cue = cueRange(at: c, limit: quoteOpen)
                    return Attribution(mention: mention, cue: cue, tokens: mention.tokens.lowerBound..<cue.upperBound)
                }
                // "…, saying …" — the subject of the main clause.
                if c > before.lowerBound, text.isMark(c - 1, ","), let main = mainClauseAttribution(before: c - 1, lowerBound: before.lowerBound) {
                    return Attribution(mention: main.mention, cue: c..<(c + 1), tokens: main.tokens.lowerBound..<(c + 1))
                }
                // "She then urges her husband to … and repeatedly says, "…"": the second verb of
                // the sentence's subject, not the first verb's.
                var j = c - 1
                while j > before.lowerBound, text.tokens[j].kind == .word, text.tokens[j].isIn(WordClasses.adverb) || text.word(j, endsWith: "ly") { j -= 1 }
                // "…, I laughed and said, "…"": the subject right before the first verb, when a
                // clause starts there; else the sentence's opening subject.
                if j > before.lowerBound, text.tokens[j].kind == .word, text.hash(j) == Lexicon.and || text.hash(j) == Lexicon.but,
                   let opening = firstVerbSubject(before: j, lowerBound: before.lowerBound) ?? openingSubject(of: before.lowerBound..<quoteOpen, before: j, pronouns: true) {
                    return Attribution(mention: opening, cue: c..<(c + 1), tokens: opening.tokens.lowerBound..<(c + 1))
                }
            }
            // A partial quotation after a verb of position: "Cruz exhorted Republicans to "vote
            // your conscience"", "a Times article hailed Trump as "The Comeback Kid"".
            if !direct, token.kind == .word, !token.isCapitalized, token.isIn(WordClasses.stanceVerb) || ArticleStatementScanner.quotingVerbs.contains(token.hash),
               var mention = parser.parseBackward(before: c, lowerBound: before.lowerBound), mention.kind != .pronoun || mention.gender != .neuter || previousIsOrganisation,
               !isNounNotCue(c, subject: mention, lowerBound: before.lowerBound) {
                if let author = authorOfDocument(mention, sentence: before.lowerBound..<quoteOpen) { mention = author }
                // "the nominee said she wanted to speak "directly to white people"", "He told the
                // crowd that he wants a policy "focused on …"": the pronoun's clause is reported by
                // a verb of speech before it, whose subject and clause hold the quotation.
                if mention.kind == .pronoun, let outer = reportingAttribution(around: mention, lowerBound: before.lowerBound, quoteOpen: quoteOpen) {
                    return outer
                }
                return Attribution(mention: mention, cue: c..<(c + 1), tokens: mention.tokens.lowerBound..<(c + 1))
            }
            // "…, saying that officials should release the videos "without delay"": the sentence's subject.
            if !direct, isCue(c), token.isIn(WordClasses.participle), c > before.lowerBound, text.isMark(c - 1, ","),
               let subject = openingSubject(of: before, before: c - 1, pronouns: true) {
                return Attribution(mention: subject, cue: c..<(c + 1), tokens: subject.tokens.lowerBound..<(c + 1))
            }
            if token.kind == .word && token.hash == Lexicon.according && text.hash(c + 1) == Lexicon.to,
               let mention = parser.parseForward(from: c + 2, upperBound: quoteOpen) {
                return Attribution(mention: mention, cue: c..<(c + 2), tokens: c..<mention.tokens.upperBound)
            }
            c -= 1
        }
        // "Luc Ferrand, the head of Ostmark Rail, put it simply: «…»" — the clause's subject.
        // "President Obama is rolling out a new campaign message: "…"", "… that I had to change
        // my answer: "…"": the subject of the clause the colon ends, before its auxiliary.
        if direct, let last = before.last, text.isMark(last, ":"),
           let subject = subjectBeforeAuxiliary(in: before, before: last) ?? openingSubject(of: before, before: last, pronouns: true) ?? firstSubject(in: before) {
            return Attribution(mention: subject, cue: nil, tokens: subject.tokens)
        }
        return nil
    }

    /// Whether the cue word at `c` is a plural noun, not a verb, given the subject parsed before
    /// it: after "of" or a determiner ("32% of Republican claims as "false""), or after a count
    /// alone ("suggesting a few questions, including, "…"").
    /// (`countOnly`: only the second, where a subject of its own may follow "of": "one of his
    /// aides says that …".)
    func isNounNotCue(_ c: Int, subject mention: Mention, lowerBound: Int, countOnly: Bool = false) -> Bool {
        guard ArticleStatementScanner.nounLikeCues.contains(text.hash(c)) else { return false }
        let first = mention.tokens.lowerBound
        if !countOnly, first > lowerBound, text.tokens[first - 1].kind == .word, ArticleStatementScanner.nounMarkers.contains(text.tokens[first - 1].hash) { return true }
        return mention.tokens.allSatisfy { ArticleStatementScanner.nounMarkers.contains(text.hash($0)) || text.isIn($0, WordClasses.quantifier) }
    }

    /// Verbs of singing and chanting: they attribute a quotation standing on its own, never one
    /// inside the sentence (a song's title).
    static let singingVerbs: WordSet = WordHash.set(["sings", "sang", "chanted", "chants"])

    /// Possessive determiners, which never stand as a subject ("her" does: "told her").
    static let possessiveDeterminers: WordSet = WordHash.set(["his", "its", "their", "my", "our", "your"])

    /// Forms of speech verbs that are also plural nouns ("Republican claims", "news reports").
    static let nounLikeCues: WordSet = WordHash.set(["claims", "reports", "calls", "notes", "states", "promises", "pledges", "vows", "estimates", "forecasts", "warns", "says", "questions", "comments", "remarks"])
    /// Words before a noun phrase that make the next word a noun: "of", determiners.
    static let nounMarkers: WordSet = WordHash.set(["of", "the", "a", "an", "his", "her", "its", "their", "our", "these", "those", "such", "many", "some", "all"])

    /// Words that open a clause rather than name a speaker after a cue ("suggests that …").
    static let clauseStarters: WordSet = WordHash.set(["that", "which", "this", "these", "those", "what", "how", "why", "whether", "if"])

    /// Verbs that take a quotation as their object without reporting speech themselves
    /// ("likened the refugees to a "vicious snake"", "hailed Trump as", "exhorted … to").
    /// (Stance verbs — "hailed", "likened", "vowed" — count too; these are the others.)
    static let quotingVerbs: WordSet = WordHash.set(["rated", "classified", "exhorted", "referenced", "invoked", "quoted", "labeled", "labelled", "dubbed", "branded", "termed", "deemed", "characterized", "characterised", "framed", "portrayed", "painted"])

    /// The first person (name, pronoun or description) mentioned in a range, outside quotations.
    func firstSubject(in range: Range<Int>) -> Mention? {
        var k = range.lowerBound
        while k < range.upperBound {
            let token = text.tokens[k]
            if token.kind == .word, !isInsideQuote(k), token.isCapitalized || token.isIn(WordClasses.pronoun) || token.isIn(WordClasses.determiner),
               let mention = parser.parseForward(from: k, upperBound: range.upperBound) {
                if mention.kind == .name || mention.kind == .description || (mention.kind == .pronoun && mention.gender != .neuter) { return mention }
                k = max(k + 1, mention.tokens.upperBound)
                continue
            }
            k += 1
        }
        return nil
    }

    /// The attribution of the main clause before a participle ("Leavitt described …, saying").
    func mainClauseAttribution(before end: Int, lowerBound: Int) -> Attribution? {
        var c = end - 1
        while c >= lowerBound {
            let token = text.tokens[c]
            // A cue, not a word of a name ("in the United States, saying …").
            if !isInsideQuote(c), token.kind == .word, token.isIn(WordClasses.speechVerb), isCue(c) {
                if let mention = parser.parseBackward(before: c, lowerBound: lowerBound) {
                    // "Clinton told the audience that she believes …, saying": a verb inside the
                    // reported clause is not the main clause's.
                    if mention.tokens.lowerBound > lowerBound, ArticleStatementScanner.clauseStarters.contains(text.hash(mention.tokens.lowerBound - 1)) {
                        c = mention.tokens.lowerBound - 1
                        continue
                    }
                    return Attribution(mention: mention, cue: c..<(c + 1), tokens: mention.tokens.lowerBound..<(c + 1))
                }
                // Inverted after a quotation: "…," said Lindqvist, adding that …
                if let mention = parser.parseForward(from: c + 1, upperBound: end), mention.tokens.upperBound == end {
                    return Attribution(mention: mention, cue: c..<(c + 1), tokens: c..<end)
                }
            }
            c -= 1
        }
        return nil
    }

    /// Only commas, colons and dashes between two pieces of an interrupted quotation.
    func onlyJoiners(_ range: Range<Int>) -> Bool {
        range.allSatisfy { text.tokens[$0].kind == .punctuation && (text.tokens[$0].mark == 0x2C || text.tokens[$0].mark == 0x3A || text.tokens[$0].mark == 0x2014 || text.tokens[$0].mark == 0x2013) }
    }

    /// A quotation with no attribution in its sentence: a colon-introduction in the previous
    /// sentence, an attribution-only next sentence, or the speaker of the paragraph before.
    mutating func standaloneAttribution(sentence: Range<Int>, paragraph p: Int, sentences: [Range<Int>], index s: Int) -> (speaker: Int?, mention: Mention?, cue: Range<Int>?)? {
        // A colon-introduction ending the sentence before, or the paragraph before ("The New
        // York Times reports:" and the quotation as the next paragraph).
        let introduction: Range<Int>? = s > 0 ? sentences[s - 1]
            : (p > 0 && sentence.lowerBound == paragraphs[p].lowerBound ? self.sentences[p - 1].last : nil)
        if let previous = introduction, previous.count > 1 {
            let last = previous.upperBound - 1
            if text.isMark(last, ":"), let attribution = leadingAttribution(before: previous.lowerBound..<last, quoteOpen: last, direct: true) {
                let (speaker, _) = resolve(attribution.mention, paragraph: p)
                return (speaker, attribution.mention, attribution.cue)
            }
        }
        if s + 1 < sentences.count {
            let next = sentences[s + 1]
            if next.count <= 10, !next.contains(where: { isInsideQuote($0) }), let attribution = trailingAttribution(after: next) {
                let (speaker, _) = resolve(attribution.mention, paragraph: p)
                return (speaker, attribution.mention, attribution.cue)
            }
        }
        if let last = lastAttribution, last.paragraph == p, last.speaker != nil || last.mention != nil {
            return (last.speaker, last.mention, nil)
        }
        // The subject of the sentence before ("Holm was in no mood to compromise. "…"").
        let previous: Range<Int>?
        if s > 0 {
            previous = sentences[s - 1]
        } else if p > 0, sentence.lowerBound == paragraphs[p].lowerBound {
            previous = self.sentences[p - 1].last
        } else {
            previous = nil
        }
        if let previous, !previous.contains(where: { isInsideQuote($0) }), let subject = firstSubject(in: previous) {
            let (speaker, _) = resolve(subject, paragraph: p)
            if speaker != nil { return (speaker, subject, nil) }
        }
        if let last = lastAttribution, last.paragraph >= p - 2, last.speaker != nil || last.mention != nil {
            return (last.speaker, last.mention, nil)
        }
        return nil
    }
}
