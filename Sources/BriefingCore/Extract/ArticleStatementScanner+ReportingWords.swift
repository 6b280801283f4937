/// The words that make a clause reported speech: verbs of position and their forms
/// (``StanceVerbs``), participles, particles and negations that scanning reported speech reads.
extension ArticleStatementScanner {
    /// Participles that report a position of the main clause's subject ("…, citing a threat to
    /// public health"); unlike ``participles`` they do not end a reported clause.
    static let stanceParticiples: WordSet = WordHash.set(["citing", "accusing", "calling", "urging", "criticizing", "criticising", "praising", "promising", "vowing", "touting",
                                                    "suggesting", "predicting", "describing", "dismissing", "rejecting", "questioning", "demanding", "pledging", "threatening", "echoing",
                                                    "asserting", "contending", "complaining", "announcing", "recalling", "conceding", "admitting", "emphasizing", "emphasising"])
    /// Every word that can start an attribution in ``scanIndirect``: speech verbs, stance verbs,
    /// their participles and "according".
    static let reportingWords = WordSet(Lexicon.speechVerbs.map { $0 } + stanceVerbs.map { $0 } + stanceParticiples.map { $0 }
                                        + participles.map { $0 } + progressiveStance.map { $0 } + baseStance.map { $0 } + [Lexicon.according])

    static let progressiveStance = WordHash.set(StanceVerbs.progressives)
    /// Forms of ``StanceVerbs/objectReporting``: a short object is content enough after them.
    static let objectReportingForms: WordSet = WordHash.set(StanceVerbs.forms(of: StanceVerbs.objectReporting))
    /// Forms of ``StanceVerbs/evidence`` ("shows", "found"), whose subjects are often long
    /// noun phrases ("Data from the 2014 survey show").
    static let evidenceForms: WordSet = WordHash.set(StanceVerbs.forms(of: StanceVerbs.evidence) + ["show"])
    /// Relative words that stand for part of what was said ("which he says he will keep open").
    static let relativeObjects: WordSet = WordHash.set(["which", "what", "that"])
    /// "The White House is saying that …": a speech verb's progressive, read like a stance verb's.
    static let progressiveSpeech: WordSet = WordHash.set(StanceVerbs.speechProgressives)
    /// Perfect auxiliaries between a subject and its verb ("Clinton had mocked …", "Others have opposed …").
    static let perfectAuxiliaries: WordSet = WordHash.set(["has", "have", "had", "'ve", "’ve"])
    static let forWord = WordHash.of("for")
    static let united = WordHash.of("united"), having = WordHash.of("having"), who = WordHash.of("who")
    static let baseStance = WordHash.set(StanceVerbs.bases)
    static let beForms: WordSet = WordHash.set(["is", "are", "was", "were", "been", "'s", "’s"])
    static let baseAuxiliaries: WordSet = WordHash.set(["did", "does", "do", "not", "n't", "would", "will", "could", "may", "might", "can"])

    static let negations: WordSet = WordHash.set(["never", "not", "no"])

    /// Present tense of speech verbs that, after a plural subject, report speech ("experts say").
    static let presentPluralVerbs: WordSet = WordHash.set(["say", "tell", "warn", "insist", "argue", "note", "contend", "claim", "acknowledge", "deny", "confirm", "add", "announce", "state"])
    static let stanceParticles: WordSet = WordHash.set(["for", "on"])
    static let verbsTakingParticle: WordSet = WordHash.set(["called", "calls", "calling", "call", "pushed", "pushes", "pushing", "argued", "argues", "pressed", "presses", "pressing"])

    /// Verbs that report a position, a finding or a judgement without quoting words ("Trump
    /// wants to …", "the IMF expects …", "one study found …", "she called for …"): indirect
    /// statements when their subject stands right before them.
    static let stanceVerbs: WordSet = WordHash.set(StanceVerbs.forms + StanceVerbs.otherForms)
}
