/// Speakers without a name: anonymous officials and sources, unnamed groups ("experts",
/// "two officials") and documents ("a new poll", "the report"). Shown as written; no
/// canonical speaker.
extension MentionParser {
    /// An unnamed source read forwards: "a new report", "the post-debate analysis", "recent
    /// polls" (a source noun after up to two modifiers), "one diplomat at the meeting", "a senior
    /// official" (an unnamed person or group). `k` is the first token.
    func unnamedSource(startingAt k: Int, afterDeterminer isDeterminer: Bool, upperBound: Int) -> Mention? {
        let first = text.tokens[k]
        // Only lowercase words can be a source, so capitalised runs skip the lookups.
        // "Leaked documents show": a participle opening the sentence modifies the source noun.
        let openingParticiple = first.isCapitalized && isOpeningParticiple(k)
        let sourceStart = isDeterminer || (!first.isCapitalized && first.isIn(WordClasses.quantifier))
            || first.isIn(WordClasses.anonymousDeterminer) || openingParticiple ? k + 1 : k
        // "a 2014 study": a year or a count among the modifiers.
        let isModifier = { (t: Token) in (t.kind == .word && !t.isCapitalized) || t.kind == .number }
        if sourceStart < upperBound, isModifier(text.tokens[sourceStart]) {
            let sourceNouns = MentionParser.sourceNouns
            var look = sourceStart
            while look < upperBound, look < sourceStart + 2, isModifier(text.tokens[look]),
                  !sourceNouns.contains(text.tokens[look].hash), !text.tokens[look].isIn(WordClasses.nameStopper),
                  !text.tokens[look].isIn(WordClasses.speechVerb) { look += 1 }
            if look < upperBound, text.tokens[look].kind == .word, sourceNouns.contains(text.tokens[look].hash) {
                return Mention(kind: .group, tokens: k..<(look + 1), nameTokens: nil, role: nil, gender: .neuter, head: text.tokens[look].hash)
            }
        }
        // "one diplomat at the meeting", "a senior official": an unnamed person or group.
        if first.isIn(WordClasses.anonymousDeterminer) || first.isIn(WordClasses.quantifier),
           k + 1 < upperBound, text.tokens[k + 1].kind == .word, !text.tokens[k + 1].isCapitalized {
            var head = k + 1
            if head + 1 < upperBound, !MentionParser.anonymousHeads.contains(text.tokens[head].hash), !text.tokens[head].isIn(WordClasses.groupWord),
               text.tokens[head + 1].kind == .word { head += 1 }
            if MentionParser.anonymousHeads.contains(text.tokens[head].hash) || text.tokens[head].isIn(WordClasses.groupWord) {
                return Mention(kind: .group, tokens: k..<(head + 1), nameTokens: nil, role: nil, gender: .unknown, head: text.tokens[head].hash)
            }
            // "many engineers", "several economists": a count of people named by what they do.
            if first.isIn(WordClasses.quantifier), isPeopleNoun(k + 1) {
                return Mention(kind: .group, tokens: k..<(k + 2), nameTokens: nil, role: nil, gender: .unknown, head: text.tokens[k + 1].hash)
            }
        }
        return nil
    }

    /// Anonymous attribution that the name walk cannot parse: "an official who spoke on
    /// condition of anonymity said", "a source close to the negotiations said".
    func anonymousSubject(before end: Int, lowerBound: Int) -> Mention? {
        var k = end - 1
        var steps = 0
        while k >= lowerBound && steps < 12 {
            let token = text.tokens[k]
            if token.kind == .quote || (token.kind == .punctuation && (SentenceSplitter.isTerminal(token) || token.mark == 0x2C)) { break }
            if token.kind == .word, MentionParser.anonymousHeads.contains(token.hash), k > lowerBound,
               text.tokens[k - 1].isIn(WordClasses.anonymousDeterminer) || (k - 2 >= lowerBound && text.tokens[k - 2].isIn(WordClasses.anonymousDeterminer)) {
                let start = text.tokens[k - 1].isIn(WordClasses.anonymousDeterminer) ? k - 1 : k - 2
                return Mention(kind: .group, tokens: start..<end, nameTokens: nil, role: nil, gender: .unknown, head: token.hash)
            }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// A plural noun for people by what they do: "engineers", "economists", "historians",
    /// "residents", "fishermen".
    func isPeopleNoun(_ k: Int) -> Bool {
        guard k < text.tokens.count, text.tokens[k].kind == .word, !text.tokens[k].isCapitalized, text.tokens[k].length > 4 else { return false }
        return ["ers", "ists", "ians", "ants", "ents", "ors", "men"].contains { text.word(k, endsWith: $0) }
    }

    static let anonymousHeads: WordSet = WordHash.set(["source", "sources", "official", "officials", "person", "people", "diplomat", "diplomats", "aide", "aides", "insider", "insiders", "spokesperson", "spokesman", "spokeswoman", "member", "members", "executive", "officer"])
    static let anonymousDeterminers: WordSet = WordHash.set(["a", "an", "one", "two", "three", "several", "some", "senior", "other"])
    /// People or documents that speak without a name: "sources said", "top black lawmakers
    /// said", "labor-policy experts say", "a new poll shows", "one study found". The head is a
    /// group word or a source noun; up to three modifiers and a determiner before it belong to
    /// the mention. Shown as written; no canonical speaker.
    func unnamedSource(endingAt k: Int, lowerBound: Int) -> Mention? {
        let head = text.tokens[k]
        guard head.kind == .word else { return nil }
        let isSource = head.isIn(WordClasses.sourceNoun)
        guard isSource || head.isIn(WordClasses.groupWord) || MentionParser.anonymousHeads.contains(head.hash) else { return nil }
        var start = k
        var j = k - 1
        while j >= lowerBound, k - j <= 4 {
            let token = text.tokens[j]
            guard token.kind == .word || token.kind == .number else { break }
            if token.kind == .word {
                if token.isIn(WordClasses.determiner) || token.isIn(WordClasses.anonymousDeterminer) || token.isIn(WordClasses.quantifier) {
                    start = j
                    break
                }
                if token.isIn(WordClasses.nameStopper) || token.isIn(WordClasses.speechVerb) || token.isIn(WordClasses.pronoun)
                    || token.isIn(WordClasses.auxiliary) || token.isIn(WordClasses.notNameWord) { break }
                if token.isCapitalized, token.isIn(WordClasses.sentenceWord) { break }
            }
            start = j
            j -= 1
        }
        // A bare singular ("official said") is not a subject; a plural or a determiner is.
        let singular = MentionParser.singularSourceHeads.contains(head.hash)
        if singular && start == k { return nil }
        return Mention(kind: .group, tokens: start..<(k + 1), nameTokens: nil, role: nil, gender: isSource && singular ? .neuter : .plural, head: head.hash)
    }

    /// Documents and evidence that findings are attributed to ("the report found", "polls show").
    static let sourceNouns: WordSet = WordHash.set([
        "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "analysis", "analyses", "data",
        "video", "footage", "research", "figures", "statistics", "estimates", "records", "documents", "audit", "review",
        "investigation", "ruling", "memo", "census", "model", "forecast", "projections", "tally", "findings", "emails",
        "filing", "lawsuit", "complaint", "indictment", "transcript", "assessment", "paper", "book", "article", "editorial",
        "journal", "newspaper", "magazine", "website", "outlet", "blog", "slide", "slides", "chart", "graphic", "ad", "advertisement",
        "average", "averages", "story", "letter", "piece", "column", "op-ed", "memoir", "tweet", "tweets", "speech", "platform",
        "proposal", "statement", "statements", "posts", "messages",
    ])
    /// Heads that need a determiner to be a subject ("a source said", not "source said").
    static let singularSourceHeads: WordSet = WordHash.set([
        "poll", "survey", "study", "report", "analysis", "video", "footage", "research", "audit", "review", "investigation",
        "ruling", "memo", "census", "model", "forecast", "tally", "filing", "lawsuit", "complaint", "indictment", "transcript",
        "assessment", "paper", "book", "article", "editorial", "source", "official", "person", "diplomat", "aide", "insider",
        "spokesperson", "spokesman", "spokeswoman", "member", "executive", "officer", "one", "someone", "nobody", "everyone",
    ])
    static let quantifiers: WordSet = WordHash.set(["many", "some", "most", "few", "several", "both", "all", "other", "two", "three", "four", "five", "dozens", "hundreds", "thousands", "those", "these", "no"])
    static let auxiliaries: WordSet = WordHash.set(["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "do", "does", "did", "not"])
}
