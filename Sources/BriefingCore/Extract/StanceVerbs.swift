/// Verbs that report what someone says, thinks, wants or judges without quoting them —
/// "Trump wants …", "the IMF expects …", "one study found …", "she accused him of …" — in the
/// forms news writing uses after a subject: third person singular and past ("warns", "warned").
///
/// The list is of base verbs, grouped by what they report (speech, opinion, judgement, intention,
/// evidence), so it can grow by meaning; the forms are made by English spelling rules, with the
/// irregular ones written out.
enum StanceVerbs {
    static let speech = [
        "accuse", "acknowledge", "add", "admit", "advise", "affirm", "allege", "announce", "answer", "argue", "assert",
        "assure", "boast", "brag", "caution", "charge", "cite", "claim", "comment", "complain", "concede", "confess",
        "confirm", "contend", "counter", "declare", "deny", "disclose", "echo", "emphasize", "emphasise", "explain",
        "express", "hint", "imply", "indicate", "insist", "lament", "maintain", "mention", "note", "object", "pledge",
        "point", "predict", "proclaim", "promise", "protest", "recall", "reiterate", "remark", "remind", "repeat",
        "reply", "report", "respond", "reveal", "signal", "stress", "suggest", "testify", "threaten", "underscore",
        "urge", "vow", "warn", "concur", "speculate", "muse", "tout",
        // Presenting and publishing: "outlined a plan to …", "detailed how …".
        "discuss", "outline", "detail", "address", "highlight", "document", "publish", "pitch",
        // Calling on words and facts: "invoked the rising seas", "the ad references …", "chronicles the deaths".
        "invoke", "reference", "chronicle",
        // Putting into words and finding out: "has articulated these themes", "investigators have discovered that …".
        "articulate", "discover",
    ]
    static let opinion = [
        "believe", "consider", "doubt", "expect", "fear", "feel", "guess", "hope", "imagine", "know", "reckon", "regret",
        "suspect", "think", "understand", "worry", "wonder", "anticipate", "assume", "envision", "recognize", "recognise",
        "realize", "realise",
    ]
    static let judgement = [
        "applaud", "attack", "back", "berate", "blame", "blast", "challenge", "chide", "commend", "condemn", "credit",
        "criticize", "criticise", "decry", "defend", "denounce", "deride", "dismiss", "dispute", "downplay", "endorse",
        "hail", "lambaste", "laud", "mock", "oppose", "praise", "question", "rebuke", "reject", "ridicule", "slam",
        "support", "welcome", "favor", "favour", "disparage", "scold", "fault", "assail",
        // Advocacy and attack: "championed …", "railed against …", "portrayed him as …".
        "advocate", "champion", "promote", "encourage", "implore", "invite", "rail", "chastise", "portray", "link",
        "disagree", "grill", "compliment", "congratulate", "bemoan",
    ]
    static let intention = [
        "demand", "intend", "plan", "propose", "recommend", "request", "seek", "want", "wish", "push", "press", "lobby",
        "vow", "aim", "refuse", "decline",
    ]
    static let evidence = [
        "estimate", "find", "forecast", "project", "show", "conclude", "determine", "calculate",
    ]

    /// Forms that English spelling rules get wrong.
    static let irregular: [String: [String]] = [
        "think": ["thinks", "thought"], "feel": ["feels", "felt"], "know": ["knows", "knew"], "find": ["finds", "found"],
        "seek": ["seeks", "sought"], "understand": ["understands", "understood"], "plan": ["plans", "planned"],
        "admit": ["admits", "admitted"], "regret": ["regrets", "regretted"], "forecast": ["forecasts", "forecast"],
        "show": ["shows", "showed", "shown"], "testify": ["testifies", "testified"], "reply": ["replies", "replied"],
        "imply": ["implies", "implied"], "worry": ["worries", "worried"], "echo": ["echoes", "echoed"],
    ]

    /// Forms of verbs kept out of the base lists, whose other forms read too often as something
    /// else ("a call", "the highlights", "agree to"): only these forms report a position.
    static let otherForms = ["called", "calls", "compared", "compares", "likened", "described", "describes", "highlighted", "agreed", "agrees"]

    /// Third person singular and past of every verb in the lists.
    static let forms: [String] = forms(of: speech + opinion + judgement + intention + evidence)

    /// Third person singular and past of `bases`, irregular ones as written out.
    static func forms(of bases: [String]) -> [String] {
        bases.flatMap { irregular[$0] ?? [thirdPerson($0), past($0)] }
    }

    /// The base forms ("want", "support"), read only after "did not", "would" and the like.
    /// Not "did not respond to a request for comment": a refusal to speak says nothing.
    static let bases: [String] = (speech + opinion + judgement + intention + evidence).filter { !silentWhenNegated.contains($0) }
    static let silentWhenNegated: Set<String> = ["respond", "reply", "answer", "comment", "return", "add"]

    /// The "-ing" forms ("questioning", "demanding"), read only after "is", "was" and the like.
    static let progressives: [String] = (speech + opinion + judgement + intention + evidence).map(progressive) + attitudes + speechProgressives

    /// Progressives of speech verbs that report after "is"/"was" ("The White House is saying that …").
    static let speechProgressives = ["saying", "telling"]

    /// Verbs whose object alone is what was said or judged ("mocked the complaint", "mentioned
    /// climate change", "opposed the resolution"): two words after them are content enough.
    /// Other stance verbs ("plans", "found", "expected") are common words that need a clause.
    static let objectReporting: [String] = judgement + ["mention", "cite", "echo", "invoke", "reference", "chronicle", "tout", "highlight", "outline", "detail", "discuss", "address"]

    static let doubled: Set<String> = ["plan", "admit", "regret", "commit", "stop", "rebut", "abet", "submit", "permit", "allot", "omit"]

    /// Adjectives of attitude after "is"/"are" ("Many Democrats are afraid that …", "she was
    /// sure Trump would win"), read like a progressive stance verb.
    static let attitudes = [
        "afraid", "worried", "concerned", "confident", "convinced", "sure", "certain", "aware", "adamant", "hopeful",
        "optimistic", "pessimistic", "skeptical", "sceptical", "willing", "eager", "determined", "unwilling", "reluctant",
        "unconvinced", "doubtful", "fearful", "insistent", "critical", "supportive", "opposed",
        // Feelings about what happened: "Protesters were frustrated that …".
        "frustrated", "angry", "upset", "pleased", "disappointed", "surprised", "proud", "glad", "furious", "outraged",
        "alarmed", "satisfied", "grateful", "thankful", "unhappy", "dismayed", "troubled", "relieved", "unsure", "uncertain",
    ]

    /// Whether the verb doubles its last letter before "-ing" and "-ed": the listed ones, and one
    /// syllable ending consonant–vowel–consonant ("slam": "slamming", "slammed").
    static func doublesLastLetter(_ verb: String) -> Bool {
        if doubled.contains(verb) { return true }
        let letters = Array(verb)
        guard letters.count >= 3, letters.count <= 4, let last = letters.last else { return false }
        return !"aeiouwxy".contains(last) && "aeiou".contains(letters[letters.count - 2]) && !"aeiou".contains(letters[letters.count - 3])
    }

    static func progressive(_ verb: String) -> String {
        if doublesLastLetter(verb), let last = verb.last { return verb + String(last) + "ing" }
        if verb.hasSuffix("ie") { return verb.dropLast(2) + "ying" }
        if verb.hasSuffix("e"), !verb.hasSuffix("ee"), !verb.hasSuffix("ye") { return verb.dropLast() + "ing" }
        return verb + "ing"
    }

    static func thirdPerson(_ verb: String) -> String {
        if verb.hasSuffix("s") || verb.hasSuffix("sh") || verb.hasSuffix("ch") || verb.hasSuffix("x") || verb.hasSuffix("z") || verb.hasSuffix("o") {
            return verb + "es"
        }
        if verb.hasSuffix("y"), let before = verb.dropLast().last, !"aeiou".contains(before) { return verb.dropLast() + "ies" }
        return verb + "s"
    }

    static func past(_ verb: String) -> String {
        if doublesLastLetter(verb), let last = verb.last { return verb + String(last) + "ed" }
        if verb.hasSuffix("e") { return verb + "d" }
        if verb.hasSuffix("y"), let before = verb.dropLast().last, !"aeiou".contains(before) { return verb.dropLast() + "ied" }
        return verb + "ed"
    }
}
