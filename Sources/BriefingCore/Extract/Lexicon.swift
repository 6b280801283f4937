/// The English words extraction keys on, as ``WordHash`` sets: one integer lookup per token.
///
/// Lists are deliberately plain data, grown from general knowledge of news English (or a public
/// list, named where it is used), never from the wording of a test fixture; every entry is lowercase.
enum Lexicon {
    /// Speech cues that carry a negation the reported words must keep ("ruled out deploying
    /// troops"): read by extraction (claims, ``Statement/reportedText``) and by the differences
    /// between outlets. Lowercase ASCII, compared as prefixes of the cue.
    static let negatingCues: [[UInt8]] = ["ruled out", "denied", "rejected", "dismissed", "refused", "rules out", "denies", "rejects"]
        .map { Array($0.utf8) }

    /// Speech cues that frame what they report ("claimed", "touted", "conceded") where other
    /// outlets write "said": a framing difference between outlets. Lowercase.
    static let loadedCues: Set<String> = [
        "claimed", "claims", "touted", "touts", "admitted", "admits", "boasted", "conceded", "alleged", "insisted", "credited",
    ]

    /// Verbs that introduce speech or report it, in the forms news writing uses them.
    /// The value is the cue's base form for output ("said" stays "said").
    static let speechVerbs: WordSet = WordHash.set(speechVerbList)
    static let speechVerbList = [
        "said", "says", "say", "saying", "told", "tells", "telling", "added", "adds", "adding", "stated", "states",
        "noted", "notes", "noting", "warned", "warns", "warning", "insisted", "insists", "insisting", "confirmed", "confirms",
        "confirming", "denied", "denies", "denying", "explained", "explains", "explaining", "continued", "continues",
        "argued", "argues", "arguing", "claimed", "claims", "claiming", "asked", "asks", "replied", "replies", "responded",
        "wrote", "writes", "tweeted", "posted", "declared", "declares", "announced", "announces", "announcing", "remarked",
        "acknowledged", "acknowledges", "admitted", "admits", "stressed", "stresses", "stressing", "emphasized", "emphasised",
        "emphasizing", "emphasising", "concluded", "recalled", "urged", "urges", "vowed", "vows", "promised", "promises",
        "predicted", "predicts", "suggested", "suggests", "observed", "commented", "maintained", "maintains", "contended",
        "cautioned", "assured", "reiterated", "reiterates", "joked", "quipped", "boasted", "boasts", "conceded", "concedes",
        "disclosed", "revealed", "reveals", "indicated", "signalled", "signaled", "alleged", "alleges", "countered",
        "agreed", "objected", "complained", "lamented", "acknowledging", "reported", "testified", "pledged", "pledges",
        "demanded", "proposed", "recommended", "estimated", "estimates", "projected", "forecast", "forecasts",
        "underlined", "underscored", "highlighted", "reaffirmed", "reassured", "mused", "shouted", "whispered", "explains",
        "described", "describes", "describing", "called", "calls", "calling", "termed", "labelled", "labeled", "dubbed",
        "branded", "touted", "touts", "hailed", "praised", "criticised", "criticized", "slammed", "blasted", "credited",
        "thinks", "believes", "believed", "rejected", "dismissed", "disputed", "acknowledge", "hinted",
        "ruled", "pointed", "went", "answered", "interjected", "began", "recounted", "spoke", "speaking", "reports",
        "speaks", "talked", "talks", "spoken", "points", "sings", "sang", "chanted", "chants", "asking",
    ]

    /// Speech verbs that take a quoted description as object ("described it as", "called it"),
    /// so a quote after them is a partial quote, not a full one.
    static let describingVerbs: WordSet = WordHash.set([
        "described", "describes", "describing", "called", "calls", "calling", "termed", "labelled", "labeled", "dubbed",
        "branded", "touted", "hailed", "praised", "criticised", "criticized", "slammed", "blasted",
    ])


    /// Verbs that mean speech only with a particle: "ruled out", "pointed out", "went on",
    /// "spoke of", "talked about". The value lists the particles each verb takes.
    static let verbsNeedingParticle: WordMap<[UInt64]> = [
        WordHash.of("ruled"): [WordHash.of("out"), WordHash.of("against")],
        WordHash.of("point"): [WordHash.of("out"), WordHash.of("to")], WordHash.of("pointed"): [WordHash.of("out"), WordHash.of("to")], WordHash.of("points"): [WordHash.of("out"), WordHash.of("to")],
        WordHash.of("went"): [WordHash.of("on")], WordHash.of("spoke"): [WordHash.of("of"), WordHash.of("about")],
        WordHash.of("speaks"): [WordHash.of("of"), WordHash.of("about")], WordHash.of("talked"): [WordHash.of("about"), WordHash.of("of")],
        WordHash.of("talks"): [WordHash.of("about")], WordHash.of("spoken"): [WordHash.of("of"), WordHash.of("about")],
    ]

    /// Particles after which the verb's object is what was spoken about ("spoke of the legacy",
    /// "talked about her ties to the church"): the object is the statement.
    static let topicParticles: WordSet = WordHash.set(["of", "about", "to", "against"])

    /// Whether the verb at hash `verb` needs a particle that `next` is not: "ruled" without
    /// "out" reports nothing. False for verbs that need none.
    static func lacksParticle(_ verb: UInt64, next: UInt64) -> Bool {
        guard let particles = verbsNeedingParticle[verb] else { return false }
        return !particles.contains(next)
    }

    /// Speech verbs that are too often non-speech to introduce indirect speech on their own.
    static let quoteOnlyVerbs: WordSet = WordHash.set([
        "called", "calls", "calling", "continued", "continues", "began", "answered", "asked", "asks", "spoke", "speaking",
        "agreed", "described", "describes", "describing", "termed", "labelled", "labeled", "dubbed", "branded", "hailed",
        "praised", "criticised", "criticized", "slammed", "blasted", "thinks", "believes", "believed", "credited",
        "shouted", "whispered", "mused", "interjected", "recounted", "joked", "quipped", "posted", "tweeted",
        "reported", "rejected", "dismissed", "disputed", "demanded", "replied", "responded", "countered", "objected",
        "complained", "lamented", "touted", "proposed", "hinted", "wrote", "writes", "state", "note", "warn", "insist",
        "confirm", "deny", "tell", "add", "say", "announce", "acknowledge", "reports", "speaks", "talked", "talks", "spoken",
        // Words sung or chanted are quoted: "…," Blige sings to Clinton.
        "sings", "sang", "chanted", "chants", "asking",
    ])

    /// Abbreviated military and political titles whose dot does not end the name ("Gen. Mark Milley", "Sen. Ana Ruiz").
    static let titleAbbreviations: WordSet = WordHash.set(["gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "adm", "maj", "cpl", "cmdr", "brig", "supt", "insp", "det", "rev", "hon"])

    static let pronouns: WordMap<Gender> = [
        WordHash.of("she"): .female, WordHash.of("he"): .male, WordHash.of("they"): .plural,
        WordHash.of("it"): .neuter, WordHash.of("i"): .unknown, WordHash.of("we"): .plural,
    ]
    /// "I": outside a quotation, the writer.
    static let firstPersonI = WordHash.of("i")

    /// Honorifics and the gender they imply.
    static let honorifics: WordMap<Gender> = [
        WordHash.of("mr"): .male, WordHash.of("mr."): .male, WordHash.of("ms"): .female, WordHash.of("ms."): .female,
        WordHash.of("mrs"): .female, WordHash.of("mrs."): .female, WordHash.of("miss"): .female, WordHash.of("sir"): .male,
        WordHash.of("dame"): .female, WordHash.of("lady"): .female, WordHash.of("lord"): .male, WordHash.of("dr"): .unknown,
        WordHash.of("dr."): .unknown, WordHash.of("prof"): .unknown, WordHash.of("prof."): .unknown, WordHash.of("mx"): .unknown,
    ]

    /// Words that make up roles and titles ("White House Press Secretary", "finance minister").
    static let roleWords: WordSet = WordHash.set(roleWordList)
    static let roleWordList = [
        "president", "vice", "prime", "minister", "ministers", "secretary", "press", "spokesperson", "spokeswoman", "spokesman",
        "spokespeople", "spokesmen", "chancellor", "senator", "sen.", "sen", "representative", "rep.", "rep", "congressman",
        "congresswoman", "governor", "gov.", "gov", "mayor", "deputy", "chief", "director", "ambassador", "general", "gen.",
        "admiral", "adm.", "commissioner", "chairman", "chairwoman", "chair", "chairperson", "ceo", "cfo", "coo", "judge",
        "justice", "king", "queen", "prince", "princess", "pope", "speaker", "leader", "head", "official", "officials",
        "foreign", "defence", "defense", "finance", "interior", "health", "education", "state", "attorney", "executive",
        "national", "security", "adviser", "advisor", "advisers", "advisors", "councillor", "councilor", "councilman",
        "councilwoman", "council", "member", "mp", "mep", "lawmaker", "lawmakers", "legislator", "senior", "top", "former",
        "acting", "interim", "incoming", "outgoing", "assistant", "associate", "communications", "envoy", "special",
        "commander", "colonel", "col.", "lieutenant", "lt.", "captain", "capt.", "sergeant", "sgt.", "major", "officer",
        "inspector", "superintendent", "detective", "constable", "sheriff", "police", "fire", "coroner", "prosecutor",
        "lawyer", "attorneys", "economist", "analyst", "professor", "prof.", "dr.", "dr", "doctor", "nurse", "manager",
        "founder", "co-founder", "owner", "treasurer", "auditor", "registrar", "clerk", "dean", "principal", "headteacher",
        "teacher", "coach", "captain", "chairs", "bishop", "archbishop", "cardinal", "rabbi", "imam", "reverend", "rev.",
        "father", "mother", "premier", "taoiseach", "emir", "sheikh", "sultan", "crown", "first", "lady", "white", "house",
        "us", "u.s.", "uk", "u.k.", "eu", "un", "u.n.", "nato", "state", "department", "ministry", "cabinet", "union",
        "trade", "economy", "economic", "energy", "environment", "transport", "agriculture", "water", "housing",
        "justice", "home", "office", "opposition", "party", "shadow", "labour", "labor", "treasury", "central", "bank",
        "federal", "reserve", "fed", "army", "navy", "air", "force", "military", "intelligence", "homeland", "general's",
        "secretary-general", "director-general", "attorney-general", "commerce", "industry", "affairs", "development",
        "infrastructure", "culture", "sport", "sports", "tourism", "finance", "budget", "city", "county", "regional",
        "district", "municipal", "harbour", "harbor", "port", "chief's", "spokesperson's", "master", "parent",
        "leader's", "landlord", "farmer", "campaigner", "environmental", "union", "opposition",
        // Words that describe a person by their relation in a contest or to someone: "rival Donald
        // Trump", "running mate Tim Kaine", "Democratic nominee Hillary Clinton".
        "rival", "opponent", "challenger", "critic", "ally", "nominee", "candidate", "running", "mate", "incumbent",
        "republican", "democratic", "democrat", "conservative", "liberal", "independent",
    ]

    /// Nationality and place adjectives that prefix titles ("US President", "Ukrainian President").
    static let demonyms: WordSet = WordHash.set([
        "us", "u.s.", "american", "british", "uk", "u.k.", "french", "german", "russian", "ukrainian", "chinese", "indian",
        "pakistani", "israeli", "palestinian", "iranian", "japanese", "korean", "south", "north", "canadian", "mexican",
        "brazilian", "italian", "spanish", "polish", "turkish", "saudi", "egyptian", "european", "australian", "irish",
        "scottish", "welsh", "dutch", "belgian", "swedish", "norwegian", "danish", "finnish", "greek", "hungarian",
        "austrian", "swiss", "portuguese", "nigerian", "kenyan", "south african", "argentine", "chilean", "venezuelan",
        "syrian", "iraqi", "afghan", "qatari", "emirati", "jordanian", "lebanese", "taiwanese", "vietnamese", "thai",
        "indonesian", "filipino", "malaysian", "singaporean", "ethiopian", "ghanaian",
    ])

    /// Descriptions that stand for a person already named ("the spokesperson", "the minister").
    static let descriptionHeads: WordSet = WordHash.set([
        "spokesperson", "spokeswoman", "spokesman", "president", "minister", "secretary", "official", "chancellor",
        "senator", "governor", "mayor", "chief", "director", "ambassador", "general", "commissioner", "chairman",
        "chairwoman", "chair", "judge", "leader", "premier", "envoy", "commander", "inspector", "superintendent",
        "sheriff", "prosecutor", "economist", "analyst", "professor", "manager", "founder", "owner", "treasurer",
        "coroner", "headteacher", "principal", "councillor", "councilor", "officer", "king", "queen", "pope", "speaker",
        "lawmaker", "mp", "adviser", "advisor", "executive", "ceo", "captain", "coach", "woman", "man", "official",
        "diplomat", "negotiator", "regulator", "campaigner", "activist", "resident", "witness", "mother", "father",
        "grandmother", "gran", "pensioner", "teenager", "worker", "nurse", "doctor", "engineer", "lawyer", "attorney",
        "nominee", "candidate", "contender", "challenger", "incumbent", "frontrunner", "front-runner", "billionaire",
        "mogul", "tycoon", "magnate", "host", "anchor", "commentator", "strategist", "pollster", "veteran", "actor",
        "actress", "singer", "author", "columnist", "historian", "scientist", "physician", "surgeon", "congressman",
        "congresswoman", "businessman", "businesswoman", "lady",
        // People described by their tie to someone or to a group: "a friend commented", "one voter told us".
        "friend", "neighbor", "neighbour", "colleague", "relative", "daughter", "son", "wife", "husband", "sister",
        "brother", "student", "voter", "supporter", "protester", "employee", "member", "reader", "viewer", "organizer", "organiser",
    ])

    /// Heads of organisation names ("the ministry said", "the White House said").
    static let organisationHeads: WordSet = WordHash.set([
        "ministry", "department", "office", "agency", "government", "administration", "council", "commission", "committee",
        "police", "army", "military", "navy", "company", "firm", "bank", "embassy", "court", "party", "union", "authority",
        "authorities", "board", "parliament", "assembly", "congress", "senate", "kremlin", "pentagon", "house", "palace",
        "cabinet", "presidency", "secretariat", "institute", "organisation", "organization", "group", "corporation",
        "corp", "inc", "ltd", "plc", "service", "services", "force", "forces", "coalition", "alliance", "federation",
        "association", "foundation", "university", "hospital", "trust", "network", "channel", "team", "campaign",
        "statement", "spokesperson's", "nato", "un", "eu", "imf", "opec", "fbi", "cia", "nhs", "rail", "railways",
        "airlines", "airways", "holdings", "motors", "energy", "water", "news", "times", "post", "telegraph", "media",
        "fund", "bloc", "regime", "watchdog", "regulator", "caucus", "delegation", "panel", "tribunal", "chamber", "society",
        "centre", "center", "bureau", "directorate", "conference",
        "league", "club", "movement", "institution", "college", "academy", "journal", "magazine", "tribune", "herald",
        "gazette", "press", "radio", "television", "museum", "corps", "exchange",
    ])

    static let determiners: WordSet = WordHash.set(["the", "a", "an", "his", "her", "its", "their", "our", "this", "that"])

    /// Words that end a name walk going backwards ("Asked about X, Leavitt said": stop at "about").
    static let nameStoppers: WordSet = WordHash.set([
        "and", "or", "but", "as", "when", "while", "after", "before", "because", "if", "that", "which", "who", "whom",
        "where", "than", "then", "so", "yet", "also", "of", "to", "in", "on", "at", "by", "for", "with", "from",
    ])

    // Hashes of words compared in hot loops, written as literals (`WordHash.of` of the word in
    // the comment): a literal global needs no lazy initialisation on each read. Tests check them.
    static let that: UInt64 = 0x256cadef3232570c // "that"
    static let but: UInt64 = 0x00611e19135a72cc // "but"
    static let `in`: UInt64 = 0x08b73807b55c4bbe // "in"
    static let a: UInt64 = 0xaf63dc4c8601ec8c // "a"
    static let an: UInt64 = 0x089c3807b5458406 // "an"
    static let of: UInt64 = 0x08b06007b5567108 // "of"
    static let the: UInt64 = 0x56f5c9194461d57c // "the"
    static let according: UInt64 = 0x22069a7dca739b67 // "according"
    static let to: UInt64 = 0x08c83907b56ac0a4 // "to"
    static let possessive: UInt64 = 0x07bb4507b485d7af // "'s"
    static let and: UInt64 = 0xe6f79719051ff286 // "and"
    static let by: UInt64 = 0x08a64b07b54df8d4 // "by"
    static let on: UInt64 = 0x08b05807b5566370 // "on"
    static let as_: UInt64 = 0x089c5507b545b54d // "as"
    static let whom: UInt64 = 0x9bd4c0f64f161186 // "whom"
    static let reporters: WordSet = WordHash.set(["reporters", "journalists", "the press", "lawmakers", "parliament", "mps", "the media", "broadcaster", "radio", "television", "tv"])
    static let pronounObjects: WordSet = WordHash.set(["him", "her", "them", "us", "me", "reporters"])
    static let told: WordSet = WordHash.set(["told", "tells", "telling", "tell"])
    static let statementWords: WordSet = WordHash.set(["statement", "interview", "post", "letter", "release", "speech", "briefing", "email", "video", "address", "conference", "tweet", "message"])

    /// Words that open a subordinate or adverbial phrase which may sit between subject and cue
    /// ("Leavitt, during her press briefing, said").
    static let adverbs: WordSet = WordHash.set([
        "also", "later", "again", "then", "previously", "further", "repeatedly", "earlier", "separately", "once",
        "recently", "still", "had", "has", "have", "would", "will", "has", "publicly", "privately", "reportedly", "initially",
        "subsequently", "simply", "flatly", "firmly", "clearly", "openly", "told", "bluntly", "quickly", "immediately",
        "finally", "herself", "himself", "themselves", "itself", "too", "even", "just", "already", "always", "never",
        "afterwards", "afterward", "meanwhile", "however", "additionally", "not", "n't", "long", "often", "yet",
    ])

    static let futureMarkers: WordSet = WordHash.set(["will", "'ll", "shall", "wo", "scheduled", "upcoming", "next", "would"])
    /// Future markers only when "to" follows: "plans to", "is expected to", "is due to".
    static let futureBeforeTo: WordSet = WordHash.set(["going", "plans", "plan", "planned", "planning", "expected", "due", "set", "intends", "aims", "hopes", "hoping", "wants"])
}

/// Grammatical gender of a mention, for pronoun resolution.
public enum Gender: String, Sendable, Codable {
    case male, female, plural, neuter, unknown

    /// Whether a pronoun of this gender can refer to a speaker of gender `other`.
    func isCompatible(with other: Gender) -> Bool {
        if self == .unknown || other == .unknown { return true }
        if self == other { return true }
        // "they" for an organisation, "it" for an organisation.
        if (self == .plural || self == .neuter) && (other == .plural || other == .neuter) { return true }
        return false
    }
}
