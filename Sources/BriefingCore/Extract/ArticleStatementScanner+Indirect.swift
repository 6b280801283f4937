/// Reported speech: `X said (that) …`, `X told reporters …`, `X confirmed/denied/ruled out …`,
/// `according to X, …`, `…, X said.`
extension ArticleStatementScanner {
    static let participles: WordSet = WordHash.set(["saying", "adding", "noting", "warning", "insisting", "stressing", "arguing", "explaining", "claiming", "confirming", "denying", "acknowledging", "telling"])
    static let relativeWords: WordSet = WordHash.set(["which", "that", "who", "whom", "what", "as", "than", "if", "whether"])

    mutating func scanIndirect(in sentence: Range<Int>, paragraph p: Int) {
        let quoteOnlyVerbs = Lexicon.quoteOnlyVerbs
        let stanceParticiples = ArticleStatementScanner.stanceParticiples
        let progressiveStance = ArticleStatementScanner.progressiveStance, baseStance = ArticleStatementScanner.baseStance
        var c = sentence.lowerBound
        var coveredUntil = sentence.lowerBound
        // Who the last statement of this sentence is by: "said … and added that …" shares it.
        var lastSubject: Mention?
        while c < sentence.upperBound {
            defer { c += 1 }
            if c < coveredUntil || isInsideQuote(c) || usedCues[c] { continue }
            let token = text.tokens[c]
            // "Tulsa police's earlier claim that …", "his insistence that …": a noun of saying
            // with its clause.
            if token.kind == .word, token.isIn(WordClasses.sayingNoun), let end = nounClaim(at: c, sentence: sentence, paragraph: p) {
                coveredUntil = end
                continue
            }
            // "Obama's veto is expected to come …", "peacekeepers have been blamed for …": unnamed.
            if token.kind == .word, token.isIn(WordClasses.passiveReport), let end = passiveReport(at: c, sentence: sentence, paragraph: p) {
                coveredUntil = end
                continue
            }
            // One lookup for the words that can start an attribution, before the specific ones.
            guard token.kind == .word, token.isIn(WordClasses.reportingWord) else { continue }
            if token.hash == Lexicon.according, text.hash(c + 1) == Lexicon.to {
                if let end = according(at: c, sentence: sentence, paragraph: p) { coveredUntil = end }
                continue
            }
            let isSpeech = token.isIn(WordClasses.speechVerb) && isCue(c)
            var isStance = token.isIn(WordClasses.stanceVerb)
                && !(token.isCapitalized && c > sentence.lowerBound && !(c + 1 < sentence.upperBound && text.tokens[c + 1].isCapitalized))
                && !(token.isCapitalized && text.isAllCapitals(c)) // an all-capitals heading
            let isStanceParticiple = stanceParticiples.contains(token.hash)
            // "Trump is demanding …", "Johnson did not identify …", "the campaign would like …":
            // a progressive after a form of "be", or a base form after "did not"/a modal.
            // "Clinton is stressing that …": a speech participle after "is" too.
            if !isSpeech || ArticleStatementScanner.progressiveSpeech.contains(token.hash) || token.isIn(WordClasses.participle),
               let auxiliary = auxiliaryBefore(c, sentence: sentence),
               text.isIn(auxiliary, WordClasses.beForm) ? progressiveStance.contains(token.hash) : (!isStance && baseStance.contains(token.hash)) {
                if let (end, subject) = reportAfterAuxiliary(verb: c, auxiliary: auxiliary, sentence: sentence, paragraph: p) {
                    coveredUntil = end
                    lastSubject = subject
                }
                continue
            }
            // "supporters believe …", "polls show …", "they argue …": the plain present after a
            // plural subject (a group or "they"), not "to believe", not "I believe".
            var pluralFound: Mention?
            if !isSpeech, !isStance, !isStanceParticiple, baseStance.contains(token.hash), !token.isCapitalized, c > sentence.lowerBound,
               !followsInfinitiveOrModal(c, lowerBound: sentence.lowerBound),
               // "some economists who argue that …": the antecedent of "who".
               let subject = pluralSubject(before: c, sentence: sentence)
                ?? (text.hash(c - 1) == ArticleStatementScanner.who ? relativeSubject(before: c, sentence: sentence) : nil),
               subject.kind == .group || (subject.kind == .pronoun && subject.gender == .plural) {
                isStance = true
                // The whole subject ("Data from the 2014 survey"), not only the name the walk finds;
                // not the antecedent of "who", which the relative rule reads.
                if text.hash(c - 1) != ArticleStatementScanner.who { pluralFound = subject }
            }
            // "appeared to suggest that …", "continued to call for …": a verb before "to" that
            // carries its subject's position; the subject stands before that verb.
            var chainStart: Int?
            if !isSpeech, !isStance, c >= sentence.lowerBound + 2, text.hash(c - 1) == Lexicon.to, text.tokens[c - 2].kind == .word,
               ArticleStatementScanner.catenatives.contains(text.hash(c - 2)), baseStance.contains(token.hash) {
                chainStart = c - 2
                isStance = true
            }
            guard isSpeech || isStance || isStanceParticiple else { continue }
            // "Figures published by the statistics office showed …": a participle before "by"
            // describes its noun; it reports nothing of it.
            if !isSpeech || !token.isIn(WordClasses.participle), c + 1 < sentence.upperBound,
               text.hash(c + 1) == Lexicon.by, c > sentence.lowerBound, text.tokens[c - 1].kind == .word,
               !text.isIn(c - 1, WordClasses.auxiliary), !text.isIn(c - 1, WordClasses.beForm) { continue }
            // "spoke of the legacy of racism", "talked about her ties to the church": the object
            // after the particle is what was said.
            let topicAt = isSpeech ? topicParticle(after: c, sentence: sentence) : nil
            let topicParticle = topicAt != nil
            // "asked the candidates to discuss …": an object and an infinitive report a request.
            let requestsAction = isSpeech && ArticleStatementScanner.askingVerbs.contains(token.hash) && objectAndInfinitive(after: c, sentence: sentence)
            var needsThat = isSpeech && quoteOnlyVerbs.contains(token.hash) && !isStance && !topicParticle && !requestsAction
            // "experts say …", "Republicans warn …": a plural subject's present tense, not "to say".
            // Not in an all-capitals headline ("HARBOUR TO REOPEN, OFFICIALS SAY").
            if needsThat, ArticleStatementScanner.presentPluralVerbs.contains(token.hash), !followsInfinitiveOrModal(c, lowerBound: sentence.lowerBound),
               !text.isAllCapitals(c) { needsThat = false }
            // "…, The Wall Street Journal reports." closes the sentence: a trailing attribution.
            if needsThat, isSentenceEnd(after: c + 1, sentence: sentence), c > sentence.lowerBound + 3 { needsThat = false }
            if needsThat && !(ArticleStatementScanner.thatClauseVerbs.contains(token.hash) && thatAhead(after: c + 1, sentence: sentence) != nil) { continue }
            // "The appeals court ruled that …": a clause instead of the particle.
            if !topicParticle, Lexicon.lacksParticle(token.hash, next: text.hash(c + 1)),
               !(token.hash == ArticleStatementScanner.ruled && thatAhead(after: c + 1, sentence: sentence) == attributionTail(after: c + 1, sentence: sentence) + 1) { continue }
            // "refused to answer questions", "declined to comment": silence is no position.
            if ArticleStatementScanner.refusals.contains(token.hash), text.hash(c + 1) == Lexicon.to,
               ArticleStatementScanner.silentVerbs.contains(text.hash(c + 2)) { continue }
            if isStance && !isSpeech && chainStart == nil && followsInfinitiveOrModal(c, lowerBound: sentence.lowerBound) && !ArticleStatementScanner.modalStance.contains(text.hash(c - 1)) { continue }
            // Stance verbs are common words ("plans", "found", "expected"): before parsing a
            // subject, check cheaply that one can end here and that a clause follows.
            // (Plain statements, not `||` and `?:` over method calls: their autoclosures copied
            // the whole scanner for every stance verb.)
            if isStance && !isSpeech && !isStanceParticiple {
                let subjectStart = chainStart ?? subjectEnd(beforeDateAt: c, lowerBound: sentence.lowerBound)
                if !plausibleSubjectEnd(before: subjectStart, lowerBound: sentence.lowerBound) { continue }
                var needed = 3
                if ArticleStatementScanner.objectReportingForms.contains(token.hash) {
                    needed = 2
                    if namedObject(after: c) { needed = 1 }
                }
                if !hasClause(after: c, sentence: sentence, words: needed) { continue }
            }
            var cue = cueRange(at: c, limit: sentence.upperBound)
            // "spoke out on Tuesday about …": the cue runs to the particle.
            if let topicAt, topicAt >= cue.upperBound { cue = c..<(topicAt + 1) }
            // "called for", "called on", "pushed for": the particle belongs to the cue.
            if isStance, cue.upperBound == c + 1, c + 1 < sentence.upperBound, ArticleStatementScanner.stanceParticles.contains(text.hash(c + 1)),
               ArticleStatementScanner.verbsTakingParticle.contains(token.hash) {
                cue = c..<(c + 2)
            }
            // "Hawaii, as one of his advisers pointed out, rarely gets …", "As many experts have
            // noted, Mr. Trump is free to …": the sentence around the "as" aside is what was said.
            if isSpeech, let end = asAside(cue: cue, sentence: sentence, paragraph: p) {
                coveredUntil = end
                continue
            }
            // Subject before the cue.
            var mention = pluralFound
            if mention == nil, let found = parser.parseBackward(before: chainStart ?? c, lowerBound: sentence.lowerBound) { mention = withQuantifier(found, lowerBound: sentence.lowerBound) }
            // "an arbitration panel in 2001 found …": the subject before the date.
            if mention == nil, chainStart == nil, case let end = subjectEnd(beforeDateAt: c, lowerBound: sentence.lowerBound), end < c,
               let found = parser.parseBackward(before: end, lowerBound: sentence.lowerBound), found.kind != .pronoun || found.gender != .neuter {
                mention = found
            }
            if let m = mention, m.tokens.lowerBound > sentence.lowerBound,
               text.tokens[m.tokens.lowerBound - 1].kind == .word, text.tokens[m.tokens.lowerBound - 1].isIn(WordClasses.relativeWord) {
                // "the mine, which Mr. Clarke says he is doing everything to keep open", "what
                // the senators said was gerrymandering": the relative stands for part of what was
                // said, and the words after the verb report it. Not after a stance verb ("the
                // rate he has proposed"), not "as he said".
                // "as she called for the ratification of …": "as" meaning "while" opens a clause
                // of its own; "as he said," closes one and stays out.
                let asWhile = text.tokens[m.tokens.lowerBound - 1].hash == Lexicon.as_ && isStance
                    && hasClause(after: cue.upperBound - 1, sentence: sentence) && !text.isMark(cue.upperBound, ",")
                guard asWhile || (isSpeech && ArticleStatementScanner.relativeObjects.contains(text.tokens[m.tokens.lowerBound - 1].hash)
                      && hasClause(after: c, sentence: sentence)) else { continue }
            }
            // "Experts on North Korea said", "A 2014 study by Harvard found": the name the walk
            // found sits in the subject's prepositional phrase; the subject starts before it.
            if let m = mention, m.tokens.lowerBound > sentence.lowerBound, isSpeech || ArticleStatementScanner.evidenceForms.contains(token.hash),
               text.tokens[m.tokens.lowerBound - 1].kind == .word, isSubjectPreposition(m.tokens.lowerBound - 1),
               // "A spokesperson for Ostmark Rail said": the organisation speaks through them.
               !(m.kind == .organisation && text.hash(m.tokens.lowerBound - 1) == ArticleStatementScanner.forWord),
               let modified = modifiedSubject(before: c, sentence: sentence) {
                mention = modified
            }
            if isStanceParticiple || (token.isIn(WordClasses.participle) && c > sentence.lowerBound && text.isMark(c - 1, ",")) {
                // "…, citing …", "spoke about the death of Terence Crutcher in Tulsa, arguing …":
                // the subject is the main clause's, never the words before the comma.
                mention = nil
            }
            if mention == nil, token.isIn(WordClasses.participle) || isStanceParticiple, c > sentence.lowerBound {
                // "…, adding that …", also with the comma inside a closing quotation mark ("very productive," adding).
                if text.isMark(c - 1, ",") {
                    mention = mainClauseAttribution(before: c - 1, lowerBound: sentence.lowerBound)?.mention
                } else if c - 1 > sentence.lowerBound, text.tokens[c - 1].kind == .quote, text.tokens[c - 1].quoteRole == .closing, text.isMark(c - 2, ",") {
                    mention = mainClauseAttribution(before: c - 2, lowerBound: sentence.lowerBound)?.mention
                }
                // "In 1986, the Supreme Court blocked …, citing …": the subject of the sentence.
                if mention == nil, isStanceParticiple, text.isMark(c - 1, ",") {
                    mention = lastSubject ?? openingSubject(of: sentence, before: c)
                }
            }
            if mention == nil, c > sentence.lowerBound, text.hash(c - 1) == Lexicon.and || text.hash(c - 1) == Lexicon.but,
               ArticleStatementScanner.clauseVerbs.contains(token.hash) || isStance || thatAhead(after: c + 1, sentence: sentence) != nil {
                // A second verb of the sentence's subject: "Marcus Dwyer … called the threat "a bluff" and said …";
                // of a subordinate clause's subject when the "and" is in that clause ("… after she
                // attacked the police and blamed …").
                if let subordinate = subordinateSubject(before: c - 1, lowerBound: sentence.lowerBound) {
                    mention = subordinate
                } else if let previous = lastSubject {
                    mention = previous
                } else if let opening = parser.parseForward(from: sentence.lowerBound, upperBound: c),
                          opening.kind == .name || opening.kind == .organisation || (opening.kind == .pronoun && opening.gender != .neuter && opening.gender != .unknown) {
                    mention = opening // "He claimed vast wealth and said it ensured …"
                }
            }
            if mention == nil, isSpeech { mention = parser.anonymousSubject(before: c, lowerBound: sentence.lowerBound) }
            // "suggesting a few questions, including, "…"": a count alone before a plural noun.
            if chainStart == nil, let m = mention, isNounNotCue(c, subject: m, lowerBound: sentence.lowerBound, countOnly: true) { continue }
            // "Experts on North Korea said", "…, attorneys for the family said": a subject with
            // its prepositional phrase, from the start of the clause.
            if mention == nil, isSpeech || ArticleStatementScanner.evidenceForms.contains(token.hash) { mention = modifiedSubject(before: c, sentence: sentence) }
            // "The latest poll released Friday shows": the source before its participle and date.
            if mention == nil, isSpeech || ArticleStatementScanner.evidenceForms.contains(token.hash) {
                var k = c
                while k - 1 > sentence.lowerBound, dateAt(k - 1) != nil || ArticleStatementScanner.sourceParticiples.contains(text.hash(k - 1))
                        || (text.hash(k - 1) == Lexicon.on && text.tokens[k - 1].kind == .word) { k -= 1 }
                if k < c, ArticleStatementScanner.sourceParticiples.contains(text.hash(k)),
                   let source = parser.parseBackward(before: k, lowerBound: sentence.lowerBound), source.kind != .pronoun {
                    mention = source
                }
            }
            // "an architect who said he was stiffed": the relative pronoun's antecedent.
            var viaRelative = false
            if mention == nil, isSpeech || isStance, let who = relativeSubject(before: c, sentence: sentence) { mention = who; viaRelative = true }
            // "Ana Ruiz, 59, of Tolvane, who watched from the quay, said …", "Kall -- co-editor
            // of a book on debates -- said …": the subject before an aside set off by commas or dashes.
            if isSpeech, mention == nil || (mention!.kind != .pronoun && text.isMark(c - 1, ",") && !viaRelative),
               let opening = subjectBeforeAside(before: c, sentence: sentence),
               mention.map({ $0.tokens.lowerBound > opening.tokens.upperBound }) ?? true, opening.kind == .name || mention == nil { mention = opening }
            // "Trump is defending his tweets, saying …": the subject of the sentence.
            if mention == nil, token.isIn(WordClasses.participle), c > sentence.lowerBound, text.isMark(c - 1, ",") {
                mention = lastSubject ?? openingSubject(of: sentence, before: c, pronouns: true)
            }
            // Inverted at the end: "…, said one GOP source in the room." / "…, says the report."
            if mention == nil, isSpeech, c > sentence.lowerBound + 3, text.isMark(c - 1, ","),
               let inverted = parser.parseForward(from: c + 1, upperBound: sentence.upperBound),
               inverted.kind != .pronoun,
               isSentenceEnd(after: attributionTail(after: inverted.tokens.upperBound, sentence: sentence), sentence: sentence)
                || (inverted.kind == .name && inverted.role != nil && text.isMark(inverted.tokens.upperBound, ","))
                || isClosingPhrase(from: inverted.tokens.upperBound, sentence: sentence) {
                if addIndirect(content: [sentence.lowerBound..<(c - 1)], subject: inverted, cue: c..<(c + 1),
                               attributionTokens: c..<inverted.tokens.upperBound, sentence: sentence, paragraph: p) {
                    coveredUntil = sentence.upperBound
                }
                continue
            }
            guard var subject = mention else { continue }
            if token.isIn(WordClasses.participle), let author = authorOfDocument(subject, sentence: sentence) { subject = author }
            // "it said": an organisation that spoke before, or a document just mentioned ("The city
            // sent a letter Thursday. It says …").
            if subject.kind == .pronoun && subject.gender == .neuter && !previousSpeakerIsOrganisation() && !(isSpeech && documentMentioned(before: subject.tokens.lowerBound, paragraph: p)) { continue }
            if subject.kind == .pronoun && Lexicon.pronouns[subject.head] == .unknown && isStance && !isSpeech { continue } // "I want": the writer's own
            // A stance verb reports a position only right after its subject ("Trump wants …",
            // "the IMF expects …"): not "the rate he has proposed for individuals".
            if isStance && !isSpeech, !viaRelative, subject.tokens.lowerBound > sentence.lowerBound,
               !ArticleStatementScanner.clauseOpeners(text.tokens[subject.tokens.lowerBound - 1]) { continue }
            // "Valdoria has promised never to …, officials said": the words are the officials'
            // report; the trailing attribution takes the whole clause.
            if isStance && !isSpeech, let trailing = trailingAttributionComma(in: sentence), trailing > c { continue }

            // "…, one West Virginia official said.": a count or article before a subject the name
            // walk read from its capitalised words belongs to it.

            if subject.tokens.lowerBound > sentence.lowerBound + 1, !text.isMark(subject.tokens.lowerBound - 1, ","),
               text.isMark(subject.tokens.lowerBound - 2, ","), text.tokens[subject.tokens.lowerBound - 1].kind == .word,
               text.isIn(subject.tokens.lowerBound - 1, WordClasses.anonymousDeterminer) || text.hash(subject.tokens.lowerBound - 1) == Lexicon.the
                || text.hash(subject.tokens.lowerBound - 1) == ArticleStatementScanner.another {
                subject.tokens = (subject.tokens.lowerBound - 1)..<subject.tokens.upperBound
            }
            // "…, top black lawmakers said Friday.": words the walk left before a group or a
            // description that closes the sentence belong to it.
            if isSpeech, subject.kind == .group || subject.kind == .description, isSentenceEnd(after: cue.upperBound, sentence: sentence),
               subject.tokens.lowerBound > sentence.lowerBound + 4, !text.isMark(subject.tokens.lowerBound - 1, ",") {
                var k = subject.tokens.lowerBound
                while k > subject.tokens.lowerBound - 3, k - 1 > sentence.lowerBound, text.tokens[k - 1].kind == .word,
                      !text.tokens[k - 1].isIn(WordClasses.auxiliary), !text.tokens[k - 1].isIn(WordClasses.relativeWord),
                      !text.tokens[k - 1].isIn(WordClasses.speechVerb), !text.tokens[k - 1].isIn(WordClasses.stanceVerb) { k -= 1 }
                if k < subject.tokens.lowerBound, text.isMark(k - 1, ",") { subject.tokens = k..<subject.tokens.upperBound }
            }
            // Trailing attribution: "The port will reopen on Monday, the authority said."
            if isSpeech, isSentenceEnd(after: cue.upperBound, sentence: sentence), subject.tokens.lowerBound > sentence.lowerBound,
               text.isMark(subject.tokens.lowerBound - 1, ",") {
                let contentTokens = sentence.lowerBound..<(subject.tokens.lowerBound - 1)
                if addIndirect(content: [contentTokens], subject: subject, cue: cue, attributionTokens: subject.tokens.lowerBound..<cue.upperBound,
                               sentence: sentence, paragraph: p) {
                    coveredUntil = sentence.upperBound
                }
                continue
            }
            // Inside the sentence: "The latest test, North Korea said, was its biggest yet."
            let tail = attributionTail(after: cue.upperBound, sentence: sentence)
            if isSpeech, subject.tokens.lowerBound > sentence.lowerBound + 1, text.isMark(subject.tokens.lowerBound - 1, ","),
               tail + 1 < sentence.upperBound, text.isMark(tail, ","), thatAhead(after: cue.upperBound, sentence: sentence) == nil,
               text.tokens[tail + 1].kind == .word, !text.tokens[tail + 1].isIn(WordClasses.participle),
               !ArticleStatementScanner.stanceParticiples.contains(text.tokens[tail + 1].hash), !text.tokens[tail + 1].isIn(WordClasses.speechVerb) {
                let end = lastWordEnd(from: tail + 1, to: reportedClauseEnd(from: tail + 1, sentence: sentence), keepingClosingQuote: false)
                if addIndirect(content: [sentence.lowerBound..<(subject.tokens.lowerBound - 1), (tail + 1)..<end], subject: subject, cue: cue,
                               attributionTokens: subject.tokens.lowerBound..<cue.upperBound, sentence: sentence, paragraph: p) {
                    coveredUntil = end
                }
                continue
            }
            // Content after the cue: skip date words, "that", and a comma; words between the cue
            // and a "that" close by belong to the attribution ("told supporters at a rally on Saturday night that").
            var start = cue.upperBound
            var attributionEnd = cue.upperBound
            // After a verb whose object is the content, a later "that" is relative ("chronicles
            // the deaths that followed"): only "mentioned that …" opens a clause.
            let objectReporting = isStance && ArticleStatementScanner.objectReportingForms.contains(token.hash) || topicParticle
            if let that = thatAhead(after: cue.upperBound, sentence: sentence), !objectReporting || that == cue.upperBound + 1 {
                start = that
                attributionEnd = that
            }
            // Dates ("on Tuesday, March 4,"), with the commas around them, and adverbs.
            // A negation stays: "promised never to turn off the taps" is not "to turn off the taps".
            // A date that is the clause's subject stays too: "say the coming weeks will test …".
            let contentStart = start
            while start < sentence.upperBound, dateAt(start) != nil || (text.tokens[start].kind == .word && text.tokens[start].isIn(WordClasses.adverb)
                    && !text.tokens[start].isIn(WordClasses.negation) && !isInsideQuote(start))
                    || (text.isMark(start, ",") && start > cue.upperBound && dateAt(start - 1) != nil) { start += 1 }
            if start > contentStart, dateAt(start - 1) != nil, start < sentence.upperBound, text.tokens[start].kind == .word,
               text.tokens[start].isIn(WordClasses.auxiliary) {
                start = contentStart
            } else if start > contentStart, start < sentence.upperBound, text.tokens[start - 1].isIn(WordClasses.auxiliary),
                      let date = (contentStart..<start).first(where: { dateAt($0) != nil }), date == contentStart {
                start = contentStart
            }
            if start < sentence.upperBound, text.hash(start) == Lexicon.that, text.tokens[start].kind == .word { start += 1 }
            guard start < sentence.upperBound else { continue }
            // "said that, if elected, he'd …": after "that" a comma opens an aside inside the clause.
            let afterThat = start > cue.upperBound && text.hash(start - 1) == Lexicon.that && text.tokens[start - 1].kind == .word
            if afterThat, text.isMark(start, ",") { start += 1 }
            guard start < sentence.upperBound else { continue }
            let first = text.tokens[start]
            if first.kind == .quote || (first.kind == .punctuation && (first.mark == 0x3A || first.mark == 0x2C)) { continue } // a direct quotation follows
            var end = lastWordEnd(from: start, to: reportedClauseEnd(from: start, sentence: sentence), keepingClosingQuote: true)
            // "spoke about the quotas on Monday", "endorsed Berg on Friday": a date after an object
            // dates the act, not the words.
            var actDate: Range<Int>?
            if objectReporting {
                var k = end
                while k > start + 1, dateAt(k - 1) != nil { k -= 1 }
                if k < end, k > start + 1, text.tokens[k - 1].kind == .word, ArticleStatementScanner.datePrepositions.contains(text.tokens[k - 1].hash) { k -= 1 }
                if k < end, k > start { actDate = k..<end; end = k }
            }
            // A quotation starting the clause is the statement itself ("confirmed that it "was …"").
            let leadingWords = (start..<end).prefix(3)
            if leadingWords.contains(where: { text.tokens[$0].kind == .quote && isInsideQuote($0) }) { continue }
            if addIndirect(content: [start..<end], subject: subject, cue: cue, attributionTokens: subject.tokens.lowerBound..<attributionEnd,
                           sentence: sentence, paragraph: p, minimumWords: objectReporting ? (namedObject(after: cue.upperBound - 1) ? 1 : 2) : 3,
                           actDate: actDate) {
                coveredUntil = end
                lastSubject = subject
            }
        }
    }

    /// The subject right before a plain present verb: the walk's mention, or, when that sits in
    /// a prepositional phrase ("Leaked documents from the trust show"), the whole subject.
    private func pluralSubject(before c: Int, sentence: Range<Int>) -> Mention? {
        // "police also fear …": adverbs between subject and verb.
        var end = c
        while end - 1 > sentence.lowerBound, text.tokens[end - 1].kind == .word, text.tokens[end - 1].isIn(WordClasses.clauseAdverb) { end -= 1 }
        guard let found = parser.parseBackward(before: end, lowerBound: sentence.lowerBound), found.tokens.upperBound == end else { return nil }
        let subject = withQuantifier(found, lowerBound: sentence.lowerBound)
        // Also past a year or a number inside the phrase ("Data from the 2014 survey show").
        if subject.tokens.lowerBound > sentence.lowerBound, !ArticleStatementScanner.clauseOpeners(text.tokens[subject.tokens.lowerBound - 1]),
           let modified = modifiedSubject(before: c, sentence: sentence), modified.tokens.lowerBound < subject.tokens.lowerBound {
            return modified
        }
        return subject
    }

    static let whether = WordHash.of("whether"), another = WordHash.of("another")
    /// Verbs before "to" that keep their subject's position in the next verb: "appeared to
    /// suggest", "continued to call for", "tried to blame".
    static let catenatives: WordSet = WordHash.set(["appeared", "appears", "seemed", "seems", "tried", "tries", "continued", "continues", "continue",
                                                    "began", "begins", "sought", "seeks", "went", "moved", "rushed", "hastened"])
    static let ruled = WordHash.of("ruled")
    static let refusals: WordSet = WordHash.set(["refused", "refuses", "refusing", "refuse", "declined", "declines", "declining", "decline"])
    /// What a refusal to speak refuses: "refused to answer", "declined to comment", "declined to
    /// give a firm timetable" — withholding words or information is no position.
    static let silentVerbs: WordSet = WordHash.set(["answer", "comment", "respond", "reply", "say", "discuss", "elaborate", "speculate", "confirm", "talk", "speak", "be",
                                                    "give", "provide", "specify", "disclose", "name", "identify", "reveal", "detail", "explain", "put", "offer", "share",
                                                    "publish", "release"])
    static let datePrepositions: WordSet = WordHash.set(["on", "in", "at", "during", "since", "until", "by"])

    /// Conjunctions that join a second clause ("…, but he said …").
    static let clauseJoins: WordSet = WordHash.set(["but", "and", "though", "although", "while", "yet", "whereas"])
    /// Adverbs between a subject and its verb ("she also said", "he later noted").
    static let clauseAdverbs: WordSet = WordHash.set(["also", "later", "only", "still", "then", "again", "previously", "repeatedly", "had", "has", "have"])

    /// Verbs whose reported clause may follow without "that" ("and said members would walk out");
    /// others ("urged parliament to pass it") take an object and an infinitive.
    static let clauseVerbs: WordSet = WordHash.set(["said", "says", "added", "adds", "stressed", "insisted", "warned", "noted", "argued", "explained", "claimed", "maintained", "predicted"])

    /// Verbs that report speech only with a "that" clause ("responded that", "replied that").
    static let thatClauseVerbs: WordSet = WordHash.set(["responded", "replied", "countered", "agreed", "complained", "wrote", "writes", "posted", "tweeted", "proposed", "reported", "objected", "lamented", "hinted", "answered", "asked", "demanded", "believes", "believed", "thinks", "acknowledge", "joked", "quipped"])

    private func previousSpeakerIsOrganisation() -> Bool {
        guard let last = lastAttribution?.speaker else { return false }
        return speakers.entity(last).isOrganisation
    }

    static let outletClauseOpeners: WordSet = WordHash.set(["as", "while", "when", "after", "before", "because", "though", "although", "even", "but", "which", "where", "amid", "despite", "in", "during", "since", "whereas"])

    /// Records an indirect statement if the content is a clause of at least three words that
    /// is not mostly a quotation. `content`: the pieces of the reported clause, in order (two
    /// when the attribution interrupts it: "The test, the agency said, was its biggest").
    mutating func addIndirect(content: [Range<Int>], subject: Mention, cue: Range<Int>, attributionTokens: Range<Int>,
                                      sentence: Range<Int>, paragraph p: Int, minimumWords: Int = 3, actDate: Range<Int>? = nil) -> Bool {
        var wordCount = 0, quoted = 0
        var quotesWords = false
        var pieces: [Range<Int>] = []
        let tokens = text.tokens, dateline = datelineBytes
        for range in content {
            var first = -1, last = -1
            // The dateline ("HALDEN, March 9 (Reuters) -") is the outlet's, not the speaker's words.
            // (Locals only in the condition: an `&&` reading the scanner copied all of it.)
            for k in range {
                let token = tokens[k]
                guard token.kind == .word || token.kind == .number else { continue }
                guard Int(token.start) >= dateline else { continue }
                if first < 0 { first = k }
                wordCount += 1
                if isInsideQuote(k) {
                    quoted += 1
                    if !quotesWords { quotesWords = quotesTheSpeaker(Int(quoteAt[k])) }
                }
            }
            if first >= 0, let end = range.last {
                last = end
                pieces.append(Int(text.tokens[first].start)..<Int(text.tokens[last].end))
            }
        }
        guard wordCount >= minimumWords, !pieces.isEmpty else { return false }
        if quoted * 2 > wordCount { return false }
        let (speaker, mismatch) = resolve(subject, paragraph: p)
        for k in cue { usedCues[k] = true }
        // Nested reported speech inside the content is part of this statement.
        for range in content {
            for k in range where text.tokens[k].kind == .word && text.tokens[k].isIn(WordClasses.speechVerb) { usedCues[k] = true }
        }
        let date = attributionDate(actDate.map { [$0, attributionTokens] } ?? [attributionTokens], sentence: sentence)
        // A reported clause that quotes some of the speaker's words ("promised lower taxes and
        // "jobs, jobs, jobs"") is a partial quotation, as annotators and readers count it.
        record(Found(kind: quotesWords ? .partial : .indirect, pieces: pieces, speaker: speaker, mention: subject, cue: cue,
                     mismatch: mismatch, date: date, paragraph: p))
        return true
    }

    /// Whether quotation `q` quotes words in double marks (“…”, "…", «…»): the speaker's words.
    /// Single marks and `''` are left out — headlines quote with them, and some outlets print
    /// double quotes as `''`, which annotators read as reported speech.
    func quotesTheSpeaker(_ q: Int) -> Bool {
        guard q >= 0, q < quotes.count else { return false }
        let quote = quotes[q]
        guard quote.family == .double || quote.family == .guillemet else { return false }
        return text.bytes[Int(text.tokens[quote.open].start)] != 0x27
    }

    /// "Trump is demanding …", "Johnson did not identify …": the clause after a stance verb that
    /// follows an auxiliary, recorded for the subject before the auxiliary. Returns where the
    /// clause ends and its subject, or nil when no statement was recorded.
    private mutating func reportAfterAuxiliary(verb c: Int, auxiliary: Int, sentence: Range<Int>, paragraph p: Int) -> (end: Int, subject: Mention)? {
        guard plausibleSubjectEnd(before: auxiliary, lowerBound: sentence.lowerBound), hasClause(after: c, sentence: sentence),
              let subject = parser.parseBackward(before: auxiliary, lowerBound: sentence.lowerBound),
              subject.kind != .pronoun || (subject.gender != .neuter && Lexicon.pronouns[subject.head] != .unknown) else { return nil }
        if subject.tokens.lowerBound > sentence.lowerBound, !ArticleStatementScanner.clauseOpeners(text.tokens[subject.tokens.lowerBound - 1]) { return nil }
        // "the obligations that Patriot Coal was seeking to shed": "that" after a noun is a
        // relative pronoun, the clause describes the noun; after a verb ("said that …") it opens
        // what was said.
        if subject.tokens.lowerBound > sentence.lowerBound + 1, text.hash(subject.tokens.lowerBound - 1) == Lexicon.that {
            var before = subject.tokens.lowerBound - 2
            while before > sentence.lowerBound, dateAt(before) != nil || text.isLyAdverb(before) { before -= 1 }
            let word = text.tokens[before]
            if word.kind == .word, !word.isCapitalized, !word.isIn(WordClasses.speechVerb), !word.isIn(WordClasses.stanceVerb),
               !ArticleStatementScanner.clauseVerbs.contains(word.hash), !word.isIn(WordClasses.auxiliary) { return nil }
        }
        if let trailing = trailingAttributionComma(in: sentence), trailing > c { return nil }
        var contentStart = c + 1
        // "is warning voters that …": who was told belongs to the cue, the clause after "that" is said.
        if let that = thatAhead(after: c + 1, sentence: sentence), that <= c + 5 { contentStart = that }
        if contentStart < sentence.upperBound, text.hash(contentStart) == Lexicon.that, text.tokens[contentStart].kind == .word { contentStart += 1 }
        let end = lastWordEnd(from: contentStart, to: reportedClauseEnd(from: contentStart, sentence: sentence), keepingClosingQuote: true)
        guard end > contentStart, addIndirect(content: [contentStart..<end], subject: subject, cue: auxiliary..<(c + 1),
                                              attributionTokens: subject.tokens.lowerBound..<(c + 1), sentence: sentence, paragraph: p) else { return nil }
        return (end, subject)
    }
}
