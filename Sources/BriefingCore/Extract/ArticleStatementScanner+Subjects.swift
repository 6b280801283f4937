/// Who a reported clause is by, when the subject does not stand right before the cue: the
/// sentence's opening subject, a subject with its prepositional phrase, a relative pronoun's
/// antecedent, the subject before an auxiliary; and the cheap tests that come before parsing.
extension ArticleStatementScanner {
    /// The named subject that opens a sentence, after an introductory phrase ("In 1986, the
    /// Supreme Court …"): a person, an organisation or a group.
    func openingSubject(of sentence: Range<Int>, before limit: Int, pronouns: Bool = false) -> Mention? {
        var k = sentence.lowerBound
        // The dateline ("ESTAVIK, Valdoria — The government … , pledging …") is no subject.
        while k < limit, Int(text.tokens[k].start) < datelineBytes { k += 1 }
        // Skip one introductory phrase closed by a comma within eight tokens, or within sixteen
        // after a participle ("Worried about a lack of passion among young voters, Obama …").
        let participle = text.tokens[k].kind == .word && text.tokens[k].isCapitalized && text.tokens[k].length > 4
            && (text.word(k, endsWith: "ing") || text.word(k, endsWith: "ed"))
        if let comma = (k..<min(limit, k + (participle ? 16 : 8))).first(where: { text.isMark($0, ",") }), text.tokens[k].kind == .word,
           text.tokens[k].isIn(WordClasses.sentenceWord) || dateAt(k) != nil || participle {
            k = comma + 1
        }
        guard let opening = parser.parseForward(from: k, upperBound: limit) else { return nil }
        if pronouns, opening.kind == .pronoun, opening.gender == .male || opening.gender == .female || opening.gender == .plural { return opening }
        return opening.kind == .name || opening.kind == .organisation || opening.kind == .group ? opening : nil
    }

    /// The author of a document that is the object of the sentence's verb: "Trump unleashed a
    /// series of tweets saying …", "the Security Council issued a statement calling …" — the
    /// sentence's subject, not "tweets" or "a statement". Nil when `mention` is no such document.
    func authorOfDocument(_ mention: Mention, sentence: Range<Int>) -> Mention? {
        // An organisation too: "a statement" reads as one ("the White House statement said").
        guard mention.kind == .group || mention.kind == .description || mention.kind == .organisation, mention.tokens.upperBound > 0,
              text.tokens[mention.tokens.upperBound - 1].isIn(WordClasses.sourceNoun), mention.tokens.lowerBound > sentence.lowerBound + 1,
              !ArticleStatementScanner.clauseOpeners(text.tokens[mention.tokens.lowerBound - 1]) else { return nil }
        // The subject right before the verb ("Following a meeting, the Security Council issued …"),
        // else the sentence's opening subject.
        let verb = mention.tokens.lowerBound - 1
        let tokens = text.tokens // (a closure capturing `text` would copy the whole scanner)
        let isAuthor = { (m: Mention) in
            m.kind == .name || m.kind == .organisation || (m.kind == .pronoun && m.gender != .neuter && m.gender != .unknown)
                || ((m.kind == .group || m.kind == .description) && m.tokens.upperBound > 0
                    && !tokens[m.tokens.upperBound - 1].isIn(WordClasses.sourceNoun))
        }
        if text.tokens[verb].kind == .word, !text.tokens[verb].isCapitalized,
           let subject = parser.parseBackward(before: verb, lowerBound: sentence.lowerBound), isAuthor(subject) {
            return subject
        }
        guard let author = openingSubject(of: sentence, before: mention.tokens.lowerBound, pronouns: true),
              author.tokens.upperBound < mention.tokens.lowerBound, isAuthor(author) else { return nil }
        return author
    }

    /// A subject followed by its prepositional phrase, right before the verb at `c`: "Experts on
    /// North Korea and nuclear nonproliferation said", "…, attorneys for the family said",
    /// "elected officials from both parties say". The clause starts at the sentence or after its
    /// last comma; the mention covers the phrase.
    func modifiedSubject(before c: Int, sentence: Range<Int>) -> Mention? {
        var start = c - 1
        while start > sentence.lowerBound, !(text.tokens[start - 1].kind == .punctuation && (text.tokens[start - 1].mark == 0x2C || text.tokens[start - 1].mark == 0x3B)),
              text.tokens[start - 1].kind != .quote, c - start < 14 { start -= 1 }
        guard start >= sentence.lowerBound, start < c, !isInsideQuote(start) else { return nil } // a verb opening the sentence has no subject before it
        // Cheap test first: no preposition between clause start and verb, no such subject.
        guard (start..<c).contains(where: { text.tokens[$0].kind == .word && isSubjectPreposition($0) }) else { return nil }
        while start < c, dateAt(start) != nil { start += 1 }
        guard let head = parser.parseForward(from: start, upperBound: c), head.kind == .group || head.kind == .organisation || head.kind == .name || head.kind == .description
        else { return nil }
        // The parse took the phrase with it ("Data from the new American Community Survey").
        if head.tokens.upperBound == c, head.kind == .group || head.kind == .description { return head }
        guard head.tokens.upperBound < c else { return nil }
        // "Figures published by the statistics office in January show": a source's participle first.
        var gapStart = head.tokens.upperBound
        if gapStart + 1 < c, ArticleStatementScanner.sourceParticiples.contains(text.hash(gapStart)) { gapStart += 1 }
        let gap = gapStart..<c
        guard text.tokens[gap.lowerBound].kind == .word, isSubjectPreposition(gap.lowerBound),
              gap.allSatisfy({ k in
                  let token = text.tokens[k]
                  if token.kind == .word { return !token.isIn(WordClasses.speechVerb) && !token.isIn(WordClasses.stanceVerb) && !token.isIn(WordClasses.auxiliary) && !token.isIn(WordClasses.relativeWord) }
                  return token.kind == .number || (token.kind == .punctuation && (token.mark == 0x2D || token.mark == 0x2E || token.mark == 0x27 || token.mark == 0x2019 || token.mark == 0x2F))
              }) else { return nil }
        var mention = head
        mention.tokens = head.tokens.lowerBound..<c
        return mention
    }
    static let subjectPrepositions: WordSet = WordHash.set(["on", "of", "for", "from", "in", "at", "with", "close", "familiar", "inside", "within", "across", "around", "by"])

    /// A preposition that can join a subject's head to its modifier: those above, and "to" after
    /// an adviser ("advisers to Mr. Obama say", "an aide to the minister said").
    func isSubjectPreposition(_ k: Int) -> Bool {
        let hash = text.hash(k)
        if ArticleStatementScanner.subjectPrepositions.contains(hash) { return true }
        return hash == Lexicon.to && k > 0 && ArticleStatementScanner.adviserNouns.contains(text.hash(k - 1))
    }

    static let adviserNouns: WordSet = WordHash.set(["adviser", "advisers", "advisor", "advisors", "aide", "aides", "counsel", "consultant", "consultants", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson"])

    /// "who said …", "…, which reported …": the antecedent before the relative pronoun right
    /// before the verb (a person or an organisation), else the pronoun itself, unresolved.
    func relativeSubject(before c: Int, sentence: Range<Int>) -> Mention? {
        var k = c - 1
        while k > sentence.lowerBound, text.tokens[k].kind == .word, text.tokens[k].isIn(WordClasses.adverb) || dateAt(k) != nil { k -= 1 }
        // "…, many of whom say …": the part of the antecedent, unnamed.
        if k - 2 > sentence.lowerBound, text.tokens[k].kind == .word, text.hash(k) == Lexicon.whom, text.hash(k - 1) == Lexicon.of,
           text.isIn(k - 2, WordClasses.quantifier) || ArticleStatementScanner.partWords.contains(text.hash(k - 2)) {
            return Mention(kind: .group, tokens: (k - 2)..<(k + 1), nameTokens: nil, role: nil, gender: .plural, head: text.tokens[k - 2].hash)
        }
        guard k > sentence.lowerBound, text.tokens[k].kind == .word, ArticleStatementScanner.relativeSubjects.contains(text.tokens[k].hash) else { return nil }
        var before = k
        if text.isMark(before - 1, ",") { before -= 1 }
        var antecedent = parser.parseBackward(before: before, lowerBound: sentence.lowerBound)
        // "nervous Democrats on Capitol Hill, who have argued": the head before the preposition.
        if let found = antecedent, found.tokens.lowerBound - 1 > sentence.lowerBound, text.tokens[found.tokens.lowerBound - 1].kind == .word,
           ArticleStatementScanner.subjectPrepositions.contains(text.hash(found.tokens.lowerBound - 1)),
           found.kind == .name || found.kind == .organisation {
            let preposition = found.tokens.lowerBound - 1
            if var head = parser.parseBackward(before: preposition, lowerBound: sentence.lowerBound),
               head.tokens.upperBound == preposition, head.kind == .group || head.kind == .description {
                head.tokens = head.tokens.lowerBound..<found.tokens.upperBound
                antecedent = head
            } else if parser.isPeopleNoun(preposition - 1) {
                // "fishermen on Tolvane Quay": people named by what they do.
                antecedent = Mention(kind: .group, tokens: (preposition - 1)..<found.tokens.upperBound, nameTokens: nil, role: nil, gender: .plural,
                                     head: text.tokens[preposition - 1].hash)
            }
        }
        // "The experts who predicted a crash have gone quiet": a clause inside the sentence's
        // subject ends where the main verb starts, which these rules cannot see.
        if before == k, k - sentence.lowerBound <= 5 || antecedent?.tokens.lowerBound == sentence.lowerBound { return nil }
        if let antecedent,
           antecedent.kind == .name || antecedent.kind == .organisation || antecedent.kind == .group || antecedent.kind == .description {
            return antecedent
        }
        return Mention(kind: .group, tokens: k..<(k + 1), nameTokens: nil, role: nil, gender: .unknown, head: text.tokens[k].hash)
    }
    static let relativeSubjects: WordSet = WordHash.set(["who", "which"])

    /// The sentence's opening subject when an aside set off by commas or dashes stands between
    /// it and the verb at `c`: "Ana Ruiz, 59, of Tolvane, who watched from the quay, said …",
    /// "Kall -- co-editor of a book on debates -- said …". Nil when no aside closes right
    /// before the verb, when the aside holds a quotation or another verb of speech, or when the
    /// subject is no person, organisation or group.
    func subjectBeforeAside(before c: Int, sentence: Range<Int>) -> Mention? {
        guard c - 1 > sentence.lowerBound, text.tokens[c - 1].kind == .punctuation else { return nil }
        let close = text.tokens[c - 1].mark
        guard close == 0x2C || close == 0x2D || close == 0x2014 || close == 0x2013 else { return nil }
        guard let opening = openingSubject(of: sentence, before: c - 1), opening.kind != .pronoun else { return nil }
        let open = opening.tokens.upperBound
        guard open < c - 2, text.tokens[open].kind == .punctuation,
              [0x2C, 0x2D, 0x2014, 0x2013].contains(text.tokens[open].mark), c - open <= 45 else { return nil }
        for k in (open + 1)..<(c - 1) {
            let token = text.tokens[k]
            if token.kind == .quote || isInsideQuote(k) { return nil }
            if token.kind == .word, token.isIn(WordClasses.speechVerb) { return nil }
        }
        return opening
    }

    /// `mention` with the quantity before it: "Many of his supporters", "A majority of voters",
    /// "few experts" — the subject is the part, not the whole.
    func withQuantifier(_ mention: Mention, lowerBound: Int) -> Mention {
        var k = mention.tokens.lowerBound
        guard k > lowerBound, text.tokens[k - 1].kind == .word else { return mention }
        if text.hash(k - 1) == Lexicon.of, k - 2 >= lowerBound, text.tokens[k - 2].kind == .word,
           ArticleStatementScanner.partWords.contains(text.hash(k - 2)) || text.isIn(k - 2, WordClasses.quantifier) {
            k -= 2
        } else if text.isIn(k - 1, WordClasses.quantifier) {
            k -= 1
        } else {
            return mention
        }
        // "A majority of", "a few", "the rest of".
        if k > lowerBound, text.tokens[k - 1].kind == .word, text.hash(k - 1) == Lexicon.a || text.hash(k - 1) == Lexicon.the { k -= 1 }
        var extended = mention
        extended.tokens = k..<mention.tokens.upperBound
        return extended
    }
    static let partWords: WordSet = WordHash.set(["majority", "minority", "number", "handful", "third", "half", "quarter", "rest", "share", "percent", "each", "none", "one", "group"])

    /// Verbs of asking that report a request with an object and an infinitive ("asked the
    /// candidates to discuss …", "invited Congress to …").
    static let askingVerbs: WordSet = WordHash.set(["asked", "asks", "asking", "told", "tells", "called", "calls", "pressed", "presses"])

    /// Whether an object and "to" with a verb follow the verb at `c` within seven tokens:
    /// "asked the candidates to discuss", not "asked about the plan" or "told reporters in Ohio".
    func objectAndInfinitive(after c: Int, sentence: Range<Int>) -> Bool {
        var k = c + 1
        var objectWords = 0
        while k < sentence.upperBound, k <= c + 7 {
            let token = text.tokens[k]
            if token.kind != .word { return false }
            if token.hash == Lexicon.to {
                guard objectWords > 0, k + 1 < sentence.upperBound, text.tokens[k + 1].kind == .word else { return false }
                let next = text.tokens[k + 1].hash
                return !Lexicon.determiners.contains(next) && !text.tokens[k + 1].isCapitalized && Lexicon.pronouns[next] == nil
            }
            if ArticleStatementScanner.subjectPrepositions.contains(token.hash) || token.isIn(WordClasses.relativeWord) { return false }
            objectWords += 1
            k += 1
        }
        return false
    }

    /// Whether the word after `c` is a name or a person's pronoun: "endorsed Trump", "blasted
    /// him" — an object of one word that is content enough.
    func namedObject(after c: Int) -> Bool {
        let k = c + 1
        guard k < text.tokens.count, text.tokens[k].kind == .word, !isInsideQuote(k) else { return false }
        return text.tokens[k].isCapitalized || ArticleStatementScanner.personObjects.contains(text.tokens[k].hash)
    }
    static let personObjects: WordSet = WordHash.set(["him", "her", "them"])

    /// The auxiliary right before a verb ("is demanding", "did not identify", "would like"),
    /// skipping adverbs ("is once again questioning"); nil if there is none.
    func auxiliaryBefore(_ c: Int, sentence: Range<Int>) -> Int? {
        var k = c - 1
        var steps = 0
        while k > sentence.lowerBound, steps < 3, text.tokens[k].kind == .word {
            let hash = text.tokens[k].hash
            if ArticleStatementScanner.beForms.contains(hash) || ArticleStatementScanner.baseAuxiliaries.contains(hash) {
                // "did not", "would not": the first of two auxiliaries.
                if k - 1 > sentence.lowerBound, text.tokens[k - 1].kind == .word,
                   ArticleStatementScanner.baseAuxiliaries.contains(text.tokens[k - 1].hash) || text.tokens[k - 1].isIn(WordClasses.beForm) { return k - 1 }
                return k
            }
            guard Lexicon.adverbs.contains(hash) || text.word(k, endsWith: "ly") else { return nil }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// Whether a subject can end right before `index` (after adverbs, auxiliaries and dates):
    /// a capitalised word, a pronoun, a person, group, source or organisation noun, or the
    /// close of an apposition or a parenthesis. A cheap test before ``MentionParser/parseBackward``.
    func plausibleSubjectEnd(before index: Int, lowerBound: Int) -> Bool {
        var k = index - 1
        var steps = 0
        while k >= lowerBound, steps < 5, text.tokens[k].kind == .word, dateAt(k) != nil || text.tokens[k].isIn(WordClasses.adverb)
                || ArticleStatementScanner.perfectAuxiliaries.contains(text.tokens[k].hash)
                || ArticleStatementScanner.sourceParticiples.contains(text.tokens[k].hash) // "the poll released Friday shows"
                || (text.isLyAdverb(k) && !text.tokens[k].isCapitalized) { // "-ly" adverbs, not "study"
            k -= 1
            steps += 1
        }
        guard k >= lowerBound else { return false }
        let token = text.tokens[k]
        switch token.kind {
        case .word:
            let hash = token.hash
            // "… and expects", "Mr. Obama, who understood": a subject found further back.
            if hash == Lexicon.and || hash == Lexicon.but || ArticleStatementScanner.relativeSubjects.contains(hash) { return true }
            return token.isCapitalized || Lexicon.pronouns[hash] != nil || MentionParser.groupWords.contains(hash)
                || MentionParser.sourceNouns.contains(hash) || Lexicon.descriptionHeads.contains(hash) || Lexicon.roleWords.contains(hash)
                || Lexicon.organisationHeads.contains(hash) || MentionParser.genderedRoles[hash] != nil || MentionParser.anonymousHeads.contains(hash)
                || token.length > 3 && ArticleStatementScanner.endsLikeANoun(text.bytes[Int(token.end) - 1])
        case .punctuation:
            return token.mark == 0x2C || token.mark == 0x29
        case .number, .quote, .paragraphBreak:
            return false
        }
    }

    /// Participles that follow a source noun before its verb: "the poll released Friday shows",
    /// "a report published on Tuesday found".
    static let sourceParticiples: WordSet = WordHash.set(["released", "published", "issued", "conducted", "commissioned", "obtained", "filed", "posted", "unveiled", "leaked", "completed"])

    /// Whether the verb at `c` follows "to" or a modal ("wants to say", "would support"): not a
    /// report of what the subject says now.
    func followsInfinitiveOrModal(_ c: Int, lowerBound: Int) -> Bool {
        guard c > lowerBound else { return false }
        return ArticleStatementScanner.infinitiveOrModal.contains(text.hash(c - 1))
    }

    /// Tokens that may stand right before the subject of a stance verb: the start of the
    /// sentence, punctuation, a conjunction or a subordinating word.
    static func clauseOpeners(_ token: Token) -> Bool {
        if token.kind != .word { return token.kind != .number }
        return clauseOpenerWords.contains(token.hash)
    }
    static let clauseOpenerWords: WordSet = WordHash.set(["and", "but", "because", "since", "while", "although", "though", "as", "when", "if", "so", "yet", "now", "also", "then", "meanwhile", "instead", "still", "however", "where", "after", "before", "unless", "until", "once", "whereas", "that"])
    static let infinitiveOrModal: WordSet = WordHash.set(["to", "would", "will", "could", "can", "might", "may", "should", "must", "shall", "did", "do", "does", "not", "never", "wo", "'d", "'ll"])
    /// Modals after which a stance verb still states a position ("Trump would support …").
    static let modalStance: WordSet = WordHash.set(["would", "will", "does", "did", "not", "never"])

    /// "-er", "-ist", "-ant", plurals: last letters of nouns that name people and groups.
    @inline(__always)
    static func endsLikeANoun(_ last: UInt8) -> Bool { last == 0x72 || last == 0x74 || last == 0x73 }

    // MARK: Subjects of clauses

    /// The attribution whose reported clause opens with `subject`: a verb of speech right before
    /// it ("said she wanted"), or before a "that" within ten tokens with no comma or quotation
    /// between ("told an invited crowd … that he wants"), with its own subject before it.
    func reportingAttribution(around subject: Mention, lowerBound: Int, quoteOpen: Int) -> Attribution? {
        var k = subject.tokens.lowerBound - 1
        guard k > lowerBound else { return nil }
        if text.hash(k) == Lexicon.that {
            var v = k - 1
            while v > lowerBound, v >= k - 10, !isCue(v) {
                if text.tokens[v].kind != .word || isInsideQuote(v) { return nil }
                v -= 1
            }
            k = v
        }
        guard k > lowerBound, isCue(k), !Lexicon.describingVerbs.contains(text.hash(k)),
              let outer = parser.parseBackward(before: k, lowerBound: lowerBound), outer.tokens.upperBound == k,
              outer.kind != .pronoun || outer.gender != .neuter else { return nil }
        let cue = cueRange(at: k, limit: quoteOpen)
        return Attribution(mention: outer, cue: cue, tokens: outer.tokens.lowerBound..<cue.upperBound)
    }

    /// The person whose clause ends at `end` with an auxiliary after them: the last such pair
    /// before `end` ("President Obama is rolling out …", "that I had to …"). Nil when none.
    func subjectBeforeAuxiliary(in range: Range<Int>, before end: Int) -> Mention? {
        var c = end - 1
        while c > range.lowerBound {
            if text.tokens[c].kind == .word, !isInsideQuote(c), text.tokens[c].isIn(WordClasses.auxiliary),
               let mention = subjectOfVerb(c, lowerBound: range.lowerBound) {
                return mention
            }
            c -= 1
        }
        return nil
    }

    /// The subject of the verb a coordinating `join` follows, its object between ("…, I asked the
    /// captain and said"): the nearest verb back with a clause-opening subject, within the
    /// clause (no comma).
    func firstVerbSubject(before join: Int, lowerBound: Int) -> Mention? {
        var v = join - 1
        while v > lowerBound, !text.isMark(v, ","), !isInsideQuote(v) {
            if let mention = subjectOfVerb(v, lowerBound: lowerBound) { return mention }
            v -= 1
        }
        return nil
    }

    /// The person right before the verb at `verb` when a clause starts with them (at
    /// `lowerBound`, after a comma or after "that"): "…, I laughed", "that I had".
    func subjectOfVerb(_ verb: Int, lowerBound: Int) -> Mention? {
        guard verb > lowerBound, text.tokens[verb].kind == .word, !text.tokens[verb].isCapitalized,
              let mention = parser.parseBackward(before: verb, lowerBound: lowerBound), mention.tokens.upperBound == verb,
              mention.kind == .name || mention.kind == .description || (mention.kind == .pronoun && mention.gender != .neuter) else { return nil }
        let first = mention.tokens.lowerBound
        guard first == lowerBound || text.isMark(first - 1, ",") || text.hash(first - 1) == Lexicon.that else { return nil }
        return mention
    }

    /// Where a subject ends before the verb at `c` when a date stands between them ("a panel in
    /// 2001 found", "the ministry on Tuesday said"): before the date and its preposition; `c`
    /// when no date is there.
    func subjectEnd(beforeDateAt c: Int, lowerBound: Int) -> Int {
        var end = c
        while end - 1 > lowerBound, dateAt(end - 1) != nil { end -= 1 }
        guard end < c else { return c }
        if end - 1 > lowerBound, text.hash(end - 1) == Lexicon.in || text.hash(end - 1) == Lexicon.on { end -= 1 }
        return end
    }

    /// The subject of the subordinate clause a coordinating "and" at `join` is in: "after she
    /// attacked the police and blamed …" gives "she". Nil when a comma or the sentence start comes
    /// first.
    func subordinateSubject(before join: Int, lowerBound: Int) -> Mention? {
        var v = join - 1
        while v > lowerBound + 1, !text.isMark(v, ","), !isInsideQuote(v) {
            if text.tokens[v].kind == .word, !text.tokens[v].isCapitalized,
               let mention = parser.parseBackward(before: v, lowerBound: lowerBound), mention.tokens.upperBound == v,
               mention.kind == .name || (mention.kind == .pronoun && mention.gender != .neuter && mention.gender != .unknown),
               mention.tokens.lowerBound > lowerBound, ArticleStatementScanner.subordinators.contains(text.hash(mention.tokens.lowerBound - 1)) {
                return mention
            }
            v -= 1
        }
        return nil
    }

    /// Words that open a subordinate clause with its own subject.
    static let subordinators: WordSet = WordHash.set(["after", "when", "because", "while", "since", "before", "although", "though", "once", "until"])
}
