/// Which of the extractor's word lists a word is in, as bits of ``Token/classes``.
///
/// The tokenizer looks each word up once in ``table``; from then on the scanner's inner loops ask
/// "a role word? a verb of speech?" with a bit test on the token they already hold, instead of a
/// probe into a ``WordSet`` behind a lazily initialised global (which costs a call of its own on
/// every access). The lists stay where they are, the one source of truth: the table is made from them.
public enum WordClasses {
    static let roleWord: UInt32 = 1 << 0
    static let sentenceWord: UInt32 = 1 << 1
    static let particle: UInt32 = 1 << 2
    static let honorific: UInt32 = 1 << 3
    static let locative: UInt32 = 1 << 4
    static let determiner: UInt32 = 1 << 5
    static let notNameWord: UInt32 = 1 << 6
    static let nameStopper: UInt32 = 1 << 7
    static let speechVerb: UInt32 = 1 << 8
    static let demonym: UInt32 = 1 << 9
    static let genderedRole: UInt32 = 1 << 10
    static let descriptionHead: UInt32 = 1 << 11
    static let organisationHead: UInt32 = 1 << 12
    static let sourceNoun: UInt32 = 1 << 13
    static let groupWord: UInt32 = 1 << 14
    static let pronoun: UInt32 = 1 << 15
    static let reportingWord: UInt32 = 1 << 16
    static let sayingNoun: UInt32 = 1 << 17
    static let passiveReport: UInt32 = 1 << 18
    static let compassWord: UInt32 = 1 << 19
    /// Words that can start a date expression in any case ("last", "two", "the").
    static let dateStarter: UInt32 = 1 << 20
    /// Names that start one when capitalised: weekdays, months, holidays' first words.
    static let dateName: UInt32 = 1 << 21
    static let auxiliary: UInt32 = 1 << 22
    static let adverb: UInt32 = 1 << 23
    static let participle: UInt32 = 1 << 24
    static let quantifier: UInt32 = 1 << 25
    static let anonymousDeterminer: UInt32 = 1 << 26
    static let stanceVerb: UInt32 = 1 << 27
    static let beForm: UInt32 = 1 << 28
    static let clauseAdverb: UInt32 = 1 << 29
    static let relativeWord: UInt32 = 1 << 30
    static let negation: UInt32 = 1 << 31

    /// Every word of the lists above, by hash, with the bits of the lists it is in.
    static let table: WordMap<UInt32> = {
        var classes: [UInt64: UInt32] = [:]
        func add(_ words: some Sequence<UInt64>, _ bit: UInt32) {
            for hash in words { classes[hash, default: 0] |= bit }
        }
        add(Lexicon.roleWords, roleWord)
        add(MentionParser.sentenceWords, sentenceWord)
        add(MentionParser.particles, particle)
        add(Lexicon.honorifics.words, honorific)
        add(ArticleStatementScanner.locatives, locative)
        add(Lexicon.determiners, determiner)
        add(MentionParser.notNameWords, notNameWord)
        add(Lexicon.nameStoppers, nameStopper)
        add(Lexicon.speechVerbs, speechVerb)
        add(Lexicon.demonyms, demonym)
        add(MentionParser.genderedRoles.words, genderedRole)
        add(Lexicon.descriptionHeads, descriptionHead)
        add(Lexicon.organisationHeads, organisationHead)
        add(MentionParser.sourceNouns, sourceNoun)
        add(MentionParser.groupWords, groupWord)
        add(Lexicon.pronouns.words, pronoun)
        add(ArticleStatementScanner.reportingWords, reportingWord)
        add(ArticleStatementScanner.sayingNouns, sayingNoun)
        add(ArticleStatementScanner.passiveReports, passiveReport)
        add(MentionParser.compassWords, compassWord)
        add(MentionParser.auxiliaries, auxiliary)
        add(Lexicon.adverbs, adverb)
        add(ArticleStatementScanner.participles, participle)
        add(MentionParser.quantifiers, quantifier)
        add(MentionParser.anonymousDeterminers, anonymousDeterminer)
        add(ArticleStatementScanner.stanceVerbs, stanceVerb)
        add(ArticleStatementScanner.beForms, beForm)
        add(ArticleStatementScanner.clauseAdverbs, clauseAdverb)
        add(ArticleStatementScanner.relativeWords, relativeWord)
        add(ArticleStatementScanner.negations, negation)
        let dateWords = DateExpressionFinder.W.shared
        add(dateWords.starters, dateStarter)
        add(dateWords.weekdays.words + dateWords.months.words + dateWords.holidayStarts.words, dateName)
        return WordMap(classes)
    }()
}

extension WordClasses {
    /// ``table`` behind its filter, as the tokenizer reads it.
    static let lookup = FilteredWordMap(table)
}

extension Token {
    /// Whether the word is in a list of ``WordClasses`` (one of its bits, or any of several).
    @inline(__always)
    func isIn(_ classes: UInt32) -> Bool { self.classes & classes != 0 }
}
