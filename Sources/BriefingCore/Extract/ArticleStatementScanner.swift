/// The working state of extraction for one article: tokens, quotations, the speakers met so far,
/// and the statements found. One scanner per article, used once.
struct ArticleStatementScanner {
    let article: Article
    let text: TokenizedText
    let paragraphs: [Range<Int>]
    var quotes: [Quotation]
    /// The reporter's sentences of each paragraph (token ranges), split once.
    let sentences: [[Range<Int>]]
    /// Opening-mark token → last token of its quotation.
    var quoteEnd: [Int32]
    /// Token → index in `dates`, or -1.
    var dateIndex: [Int32]
    /// Token index → index in `quotes` for tokens inside (and marking) a top-level quotation.
    var quoteAt: [Int32]
    var dates: [DateExpression]
    let parser: MentionParser
    var speakers = ArticleSpeakers()
    /// Bytes of the dateline ("WASHINGTON (Reuters) -"), whose date is the filing date, not a statement's.
    let datelineBytes: Int
    var found: [Found] = []
    /// Quotations already used in a statement.
    var usedQuotes: [Bool]
    /// Cue tokens already used.
    var usedCues: [Bool]
    /// The date the lead establishes for the briefing, carried to statements without their own.
    var carry: (value: DateValue, expression: Int)?
    var carryFromAttribution = false
    /// The last attributed statement, for quotations that stand alone.
    var lastAttribution: (speaker: Int?, mention: Mention?, cue: Range<Int>?, paragraph: Int)?
    /// Mentions already registered: a hash of their words, and the entity (a few dozen per article,
    /// so a scan beats hashing the key again).
    var registeredKeys: [UInt64] = []
    var registeredEntities: [Int] = []
    /// Content of indirect statements found so far (byte ranges): names inside them are not
    /// antecedents for pronouns.
    var reportedPieces: [Range<Int>] = []
    /// Transcript header roles ("Witness: Peter Lusk"): role word → entity.
    var headerRoles: [UInt64: Int] = [:]
    /// Which sentences of the statements are claims.
    let claimScorer: any ClaimScorer
    /// Words the article writes capitalised inside a sentence (made on first use): a capitalised
    /// word that only ever opens sentences is no name.
    var midSentenceCapitals: Set<UInt64>?
    /// Roles read from a transcript's speaker labels ("SEN. JOHN THUNE" → "Sen."), title-cased:
    /// a mention's `.label` role is an index here.
    var labelRoles: [String] = []
    /// Which paragraphs are title-case lines, each read on first use (see ``isTitleCase(_:)``).
    var titleCaseParagraphs: [Bool?] = []

    /// A statement before dating and numbering.
    struct Found {
        var kind: StatementKind
        var pieces: [Range<Int>] // byte ranges
        var speaker: Int?
        var mention: Mention?
        var cue: Range<Int>?
        var mismatch: Bool
        var date: (value: DateValue, expression: Int?, basis: DateBasis)?
        var paragraph: Int
    }

    init(article: Article, claimScorer: any ClaimScorer = DefaultClaimScorer.scorer) {
        self.article = article
        self.claimScorer = claimScorer
        let text = TokenizedText(article.text)
        self.text = text
        let paragraphs = QuoteFinder.paragraphs(in: text)
        self.paragraphs = paragraphs
        let quotes = QuoteFinder.find(in: text, paragraphs: paragraphs)
        self.quotes = quotes
        var quoteAt = [Int32](repeating: -1, count: text.tokens.count)
        var quoteEnd = [Int32](repeating: -1, count: text.tokens.count)
        for (q, quote) in quotes.enumerated() {
            let last = quote.close ?? (paragraphs[quote.paragraph].upperBound - 1)
            quoteEnd[quote.open] = Int32(last)
            for k in quote.open...last { quoteAt[k] = Int32(q) }
        }
        self.quoteAt = quoteAt
        self.quoteEnd = quoteEnd
        self.usedQuotes = [Bool](repeating: false, count: quotes.count)
        self.usedCues = [Bool](repeating: false, count: text.tokens.count)
        self.sentences = paragraphs.map { SentenceSplitter.sentences(in: text, paragraph: $0, quoteEnd: quoteEnd) }
        var dates = DateExpressionFinder.find(in: text)
        var dateIndex = [Int32](repeating: -1, count: text.tokens.count)
        var unquotedDateTokens = [Bool](repeating: false, count: text.tokens.count)
        for (d, date) in dates.enumerated() {
            for k in date.tokens {
                dateIndex[k] = Int32(d)
                if quoteAt[k] < 0 { unquotedDateTokens[k] = true }
            }
        }
        // Resolve dates outside quotations against the publication day now; quoted ones once statements are dated.
        if let published = article.date {
            for d in dates.indices where quoteAt[dates[d].tokens.lowerBound] < 0 {
                let tense = TenseDetector.tense(at: dates[d].tokens.lowerBound, end: dates[d].tokens.upperBound, in: text)
                dates[d].value = dates[d].mention.resolve(reference: published, tense: tense)
                dates[d].reference = published
            }
            DateExpressionFinder.compareWithQuarters(&dates)
        }
        self.dates = dates
        self.dateIndex = dateIndex
        self.parser = MentionParser(text: text, dateTokens: unquotedDateTokens)
        // The dateline opens the first paragraph of prose (a byline may come before it).
        if article.format != .transcript,
           let first = paragraphs.prefix(4).first(where: { text.hasWords($0, atLeast: 8) }),
           let length = Dateline.length(of: text.bytes[Int(text.tokens[first.lowerBound].start)...]) {
            datelineBytes = Int(text.tokens[first.lowerBound].start) + length
        } else {
            datelineBytes = 0
        }
    }

    mutating func run() {
        registerNames()
        if article.format == .transcript {
            scanTranscript()
        } else {
            carry = leadDate()
            for p in paragraphs.indices {
                for (s, sentence) in sentences[p].enumerated() {
                    scanQuotes(in: sentence, paragraph: p, sentences: sentences[p], index: s)
                    if p == 0 { scanHeadlineColon(in: sentence, paragraph: p) }
                    scanIndirect(in: sentence, paragraph: p)
                }
            }
        }
        resolveQuotedDates()
    }

    /// Whether words of `quoted` name `entity`: its surname, or "the" and a word of its role
    /// ("the president"). Static, on the text alone: the pronoun resolver calls it from a closure,
    /// and a closure capturing the scanner copied the whole struct for every pronoun resolved.
    static func quotation(_ quoted: [Range<Int>], names entity: ArticleSpeakers.Entity, in text: TokenizedText) -> Bool {
        guard let surname = entity.keys.last else { return false }
        for range in quoted {
            guard var k = text.firstToken(atOrAfter: range.lowerBound) else { continue }
            while k < text.tokens.count, Int(text.tokens[k].start) < range.upperBound {
                let token = text.tokens[k]
                if token.kind == .word {
                    if token.hash == surname { return true }
                    if k > 0, text.tokens[k - 1].hash == Lexicon.the, entity.roleHashes.contains(token.hash) { return true }
                }
                k += 1
            }
        }
        return false
    }

    /// Resolves a mention to a speaker entity; `mismatch` is set for a pronoun whose gender
    /// contradicts the speaker it resolved to.
    ///
    /// `quoted`: the words attributed (byte ranges), when they are a quotation: a pronoun is not
    /// resolved to someone the quotation itself names in the third person.
    mutating func resolve(_ mention: Mention, paragraph: Int, quoted: [Range<Int>] = []) -> (speaker: Int?, mismatch: Bool) {
        switch mention.kind {
        case .name:
            if isLoneOpeningWord(mention) { return (nil, false) }
            return (namedOutsideTitleCase(register(mention), paragraph: paragraph), false)
        case .organisation:
            if let names = mention.nameTokens, text.tokens[names.lowerBound].isCapitalized || names.count > 1 {
                return (namedOutsideTitleCase(register(mention), paragraph: paragraph), false)
            }
            if let index = speakers.resolveOrganisation(head: mention.head) { return (index, false) }
            // "the statement said": a document is no speaker; it speaks for the organisation
            // named last, if there is one.
            if let names = mention.nameTokens, names.count == 1, text.tokens[names.lowerBound].isIn(WordClasses.sourceNoun) {
                return (speakers.mentions.last(where: { speakers.entity($0.entity).isOrganisation })?.entity, false)
            }
            return (register(mention), false)
        case .pronoun:
            // "I laughed and said, "…"": the writer of a first-person piece, whom the article
            // does not name; never the person named last.
            if text.tokens[mention.tokens.lowerBound].hash == Lexicon.firstPersonI { return (nil, false) }
            // The person who just spoke in this paragraph is "he" or "she", unless someone of that
            // gender is named in the paragraph before the pronoun: when the outlet gets the gender
            // wrong ("Ms. Lindqvist said …. "…," he said.", a mismatch), and when the article never
            // said it ("Kerr Putney … said …, but he said …", learnt here).
            if let last = lastAttribution, last.paragraph == paragraph, let previous = last.speaker,
               !speakers.entity(previous).isOrganisation, mention.gender == .male || mention.gender == .female {
                let known = speakers.entity(previous).gender
                let mismatch = !mention.gender.isCompatible(with: known)
                if mismatch || known == .unknown {
                    let paragraphStart = Int(text.tokens[paragraphs[paragraph].lowerBound].start)
                    let offset = Int(text.tokens[mention.tokens.lowerBound].start)
                    let namedHere = speakers.mentions.contains { $0.offset >= paragraphStart && $0.offset < offset
                        && !speakers.entity($0.entity).isOrganisation && speakers.entity($0.entity).gender == mention.gender }
                    if !namedHere {
                        if !mismatch { speakers.learnGender(previous, mention.gender) }
                        return (previous, mismatch)
                    }
                }
            }
            let recent = paragraph > 0 ? Int(text.tokens[paragraphs[paragraph - 1].lowerBound].start) : 0
            let offset = Int(text.tokens[mention.tokens.lowerBound].start)
            let reported = reportedPieces
            let entities = speakers
            let text = self.text
            let named = { (entity: Int) -> Bool in ArticleStatementScanner.quotation(quoted, names: entities.entity(entity), in: text) }
            guard let (index, mismatch) = speakers.resolvePronoun(mention.gender, at: offset, recentParagraphStart: recent,
                                                                   excluded: { o in reported.contains { $0.contains(o) } },
                                                                   named: named) else { return (nil, false) }
            if !mismatch { speakers.learnGender(index, mention.gender) }
            return (index, mismatch)
        case .description:
            guard Lexicon.descriptionHeads.contains(mention.head) || MentionParser.genderedRoles[mention.head] != nil else {
                // "the mum-of-two", "the 34-year-old": the person just mentioned, like a pronoun.
                guard mention.role != nil, text.tokens[mention.tokens.lowerBound].hash == Lexicon.the else { return (nil, false) }
                var asPronoun = mention
                asPronoun.kind = .pronoun
                return resolve(asPronoun, paragraph: paragraph)
            }
            var hashes = Set<UInt64>()
            for k in mention.tokens where text.tokens[k].kind == .word { hashes.insert(text.tokens[k].hash) }
            if let index = speakers.resolveDescription(head: mention.head, roleHashes: hashes) { return (index, false) }
            // "the Republican nominee", "the California congressman", "the New York businessman":
            // a description with its own modifier re-describes someone the article has named,
            // like a pronoun; a bare "the spokesman" may be someone new and stays unresolved.
            let words = mention.tokens.count { text.tokens[$0].kind == .word && !text.tokens[$0].isIn(WordClasses.determiner) }
            guard words >= 2, text.tokens[mention.tokens.lowerBound].hash == Lexicon.the else { return (nil, false) }
            var asPronoun = mention
            asPronoun.kind = .pronoun
            return resolve(asPronoun, paragraph: paragraph)
        case .group:
            return (nil, false)
        }
    }

    /// "Chastened, …", "Conversely, …", "Lest you assume …": one capitalised word opening a
    /// sentence, not followed by its verb of speech, no known first name, that the article never
    /// writes capitalised inside a sentence (where "Kowalski" of "Anna Kowalski" would be) names
    /// nobody. "Lindqvist said …" keeps its speaker: a surname before its verb is the usual case.
    mutating func isLoneOpeningWord(_ mention: Mention) -> Bool {
        guard article.format != .transcript, let names = mention.nameTokens, names.count == 1, mention.role == nil,
              mention.tokens.lowerBound == names.lowerBound, parser.isSentenceStart(names.lowerBound) else { return false }
        let next = names.upperBound
        if next < text.tokens.count, text.tokens[next].kind == .word,
           text.tokens[next].isIn(WordClasses.speechVerb) || text.tokens[next].isIn(WordClasses.stanceVerb) { return false }
        let hash = text.tokens[names.lowerBound].hash
        guard FirstNames.gender(of: hash) == .unknown else { return false }
        if midSentenceCapitals == nil {
            var capitals = Set<UInt64>()
            for i in text.tokens.indices where text.tokens[i].kind == .word && text.tokens[i].isCapitalized && !parser.isSentenceStart(i) {
                capitals.insert(text.tokens[i].hash)
            }
            midSentenceCapitals = capitals
        }
        return midSentenceCapitals?.contains(hash) == false
    }

    /// A speaker read from a title-case line ("Pat Caddell: Democrat Voters Worried About …",
    /// "New Poll Shows …") whom the rest of the article never names is the headline's capitalised
    /// words, not someone who spoke; one the body names ("Pence: …" above a story on Mike Pence) stays.
    mutating func namedOutsideTitleCase(_ entity: Int?, paragraph p: Int) -> Int? {
        guard let entity, article.format != .transcript, p < paragraphs.count else { return entity }
        if titleCaseParagraphs.isEmpty { titleCaseParagraphs = [Bool?](repeating: nil, count: paragraphs.count) }
        if titleCaseParagraphs[p] == nil { titleCaseParagraphs[p] = isTitleCase(paragraphs[p]) }
        guard titleCaseParagraphs[p] == true else { return entity }
        let range = paragraphs[p]
        let start = Int(text.tokens[range.lowerBound].start), end = Int(text.tokens[range.upperBound - 1].end)
        return speakers.mentions.contains { $0.entity == entity && ($0.offset < start || $0.offset >= end) } ? entity : nil
    }

    /// Whether most words longer than three letters of a paragraph are capitalised: a headline
    /// in title case.
    func isTitleCase(_ range: Range<Int>) -> Bool {
        var words = 0, capitals = 0
        let tokens = text.tokens
        for k in range where tokens[k].kind == .word && tokens[k].length > 3 {
            words += 1
            if tokens[k].isCapitalized {
                capitals += 1
            } else if (words - capitals) * 10 > (words + range.upperBound - k - 1) * 2 {
                // More lowercase words than a fifth of all the paragraph could still hold: prose.
                return false
            }
        }
        return words >= 4 && capitals * 10 >= words * 8
    }

    mutating func record(_ found: Found) {
        if let speaker = found.speaker, let first = found.pieces.first {
            speakers.noteSpoke(speaker, at: first.lowerBound)
        }
        lastAttribution = (found.speaker, found.mention, found.cue, found.paragraph)
        if found.kind == .indirect { reportedPieces += found.pieces }
        self.found.append(found)
    }

    /// The text of a mention's role words, tidied.
    func roleText(_ role: MentionRole?) -> String? {
        switch role {
        case .tokens(let range): return MentionParser.cleanRole(text.string(tokens: range))
        case .label(let index): return labelRoles[index]
        case nil: return nil
        }
    }

    func isInsideQuote(_ token: Int) -> Bool { quoteAt[token] >= 0 }

    /// The date expression covering a token, if any.
    @inline(__always)
    func dateAt(_ token: Int) -> Int? {
        guard token >= 0, token < dateIndex.count, dateIndex[token] >= 0 else { return nil }
        return Int(dateIndex[token])
    }

    func result(claims findClaims: Bool = true) -> ArticleExtraction {
        var statements: [Statement] = []
        statements.reserveCapacity(found.count)
        let ordered = found.sorted { ($0.pieces.first?.lowerBound ?? 0) < ($1.pieces.first?.lowerBound ?? 0) }
        for item in ordered {
            let spans = item.pieces.map { TextSpan($0) }
            let content = item.pieces.count == 1 ? text.string(item.pieces[0]) : item.pieces.map { text.string($0) }.joined(separator: " ")
            var speakerName: String?
            var role: String?
            var isOrganisation = false
            if let index = item.speaker {
                let entity = speakers.entity(index)
                speakerName = entity.name
                role = entity.role
                isOrganisation = entity.isOrganisation
            }
            if let mention = item.mention, mention.kind == .name, let mentionRole = roleText(mention.role) { role = mentionRole }
            var evidence: String?
            var evidenceSpan: TextSpan?
            if let e = item.date?.expression {
                evidence = text.string(dates[e].range)
                evidenceSpan = TextSpan(dates[e].range)
            }
            statements.append(Statement(
                id: article.id + "-s" + String(statements.count + 1), articleID: article.id, kind: item.kind,
                speaker: speakerName,
                speakerMention: item.mention.map { text.string(tokens: $0.tokens) }.map(ArticleSpeakers.tidy),
                speakerSpan: item.mention.map { TextSpan(Int(text.tokens[$0.tokens.lowerBound].start), Int(text.tokens[$0.tokens.upperBound - 1].end)) },
                role: role, speakerIsOrganisation: isOrganisation,
                cue: item.cue.map { text.string(tokens: $0) },
                text: content, spans: spans,
                date: item.date?.value, dateEvidence: evidence, dateEvidenceSpan: evidenceSpan,
                dateBasis: item.date?.basis ?? .publication, pronounMismatch: item.mismatch))
        }
        var variants: [String: Set<String>] = [:]
        variants.reserveCapacity(speakers.entities.count)
        for i in speakers.entities.indices {
            // Most names are one entity's: its set as it is, no rehashing into an empty one.
            let name = speakers.entities[i].name
            if let known = variants.index(forKey: name) {
                variants.values[known].formUnion(speakers.entities[i].variants)
            } else {
                variants[name] = speakers.entities[i].variants
            }
        }
        var claims = findClaims ? self.claims(for: statements) : []
        let assessments = findClaims ? self.assessments(statements: statements) : []
        ClaimAttacher.attach(assessments, to: &claims, text: text)
        // An index build holds every article's extraction until it writes them: no spare capacity.
        return ArticleExtraction(statements: statements, dates: dates.compacted(), nameVariants: variants, claims: claims.compacted(),
                                 assessments: assessments)
    }
}
