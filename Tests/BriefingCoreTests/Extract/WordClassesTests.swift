import Testing
@testable import BriefingCore

/// A token's class bits are a cache of the word lists: they must answer exactly as the lists do.
@Suite("Word classes on tokens")
struct WordClassesTests {
    /// Each class beside the members of the list it stands for.
    static let lists: [(name: String, bit: UInt32, members: Set<UInt64>)] = [
        ("role words", WordClasses.roleWord, Set(Lexicon.roleWords)),
        ("sentence words", WordClasses.sentenceWord, Set(MentionParser.sentenceWords)),
        ("particles", WordClasses.particle, Set(MentionParser.particles)),
        ("honorifics", WordClasses.honorific, Set(Lexicon.honorifics.words)),
        ("locatives", WordClasses.locative, Set(ArticleStatementScanner.locatives)),
        ("determiners", WordClasses.determiner, Set(Lexicon.determiners)),
        ("not names", WordClasses.notNameWord, Set(MentionParser.notNameWords)),
        ("name stoppers", WordClasses.nameStopper, Set(Lexicon.nameStoppers)),
        ("verbs of speech", WordClasses.speechVerb, Set(Lexicon.speechVerbs)),
        ("demonyms", WordClasses.demonym, Set(Lexicon.demonyms)),
        ("gendered roles", WordClasses.genderedRole, Set(MentionParser.genderedRoles.words)),
        ("description heads", WordClasses.descriptionHead, Set(Lexicon.descriptionHeads)),
        ("organisation heads", WordClasses.organisationHead, Set(Lexicon.organisationHeads)),
        ("source nouns", WordClasses.sourceNoun, Set(MentionParser.sourceNouns)),
        ("group words", WordClasses.groupWord, Set(MentionParser.groupWords)),
        ("pronouns", WordClasses.pronoun, Set(Lexicon.pronouns.words)),
        ("reporting words", WordClasses.reportingWord, Set(ArticleStatementScanner.reportingWords)),
        ("nouns of saying", WordClasses.sayingNoun, Set(ArticleStatementScanner.sayingNouns)),
        ("passive reports", WordClasses.passiveReport, Set(ArticleStatementScanner.passiveReports)),
        ("compass words", WordClasses.compassWord, Set(MentionParser.compassWords)),
        ("auxiliaries", WordClasses.auxiliary, Set(MentionParser.auxiliaries)),
        ("adverbs", WordClasses.adverb, Set(Lexicon.adverbs)),
        ("participles", WordClasses.participle, Set(ArticleStatementScanner.participles)),
        ("quantifiers", WordClasses.quantifier, Set(MentionParser.quantifiers)),
        ("anonymous determiners", WordClasses.anonymousDeterminer, Set(MentionParser.anonymousDeterminers)),
        ("stance verbs", WordClasses.stanceVerb, Set(ArticleStatementScanner.stanceVerbs)),
        ("forms of be", WordClasses.beForm, Set(ArticleStatementScanner.beForms)),
        ("clause adverbs", WordClasses.clauseAdverb, Set(ArticleStatementScanner.clauseAdverbs)),
        ("relative words", WordClasses.relativeWord, Set(ArticleStatementScanner.relativeWords)),
        ("negations", WordClasses.negation, Set(ArticleStatementScanner.negations)),
        ("date starters", WordClasses.dateStarter, Set(DateExpressionFinder.W.shared.starters)),
        ("date names", WordClasses.dateName,
         Set(DateExpressionFinder.W.shared.weekdays.words + DateExpressionFinder.W.shared.months.words + DateExpressionFinder.W.shared.holidayStarts.words)),
    ]

    @Test func everyWordOfEveryListCarriesItsBitAndNoOther() {
        // The words of every list, written as an article would (capitalised, with possessives).
        var words: [String] = Lexicon.roleWordList + Lexicon.speechVerbList + ["The", "Mr.", "Ms", "said", "told", "SAID", "Officials", "she", "her", "'s", "van", "der"]
        words += ["in", "from", "according", "claim", "accused", "north", "ministry", "spokesman", "critics", "report", "US", "a", "table", "Tuesday"]
        let text = TokenizedText(words.joined(separator: " ") + " Leavitt's 2025 10,000 4th")
        var checked = 0
        for token in text.tokens where token.kind == .word || token.kind == .number {
            for (name, bit, members) in Self.lists {
                let expected = token.kind == .word && members.contains(token.hash)
                #expect(token.isIn(bit) == expected, "\(text.string(token.range)): \(name)")
                checked += 1
            }
        }
        #expect(checked > 1_000)
    }

    @Test func theTableHoldsExactlyTheListsMembers() {
        let all = Self.lists.reduce(into: Set<UInt64>()) { $0.formUnion($1.members) }
        for hash in all {
            let bits = WordClasses.table[hash] ?? 0
            for (name, bit, members) in Self.lists {
                #expect((bits & bit != 0) == members.contains(hash), "\(name): \(hash)")
            }
        }
        #expect(all.count > 500)
    }

    /// The filter before the table only ever says "not listed" of words that are not.
    @Test func theFilterLetsEveryListedWordThrough() {
        for hash in WordClasses.table.words { #expect(WordClasses.lookup[hash] == WordClasses.table[hash]) }
        for word in ["zebra", "xylophone", "quokka", "marzipan", "tuba"] { #expect(WordClasses.lookup[WordHash.of(word)] == nil) }
    }

    @Test func everyBitIsItsOwn() {
        let bits = Self.lists.map(\.bit)
        #expect(Set(bits).count == bits.count)
        #expect(bits.allSatisfy { $0.nonzeroBitCount == 1 })
    }

    /// 32 bytes a token: the class bits fit in what was padding once the fields were ordered widest first.
    @Test func aTokenStaysThirtyTwoBytes() {
        #expect(MemoryLayout<Token>.stride == 32)
    }
}
