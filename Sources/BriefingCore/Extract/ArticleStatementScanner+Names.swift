/// The first pass over an article's names: who is named where, with what title and gender,
/// before any statement is attributed.
extension ArticleStatementScanner {
    /// First pass: every titled or full name in the article, so that surnames, descriptions
    /// ("the president") and pronouns resolve to people named anywhere before or after.
    mutating func registerNames() {
        let tokens = text.tokens
        // The word lists read for every token, as the token's class bits.
        let roleWord = WordClasses.roleWord, honorific = WordClasses.honorific
        for paragraph in paragraphs {
            var i = paragraph.lowerBound
            while i < paragraph.upperBound {
                let token = tokens[i]
                var startsRun = token.kind == .word && (token.isCapitalized || token.isIn(roleWord))
                    && (i == paragraph.lowerBound || tokens[i - 1].kind != .word || !(tokens[i - 1].isCapitalized || tokens[i - 1].isIn(roleWord)))
                // "The", "But", "Asked" alone: no name starts here.
                if startsRun, token.isIn(WordClasses.sentenceWord),
                   !(i + 1 < paragraph.upperBound && tokens[i + 1].kind == .word && (tokens[i + 1].isCapitalized || tokens[i + 1].isIn(roleWord))) {
                    startsRun = false
                }
                // A lone capitalised word (a surname, a place): only a lookup, no parse.
                if startsRun, token.isCapitalized, !token.isIn(roleWord), !token.isIn(honorific),
                   !(i + 1 < paragraph.upperBound && (tokens[i + 1].kind == .word && (tokens[i + 1].isCapitalized || tokens[i + 1].isIn(roleWord) || tokens[i + 1].isIn(WordClasses.particle))
                        || (tokens[i + 1].kind == .punctuation && (tokens[i + 1].mark == 0x2E || tokens[i + 1].mark == 0x27 || tokens[i + 1].mark == 0x2019)))),
                   !(i > paragraph.lowerBound && tokens[i - 1].kind == .word && tokens[i - 1].isIn(roleWord)) {
                    // "in a recent interview in Honolulu": a place after a locative preposition names no one.
                    if !isInsideQuote(i), !(i > paragraph.lowerBound && (tokens[i - 1].hash == Lexicon.the || tokens[i - 1].hash == Lexicon.a
                                                                          || tokens[i - 1].isIn(WordClasses.locative))),
                       let entity = entityNamed(i) {
                        speakers.noteMention(entity, at: Int(token.start))
                        if speakers.entity(entity).gender == .unknown, let gender = pronounAfter(i + 1, paragraph: paragraph) { speakers.learnGender(entity, gender) }
                    }
                    i += 1
                    continue
                }
                if startsRun, let mention = parser.parseForward(from: i, upperBound: paragraph.upperBound), mention.tokens.upperBound > i {
                    let offset = Int(tokens[mention.tokens.lowerBound].start)
                    var entity: Int?
                    if mention.kind == .name, let names = mention.nameTokens, names.count >= 2 || mention.role != nil || tokens[mention.tokens.lowerBound].isIn(honorific) {
                        entity = register(mention)
                    } else if mention.kind == .name, let names = mention.nameTokens {
                        entity = names.count == 1 ? entityNamed(names.lowerBound) : speakers.lookup(name: text.string(tokens: names))
                    }
                    // "the Kestrel Point barracks": a capitalised name after "the" without a title is a place or a thing.
                    // So is one after "in", "at", "from" ("in New York"), and a capitalised dateline
                    // opening a paragraph ("MIDWAY ATOLL - Seventy-four years ago …").
                    // ("In Honolulu last week, he told …": the word before the name, not before the run.)
                    let before = (mention.nameTokens?.lowerBound ?? mention.tokens.lowerBound) - 1
                    let afterArticle = i > paragraph.lowerBound && (tokens[i - 1].hash == Lexicon.the || tokens[i - 1].hash == Lexicon.a) && mention.role == nil
                        || (before >= paragraph.lowerBound && tokens[before].kind == .word && tokens[before].isIn(WordClasses.locative) && mention.role == nil)
                        || (mention.role == nil && tokens[before + 1].isIn(WordClasses.locative))
                    let dateline = i == paragraph.lowerBound && text.isAllCapitals(i) && mention.tokens.upperBound < paragraph.upperBound
                        && text.tokens[mention.tokens.upperBound].kind == .punctuation
                        && [0x2D, 0x2013, 0x2014, 0x2C].contains(text.tokens[mention.tokens.upperBound].mark)
                    if let entity, !afterArticle, !dateline, !isInsideQuote(mention.tokens.lowerBound) {
                        speakers.noteMention(entity, at: offset)
                        if speakers.entity(entity).gender == .unknown, let gender = pronounAfter(mention.tokens.upperBound, paragraph: paragraph) { speakers.learnGender(entity, gender) }
                    }
                    if mention.kind == .name {
                        i = max(i + 1, mention.tokens.upperBound)
                        continue
                    }
                    if mention.kind == .organisation, let names = mention.nameTokens, tokens[names.lowerBound].isCapitalized, names.count >= 2,
                       let entity = register(mention), !isInsideQuote(mention.tokens.lowerBound) {
                        speakers.noteMention(entity, at: offset)
                    }
                    i = max(i + 1, mention.tokens.upperBound)
                    continue
                }
                i += 1
            }
        }
    }

    /// Prepositions of place: a capitalised word after them is a place, not a person to refer back to.
    static let locatives: WordSet = WordHash.set(["in", "at", "from", "near", "outside", "inside", "across", "throughout"])

    static let genderedPronouns: WordMap<Gender> = [
        WordHash.of("he"): .male, WordHash.of("his"): .male, WordHash.of("him"): .male, WordHash.of("himself"): .male,
        WordHash.of("she"): .female, WordHash.of("her"): .female, WordHash.of("hers"): .female, WordHash.of("herself"): .female,
    ]

    /// The gender of the first he/his/she/her after a name, in the same sentence and before any
    /// other name: "Karin Holm met her counterpart", "Albrecht, on his first trip".
    func pronounAfter(_ start: Int, paragraph: Range<Int>) -> Gender? {
        var k = start
        while k < paragraph.upperBound && k < start + 14 {
            let token = text.tokens[k]
            if isInsideQuote(k) { return nil }
            if token.kind == .punctuation && SentenceSplitter.isTerminal(token) { return nil }
            if token.kind == .word {
                if let gender = ArticleStatementScanner.genderedPronouns[token.hash] { return gender }
                if token.isCapitalized && !token.isIn(WordClasses.roleWord) && !token.isIn(WordClasses.honorific) { return nil }
            }
            k += 1
        }
        return nil
    }

    /// Registers a named mention; returns the entity index.
    @discardableResult
    mutating func register(_ mention: Mention) -> Int? {
        guard let names = mention.nameTokens else { return nil }
        // The same written name with the same title words registers once.
        var key: UInt64 = mention.kind == .organisation ? 0x5bd1_e995 : 0
        for k in mention.tokens where text.tokens[k].kind == .word { key = (key ^ text.tokens[k].hash) &* 0x9E37_79B9_7F4A_7C15 }
        if let known = registeredKeys.firstIndex(of: key) { return registeredEntities[known] }
        let name = text.string(tokens: names)
        var roleHashes: [UInt64] = []
        for k in mention.tokens where text.tokens[k].kind == .word && !(names.contains(k) && mention.kind == .name) {
            roleHashes.append(text.tokens[k].hash)
        }
        if mention.kind == .organisation { roleHashes.append(mention.head) }
        // "the OEA" after "the Ostmark Environment Agency (OEA)": the organisation, by its initials.
        if names.count == 1, let org = speakers.organisation(withInitials: name) {
            registeredKeys.append(key)
            registeredEntities.append(org)
            return org
        }
        let index = speakers.register(name: name, role: roleText(mention.role), gender: mention.gender,
                                      isOrganisation: mention.kind == .organisation, roleHashes: roleHashes)
        guard index >= 0 else { return nil }
        registeredKeys.append(key)
        registeredEntities.append(index)
        return index
    }
}
