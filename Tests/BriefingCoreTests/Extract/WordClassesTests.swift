import Testing
@testable import BriefingCore

/// A token's class bits are a cache of the word lists: they must answer exactly as the lists do.
@Suite("Word classes on tokens")
struct WordClassesTests {
    /// Each class beside the list it stands for.
    static let lists: [(String, UInt32, @Sendable (UInt64) -> Bool)] = [
        ("role words", WordClasses.roleWord, { Lexicon.roleWords.contains($0) }),
        ("sentence words", WordClasses.sentenceWord, { MentionParser.sentenceWords.contains($0) }),
        ("particles", WordClasses.particle, { MentionParser.particles.contains($0) }),
        ("honorifics", WordClasses.honorific, { Lexicon.honorifics[$0] != nil }),
        ("locatives", WordClasses.locative, { ArticleStatementScanner.locatives.contains($0) }),
        ("determiners", WordClasses.determiner, { Lexicon.determiners.contains($0) }),
        ("not names", WordClasses.notNameWord, { MentionParser.notNameWords.contains($0) }),
        ("name stoppers", WordClasses.nameStopper, { Lexicon.nameStoppers.contains($0) }),
        ("verbs of speech", WordClasses.speechVerb, { Lexicon.speechVerbs.contains($0) }),
        ("demonyms", WordClasses.demonym, { Lexicon.demonyms.contains($0) }),
        ("gendered roles", WordClasses.genderedRole, { MentionParser.genderedRoles[$0] != nil }),
        ("description heads", WordClasses.descriptionHead, { Lexicon.descriptionHeads.contains($0) }),
        ("organisation heads", WordClasses.organisationHead, { Lexicon.organisationHeads.contains($0) }),
        ("source nouns", WordClasses.sourceNoun, { MentionParser.sourceNouns.contains($0) }),
        ("group words", WordClasses.groupWord, { MentionParser.groupWords.contains($0) }),
        ("pronouns", WordClasses.pronoun, { Lexicon.pronouns[$0] != nil }),
        ("reporting words", WordClasses.reportingWord, { ArticleStatementScanner.reportingWords.contains($0) }),
        ("nouns of saying", WordClasses.sayingNoun, { ArticleStatementScanner.sayingNouns.contains($0) }),
        ("passive reports", WordClasses.passiveReport, { ArticleStatementScanner.passiveReports.contains($0) }),
        ("compass words", WordClasses.compassWord, { MentionParser.compassWords.contains($0) }),
        ("auxiliaries", WordClasses.auxiliary, { MentionParser.auxiliaries.contains($0) }),
        ("adverbs", WordClasses.adverb, { Lexicon.adverbs.contains($0) }),
        ("participles", WordClasses.participle, { ArticleStatementScanner.participles.contains($0) }),
        ("quantifiers", WordClasses.quantifier, { MentionParser.quantifiers.contains($0) }),
        ("anonymous determiners", WordClasses.anonymousDeterminer, { MentionParser.anonymousDeterminers.contains($0) }),
        ("stance verbs", WordClasses.stanceVerb, { ArticleStatementScanner.stanceVerbs.contains($0) }),
        ("forms of be", WordClasses.beForm, { ArticleStatementScanner.beForms.contains($0) }),
        ("clause adverbs", WordClasses.clauseAdverb, { ArticleStatementScanner.clauseAdverbs.contains($0) }),
        ("relative words", WordClasses.relativeWord, { ArticleStatementScanner.relativeWords.contains($0) }),
        ("negations", WordClasses.negation, { ArticleStatementScanner.negations.contains($0) }),
        ("date starters", WordClasses.dateStarter, { DateExpressionFinder.W.shared.starters.contains($0) }),
        ("date names", WordClasses.dateName, { hash in
            let w = DateExpressionFinder.W.shared
            return w.weekdays[hash] != nil || w.months[hash] != nil || w.holidayStarts[hash] != nil
        }),
    ]

    @Test func everyWordOfEveryListCarriesItsBitAndNoOther() {
        // The words of every list, written as an article would (capitalised, with possessives).
        var words: [String] = Lexicon.roleWordList + Lexicon.speechVerbList + ["The", "Mr.", "Ms", "said", "told", "SAID", "Officials", "she", "her", "'s", "van", "der"]
        words += ["in", "from", "according", "claim", "accused", "north", "ministry", "spokesman", "critics", "report", "US", "a", "table", "Tuesday"]
        let text = TokenizedText(words.joined(separator: " ") + " Leavitt's 2025 10,000 4th")
        var checked = 0
        for token in text.tokens where token.kind == .word || token.kind == .number {
            for (name, bit, contains) in Self.lists {
                let expected = token.kind == .word && contains(token.hash)
                #expect(token.isIn(bit) == expected, "\(text.string(token.range)): \(name)")
                checked += 1
            }
        }
        #expect(checked > 1_000)
    }

    @Test func theTableHoldsExactlyTheListsMembers() {
        var all = Set<UInt64>()
        for set in [Lexicon.roleWords, MentionParser.sentenceWords, MentionParser.particles, ArticleStatementScanner.locatives, Lexicon.determiners,
                    MentionParser.notNameWords, Lexicon.nameStoppers, Lexicon.speechVerbs, Lexicon.demonyms, Lexicon.descriptionHeads,
                    Lexicon.organisationHeads, MentionParser.sourceNouns, MentionParser.groupWords, ArticleStatementScanner.reportingWords,
                    ArticleStatementScanner.sayingNouns, ArticleStatementScanner.passiveReports, MentionParser.compassWords,
                    DateExpressionFinder.W.shared.starters, MentionParser.auxiliaries, Lexicon.adverbs, ArticleStatementScanner.participles,
                    MentionParser.quantifiers, MentionParser.anonymousDeterminers, ArticleStatementScanner.stanceVerbs, ArticleStatementScanner.beForms,
                    ArticleStatementScanner.clauseAdverbs, ArticleStatementScanner.relativeWords, ArticleStatementScanner.negations] {
            all.formUnion(set)
        }
        all.formUnion(Lexicon.honorifics.words)
        all.formUnion(MentionParser.genderedRoles.words)
        all.formUnion(Lexicon.pronouns.words)
        all.formUnion(DateExpressionFinder.W.shared.weekdays.words + DateExpressionFinder.W.shared.months.words + DateExpressionFinder.W.shared.holidayStarts.words)
        for hash in all {
            let bits = WordClasses.table[hash] ?? 0
            for (name, bit, contains) in Self.lists {
                #expect((bits & bit != 0) == contains(hash), "\(name): \(hash)")
            }
        }
        #expect(all.count > 500)
    }

    /// The filter before the table only ever says "not listed" of words that are not.
    @Test func theFilterLetsEveryListedWordThrough() {
        let lookup = WordClassLookup.shared
        for hash in WordClasses.table.words { #expect(lookup.classes(of: hash) == WordClasses.table[hash]) }
        for word in ["zebra", "xylophone", "quokka", "marzipan", "tuba"] { #expect(lookup.classes(of: WordHash.of(word)) == 0) }
    }

    @Test func everyBitIsItsOwn() {
        let bits = Self.lists.map(\.1)
        #expect(Set(bits).count == bits.count)
        #expect(bits.allSatisfy { $0.nonzeroBitCount == 1 })
    }

    /// 32 bytes a token: the class bits fit in what was padding once the fields were ordered widest first.
    @Test func aTokenStaysThirtyTwoBytes() {
        #expect(MemoryLayout<Token>.stride == 32)
    }
}
