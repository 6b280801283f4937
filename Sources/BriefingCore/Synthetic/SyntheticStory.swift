// Reaction and background paragraphs, sign-offs, and unrelated (non-briefing) stories.

extension SynthWriter {
    /// A critic's reaction; the first one introduces the critic.
    mutating func reactionParagraph(_ ev: SynthEvent, who: Int, utterance: Int) {
        let u = ev.reactions[who - 1][utterance]
        let bit = UInt8(1) << UInt8(who)
        guard introduced & bit == 0 else {
            quoteItem(u, who: who, continuing: false, standaloneOK: false)
            return
        }
        introduced |= bit
        switch c.rng.int(4) {
        case 0:
            let toks = varied(u)
            putQuote(toks, 0, toks.count, end: .comma)
            out.append(" said ")
            putFull(who, trailingComma: false)
            out.append(".")
        case 1:
            out.append((who == 1 ? ["But ", "", "Critics were unconvinced. "] : ["", "Meanwhile, "])[c.rng.int(who == 1 ? 3 : 2)])
            putFull(who, trailingComma: true)
            out.append([" was scathing.", " criticised the announcement.", " reacted angrily.", " struck a different tone."][c.rng.int(4)])
            out.append(" ")
            let toks = varied(u)
            putQuote(toks, 0, toks.count, end: .keep)
        case 2:
            if let key = u.key {
                putFull(who, trailingComma: true)
                out.append(u.keyKind == .adjective ? " said the decision came " : " called the announcement ")
                putQuote(u.tokens, key.lowerBound, key.upperBound, end: .period)
                if u.keyKind == .adjective { break }
                out.append(" ")
                putPronoun(who, start: true)
                out.append(" said that ")
                putTokensOf(indirect(u, who: who))
                out.append(".")
                break
            }
            fallthrough
        default:
            putFull(who, trailingComma: true)
            out.append(" said that ")
            putTokensOf(indirect(u, who: who))
            out.append(".")
        }
    }

    /// One to three background sentences not yet used; returns how many were used.
    mutating func backgroundParagraph(_ used: inout UInt64) -> Int {
        let want = c.rng.int(1, 2)
        var written = 0
        var attempts = 0
        while written < want && attempts < 12 {
            attempts += 1
            let i = c.rng.int(synthBackground.count)
            if used & (1 << UInt64(i)) != 0 { continue }
            used |= 1 << UInt64(i)
            if written > 0 { out.append(" ") }
            fill(synthBackground[i])
            written += 1
        }
        if written == 0 {
            // Everything random missed: take the first unused one deterministically.
            for i in synthBackground.indices where used & (1 << UInt64(i)) == 0 {
                used |= 1 << UInt64(i)
                fill(synthBackground[i])
                return 1
            }
            out.append("The ministry did not respond to further questions.")
            return synthBackground.count
        }
        return written
    }

    mutating func signOff() {
        if outlet.signOff {
            out.append("\n\n(Reporting by ")
            put(field(.journalist))
            out.append("; editing by ")
            put(field(.journalist))
            out.append(")")
        } else if c.rng.chance(120) {
            out.append("\n\nAdditional reporting by ")
            put(field(.journalist))
            out.append(".")
        }
        out.append("\n")
    }

    // MARK: Unrelated stories

    mutating func writeUnrelatedArticle(target: Int) {
        let kind = synthStoryKinds[c.rng.int(synthStoryKinds.count)]
        out.append("date ")
        SynthDate.appendISO(pubDay, to: &out)
        out.append(" ")
        putHeadline(c.rng.pick(kind.headlines))
        out.append("\n\n")
        putDateline(city: storyTown)
        fill(kind.paragraphs[0])
        var rest = Array(1..<kind.paragraphs.count)
        c.rng.shuffle(&rest)
        var filler = Array(synthStoryFiller.indices)
        c.rng.shuffle(&filler)
        let limit = SynthWriter.maxBytes - 80
        while out.utf8.count < target && !(rest.isEmpty && filler.isEmpty) {
            let mark = out.utf8.count
            out.append("\n\n")
            let sentences = c.rng.int(1, 3)
            for k in 0..<sentences {
                let template: SynthTemplate
                if !rest.isEmpty && (filler.isEmpty || c.rng.chance(650)) {
                    template = kind.paragraphs[rest.removeLast()]
                } else if !filler.isEmpty {
                    template = synthStoryFiller[filler.removeLast()]
                } else {
                    break
                }
                if k > 0 { out.append(" ") }
                fill(template)
            }
            if out.utf8.count > limit {
                truncate(to: mark)
                break
            }
        }
        signOff()
    }
}
