// Article structure: header, lead, body composition (quotation paragraphs, reactions, filler).

extension SynthWriter {
    /// Articles never exceed this many bytes.
    static let maxBytes = 6000

    // MARK: Briefing articles

    mutating func writeEventArticle(target: Int) {
        guard let ev = event else { return }
        out.append("date ")
        SynthDate.appendISO(pubDay, to: &out)
        out.append(" ")
        headline(ev)
        out.append("\n\n")
        let leadUtterance = c.rng.chance(700) ? 0 : c.rng.int(ev.utterances.count)
        lead(ev, leadUtterance)

        // Quote the utterances in a loosely shuffled order; the lead's one goes last.
        var pool = Array(ev.utterances.indices).filter { $0 != leadUtterance }
        c.rng.shuffle(&pool)
        pool.insert(leadUtterance, at: 0)  // popped from the end, so this is used last
        // Each outlet leaves out a few of the things said: outlets quote different parts of one briefing.
        for _ in 0..<c.rng.int(0, 2) where pool.count > 4 { pool.remove(at: 1) }
        var plan: [(who: Int, utterance: Int)] = [(1, 0)]
        if ev.reactors.count > 1 { plan.append((2, 0)) }
        plan.append((1, 1))
        if ev.reactors.count > 1 { plan.append((2, 1)) }
        var reactions = 0
        var usedBackground: UInt64 = 0
        var backgroundLeft = 16  // sentences of filler at most
        var reused = false
        var procedural = Array(synthProcedural.indices)
        c.rng.shuffle(&procedural)
        procedural.removeLast(c.rng.int(3, procedural.count))  // 0–5 of them per article
        let limit = SynthWriter.maxBytes - 80
        var previousWasQuote = false
        while out.utf8.count < target {
            if pool.isEmpty && !reused {
                // Long articles come back to a few statements in another form.
                reused = true
                pool = Array(ev.utterances.indices)
                c.rng.shuffle(&pool)
                pool.removeLast(pool.count - 4)
            }
            // Interleave by remaining material so quotes, reactions and filler are spread out.
            let wQuote = pool.count * 10
            let wReaction = (plan.count - reactions) * (reactions == 0 ? 8 : 5)
            let wBackground = backgroundLeft > 0 ? 7 : 0
            let wProcedural = procedural.count * 3
            let total = wQuote + wReaction + wBackground + wProcedural
            guard total > 0 else { break }
            let mark = out.utf8.count
            out.append("\n\n")
            let r = c.rng.int(total)
            if r < wQuote {
                if reused {
                    // Second mention of a statement: paraphrase or partial quote, never the full quote again.
                    let u = ev.utterances[pool.removeLast()]
                    if u.key != nil && c.rng.chance(400) { quotePartial(u, who: 0) } else { reported(u, who: 0, verb: editorial(u.kind)) }
                } else {
                    quoteParagraph(ev, &pool, continuing: previousWasQuote)
                }
                previousWasQuote = true
            } else if r < wQuote + wReaction {
                reactionParagraph(ev, who: plan[reactions].who, utterance: plan[reactions].utterance)
                reactions += 1
                previousWasQuote = false
            } else if r < wQuote + wReaction + wBackground {
                backgroundLeft -= backgroundParagraph(&usedBackground)
                previousWasQuote = false
            } else {
                fill(synthProcedural[procedural.removeLast()])
                lastRef = 0
                previousWasQuote = false
            }
            if out.utf8.count > limit {
                truncate(to: mark)
                break
            }
        }
        signOff()
    }

    private mutating func headline(_ ev: SynthEvent) {
        let r = c.rng.int(10)
        let template: SynthTemplate
        if r < 2 && ev.keyAdjective != nil {
            template = c.rng.pick(synthKeyAdjectiveHeadlines)
        } else if r < 3 && ev.keyNounPhrase != nil {
            template = c.rng.pick(synthKeyNounHeadlines)
        } else if r < 6 {
            template = c.rng.pick(synthHappeningHeadlines)
        } else {
            template = c.rng.pick(synthHeadlines)
        }
        putHeadline(template)
    }

    mutating func putHeadline(_ template: SynthTemplate) {
        let saved = out
        out = ""
        fill(template)
        let text = outlet.titleCase ? SynthText.titleCase(out) : SynthText.capitalized(out)
        out = saved
        out.append(text)
    }

    mutating func putDateline(city: String) {
        switch outlet.dateline {
        case .dash:
            put(city.uppercased())
            out.append(" — ")
        case .wire:
            put(city)
            out.append(", ")
            out.append(SynthDate.monthDay(pubDay))
            out.append(" (")
            out.append(outlet.tag)
            out.append(") - ")
        case .outletTag:
            put(city.uppercased())
            out.append(" (")
            out.append(outlet.tag)
            out.append(") — ")
        }
    }

    /// "on Tuesday", "Tuesday (local time)", "yesterday".
    private mutating func putWhen(_ ev: SynthEvent) {
        let name = SynthDate.weekdayName(ev.day)
        if pubDay != ev.day && outlet.yesterday {
            out.append("yesterday")
        } else if outlet.localTime {
            out.append(name)
            out.append(" (local time)")
        } else {
            out.append("on ")
            out.append(name)
            switch c.rng.int(8) {
            case 0: out.append(" morning")
            case 1: out.append(" afternoon")
            default: break
            }
        }
    }

    private mutating func lead(_ ev: SynthEvent, _ ui: Int) {
        putDateline(city: synthCountries[ev.country].capital)
        let u = ev.utterances[ui]
        var form = c.rng.int(4)
        if form == 2 && ev.keyAdjective == nil { form = 0 }
        switch form {
        case 1:
            putFull(0, trailingComma: true)
            out.append(" ")
            fill(SynthWriter.leadVerbNoun)
            out.append(" ")
            putWhen(ev)
            out.append(", telling reporters at ")
            out.append(ev.venue)
            out.append(" that ")
            putTokensOf(indirect(u, who: 0))
            out.append(".")
        case 2:
            let key = ev.keyAdjective!
            let ku = ev.utterances[key.utterance]
            putFull(0, trailingComma: true)
            out.append(" ")
            putWhen(ev)
            out.append(" described ")
            out.append(ku.context)
            out.append(" as ")
            putQuote(ku.tokens, ku.key!.lowerBound, ku.key!.upperBound, end: .period)
            if key.utterance != ui {
                out.append(" ")
                putPronoun(0, start: true)
                out.append(" also said that ")
                putTokensOf(indirect(u, who: 0))
                out.append(".")
            }
        case 3:
            out.append("Speaking at ")
            out.append(ev.venue)
            out.append(" ")
            putWhen(ev)
            out.append(", ")
            putFull(0, trailingComma: true)
            out.append(" said that ")
            putTokensOf(indirect(u, who: 0))
            out.append(".")
        default:
            putFull(0, trailingComma: true)
            out.append(" said ")
            putWhen(ev)
            out.append(" that ")
            putTokensOf(indirect(u, who: 0))
            out.append(".")
        }
        if c.rng.chance(450) {
            out.append(" ")
            fill(c.rng.pick(synthContexts))
        }
        out.append(" ")
        fill(c.rng.pick(synthHappeningLeads))
    }

    static let leadVerbNoun = SynthTemplate(prose: "{leadverb} {noun}")

    mutating func putTokensOf(_ toks: [String]) { putTokens(toks, 0, toks.count) }

    private mutating func quoteParagraph(_ ev: SynthEvent, _ pool: inout [Int], continuing: Bool) {
        var items = 1
        if c.rng.chance(450) { items += 1 }
        if c.rng.chance(150) { items += 1 }
        items = min(items, pool.count)
        var k0 = 0
        if items >= 2 && c.rng.chance(200) {
            // "…," she said, adding that …
            let first = varied(ev.utterances[pool.removeLast()])
            let second = ev.utterances[pool.removeLast()]
            putQuote(first, 0, first.count, end: .comma)
            out.append(" ")
            putSubject(0, start: false)
            out.append(" said, adding that ")
            putTokensOf(indirect(second, who: 0))
            out.append(".")
            k0 = 2
        }
        for k in k0..<items {
            if k > 0 { out.append(" ") }
            let u = ev.utterances[pool.removeLast()]
            quoteItem(u, who: 0, continuing: k > 0, standaloneOK: k == 0 && continuing && lastRef == 0)
        }
    }
}
