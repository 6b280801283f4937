/// Scores how check-worthy a sentence is, with the reasons: explainable rules over tokens.
///
/// Raised by numbers and quantities, named entities, superlatives and records, "first time",
/// causes and counterfactuals, commitments, forecasts and past events; lowered by hedges, first-person
/// opinion, bare evaluation and brevity. Questions, greetings, thanks and procedural remarks score 0.
/// Scores are in 0…1; a claim is a sentence scoring at least ``threshold``.
public enum CheckWorthiness {
    public static let threshold = 0.5

    public struct Verdict: Sendable, Equatable {
        public var score: Double
        public var type: ClaimType
        /// The reasons as bits (`Reason.bit`): most sentences scored are no claim, and their
        /// reasons are never read, so the strings are only made on demand.
        var reasonBits: UInt32
        /// The reasons that raised or lowered the score, in the order they were weighed.
        public var reasons: [String] {
            var names: [String] = []
            names.reserveCapacity(reasonBits.nonzeroBitCount)
            var bits = reasonBits
            while bits != 0 {
                names.append(Reason.names[bits.trailingZeroBitCount])
                bits &= bits - 1
            }
            return names
        }
        public var isClaim: Bool { score >= CheckWorthiness.threshold }

        init(score: Double, type: ClaimType, reason: Reason) {
            self.init(score: score, type: type, reasonBits: reason.bit)
        }

        public init(score: Double, type: ClaimType, reasonBits: UInt32) {
            self.score = score
            self.type = type
            self.reasonBits = reasonBits
        }
    }

    /// Why a score went up or down, in the order the scorer weighs them.
    enum Reason: Int, CaseIterable {
        case noWords, question, greeting, thanks, procedural, number, namedEntities, namedEntity, superlative, cause,
             commitment, forecast, past, opinion, hedge, bareEvaluation, short, aboutTheSpeaker
        var bit: UInt32 { 1 << UInt32(rawValue) }
        /// ``name`` by raw value, made once: a claim's reasons are read for every claim.
        static let names = allCases.map(\.name)
        var name: String {
            switch self {
            case .noWords: "no words"
            case .question: "question"
            case .greeting: "greeting or thanks"
            case .thanks: "thanks"
            case .procedural: "procedural"
            case .number: "number"
            case .namedEntities: "named entities"
            case .namedEntity: "named entity"
            case .superlative: "superlative or record"
            case .cause: "cause or counterfactual"
            case .commitment: "commitment or decision"
            case .forecast: "forecast"
            case .past: "past event"
            case .opinion: "first-person opinion"
            case .hedge: "hedge"
            case .bareEvaluation: "bare evaluation"
            case .short: "short"
            case .aboutTheSpeaker: "about the speaker"
            }
        }
    }

    /// Scores the sentence in `range` of `text` (token indices).
    public static func score(_ text: TokenizedText, tokens range: Range<Int>) -> Verdict {
        // The word indices live on the stack: most sentences scored are no claim.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: max(1, range.count)) { buffer in
            var count = 0
            for k in range where text.tokens[k].kind == .word || text.tokens[k].kind == .number {
                buffer[count] = k
                count += 1
            }
            return score(text, tokens: range, words: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    private static func score(_ text: TokenizedText, tokens range: Range<Int>, words: UnsafeBufferPointer<Int>) -> Verdict {
        let w = Words.shared
        let lists = Words.listsLookup
        let tokens = text.tokens
        guard !words.isEmpty else { return Verdict(score: 0, type: .fact, reason: .noWords) }
        var lastMark: UInt32 = 0
        for k in range.reversed() where tokens[k].kind == .punctuation && tokens[k].mark != 0x2C && tokens[k].mark != 0x29 {
            lastMark = tokens[k].mark
            break
        }
        func h(_ i: Int) -> UInt64 { i < words.count ? tokens[words[i]].hash : 0 }
        // Skip fillers at the start ("Well,", "Look,", "And so").
        var first = 0
        while first < words.count - 1 && w.fillers.contains(h(first)) { first += 1 }

        if lastMark == 0x3F { return Verdict(score: 0, type: .fact, reason: .question) }
        let thanksTo = h(first) == w.thanksTo && h(first + 1) == w.to
        if w.greetings.contains(h(first)) && !thanksTo && (words.count - first <= 8 || w.thanks.contains(h(first))) {
            return Verdict(score: 0, type: .fact, reason: .greeting)
        }
        if h(first) == w.thank || (h(first) == w.i && (h(first + 1) == w.want || h(first + 1) == w.would || h(first + 1) == w.d) && (h(first + 2) == w.thank || h(first + 3) == w.thank)) {
            return Verdict(score: 0, type: .fact, reason: .thanks)
        }
        for k in first..<words.count where (lists[h(k)] ?? 0) & Words.proceduralWord != 0 {
            // "defer you to", "circle back", "get back to you", "take a few questions", "no comment"
            let next = h(k + 1)
            if (h(k) == w.deferWord) || (h(k) == w.circle && next == w.back) || (h(k) == w.comment && (k == 0 || w.negations.contains(h(k - 1)) || h(k - 1) == w.to))
                || (h(k) == w.take && (next == w.a || next == w.questions || next == w.your)) || (h(k) == w.follow && next == w.up)
                || (h(k) == w.get && next == w.back) || (h(k) == w.hypotheticals) {
                return Verdict(score: 0, type: .fact, reason: .procedural)
            }
        }

        var score = 0.3
        var reasons: UInt32 = 0
        func add(_ value: Double, _ reason: Reason) {
            score += value
            reasons |= reason.bit
        }

        var hasNumber = false
        var entities = 0
        var superlative = false
        var superlativeWord = false
        var roomManagement = false
        var causal = false
        var commitment = false
        var future = false
        var past = false
        var opinion = false
        var hedge = false
        var evaluative = false
        var firstPerson = false
        for i in first..<words.count {
            let k = words[i]
            let token = tokens[k]
            let hash = token.hash
            // One lookup tells which of the scorer's word lists hold the word.
            let f = lists[hash] ?? 0
            if token.kind == .number || f & (Words.number | Words.quantity) != 0 { hasNumber = true }
            if token.isCapitalized && i > first && f & Words.notEntity == 0 && hash != w.i { entities += 1 }
            if f & Words.superlative != 0 || isSuperlativeForm(text, k) { superlativeWord = true }
            if hash == w.first && h(i + 1) == w.time { superlative = true }
            if hash == w.than, (max(first, i - 4)..<i).contains(where: { w.comparatives.contains(h($0)) || isComparativeForm(text, words[$0]) }) { superlative = true }
            if hash == w.ever || f & Words.record != 0 { superlative = true }
            if f & Words.question != 0 { roomManagement = true }
            if hash == w.since && i + 1 < words.count && tokens[words[i + 1]].kind == .number { superlative = true }
            if f & Words.cause != 0 || (hash == w.due && h(i + 1) == w.to) || (hash == w.led && h(i + 1) == w.to)
                || (hash == w.resulted && h(i + 1) == w.in) || (hash == w.thanksTo && h(i + 1) == w.to && i > first)
                || (hash == w.could && h(i + 1) == w.have) || (hash == w.would && h(i + 1) == w.have) || (hash == w.result && h(i + 1) == w.of)
                // "drove up the price", "pushed down wages"; "pulled the country out of recession".
                || (f & Words.pushVerb != 0 && (h(i + 1) == w.up || h(i + 1) == w.down))
                || (f & Words.liftVerb != 0 && ((i + 2)...(i + 4)).contains { h($0) == w.out && h($0 + 1) == w.of }) {
                causal = true
            }
            if f & Words.commitment != 0 { commitment = true }
            if f & Words.forecast != 0 { future = true }
            if (hash == w.will || hash == w.wont || hash == w.ll || hash == w.shall || hash == w.would || (hash == w.going && h(i + 1) == w.to)) {
                // "I'm going to …", "I will …": the speaker's own plans are not forecasts.
                let speakerPlan = (max(first, i - 3)..<i).contains { h($0) == w.i || h($0) == w.im }
                if !speakerPlan { future = true }
                // "will not", "won't", "we will", "there will be no …", "no route will …": a pledge, not a forecast.
                if w.negations.contains(h(i + 1)) || hash == w.wont || (i > first && w.firstPersonPlural.contains(h(i - 1)))
                    || (h(i + 1) == w.be && w.negations.contains(h(i + 2)))
                    || (max(first, i - 4)..<i).contains(where: { w.negativeSubjects.contains(h($0)) }) { commitment = true }
            }
            if hash == w.not && i > first && (h(i - 1) == w.will || h(i - 1) == w.would || h(i - 1) == w.are || h(i - 1) == w.is) && h(i + 1) != w.sure { commitment = true }
            if f & Words.pastMarker != 0 || (isPastForm(text, k) && !(i > first && w.adjectiveContext.contains(h(i - 1)))) { past = true }
            if (f & Words.room != 0 && Words.roomPhrases.contains { phrase in
                guard let p = phrase.firstIndex(of: hash), i - p >= first else { return false }
                return phrase.indices.allSatisfy { h(i - p + $0) == phrase[$0] }
            }) || (hash == w.for_ && h(i + 1) == w.you && i > first) { roomManagement = true }
            if f & Words.opinion != 0 && i > first && (h(i - 1) == w.i || h(i - 1) == w.we) { opinion = true }
            if hash == w.in && (h(i + 1) == w.my || h(i + 1) == w.our) && (h(i + 2) == w.view || h(i + 2) == w.opinion) { opinion = true }
            if f & Words.hedge != 0 { hedge = true }
            if f & Words.evaluation != 0 { evaluative = true }
            if hash == w.i || hash == w.we { firstPerson = true }
        }
        let length = words.count - first
        // A superlative is checkable with something to measure it against ("since 1969", "in the
        // world", a named place); "our best days" is not.
        if superlativeWord && (hasNumber || entities > 0 || w.scopes.contains(where: { scope in words.contains { tokens[$0].hash == scope } })) { superlative = true }
        if roomManagement { return Verdict(score: 0.1, type: .fact, reason: .procedural) }
        if hasNumber { add(0.3, .number) }
        if entities > 0 { add(min(0.2, 0.1 * Double(entities)), entities > 1 ? .namedEntities : .namedEntity) }
        if superlative { add(0.25, .superlative) }
        if causal { add(0.25, .cause) }
        if commitment { add(0.25, .commitment) }
        if future && !commitment { add(0.25, .forecast) }
        if past { add(0.25, .past) }
        if opinion { add(-0.3, .opinion) }
        if hedge { add(-0.1, .hedge) }
        if evaluative && !hasNumber && entities == 0 && !superlative && !causal { add(-0.2, .bareEvaluation) }
        if length < 5 { add(-0.15, .short) }
        if firstPerson && !hasNumber && entities == 0 && !past && !commitment && !future { add(-0.1, .aboutTheSpeaker) }
        score = min(1, max(0, score))
        // The type a checker would verify: the strongest specific evidence wins.
        var type: ClaimType = .fact
        if causal { type = .causal }
        else if superlative { type = .comparison }
        else if future && !commitment { type = .prediction }
        else if commitment { type = .position }
        else if hasNumber { type = .quantity }
        return Verdict(score: (score * 100).rounded() / 100, type: type, reasonBits: reasons)
    }

    /// Scores a sentence given as text.
    public static func score(sentence: String) -> Verdict {
        let text = TokenizedText(sentence)
        return score(text, tokens: 0..<text.tokens.count)
    }

    /// Inlined with its literal, for every word of every sentence scored: no closure, no call.
    @inline(__always)
    private static func suffix(_ text: TokenizedText, _ k: Int, _ s: StaticString) -> Bool {
        let token = text.tokens[k]
        let end = Int(token.end)
        let count = s.utf8CodeUnitCount
        guard token.length > count + 2 else { return false }
        let suffix = s.utf8Start
        // From the last byte back: most words differ there.
        var j = count - 1
        while j >= 0 {
            if text.bytes[end - count + j] | 0x20 != suffix[j] { return false }
            j -= 1
        }
        return true
    }

    /// "highest", "largest" — but not "interest", "protest", "request".
    @inline(__always)
    static func isSuperlativeForm(_ text: TokenizedText, _ k: Int) -> Bool {
        guard text.tokens[k].kind == .word, !text.tokens[k].isCapitalized, suffix(text, k, "est") else { return false }
        return !Words.shared.notSuperlatives.contains(text.tokens[k].hash)
    }

    static func endsInLy(_ text: TokenizedText, _ k: Int) -> Bool {
        text.tokens[k].kind == .word && !text.tokens[k].isCapitalized && suffix(text, k, "ly")
    }

    static func isComparativeForm(_ text: TokenizedText, _ k: Int) -> Bool {
        text.tokens[k].kind == .word && suffix(text, k, "er")
    }

    @inline(__always)
    static func isPastForm(_ text: TokenizedText, _ k: Int) -> Bool {
        text.tokens[k].kind == .word && !text.tokens[k].isCapitalized && suffix(text, k, "ed") && !Words.shared.notPast.contains(text.tokens[k].hash)
    }

    /// The words the scorer keys on.
    struct Words: Sendable {
        static let shared = Words()
        let fillers = WordHash.set(["well", "look", "so", "and", "but", "now", "ultimately", "again", "also", "yes", "no", "oh", "uh", "um", "listen", "frankly", "honestly"])
        let greetings = WordHash.set(["good", "hello", "hi", "hey", "welcome", "thanks", "thank", "morning", "afternoon", "evening", "greetings"])
        let thanks = WordHash.set(["thank", "thanks"])
        let thank = WordHash.of("thank"), i = WordHash.of("i"), we = WordHash.of("we"), want = WordHash.of("want")
        let would = WordHash.of("would"), d = WordHash.of("'d"), deferWord = WordHash.of("defer"), circle = WordHash.of("circle")
        let back = WordHash.of("back"), comment = WordHash.of("comment"), take = WordHash.of("take"), a = WordHash.of("a")
        let questions = WordHash.of("questions"), your = WordHash.of("your"), follow = WordHash.of("follow"), up = WordHash.of("up")
        let get = WordHash.of("get"), hypotheticals = WordHash.of("hypotheticals"), to = WordHash.of("to")
        let procedural = WordHash.set(["defer", "circle", "comment", "take", "follow", "get", "hypotheticals"])
        let negations = WordHash.set(["not", "no", "never", "n't", "won't", "cannot", "can't", "wo"])
        let be = WordHash.of("be")
        /// "No ferry route will close", "none of them will": a negated subject of a future.
        let negativeSubjects = WordHash.set(["no", "none", "nobody", "neither", "nothing"])
        let first = WordHash.of("first"), time = WordHash.of("time"), than = WordHash.of("than"), since = WordHash.of("since")
        let due = WordHash.of("due"), led = WordHash.of("led"), resulted = WordHash.of("resulted"), `in` = WordHash.of("in")
        let thanksTo = WordHash.of("thanks"), could = WordHash.of("could"), have = WordHash.of("have"), result = WordHash.of("result")
        let of = WordHash.of("of"), will = WordHash.of("will"), wont = WordHash.of("won't"), ll = WordHash.of("'ll")
        let shall = WordHash.of("shall"), going = WordHash.of("going"), not = WordHash.of("not"), are = WordHash.of("are")
        let `is` = WordHash.of("is"), sure = WordHash.of("sure"), my = WordHash.of("my"), our = WordHash.of("our")
        let view = WordHash.of("view"), opinion = WordHash.of("opinion")
        let numberWords = WordHash.set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "thousand", "million", "billion", "trillion",
            "dozen", "dozens", "hundreds", "thousands", "millions", "billions", "half", "third", "quarter", "twice", "double", "doubled",
            "tripled", "triple", "percent", "per", "%"])
        let quantityWords = WordHash.set(["percent", "majority", "minority", "tonnes", "tons", "kilometres", "miles", "metres", "dollars", "euros", "pounds", "crowns"])
        let notEntities = WordHash.set(["i", "i'm", "i've", "i'll", "i'd", "mr", "ms", "mrs", "dr", "the", "a", "we", "this", "that", "it", "and", "but"])
        let superlatives = WordHash.set(["best", "worst", "most", "least", "highest", "lowest", "largest", "biggest",
            "smallest", "fastest", "slowest", "greatest", "deadliest", "unprecedented"])
        let records = WordHash.set(["record", "all-time", "unprecedented"])
        let ever = WordHash.of("ever")
        let scopes = WordHash.set(["world", "history", "country", "nation", "europe", "continent", "region", "since", "than", "century", "decade", "decades", "years", "ever"])
        let questionWords = WordHash.set(["question", "questions"])
        /// The key word of each of ``roomPhrases``: the room is managed only in those phrases ("won 40 seats" is a claim).
        let roomWords = WordHash.set(["podium", "seats", "refer"])
        let down = WordHash.of("down"), out = WordHash.of("out")
        /// Verbs of force that cause a change with "up" or "down" ("drove up the price").
        let pushVerbs = WordHash.set(["drive", "drives", "drove", "driving", "push", "pushes", "pushed", "pushing"])
        /// Verbs that cause a change with an object and "out of" ("pulled the country out of recession").
        let liftVerbs = WordHash.set(["pull", "pulls", "pulled", "pulling", "lift", "lifts", "lifted", "lifting", "drag", "drags", "dragged", "dragging"])
        let adjectiveContext = WordHash.set(["very", "so", "deeply", "a", "an", "the", "is", "are", "am", "'m", "'s", "'re", "be", "been", "too", "quite", "really", "extremely", "more", "most", "feel", "feels", "felt", "get", "got", "become"])
        let for_ = WordHash.of("for"), you = WordHash.of("you"), im = WordHash.of("i'm")
        let forecastVerbs = WordHash.set(["expect", "expects", "expected", "projected", "forecast", "predicted", "predicts", "anticipate", "anticipated"])
        let comparatives = WordHash.set(["more", "less", "fewer", "better", "worse", "higher", "lower", "larger", "bigger", "smaller", "faster", "slower", "cheaper", "safer", "stronger", "weaker", "longer", "shorter"])
        let notSuperlatives = WordHash.set(["interest", "protest", "request", "suggest", "honest", "west", "forest", "arrest", "guest", "contest", "test", "rest", "nest", "chest", "invest", "digest", "harvest", "manifest", "modest", "latest", "dearest", "earnest", "priest", "quest", "behest", "unrest", "attest", "detest", "divest", "ingest", "pest", "vest", "crest", "zest", "tempest", "midwest", "northwest", "southwest", "conquest", "inquest", "congest"])
        let causal = WordHash.set(["because", "caused", "causes", "cause", "therefore", "consequently", "hence", "resulted", "driven", "triggered", "fuelled", "fueled", "prevented", "averted", "contributed", "reason", "consequence", "forced", "blame", "blamed", "responsible"])
        let commitmentVerbs = WordHash.set(["ruled", "rule", "refuse", "refused", "refuses", "oppose", "opposes", "opposed", "support", "supports",
            "committed", "commit", "decided", "directed", "ordered", "approved", "rejected", "reject", "pledged", "pledge", "vowed", "guarantee",
            "guaranteed", "agreed", "proposed", "announced", "banned", "ban", "cancel", "cancelled", "veto", "vetoed", "appointed", "intend", "intends", "won't",
            "withdrawing", "withdraw", "position", "plans", "intention", "pardon"])
        let pastMarkers = WordHash.set(["was", "were", "had", "has", "have", "did", "met", "signed", "held", "made", "took", "gave", "fell", "rose",
            "won", "lost", "went", "came", "spent", "paid", "cut", "grew", "sold", "bought", "built", "left", "began", "became", "saw", "told", "brought", "talked", "said", "sent", "hit", "shipped", "broke", "gone"])
        let notPast = WordHash.set(["need", "indeed", "speed", "proceed", "succeed", "exceed", "feed", "seed", "breed", "bed", "red", "shed", "led", "wed", "sled", "hundred", "based", "concerned", "interested", "pleased", "excited", "delighted", "committed", "determined", "prepared", "expected", "supposed", "united", "tired", "scared", "worried", "thrilled", "honoured", "honored", "proud", "blessed"])
        let opinionVerbs = WordHash.set(["think", "believe", "feel", "hope", "guess", "suppose", "love", "like", "wish", "doubt", "suspect"])
        let hedges = WordHash.set(["perhaps", "maybe", "might", "possibly", "probably", "somewhat", "kind", "sort", "seems", "appears", "arguably", "likely"])
        let evaluative = WordHash.set(["great", "wonderful", "amazing", "terrible", "incredible", "fantastic", "beautiful", "good", "bad", "proud",
            "happy", "excited", "honoured", "honored", "tremendous", "awful", "horrible", "disgraceful", "shameful", "brilliant", "strong", "weak", "important", "historic", "special", "exciting"])
        let firstPersonPlural = WordHash.set(["we", "i", "we'll", "i'll"])

        /// Phrases that manage the briefing room rather than say anything checkable.
        static let roomPhrases: [[UInt64]] = ["from this podium", "from the podium", "take your seats", "take their seats", "refer you to"]
            .map { $0.split(separator: " ").map { WordHash.of(String($0)) } }

        /// Which of the lists above hold a word, as bits: the scorer's loop looks each word up once.
        static let number: UInt32 = 1 << 0, quantity: UInt32 = 1 << 1, notEntity: UInt32 = 1 << 2, superlative: UInt32 = 1 << 3
        static let record: UInt32 = 1 << 4, question: UInt32 = 1 << 5, cause: UInt32 = 1 << 6, commitment: UInt32 = 1 << 7
        static let forecast: UInt32 = 1 << 8, pastMarker: UInt32 = 1 << 9, room: UInt32 = 1 << 10, opinion: UInt32 = 1 << 11
        static let hedge: UInt32 = 1 << 12, evaluation: UInt32 = 1 << 13, proceduralWord: UInt32 = 1 << 14
        static let pushVerb: UInt32 = 1 << 15, liftVerb: UInt32 = 1 << 16
        static let lists: WordMap<UInt32> = {
            let w = Words.shared
            var table: [UInt64: UInt32] = [:]
            for (set, bit) in [(w.numberWords, Words.number), (w.quantityWords, Words.quantity), (w.notEntities, Words.notEntity),
                               (w.superlatives, Words.superlative), (w.records, Words.record), (w.questionWords, Words.question),
                               (w.causal, Words.cause), (w.commitmentVerbs, Words.commitment), (w.forecastVerbs, Words.forecast),
                               (w.pastMarkers, Words.pastMarker), (w.roomWords, Words.room), (w.opinionVerbs, Words.opinion),
                               (w.hedges, Words.hedge), (w.evaluative, Words.evaluation), (w.procedural, Words.proceduralWord),
                               (w.pushVerbs, Words.pushVerb), (w.liftVerbs, Words.liftVerb)] {
                for hash in set { table[hash, default: 0] |= bit }
            }
            return WordMap(table)
        }()
        /// ``lists`` behind a bit filter: most words are in none of them.
        static let listsLookup = FilteredWordMap(lists)
    }
}
