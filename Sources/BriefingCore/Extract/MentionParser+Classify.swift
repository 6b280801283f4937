/// Classifying the words of a candidate mention: a name with its role and gender ("Press
/// Secretary Karoline Leavitt"), a description ("a senior official"), a group ("analysts"), an
/// organisation or a document ("the ministry", "a statement") — or no speaker at all.
extension MentionParser {
    /// Splits a run of words into role and name and decides what kind of mention it is.
    func classify(_ range: Range<Int>) -> Mention? {
        var lower = range.lowerBound
        let tokens = text.tokens
        var hasDeterminer = false
        while lower < range.upperBound, tokens[lower].kind == .word, tokens[lower].isIn(WordClasses.determiner) {
            lower += 1
            hasDeterminer = true
        }
        guard lower < range.upperBound else { return nil }
        var upper = range.upperBound
        while upper > lower, tokens[upper - 1].kind != .word || tokens[upper - 1].hash == Lexicon.possessive { upper -= 1 }
        guard upper > lower else { return nil }
        let last = tokens[upper - 1]
        // Trailing name run: capitalised words that are not titles.
        var nameStart = upper
        while nameStart > lower {
            let t = tokens[nameStart - 1]
            if t.kind == .punctuation && t.mark == 0x2E && nameStart - 2 >= lower && tokens[nameStart - 2].length == 1 && tokens[nameStart - 2].isCapitalized {
                nameStart -= 1
                continue
            }
            guard t.kind == .word else { break }
            if t.isCapitalized && !t.isIn(WordClasses.roleWord) && !t.isIn(WordClasses.demonym)
                && !t.isIn(WordClasses.honorific) && !t.isIn(WordClasses.organisationHead) && t.hash != Lexicon.possessive
                && !t.isIn(WordClasses.groupWord) {
                nameStart -= 1
                continue
            }
            // "South Korea", "North Carolina": a compass word before a place is part of its name
            // (not "South Korean President …", where a demonym follows).
            if t.isCapitalized, t.isIn(WordClasses.compassWord), nameStart < upper, !tokens[nameStart].isIn(WordClasses.demonym) {
                nameStart -= 1
                continue
            }
            if t.isIn(WordClasses.particle) && nameStart < upper && nameStart - 1 > lower
                && (tokens[nameStart - 2].isCapitalized || tokens[nameStart - 2].isIn(WordClasses.particle)) {
                nameStart -= 1
                continue
            }
            break
        }
        // "Rep. Elijah Cummings of Maryland", "Charles B. Rangel of New York": a person named
        // before "of <Place>" is the name, the place only says where they are from.
        if nameStart - 2 > lower, tokens[nameStart - 1].kind == .word, tokens[nameStart - 1].hash == Lexicon.of,
           !(nameStart..<upper).contains(where: { FirstNames.gender(of: tokens[$0].hash) != .unknown }) {
            let personEnd = nameStart - 1
            var personStart = personEnd
            while personStart > lower {
                let t = tokens[personStart - 1]
                if t.kind == .punctuation, t.mark == 0x2E, personStart - 2 >= lower, tokens[personStart - 2].length == 1, tokens[personStart - 2].isCapitalized {
                    personStart -= 1
                    continue
                }
                guard t.kind == .word, t.isCapitalized, !t.isIn(WordClasses.roleWord), !t.isIn(WordClasses.honorific) else { break }
                personStart -= 1
            }
            if personStart < personEnd, FirstNames.gender(of: tokens[personStart].hash) != .unknown {
                nameStart = personStart
                upper = personEnd
            }
        }
        // "Injecting Clinton's marital troubles into the campaign is …": a gerund opening the
        // sentence is no given name (a listed one, "Sterling", stays).
        if upper - nameStart >= 2, text.word(nameStart, endsWith: "ing"), tokens[nameStart].length > 5,
           FirstNames.gender(of: tokens[nameStart].hash) == .unknown,
           nameStart == 0 || tokens[nameStart - 1].kind == .paragraphBreak
            || (tokens[nameStart - 1].kind == .punctuation && SentenceSplitter.isTerminal(tokens[nameStart - 1])) {
            nameStart += 1
        }
        // "Minister for Fisheries Owen Pryce": a long run starts at its first known given name.
        // Words are counted without the dots of initials ("John D. Podesta" is three words).
        // (Counted first: most runs are one or two words, and need no array of them.)
        if (nameStart..<upper).count(where: { tokens[$0].kind == .word }) >= 3 {
            let nameWords = (nameStart..<upper).filter { tokens[$0].kind == .word }
            if let given = (nameStart..<(upper - 1)).first(where: { FirstNames.gender(of: tokens[$0].hash) != .unknown }), given > nameStart {
                nameStart = given
            } else if nameWords.count >= 4, !(nameStart..<upper).contains(where: { tokens[$0].isIn(WordClasses.particle) }) {
                // The last two words that are not initials: "Leonard E. Burman" keeps "Leonard"
                // only through its given name; a title run keeps "… Owen Pryce".
                let full = nameWords.filter { tokens[$0].length > 1 }
                nameStart = full.count >= 2 ? full[full.count - 2] : nameWords[nameWords.count - 2]
            }
        }
        // "the University of Estavik", "Ministry of Finance": an organisation named after its head word.
        if let head = (lower..<upper).first(where: { tokens[$0].isCapitalized && tokens[$0].isIn(WordClasses.organisationHead) }),
           head + 1 < upper, tokens[head + 1].hash == Lexicon.of, upper - (head + 2) <= 2,
           !((head + 2)..<upper).contains(where: { tokens[$0].isIn(WordClasses.roleWord) }) {
            return Mention(kind: .organisation, tokens: range, nameTokens: lower..<upper, role: nil, gender: .neuter, head: tokens[head].hash)
        }
        // A capitalised role word right after a possessive or determiner ("the President") is a description, not a name.
        if nameStart < upper && tokens[nameStart].isIn(WordClasses.sentenceWord) { nameStart += 1 }
        if nameStart < upper, !hasDeterminer || nameStart > lower {
            let nameRange = nameStart..<upper
            var gender: Gender = .unknown
            var honorificGender: Gender?
            for k in lower..<nameStart where tokens[k].kind == .word {
                if let g = Lexicon.honorifics[tokens[k].hash] { honorificGender = g }
            }
            if let g = honorificGender, g != .unknown { gender = g }
            if gender == .unknown { gender = FirstNames.gender(of: tokens[nameStart].hash) }
            if gender == .unknown, let g = genderFromRole(lower..<nameStart) { gender = g }
            let roleRange = roleWords(lower..<nameStart)
            let role = text.roleWords(roleRange)
            if nameRange.count == 1 && tokens[nameStart].isIn(WordClasses.groupWord) {
                return Mention(kind: .group, tokens: range, nameTokens: nil, role: nil, gender: .plural, head: tokens[nameStart].hash)
            }
            if nameRange.count == 1 && tokens[nameStart].isIn(WordClasses.sourceNoun) {
                return Mention(kind: .group, tokens: range, nameTokens: nil, role: nil, gender: .neuter, head: tokens[nameStart].hash)
            }
            return Mention(kind: .name, tokens: range, nameTokens: nameRange, role: role, gender: gender, head: tokens[upper - 1].hash)
        }
        // "the NAACP", "The IMF", "the Post": one capitalised word after an article names an organisation.
        let namedAfterArticle = hasDeterminer && lower == upper - 1 && last.isCapitalized && !last.isIn(WordClasses.roleWord)
            && !last.isIn(WordClasses.descriptionHead) && !last.isIn(WordClasses.genderedRole)
            && !last.isIn(WordClasses.groupWord) && !last.isIn(WordClasses.sourceNoun)
            && !last.isIn(WordClasses.sentenceWord) && !last.isIn(WordClasses.pronoun)
        if last.isIn(WordClasses.organisationHead) || namedAfterArticle || (last.isCapitalized && lower < upper - 1 && tokens[lower..<upper].allSatisfy { $0.kind != .word || $0.isCapitalized || MentionParser.particles.contains($0.hash) || $0.hash == Lexicon.of }) {
            // "authorities said", also "Authorities said" opening a sentence: a group, not a name.
            if last.isIn(WordClasses.groupWord) && (!last.isCapitalized || lower == upper - 1) {
                return Mention(kind: .group, tokens: range, nameTokens: nil, role: nil, gender: .plural, head: last.hash)
            }
            return Mention(kind: .organisation, tokens: range, nameTokens: lower..<upper, role: nil, gender: .neuter, head: last.hash)
        }
        if last.isIn(WordClasses.groupWord) {
            return Mention(kind: .group, tokens: range, nameTokens: nil, role: nil, gender: .plural, head: last.hash)
        }
        if last.isIn(WordClasses.sourceNoun) {
            return Mention(kind: .group, tokens: range, nameTokens: nil, role: nil, gender: .neuter, head: last.hash)
        }
        if last.isIn(WordClasses.descriptionHead) || last.isIn(WordClasses.genderedRole) || last.isIn(WordClasses.roleWord) {
            let gender = genderFromRole(lower..<upper) ?? .unknown
            return Mention(kind: .description, tokens: range, nameTokens: nil, role: text.roleWords(lower..<upper),
                           gender: gender, head: last.hash)
        }
        return nil
    }

    /// The title words of a run, without leading demonyms and honorifics ("US", "Ms.").
    private func roleWords(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        let tokens = text.tokens
        while lower < range.upperBound, tokens[lower].kind == .word, tokens[lower].isIn(WordClasses.demonym) || tokens[lower].isIn(WordClasses.determiner) {
            // Keep "White House" when "US" precedes it; drop only the nationality.
            lower += 1
        }
        var upper = range.upperBound
        while upper > lower, tokens[upper - 1].kind != .word || tokens[upper - 1].isIn(WordClasses.honorific) { upper -= 1 }
        return lower..<upper
    }

    func genderFromRole(_ range: Range<Int>) -> Gender? {
        for k in range where text.tokens[k].kind == .word {
            if let g = MentionParser.genderedRoles[text.tokens[k].hash] { return g }
            if let g = Lexicon.honorifics[text.tokens[k].hash], g != .unknown { return g }
        }
        return nil
    }

    /// Trims a role to its words: no trailing comma, no possessive dangling.
    static func cleanRole(_ role: String) -> String? {
        let trimmed = ArticleSpeakers.tidy(role)
        return trimmed.isEmpty ? nil : trimmed
    }
}
