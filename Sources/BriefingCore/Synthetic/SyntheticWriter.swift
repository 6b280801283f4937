// The article writer's low-level machinery: house-style output, names, quotation rendering.

struct SynthWriter {
    var out: String
    var c: SynthContent
    let outlet: SynthOutlet
    let outletIndex: Int
    let pubDay: Int
    let event: SynthEvent?
    let speaker: SynthPerson
    /// Critics quoted in reaction; `who` 1 and 2 in the attribution helpers.
    let critics: [SynthPerson]
    /// What "we" becomes in the speaker's paraphrased statements.
    let speakerWe: String
    let open: String, close: String, nestedOpen: String, nestedClose: String
    let headOpen: String, headClose: String, apostrophe: String
    /// 0 = speaker, 1... = critics, -1 = nobody yet; decides when pronouns are allowed.
    var lastRef = -1
    /// Bit `who` set once that person has been introduced in full.
    var introduced: UInt8 = 1
    /// Fixed per unrelated story so a story keeps its place and teams.
    let storyTown: String
    let teams: (String, String)
    let festival: String

    init(rng: SynthRNG, outletIndex: Int, pubDay: Int, event: SynthEvent?) {
        out = ""
        out.reserveCapacity(6400)
        var rng = rng
        let outlet = synthOutlets[outletIndex]
        self.outlet = outlet
        self.outletIndex = outletIndex
        self.pubDay = pubDay
        self.event = event
        if let event {
            speaker = synthOfficials[event.speaker]
            critics = event.reactors.map { synthReactors[$0] }
            c = SynthContent(rng: rng, topic: event.topic, country: event.country, counterpart: event.counterpart,
                             speaker: event.speaker, percent: outlet.percent)
            c.happening = event.happening
            c.place = event.place
        } else {
            speaker = synthOfficials[0]
            critics = []
            let country = rng.int(synthCountries.count)
            c = SynthContent(rng: rng, topic: rng.int(synthTopics.count), country: country,
                             counterpart: (country + 1) % synthCountries.count, speaker: 0, percent: outlet.percent)
        }
        let generic = c.rng.chance(500)
        speakerWe = generic && speaker.org.hasSuffix("government") ? "the government" : speaker.org
        storyTown = c.rng.pick(c.country.towns)
        let a = c.rng.int(synthTeams.count)
        teams = (synthTeams[a], synthTeams[(a + 1 + c.rng.int(synthTeams.count - 1)) % synthTeams.count])
        festival = c.rng.pick(synthFestivals)
        switch outlet.quotes {
        case .straight:
            (open, close, nestedOpen, nestedClose) = ("\"", "\"", "'", "'")
            (headOpen, headClose, apostrophe) = ("'", "'", "'")
        case .curly:
            (open, close, nestedOpen, nestedClose) = ("“", "”", "‘", "’")
            (headOpen, headClose, apostrophe) = ("‘", "’", "’")
        case .british:
            (open, close, nestedOpen, nestedClose) = ("‘", "’", "“", "”")
            (headOpen, headClose, apostrophe) = ("‘", "’", "’")
        }
    }

    // MARK: Output

    /// Appends text, converting straight apostrophes to the outlet's.
    mutating func put(_ s: String) {
        if apostrophe != "'" && s.utf8.contains(39) {
            for ch in s.unicodeScalars {
                if ch == "'" { out.append(apostrophe) } else { out.unicodeScalars.append(ch) }
            }
        } else {
            out.append(s)
        }
    }

    mutating func fill(_ template: SynthTemplate) {
        for part in template.parts {
            switch part {
            case .text(let s): out.append(s)
            case .slot(let f, let capital):
                let v = field(f)
                put(capital ? SynthText.capitalized(v) : v)
            case .apostrophe: out.append(apostrophe)
            case .open: out.append(open)
            case .close: out.append(close)
            case .nestedOpen: out.append(headOpen)
            case .nestedClose: out.append(headClose)
            default: break
            }
        }
    }

    mutating func field(_ f: SynthField) -> String {
        switch f {
        case .outlet: return outlet.name
        case .last: return lastName(speaker)
        case .ref: return refName(speaker)
        case .pron: return speaker.female ? "she" : "he"
        case .short: return speaker.short
        case .role: return speaker.role
        case .venue: return event?.venue ?? "a news conference"
        case .leadverb: return c.rng.pick(synthLeadVerbs)
        case .journalist, .resident: return c.rng.pick(synthFirstNames) + " " + c.rng.pick(synthLastNames)
        case .age: return String(c.rng.int(19, 84))
        case .job: return c.rng.pick(synthJobs)
        case .team: return teams.0
        case .team2: return teams.1
        case .score:
            let a = c.rng.int(1, 5)
            return String(a) + "-" + String(c.rng.int(0, a - 1))
        case .festival: return festival
        case .temp: return String(c.rng.int(31, 42))
        case .weekday: return SynthDate.weekdayName(pubDay - c.rng.int(2))
        case .keyadj: return event?.keyAdjective?.phrase ?? c.value(.adj)
        case .keynp: return event?.keyNounPhrase ?? "a new chapter"
        case .town: return event == nil ? storyTown : c.value(.town)
        default: return c.value(f)
        }
    }

    /// Removes everything after `mark` (a UTF-8 offset on a character boundary).
    mutating func truncate(to mark: Int) {
        let index = out.utf8.index(out.utf8.startIndex, offsetBy: mark)
        out.removeSubrange(index..<out.endIndex)
    }

    // MARK: People

    func person(_ who: Int) -> SynthPerson { who == 0 ? speaker : critics[who - 1] }

    func lastName(_ p: SynthPerson) -> String {
        if outlet.variantSpelling && p.last.count > 1 { return p.last[1 + outletIndex % (p.last.count - 1)] }
        return p.last[0]
    }

    func refName(_ p: SynthPerson) -> String {
        outlet.honorifics ? (p.female ? "Ms. " : "Mr. ") + lastName(p) : lastName(p)
    }

    /// First mention: "Press Secretary Mara Lindqvist" or "Mara Lindqvist, the Valdorian government's press secretary,".
    mutating func putFull(_ who: Int, trailingComma: Bool) {
        let p = person(who)
        if outlet.titleFirst {
            put(p.role)
            out.append(" ")
            put(p.first)
            out.append(" ")
            put(lastName(p))
        } else {
            put(p.first)
            out.append(" ")
            put(lastName(p))
            out.append(", ")
            put(p.org)
            out.append(apostrophe)
            out.append("s ")
            put(p.lower)
            if trailingComma { out.append(",") }
        }
        lastRef = who
    }

    /// A later reference: surname, pronoun (if unambiguous) or role.
    mutating func putSubject(_ who: Int, start: Bool, pronoun: Bool = true) {
        let p = person(who)
        let r = c.rng.int(100)
        if pronoun && lastRef == who && r < 40 {
            out.append(start ? (p.female ? "She" : "He") : (p.female ? "she" : "he"))
        } else if r >= 88 {
            put(start ? SynthText.capitalized(p.short) : p.short)
        } else {
            put(start ? SynthText.capitalized(refName(p)) : refName(p))
        }
        lastRef = who
    }

    mutating func putPronoun(_ who: Int, start: Bool) {
        let female = person(who).female
        out.append(start ? (female ? "She" : "He") : (female ? "she" : "he"))
        lastRef = who
    }

    // MARK: Quotations

    enum QuoteEnd { case keep, comma, period, bare }

    static func isTerminal(_ t: String) -> Bool { SynthText.isTerminal(t) }

    static func isPunct(_ t: String) -> Bool {
        let b = SynthText.single(t)
        return b == 44 || b == 46 || b == 63 || b == 33 || b == 59 || b == 58  // , . ? ! ; :
    }

    /// Renders toks[from..<to] inside quotation marks, ending as requested.
    mutating func putQuote(_ toks: [String], _ from: Int, _ to: Int, end: QuoteEnd) {
        var stop = to
        var final: String? = nil
        if stop > from, SynthWriter.isTerminal(toks[stop - 1]) {
            final = toks[stop - 1]
            stop -= 1
        }
        out.append(open)
        putTokens(toks, from, stop)
        switch end {
        case .keep:
            out.append(final ?? ".")
            out.append(close)
        case .comma:
            if let f = final, f != "." {
                out.append(f)
                out.append(close)
            } else if outlet.logical {
                out.append(close)
                out.append(",")
            } else {
                out.append(",")
                out.append(close)
            }
        case .period:
            if outlet.logical {
                out.append(close)
                out.append(".")
            } else {
                out.append(".")
                out.append(close)
            }
        case .bare:
            out.append(close)
        }
    }

    /// Joins tokens with spaces, attaching punctuation and nested quotation marks.
    mutating func putTokens(_ toks: [String], _ from: Int, _ to: Int) {
        var glue = true
        var i = from
        let variant = speaker.last.count > 1 && outlet.variantSpelling
        let canonical = speaker.last[0]
        let canonicalLength = canonical.utf8.count
        while i < to {
            let t = toks[i]
            let b = SynthText.single(t)
            if b == 1 {
                if !glue { out.append(" ") }
                out.append(nestedOpen)
                glue = true
            } else if b == 2 {
                out.append(nestedClose)
                glue = false
            } else {
                if !glue && !(b == 44 || b == 46 || b == 63 || b == 33 || b == 59 || b == 58) { out.append(" ") }
                if variant && t.utf8.count == canonicalLength && t == canonical {
                    put(lastName(speaker))
                } else {
                    put(t)
                }
                glue = false
            }
            i += 1
        }
    }
}
