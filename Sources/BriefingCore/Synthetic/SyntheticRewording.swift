// How outlets reword what was said: house style, small transcription differences, paraphrase.

/// Editorialising attribution verbs some outlets use.
enum SynthEditorial {
    case falselyClaimed, withoutEvidence, insisted, touted, boasted, admitted, conceded

    /// After a quotation: `"…," Lindqvist falsely claimed.`
    var afterQuote: String {
        switch self {
        case .falselyClaimed: return "falsely claimed"
        case .withoutEvidence: return "claimed, without evidence"
        case .insisted: return "insisted"
        case .touted: return "said, touting the government's record"
        case .boasted: return "boasted"
        case .admitted: return "admitted"
        case .conceded: return "conceded"
        }
    }

    /// Before reported speech: `Lindqvist falsely claimed that …`.
    var beforeClause: String {
        switch self {
        case .falselyClaimed: return "falsely claimed that"
        case .withoutEvidence: return "claimed, without evidence, that"
        case .insisted: return "insisted that"
        case .touted: return "touted the government's record, saying that"
        case .boasted: return "boasted that"
        case .admitted: return "admitted that"
        case .conceded: return "conceded that"
        }
    }
}

private let synthDroppable: Set<String> = ["very", "really", "also", "now", "simply", "fully", "already", "still", "just", "alone"]
private let synthSynonyms: [String: String] = [
    "talks": "discussions", "discussions": "talks", "help": "assist", "begin": "start", "start": "begin",
    "people": "citizens", "serious": "grave", "terrible": "dreadful", "closely": "carefully", "mistakes": "errors",
    "agreement": "deal", "plan": "proposal", "critical": "crucial", "affected": "hit", "reports": "claims",
    "problems": "difficulties", "meeting": "talks", "everyone": "everybody", "ongoing": "under way",
]
private let synthThatInsert: Set<String> = ["believe", "think", "know", "said"]
private let synthThatDrop: Set<String> = ["believe", "think", "know", "clear", "you", "evidence", "said", "true"]
private let synthPast: [String: String] = [
    "urge": "urged", "believe": "believed", "think": "thought", "know": "knew", "want": "wanted", "call": "called",
    "need": "needed", "take": "took", "expect": "expected", "welcome": "welcomed", "say": "said", "promise": "promised",
]
private let synthModals: Set<String> = ["to", "will", "would", "can", "could", "not", "should", "may", "might", "must"]

extension SynthWriter {
    /// Outlet house style applied to every rendering of spoken words (percent spelling).
    func houseStyle(_ toks: inout [String]) {
        guard outlet.percent != .perCent else { return }
        var i = 1
        while i + 1 < toks.count {
            if toks[i] == "per" && toks[i + 1] == "cent" {
                if outlet.percent == .percent {
                    toks[i] = "percent"
                    toks.remove(at: i + 1)
                } else {
                    toks[i - 1] += "%"
                    toks.removeSubrange(i...(i + 1))
                }
            }
            i += 1
        }
    }

    /// The utterance as this outlet quotes it: house style plus, sometimes, small rewordings.
    mutating func varied(_ u: SynthUtterance) -> [String] {
        var t = u.tokens
        if u.hasPercent { houseStyle(&t) }
        guard c.rng.chance(outlet.variation) else { return t }
        let changes = c.rng.chance(300) ? 2 : 1
        var done = 0
        var attempts = 0
        while done < changes && attempts < 6 {
            attempts += 1
            if reword(&t, op: c.rng.int(8)) { done += 1 }
        }
        return t
    }

    private mutating func reword(_ t: inout [String], op: Int) -> Bool {
        let n = t.count
        var candidates: [Int] = []
        switch op {
        case 0:  // contraction
            for i in 0..<(n - 1) where SynthWriter.contraction(t[i], t[i + 1]) != nil
                && !(t[i + 1] == "will" && i + 2 < n && t[i + 2] == "not") {  // "won't", not "we'll not"
                candidates.append(i)
            }
            guard !candidates.isEmpty else { return false }
            let i = c.rng.pick(candidates)
            t[i] = SynthWriter.contraction(t[i], t[i + 1])!
            t.remove(at: i + 1)
        case 1:  // drop a filler word
            for i in 1..<n where synthDroppable.contains(t[i]) { candidates.append(i) }
            guard !candidates.isEmpty else { return false }
            t.remove(at: c.rng.pick(candidates))
        case 2:  // synonym
            for i in 1..<n where synthSynonyms[t[i]] != nil { candidates.append(i) }
            guard !candidates.isEmpty else { return false }
            let i = c.rng.pick(candidates)
            t[i] = synthSynonyms[t[i]]!
        case 3:  // insert "that"
            for i in 0..<(n - 2) where synthThatInsert.contains(t[i]) && t[i + 1] != "that" && !SynthWriter.isPunct(t[i + 1]) {
                candidates.append(i)
            }
            guard !candidates.isEmpty else { return false }
            t.insert("that", at: c.rng.pick(candidates) + 1)
        case 4:  // drop "that"
            for i in 1..<n where t[i] == "that" && synthThatDrop.contains(t[i - 1]) { candidates.append(i) }
            guard !candidates.isEmpty else { return false }
            t.remove(at: c.rng.pick(candidates))
        case 5:  // drop a comma
            for i in 1..<n where t[i] == "," { candidates.append(i) }
            guard !candidates.isEmpty else { return false }
            t.remove(at: c.rng.pick(candidates))
        case 6:  // small numbers as figures or words
            for i in 0..<n where SynthWriter.numberSwap(t[i]) != nil { candidates.append(i) }
            guard !candidates.isEmpty else { return false }
            let i = c.rng.pick(candidates)
            t[i] = SynthWriter.numberSwap(t[i])!
        default:  // elide a middle stretch
            guard n > 16, !t.contains(outlet.ellipsis) else { return false }
            let from = c.rng.int(3, n / 2)
            let to = min(from + c.rng.int(3, 6), n - 4)
            guard to > from else { return false }
            for i in (from - 1)...to where SynthWriter.isPunct(t[i]) || SynthText.single(t[i]) == 1
                || SynthText.single(t[i]) == 2 {
                return false
            }
            t.replaceSubrange(from..<to, with: [outlet.ellipsis])
        }
        return true
    }

    static func contraction(_ a: String, _ b: String) -> String? {
        if b == "not" {
            switch a {
            case "will": return "won't"
            case "can": return "can't"
            case "do", "does", "is", "are", "have", "has", "was", "would", "could", "should": return a + "n't"
            default: return nil
            }
        }
        switch (a, b) {
        case ("I", "am"): return "I'm"
        case ("I", "will"), ("we", "will"), ("We", "will"): return a + "'ll"
        case ("it", "is"), ("It", "is"), ("that", "is"), ("That", "is"): return a + "'s"
        case ("we", "have"), ("We", "have"): return a + "'ve"
        case ("we", "are"), ("We", "are"): return a + "'re"
        default: return nil
        }
    }

    static func numberSwap(_ t: String) -> String? {
        switch t {
        case "two": return "2"
        case "three": return "3"
        case "four": return "4"
        case "five": return "5"
        case "six": return "6"
        case "seven": return "7"
        case "eight": return "8"
        case "nine": return "9"
        case "2", "3", "4", "5", "6", "7", "8", "9": return SynthText.smallWords[Int(t)!]
        default: return nil
        }
    }

    /// Reported speech: the first sentence with pronouns and tenses shifted, lowercased start, no final stop.
    func indirect(_ u: SynthUtterance, who: Int) -> [String] {
        let p = person(who)
        let we = who == 0 ? speakerWe : p.org
        let end = u.firstSentenceEnd
        var result: [String] = []
        result.reserveCapacity(end + 4)
        var prev = ""
        for i in 0..<end {
            let raw = u.tokens[i]
            let t = (i == 0 && !u.properStart && raw != "I") ? SynthText.lowercasedFirst(raw) : raw
            let next = i + 1 < end ? u.tokens[i + 1] : ""
            var mapped: String? = nil
            if t.utf8.count > 5 {  // none of the cases below; only a verb after "I"/"we" may shift
                result.append((prev == "I" || prev == "we") ? (synthPast[t] ?? t) : t)
                prev = t
                continue
            }
            switch t {
            case "I": mapped = p.female ? "she" : "he"
            case "me": mapped = p.female ? "her" : "him"
            case "my": mapped = p.female ? "her" : "his"
            case "we", "us":
                for w in SynthText.words(we) { result.append(String(w)) }
                prev = "we"
                continue
            case "our": mapped = (next == "government" || next == "country") ? "the" : "its"
            case "am", "is": mapped = "was"
            case "are", "were": mapped = prev == "we" ? "was" : "were"
            case "will": mapped = "would"
            case "can": mapped = "could"
            case "has": mapped = "had"
            case "have": mapped = synthModals.contains(prev) ? "have" : "had"
            case "do", "does": mapped = next == "not" ? "did" : nil
            case "this": mapped = next == "morning" ? "that" : nil
            default:
                if prev == "I" || prev == "we" { mapped = synthPast[t] }
            }
            result.append(mapped ?? t)
            prev = t
        }
        if u.hasPercent { houseStyle(&result) }
        return result
    }

    /// Picks an editorialising verb that fits what was said, if this outlet editorialises here.
    mutating func editorial(_ kind: SynthKind) -> SynthEditorial? {
        guard outlet.slant > 0, c.rng.chance(outlet.slant) else { return nil }
        switch kind {
        case .denial, .causal, .blame:
            return [SynthEditorial.falselyClaimed, .withoutEvidence, .insisted][c.rng.int(3)]
        case .commitment, .superlative, .figure:
            return c.rng.chance(500) ? .touted : .boasted
        case .deflection:
            return c.rng.chance(500) ? .admitted : .conceded
        case .criticism:
            return c.rng.chance(300) ? .insisted : nil
        default:
            return nil
        }
    }
}
