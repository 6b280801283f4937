// Attribution forms: how one statement is rendered — quote then attribution, attribution then
// quote, quote interrupted by attribution, partial quote, reported speech.

extension SynthWriter {
    /// One utterance rendered in one of the attribution forms.
    mutating func quoteItem(_ u: SynthUtterance, who: Int, continuing: Bool, standaloneOK: Bool) {
        let verb = editorial(u.kind)
        let r = c.rng.int(100)
        if standaloneOK && r < 8 {
            let toks = varied(u)
            putQuote(toks, 0, toks.count, end: .keep)
        } else if r < 40 || (verb != nil && r < 70) {
            quoteAfter(u, who: who, verb: verb)
        } else if r < 55 {
            quoteBefore(u, who: who, continuing: continuing)
        } else if r < 68 && quoteInterrupted(u, who: who) {
        } else if r < 80 && u.key != nil {
            quotePartial(u, who: who)
        } else {
            reported(u, who: who, verb: verb)
        }
    }

    mutating func quoteAfter(_ u: SynthUtterance, who: Int, verb: SynthEditorial?) {
        let toks = varied(u)
        putQuote(toks, 0, toks.count, end: .comma)
        out.append(" ")
        if let verb {
            putSubject(who, start: false)
            out.append(" ")
            put(verb.afterQuote)
        } else {
            switch c.rng.int(7) {
            case 0, 1:
                out.append("said ")
                putSubject(who, start: false, pronoun: false)
            case 2:
                putSubject(who, start: false)
                out.append(" added")
            case 3:
                putSubject(who, start: false)
                out.append(" told reporters")
            case 4:
                putSubject(who, start: false)
                out.append(who == 0 ? " said at the briefing" : " said in a statement")
            default:
                putSubject(who, start: false)
                out.append(" said")
            }
        }
        out.append(".")
    }

    mutating func quoteBefore(_ u: SynthUtterance, who: Int, continuing: Bool) {
        let toks = varied(u)
        if continuing {
            putSubject(who, start: true)
            out.append([" added", " also said", " continued", " went on"][c.rng.int(4)])
        } else {
            switch c.rng.int(8) {
            case 6, 7:
                out.append(c.rng.chance(500) ? "Turning to " : "On the subject of ")
                put(c.value(.noun))
                out.append(", ")
                putSubject(who, start: false)
                out.append(" said")
            case 0:
                out.append("Asked about ")
                put(c.value(.noun))
                out.append(", ")
                putSubject(who, start: false)
                out.append(" said")
            case 1:
                out.append(who == 0 ? "Speaking at the briefing, " : "In a statement, ")
                putSubject(who, start: false)
                out.append(" said")
            case 2:
                out.append("Pressed on ")
                put(c.value(.noun))
                out.append(", ")
                putSubject(who, start: false)
                out.append(" replied")
            default:
                putSubject(who, start: true)
                out.append([" said", " told reporters", " added"][c.rng.int(3)])
            }
        }
        out.append(outlet.quotes == .straight && c.rng.chance(400) ? ", " : ": ")
        putQuote(toks, 0, toks.count, end: .keep)
    }

    /// `"First part," she said, "second part."` Returns false if there is nowhere to split.
    mutating func quoteInterrupted(_ u: SynthUtterance, who: Int) -> Bool {
        let toks = varied(u)
        var candidates: [Int] = []
        var depth = 0
        for i in toks.indices {
            let t = toks[i]
            let b = SynthText.single(t)
            if b == 1 { depth += 1 } else if b == 2 { depth -= 1 }
            if depth == 0 && i >= 3 && i + 4 <= toks.count && (b == 44 || b == 46) { candidates.append(i) }
        }
        guard !candidates.isEmpty else { return false }
        let i = c.rng.pick(candidates)
        let sentence = SynthText.single(toks[i]) == 46
        putQuote(toks, 0, sentence ? i + 1 : i, end: .comma)
        out.append(" ")
        switch c.rng.int(3) {
        case 0:
            out.append("said ")
            putSubject(who, start: false, pronoun: false)
        case 1:
            putSubject(who, start: false)
            out.append(" added")
        default:
            putSubject(who, start: false)
            out.append(" said")
        }
        out.append(sentence ? ". " : ", ")
        putQuote(toks, i + 1, toks.count, end: .keep)
        return true
    }

    /// `Lindqvist described the talks as "constructive".`
    mutating func quotePartial(_ u: SynthUtterance, who: Int) {
        guard let key = u.key else { return }
        putSubject(who, start: true)
        if u.keyKind == .adjective {
            out.append(c.rng.chance(500) ? " described " : " characterised ")
            out.append(u.context)
            out.append(" as ")
        } else {
            out.append([" spoke of ", " used the phrase ", " referred to "][c.rng.int(3)])
        }
        putQuote(u.tokens, key.lowerBound, key.upperBound, end: .period)
        if c.rng.chance(400) {
            out.append(" ")
            putPronoun(who, start: true)
            out.append(" said that ")
            putTokensOf(indirect(u, who: who))
            out.append(".")
        }
    }

    /// Reported speech, possibly editorialised.
    mutating func reported(_ u: SynthUtterance, who: Int, verb: SynthEditorial?) {
        let toks = indirect(u, who: who)
        if let verb {
            putSubject(who, start: true)
            out.append(" ")
            put(verb.beforeClause)
            out.append(" ")
        } else {
            switch c.rng.int(6) {
            case 0:
                out.append("According to ")
                putSubject(who, start: false, pronoun: false)
                out.append(", ")
            case 1:
                putSubject(who, start: true)
                out.append(" said ")
            case 2:
                putSubject(who, start: true)
                out.append(" told reporters that ")
            case 3:
                putSubject(who, start: true)
                out.append(" stressed that ")
            case 4:
                putSubject(who, start: true)
                out.append(" added that ")
            default:
                putSubject(who, start: true)
                out.append(" said that ")
            }
        }
        putTokensOf(toks)
        out.append(".")
    }
}
