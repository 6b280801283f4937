// A tiny template language for `SyntheticCorpus`, and the generator of content words.
//
// Utterance templates are space-separated tokens: `{field}` slots, `[` `]` around the key phrase
// (quotable fragment), `<` `>` around a nested quotation. Prose templates are free text with
// `{field}` slots, `'` apostrophes, `«` `»` primary quotation marks and `‹` `›` secondary ones.
// A slot written with a capital (`{Noun}`) is capitalised.

enum SynthField: String, Sendable {
    // Content fields (event- or article-level words).
    case noun, noun2, action, ent, num, money, pct, sup, adj, time, month, year, cause, small, person, city, tag
    case country, counterpart, capital, currency, n, speaker, topic, town, crowd, happening, place
    // Article fields (resolved by the article writer).
    case outlet, last, role, venue, leadverb, journalist, resident, age, job, team, team2, score, festival, temp
    case weekday, keyadj, keynp, ref, pron, short
}

enum SynthPart: Sendable {
    case text(String)
    case slot(SynthField, capital: Bool)
    case keyOpen, keyClose, nestOpen, nestClose
    case apostrophe, open, close, nestedOpen, nestedClose
}

/// What an utterance says; drives editorial verbs and paraphrase choices.
enum SynthKind: Sendable {
    case characterization, commitment, figure, superlative, causal, denial, appeal, fact, deflection, blame, warning
    case criticism
}

/// How the key phrase of an utterance can be quoted on its own.
enum SynthKeyKind: Sendable {
    case none
    /// `described the talks as "constructive"`.
    case adjective
    /// `spoke of "the largest investment in our history"`.
    case nounPhrase
}

struct SynthTemplate: Sendable {
    let kind: SynthKind
    let key: SynthKeyKind
    /// What an adjective key describes: "the talks".
    let context: String
    let parts: [SynthPart]

    /// An utterance template (space-separated tokens).
    init(_ kind: SynthKind, _ text: String, key: SynthKeyKind = .none, context: String = "") {
        self.kind = kind
        self.key = key
        self.context = context
        var parts: [SynthPart] = []
        for raw in text.split(separator: " ") {
            switch raw {
            case "[": parts.append(.keyOpen)
            case "]": parts.append(.keyClose)
            case "<": parts.append(.nestOpen)
            case ">": parts.append(.nestClose)
            default:
                if raw.first == "{" {
                    parts.append(SynthTemplate.slot(raw.dropFirst().dropLast()))
                } else {
                    parts.append(.text(String(raw)))
                }
            }
        }
        self.parts = parts
    }

    /// A prose template.
    init(prose text: String) {
        kind = .fact
        key = .none
        context = ""
        var parts: [SynthPart] = []
        var buffer = ""
        var slotName: String? = nil
        func flush() {
            if !buffer.isEmpty {
                parts.append(.text(buffer))
                buffer = ""
            }
        }
        for ch in text.unicodeScalars {
            if var name = slotName {
                if ch == "}" {
                    parts.append(SynthTemplate.slot(Substring(name)))
                    slotName = nil
                } else {
                    name.unicodeScalars.append(ch)
                    slotName = name
                }
                continue
            }
            switch ch {
            case "{": flush(); slotName = ""
            case "'": flush(); parts.append(.apostrophe)
            case "«": flush(); parts.append(.open)
            case "»": flush(); parts.append(.close)
            case "‹": flush(); parts.append(.nestedOpen)
            case "›": flush(); parts.append(.nestedClose)
            default: buffer.unicodeScalars.append(ch)
            }
        }
        flush()
        self.parts = parts
    }

    private static func slot(_ name: Substring) -> SynthPart {
        let capital = name.first.map { $0.isUppercase } ?? false
        guard let field = SynthField(rawValue: name.lowercased()) else {
            preconditionFailure("unknown template field {\(name)}")
        }
        return .slot(field, capital: capital)
    }
}

/// Generates content words for one topic; shared by event generation and article writing.
struct SynthContent {
    var rng: SynthRNG
    let topic: SynthTopic
    let country: SynthCountry
    let counterpart: SynthCountry
    let speaker: Int
    let percent: SynthPercentStyle
    /// The briefing's happening and its place (empty outside briefings).
    var happening = ""
    var place = ""
    private var lastNoun = -1

    init(rng: SynthRNG, topic: Int, country: Int, counterpart: Int, speaker: Int, percent: SynthPercentStyle) {
        self.rng = rng
        self.topic = synthTopics[topic]
        self.country = synthCountries[country]
        self.counterpart = synthCountries[counterpart]
        self.speaker = speaker
        self.percent = percent
    }

    mutating func value(_ field: SynthField) -> String {
        switch field {
        case .noun:
            lastNoun = rng.int(topic.nouns.count)
            return topic.nouns[lastNoun]
        case .noun2:
            let count = topic.nouns.count
            let i = lastNoun < 0 ? rng.int(count) : (lastNoun + 1 + rng.int(count - 1)) % count
            return topic.nouns[i]
        case .action: return rng.pick(topic.actions)
        case .ent:
            let r = rng.int(100)
            if r < 60 { return rng.pick(topic.entities) }
            if r < 80 { return counterpart.name }
            return "the " + counterpart.adjective + (r < 90 ? " government" : " delegation")
        case .num: return quantity() + " " + rng.pick(topic.units)
        case .crowd: return quantity()
        case .money:
            if rng.chance(600) { return String(rng.int(15, 950)) + " million " + country.currency }
            return String(rng.int(1, 9)) + "." + String(rng.int(1, 9)) + " billion " + country.currency
        case .pct:
            let whole = String(rng.int(1, 38))
            let number = rng.chance(500) ? whole : whole + "." + String(rng.int(1, 9))
            switch percent {
            case .perCent: return number + " per cent"
            case .percent: return number + " percent"
            case .symbol: return number + "%"
            }
        case .sup: return rng.pick(synthSuperlatives)
        case .adj: return rng.pick(synthAdjectives)
        case .time:
            let r = rng.int(synthTimes.count + 2)
            if r >= synthTimes.count { return "by the end of " + SynthDate.monthNames[rng.int(12)] }
            return synthTimes[r]
        case .month: return SynthDate.monthNames[rng.int(12)]
        case .year: return String(rng.int(2015, 2023))
        case .cause:
            if rng.chance(150) { return "the storms in " + SynthDate.monthNames[rng.int(12)] }
            return rng.pick(synthCauses)
        case .small: return SynthText.smallWords[rng.int(2, 9)]
        case .person:
            var other = rng.int(synthOfficials.count)
            if other == speaker { other = (other + 1) % synthOfficials.count }
            let p = synthOfficials[other]
            return p.role + " " + p.first + " " + p.last[0]
        case .city:
            let r = rng.int(4)
            return r == 0 ? counterpart.capital : country.towns[r - 1]
        case .tag: return rng.pick(synthLabels)
        case .country: return country.name
        case .counterpart: return counterpart.name
        case .capital: return country.capital
        case .currency: return country.currency
        case .n: return String(rng.int(20, 95))
        case .speaker: return synthOfficials[speaker].last[0]
        case .topic: return topic.label
        case .town: return rng.pick(country.towns)
        case .happening: return happening.isEmpty ? value(.noun) : happening
        case .place: return place.isEmpty ? country.capital : place
        default: return ""
        }
    }

    private mutating func quantity() -> String {
        switch rng.int(3) {
        case 0: return String(rng.int(12, 950))
        case 1: return SynthText.grouped(rng.int(11, 99) * 100 + rng.int(0, 9) * 10)
        default: return SynthText.grouped(rng.int(10, 250) * 1000)
        }
    }
}

/// One thing the speaker said, as tokens. Punctuation marks are separate tokens;
/// "\u{1}" and "\u{2}" open and close a nested quotation.
struct SynthUtterance: Sendable {
    var tokens: [String]
    var kind: SynthKind
    var key: Range<Int>?
    var keyKind: SynthKeyKind
    var context: String
    /// The first token is a proper noun (keeps its capital in paraphrase).
    var properStart: Bool
    /// Contains "per cent" (house styles rewrite it).
    var hasPercent: Bool

    static let nestOpen = "\u{1}"
    static let nestClose = "\u{2}"

    init(_ template: SynthTemplate, content: inout SynthContent, tail: SynthTemplate?) {
        var tokens: [String] = []
        tokens.reserveCapacity(32)
        var keyStart = -1
        var key: Range<Int>? = nil
        var properStart = false
        for part in template.parts {
            SynthUtterance.append(part, to: &tokens, content: &content, properStart: &properStart,
                                  keyStart: &keyStart, key: &key)
        }
        if let tail {
            for part in tail.parts {
                var ignored = false
                var noKey: Range<Int>? = nil
                var noStart = -1
                SynthUtterance.append(part, to: &tokens, content: &content, properStart: &ignored,
                                      keyStart: &noStart, key: &noKey)
            }
        }
        // Capitalise sentence starts.
        var sentenceStart = true
        for i in tokens.indices {
            let t = tokens[i]
            if SynthText.isTerminal(t) {
                sentenceStart = true
            } else if SynthText.single(t) != 1 {
                if sentenceStart { tokens[i] = SynthText.capitalized(t) }
                sentenceStart = false
            }
        }
        self.tokens = tokens
        self.kind = template.kind
        self.key = key
        self.keyKind = key == nil ? .none : template.key
        self.context = template.context
        self.properStart = properStart
        self.hasPercent = tokens.contains { $0.utf8.count == 4 && $0 == "cent" }
    }

    private static func append(
        _ part: SynthPart, to tokens: inout [String], content: inout SynthContent, properStart: inout Bool,
        keyStart: inout Int, key: inout Range<Int>?
    ) {
        switch part {
        case .text(let w): tokens.append(w)
        case .slot(let field, _):
            let value = content.value(field)
            if tokens.isEmpty { properStart = SynthText.startsUppercase(value) }
            for w in SynthText.words(value) { tokens.append(String(w)) }
        case .keyOpen: keyStart = tokens.count
        case .keyClose: if keyStart >= 0 { key = keyStart..<tokens.count }
        case .nestOpen: tokens.append(nestOpen)
        case .nestClose: tokens.append(nestClose)
        default: break
        }
    }

    /// The first sentence's end (exclusive, excluding its terminal punctuation).
    var firstSentenceEnd: Int {
        for (i, t) in tokens.enumerated() where SynthText.isTerminal(t) { return i }
        return tokens.count
    }
}
