import Foundation

/// Words in the text that refer to a speaker: a name with or without title ("US White House
/// Press Secretary Karoline Leavitt", "Ms Lindqvist"), a pronoun ("she"), a description ("the
/// spokesperson"), an organisation ("the White House", "the ministry") or an unnamed group
/// ("officials", "critics").
struct Mention: Equatable {
    enum Kind: Equatable { case name, pronoun, description, organisation, group }

    var kind: Kind
    /// All tokens of the mention.
    var tokens: Range<Int>
    /// The proper-name tokens (names), or the organisation's tokens without determiner.
    var nameTokens: Range<Int>?
    /// Where the title or role words are ("White House Press Secretary"): their text is made
    /// only when a statement or a speaker needs it, so a mention stays a plain value that the
    /// scanner copies for free.
    var role: MentionRole?
    var gender: Gender
    /// Hash of the head noun for descriptions ("spokesperson") and pronouns ("she").
    var head: UInt64
}

/// Where a mention's role words are: tokens of the text, or one of the title-cased labels a
/// transcript's scanner keeps (``ArticleStatementScanner/labelRoles``) for roles read from
/// all-capitals speaker labels.
enum MentionRole: Equatable {
    case tokens(Range<Int>)
    case label(Int)
}

extension TokenizedText {
    /// The role words of `range`, or nil when nothing of them would be left once tidied (only
    /// commas, dots, colons or a possessive "'s").
    func roleWords(_ range: Range<Int>) -> MentionRole? {
        for k in range {
            let token = tokens[k]
            if token.kind == .word && token.hash == Lexicon.possessive { continue }
            if token.kind == .punctuation && (token.mark == 0x2C || token.mark == 0x2E || token.mark == 0x3B || token.mark == 0x3A) { continue }
            return .tokens(range)
        }
        return nil
    }
}

/// Parses speaker mentions next to an attribution cue, going backwards from the cue
/// ("… Leavitt said") or forwards from it ("said Leavitt").
struct MentionParser {
    let text: TokenizedText
    /// Tokens that belong to date expressions, skipped between a speaker and the cue
    /// ("Leavitt on Tuesday (local time) said").
    let dateTokens: [Bool]

    @inline(__always) func isDate(_ k: Int) -> Bool { k >= 0 && k < dateTokens.count && dateTokens[k] }

    static let particles: WordSet = WordHash.set(["de", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "da", "di", "del", "dos", "du", "ter", "ibn", "abu", "st"])
    static let compassWords: WordSet = WordHash.set(["north", "south", "east", "west"])
    static let groupWords: WordSet = WordHash.set([
        "critics", "officials", "experts", "analysts", "councillors", "councilors", "authorities", "residents", "witnesses", "sources", "observers", "others", "many",
        "some", "supporters", "opponents", "protesters", "investors", "economists", "people", "diplomats", "lawmakers",
        "activists", "campaigners", "organisers", "organizers", "aides", "insiders", "allies", "neighbours", "neighbors",
        "doctors", "scientists", "researchers", "workers", "unions", "farmers", "locals", "parents", "fans", "voters",
        "democrats", "republicans", "both", "several", "everyone", "nobody", "someone", "one", "few", "most", "all",
        "observers", "leaders", "authorities", "police", "officers", "staff", "spokespeople", "negotiators",
        "source", "sources", "person", "people", "aide", "insider", "insiders",
        "defenders", "advocates", "proponents", "backers", "donors", "respondents", "americans", "citizens", "students",
        "teachers", "physicians", "nurses", "investigators", "prosecutors", "troops", "soldiers", "veterans", "conservatives",
        "liberals", "progressives", "evangelicals", "pollsters", "forecasters", "commentators", "pundits", "journalists",
        "reporters", "editors", "readers", "viewers", "listeners", "demonstrators", "environmentalists", "strategists",
        "historians", "scholars", "lawyers", "attorneys", "relatives", "friends", "colleagues", "members", "judges",
        "governments", "countries", "nations", "companies", "groups", "candidates", "senators", "governors", "percent",
        "majority", "minority", "half", "third", "quarter", "families", "administrators", "agencies", "regulators",
        "outlets", "networks", "publications", "newspapers", "broadcasters", "websites",
    ])

    /// Capitalised words that start sentences but never names.
    static let sentenceWords: WordSet = WordHash.set([
        "the", "a", "an", "but", "and", "or", "so", "yet", "asked", "speaking", "upon", "in", "on", "at", "after", "before",
        "when", "while", "as", "if", "then", "later", "earlier", "meanwhile", "however", "still", "also", "separately",
        "addressing", "responding", "writing", "talking", "testifying", "pressed", "questioned", "it", "this", "that",
        "there", "here", "now", "today", "yesterday", "last", "next", "during", "since", "following", "with", "without",
        "although", "though", "because", "instead", "indeed", "moreover", "furthermore", "finally", "first", "second",
        "both", "neither", "either", "each", "every", "one", "some", "many", "most", "all", "no", "not", "only", "even",
        "well", "look", "yes", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ])
    static let genderedRoles: WordMap<Gender> = [
        WordHash.of("spokeswoman"): .female, WordHash.of("spokesman"): .male, WordHash.of("chairwoman"): .female,
        WordHash.of("chairman"): .male, WordHash.of("congresswoman"): .female, WordHash.of("congressman"): .male,
        WordHash.of("councilwoman"): .female, WordHash.of("councilman"): .male, WordHash.of("king"): .male,
        WordHash.of("queen"): .female, WordHash.of("prince"): .male, WordHash.of("princess"): .female,
        WordHash.of("woman"): .female, WordHash.of("man"): .male, WordHash.of("mother"): .female, WordHash.of("father"): .male,
        WordHash.of("grandmother"): .female, WordHash.of("gran"): .female, WordHash.of("mum"): .female,
        WordHash.of("dad"): .male, WordHash.of("businessman"): .male, WordHash.of("businesswoman"): .female,
        WordHash.of("lady"): .female, WordHash.of("sir"): .male, WordHash.of("dame"): .female,
    ]

    // MARK: Backwards: "… Karoline Leavitt said"

    /// The mention that ends right before token `end` (exclusive), not reaching before `lowerBound`.
    func parseBackward(before end: Int, lowerBound: Int) -> Mention? {
        var k = end - 1
        k = skipBackward(from: k, lowerBound: lowerBound)
        guard k >= lowerBound else { return nil }
        let token = text.tokens[k]
        // "Karin Holm, the finance minister, said" / "Leavitt, during her briefing, said" / "X, who …, said"
        if token.kind == .punctuation && token.mark == 0x2C {
            return apposition(endingAt: k, lowerBound: lowerBound)
        }
        guard token.kind == .word else { return nil }
        if let gender = Lexicon.pronouns[token.hash] {
            return Mention(kind: .pronoun, tokens: k..<(k + 1), nameTokens: nil, role: nil, gender: gender, head: token.hash)
        }
        var start = k + 1
        while start - 1 >= lowerBound, accepts(start - 1, walkingBackFrom: k, lowerBound: lowerBound) { start -= 1 }
        // "claimed that the government had said", "that Kessen had said": before a determiner or
        // a name, "that" is the conjunction opening the clause, not a determiner of the mention.
        if start < k, text.tokens[start].hash == Lexicon.that, !text.tokens[start].isCapitalized,
           text.tokens[start + 1].isIn(WordClasses.determiner) || text.tokens[start + 1].isCapitalized {
            start += 1
        }
        guard start <= k else { return describedPerson(endingAt: k, lowerBound: lowerBound) ?? unnamedSource(endingAt: k, lowerBound: lowerBound) }
        guard var mention = classify(start..<(k + 1)) else {
            return describedPerson(endingAt: k, lowerBound: lowerBound) ?? unnamedSource(endingAt: k, lowerBound: lowerBound)
        }
        // "two officials said", "several senior officials said": the count belongs to the group.
        if mention.kind == .group {
            var first = mention.tokens.lowerBound
            while first > lowerBound, text.tokens[first - 1].kind == .number || (text.tokens[first - 1].kind == .word
                    && (text.tokens[first - 1].isIn(WordClasses.quantifier) || text.tokens[first - 1].isIn(WordClasses.anonymousDeterminer))) {
                first -= 1
            }
            mention.tokens = first..<mention.tokens.upperBound
        }
        return mention
    }

    /// Capitalised function words of headlines and sentence openings that are never part of a
    /// name ("For Trump", "By Trump", "What Trump", "Whether Clinton", "Obama On").
    static let countWords: WordSet = WordHash.set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])

    static let notNameWords: WordSet = WordHash.set([
        "for", "by", "what", "whether", "unlike", "said", "say", "says", "everything", "nothing", "anything", "something",
        "against", "on", "to", "with", "from", "at", "in", "as", "is", "are", "was", "were", "will", "about", "over", "into",
        "than", "how", "why", "who", "when", "where", "amid", "despite", "via", "vs", "versus", "sees", "keeps", "says",
        "slams", "blasts", "urges", "warns", "calls", "claims", "rips", "hits", "backs", "wants", "gets", "takes", "makes",
    ])

    /// "the mum-of-two said", "the 34-year-old added": "the" and one to three lowercase words —
    /// a description that stands for the person just mentioned.
    private func describedPerson(endingAt end: Int, lowerBound: Int) -> Mention? {
        // "the 34-year-old mother of three": the head before "of" and a count.
        var k = end
        if end - 2 >= lowerBound, text.tokens[end - 1].kind == .word, text.tokens[end - 1].hash == Lexicon.of,
           text.tokens[end].kind == .number || MentionParser.countWords.contains(text.tokens[end].hash) { k = end - 2 }
        var j = k
        while j >= lowerBound, j > k - 3, text.tokens[j].kind == .word || text.tokens[j].kind == .number, !text.tokens[j].isCapitalized || j < k,
              !text.tokens[j].isIn(WordClasses.determiner), !text.tokens[j].isIn(WordClasses.nameStopper) { j -= 1 }
        guard j >= lowerBound, j < k, text.tokens[j].kind == .word, text.tokens[j].hash == Lexicon.the else { return nil }
        let head = text.tokens[k]
        guard head.kind == .word, !head.isCapitalized, !head.isIn(WordClasses.pronoun) else { return nil }
        var gender = MentionParser.genderedRoles[head.hash] ?? .unknown
        let word = text.string(head.range).lowercased()
        // A person, not a thing ("the planning system has added …"): a compound ("mum-of-two",
        // "34-year-old"), a role, or a noun for someone who does something ("the retiree").
        let personLike = word.contains("-") || word.contains(where: \.isNumber) || gender != .unknown || head.isIn(WordClasses.descriptionHead)
            || ["er", "or", "ist", "ian", "ee", "ant", "ent"].contains(where: { word.hasSuffix($0) })
        guard personLike else { return nil }
        if gender == .unknown {
            if word.hasPrefix("mum") || word.hasPrefix("mother") || word.hasPrefix("grandmother") || word.hasPrefix("gran") { gender = .female }
            if word.hasPrefix("dad") || word.hasPrefix("father") || word.hasPrefix("grandfather") { gender = .male }
        }
        return Mention(kind: .description, tokens: j..<(end + 1), nameTokens: nil, role: text.roleWords((j + 1)..<(end + 1)), gender: gender, head: head.hash)
    }

    /// Skips dates, parentheses and adverbs between a subject and its verb.
    private func skipBackward(from index: Int, lowerBound: Int) -> Int {
        var k = index
        while k >= lowerBound {
            let token = text.tokens[k]
            if isDate(k) { k -= 1; continue }
            if token.kind == .punctuation && token.mark == 0x29 {
                var j = k - 1
                while j >= lowerBound && j > k - 10 && !text.isMark(j, "(") { j -= 1 }
                if j >= lowerBound && text.isMark(j, "(") { k = j - 1; continue }
                return k
            }
            if token.kind == .word && token.isIn(WordClasses.adverb) && !(token.isIn(WordClasses.pronoun)) { k -= 1; continue }
            // "Clinton had mocked", "others have opposed": the perfect's auxiliary.
            if token.kind == .word && ArticleStatementScanner.perfectAuxiliaries.contains(token.hash) && k > lowerBound { k -= 1; continue }
            if text.isLyAdverb(k),
               !token.isCapitalized { k -= 1; continue } // "-ly" adverbs: "repeatedly", "flatly"
            return k
        }
        return k
    }

    /// Whether the token at `i` continues a name or title going backwards.
    private func accepts(_ i: Int, walkingBackFrom end: Int, lowerBound: Int) -> Bool {
        let token = text.tokens[i]
        // "Residents' Association": a plural possessive inside an organisation's name (the
        // tokenizer may take the apostrophe for a closing single quotation mark).
        if i > lowerBound, i < end, isApostropheInsideName(i) { return true }
        if token.kind == .punctuation {
            // The dot of "Ms." or of an initial "J.", inside the mention.
            return i > lowerBound && i < end && isAbbreviationDot(i)
        }
        guard token.kind == .word else { return false }
        if token.hash == Lexicon.possessive { return i < end && i > lowerBound } // "the ministry's spokesman"
        if token.isIn(WordClasses.determiner) {
            // Only at the left edge: include and let the caller stop there.
            return i + 1 <= end && !(i > lowerBound && accepts(i - 1, walkingBackFrom: end, lowerBound: lowerBound) && text.tokens[i - 1].isCapitalized && !text.tokens[i - 1].isIn(WordClasses.sentenceWord))
        }
        if i < end, text.tokens[i + 1].kind == .word, text.tokens[i + 1].isIn(WordClasses.determiner) { return false }
        if token.isCapitalized {
            if token.isIn(WordClasses.notNameWord) { return false }
            if token.isIn(WordClasses.sentenceWord) && isSentenceStart(i) { return false }
            if token.isIn(WordClasses.nameStopper) && isSentenceStart(i) { return false }
            // "Leaked documents …", "Embattled officials …": a participle opening the sentence.
            if isOpeningParticiple(i) { return false }
            // "Injecting Clinton's troubles …": a gerund opening the sentence before a name.
            if token.length > 5, i < end, isSentenceStart(i), text.word(i, endsWith: "ing"), FirstNames.gender(of: token.hash) == .unknown { return false }
            return true
        }
        if token.isIn(WordClasses.roleWord) || token.isIn(WordClasses.demonym) { return true }
        // "van Berg", "Dick van der Berg", "Ursula von der Leyen": particles between the parts of a name.
        if token.isIn(WordClasses.particle), i > lowerBound, i < end, isNamePart(i - 1), isNamePart(i + 1) { return true }
        if token.hash == Lexicon.of, i > lowerBound, i < end, text.tokens[i + 1].isCapitalized,
           text.tokens[i - 1].isIn(WordClasses.roleWord) || text.tokens[i - 1].isIn(WordClasses.organisationHead) { return true }
        if token.isIn(WordClasses.genderedRole) || token.isIn(WordClasses.descriptionHead) { return true }
        if token.isIn(WordClasses.organisationHead) && i == end { return true } // "the authority said"
        // "the space agency said": one lowercase word between the article and the head.
        if i + 1 == end, i > lowerBound, text.tokens[end].isIn(WordClasses.organisationHead), text.tokens[i - 1].kind == .word,
           text.tokens[i - 1].isIn(WordClasses.determiner) { return true }
        // Inside a title: "government spokesperson Mara Lindqvist", "the army chief", "party leader".
        if token.isIn(WordClasses.organisationHead), i < end, text.tokens[i + 1].kind == .word,
           text.tokens[i + 1].isIn(WordClasses.roleWord) || text.tokens[i + 1].isIn(WordClasses.descriptionHead) { return true }
        return false
    }

    /// The dot after an honorific, an abbreviated title or an initial ("Ms.", "Gen.", "J."),
    /// which does not end the name. `i` > 0.
    private func isAbbreviationDot(_ i: Int) -> Bool {
        let token = text.tokens[i], previous = text.tokens[i - 1]
        guard token.kind == .punctuation, token.mark == 0x2E, previous.kind == .word else { return false }
        return previous.isIn(WordClasses.honorific) || Lexicon.titleAbbreviations.contains(previous.hash)
            || (previous.length == 1 && previous.isCapitalized)
    }

    /// "Residents' Association", "O'Brien": an apostrophe between capitalised words (the
    /// tokenizer may take it for a closing single quotation mark). `i` > 0, `i` + 1 < token count.
    private func isApostropheInsideName(_ i: Int) -> Bool {
        let token = text.tokens[i]
        return (token.kind == .punctuation || token.kind == .quote) && (token.mark == 0x27 || token.mark == 0x2019) && !token.spaceBefore
            && text.tokens[i - 1].isCapitalized && text.tokens[i + 1].isCapitalized
    }

    /// A capitalised word or a name particle ("van", "der"): what may stand beside a particle in a name.
    private func isNamePart(_ i: Int) -> Bool {
        let token = text.tokens[i]
        return token.kind == .word && (token.isCapitalized || token.isIn(WordClasses.particle))
    }

    /// A capitalised "-ed" word opening a sentence that is no known given name ("Leaked
    /// documents show …"): a participle, not part of a name.
    func isOpeningParticiple(_ i: Int) -> Bool {
        let token = text.tokens[i]
        return token.isCapitalized && token.length > 4 && isSentenceStart(i) && text.word(i, endsWith: "ed") && FirstNames.gender(of: token.hash) == .unknown
    }

    func isSentenceStart(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        let previous = text.tokens[i - 1]
        if previous.kind == .paragraphBreak { return true }
        if previous.kind == .punctuation && (SentenceSplitter.isTerminal(previous) || previous.mark == 0x3A || previous.mark == 0x2014 || previous.mark == 0x2D || previous.mark == 0x2013) { return true }
        if previous.kind == .quote { return true }
        return false
    }

    private func apposition(endingAt comma: Int, lowerBound: Int) -> Mention? {
        // Find the comma that opens the apposition.
        var j = comma - 1
        while j >= lowerBound && j > comma - 25 {
            let token = text.tokens[j]
            if token.kind == .punctuation && token.mark == 0x2C { break }
            // A dot of "R-Ky.," or "Md." inside the apposition ends no sentence.
            if token.kind == .quote || (token.kind == .punctuation && SentenceSplitter.isTerminal(token)
                && !(text.isMark(j + 1, ",") || (j > lowerBound && SentenceSplitter.isAbbreviation(j - 1, in: text)))) { return nil }
            j -= 1
        }
        guard j >= lowerBound, j < comma - 1, text.tokens[j].kind == .punctuation, text.tokens[j].mark == 0x2C else { return nil }
        let segment = (j + 1)..<comma
        let before = parseBackward(before: j, lowerBound: lowerBound)
        // "A lawyer for the news outlets, David Schulz, said": the name between the commas,
        // after a description the walk reads as a group or a description.
        if let head = before, head.kind == .group, let name = classify(segment), name.kind == .name, segment.count <= 4,
           text.tokens[segment.lowerBound].isCapitalized, FirstNames.gender(of: text.tokens[segment.lowerBound].hash) != .unknown {
            var result = name
            result.tokens = segment.lowerBound..<comma
            return result
        }
        guard let head = before else {
            // "A lawyer for the news outlets, David Schulz, said": the name between the commas.
            guard let name = classify(segment), name.kind == .name, segment.count <= 4,
                  text.tokens[segment.lowerBound].isCapitalized else { return nil }
            var result = name
            result.tokens = segment.lowerBound..<comma
            return result
        }
        // "The chief constable of Harwick, Moira Feeney, said": a role at a place, then the person.
        let roleOfPlace = head.kind == .name && head.nameTokens.map { $0.lowerBound > lowerBound && text.tokens[$0.lowerBound - 1].hash == Lexicon.of } == true
        if head.kind == .description || roleOfPlace, let name = classify(segment), name.kind == .name {
            // "The harbour master, Ewan Rusk, said": the name is in the apposition.
            var result = name
            result.tokens = head.tokens.lowerBound..<comma
            if result.role == nil { result.role = head.role }
            if result.gender == .unknown { result.gender = head.gender }
            return result
        }
        guard head.kind == .name || head.kind == .organisation else { return nil }
        let first = text.tokens[segment.lowerBound]
        var result = head
        let isRole = first.isIn(WordClasses.determiner) || first.isIn(WordClasses.roleWord) || first.kind == .number
        if isRole && first.kind != .number { result.tokens = head.tokens.lowerBound..<comma }
        if isRole, head.role == nil, first.kind != .number {
            result.role = text.roleWords(segment)
            if let g = genderFromRole(segment), result.gender == .unknown { result.gender = g }
        }
        return result
    }

    // MARK: Forwards: "said Karoline Leavitt, the press secretary"

    func parseForward(from start: Int, upperBound: Int) -> Mention? {
        var k = start
        while k < upperBound, isDate(k) { k += 1 }
        guard k < upperBound, text.tokens[k].kind == .word else { return nil }
        let first = text.tokens[k]
        if let gender = Lexicon.pronouns[first.hash] {
            return Mention(kind: .pronoun, tokens: k..<(k + 1), nameTokens: nil, role: nil, gender: gender, head: first.hash)
        }
        var end = k
        let isDeterminer = first.isIn(WordClasses.determiner)
        if isDeterminer { end += 1 }
        if let unnamed = unnamedSource(startingAt: k, afterDeterminer: isDeterminer, upperBound: upperBound) { return unnamed }
        let notNameWords = MentionParser.notNameWords
        // Lowercase descriptors before a name: "landlord Colin Marsh", "harbour master Ewan Rusk".
        if end < upperBound, !text.tokens[end].isCapitalized, text.tokens[end].kind == .word {
            var look = end
            while look < upperBound, look < end + 3, text.tokens[look].kind == .word, !text.tokens[look].isCapitalized,
                  !text.tokens[look].isIn(WordClasses.nameStopper), !text.tokens[look].isIn(WordClasses.speechVerb) { look += 1 }
            if look < upperBound, look > end, text.tokens[look].kind == .word, text.tokens[look].isCapitalized, !text.tokens[look].isIn(WordClasses.sentenceWord) {
                end = look
            }
        }
        while end < upperBound {
            let token = text.tokens[end]
            if end > k, isAbbreviationDot(end) || (end + 1 < upperBound && isApostropheInsideName(end)) {
                end += 1
                continue
            }
            guard token.kind == .word else { break }
            if isDate(end) { break }
            if token.isCapitalized && notNameWords.contains(token.hash) { break }
            if token.isCapitalized || token.isIn(WordClasses.roleWord) || token.isIn(WordClasses.demonym)
                || token.isIn(WordClasses.genderedRole) || token.isIn(WordClasses.descriptionHead)
                || token.hash == Lexicon.possessive || (token.isIn(WordClasses.organisationHead) && end > k) {
                end += 1
                continue
            }
            // "according to the data", "according to polls": a source noun ends the mention.
            if !token.isCapitalized, token.isIn(WordClasses.sourceNoun) || (token.isIn(WordClasses.groupWord) && end > k) {
                end += 1
                break
            }
            if (token.isIn(WordClasses.particle) || token.hash == Lexicon.of) && end + 1 < upperBound && end > k,
               text.tokens[end + 1].isCapitalized || (text.tokens[end + 1].isIn(WordClasses.particle) && end + 2 < upperBound && text.tokens[end + 2].isCapitalized) {
                end += 1
                continue
            }
            break
        }
        guard end > k else { return nil }
        guard var mention = classify(k..<end) else { return nil }
        // "according to the city engineer, Tomas Brenner": the name follows the description.
        if mention.kind == .description, end + 1 < upperBound, text.isMark(end, ","),
           let named = parseForward(from: end + 1, upperBound: upperBound), named.kind == .name {
            var result = named
            result.tokens = mention.tokens.lowerBound..<named.tokens.upperBound
            if result.role == nil { result.role = mention.role }
            return result
        }
        // Apposition after the name: ", the city's chief engineer" / ", a spokesperson for Harwick Water"
        if mention.kind == .name, end + 1 < upperBound, text.isMark(end, ","), mention.role == nil {
            let next = text.tokens[end + 1]
            if next.kind == .word, next.isIn(WordClasses.determiner) || next.isIn(WordClasses.roleWord) {
                var stop = end + 1
                while stop < upperBound, !(text.tokens[stop].kind == .punctuation && (text.tokens[stop].mark == 0x2C || SentenceSplitter.isTerminal(text.tokens[stop]))), text.tokens[stop].kind != .quote, stop - end < 14 {
                    stop += 1
                }
                mention.role = text.roleWords((end + 1)..<stop)
                if let g = genderFromRole((end + 1)..<stop), mention.gender == .unknown { mention.gender = g }
                mention.tokens = mention.tokens.lowerBound..<stop
            }
        }
        return mention
    }
}
