/// Dating statements: the date attached to the attribution, the lead's date carried forward, or
/// the publication day; and resolving date words inside quotations against the day they were spoken.
extension ArticleStatementScanner {
    static let eventWords: WordSet = WordHash.set([
        "meeting", "briefing", "conference", "interview", "statement", "speech", "hearing", "session", "summit", "debate",
        "address", "remarks", "announcement", "appearance", "rally", "talks", "visit", "reporters", "journalists",
    ])

    /// A date expression usable as a statement's date: outside quotations and the dateline, with a
    /// value no later than the publication day.
    func usableDate(_ d: Int) -> Bool {
        let date = dates[d]
        guard !isInsideQuote(date.tokens.lowerBound), date.range.lowerBound >= datelineBytes, let value = date.value else { return false }
        if let published = article.date, let day = value.day, day > published { return false }
        return value.isDayOrWeek
    }

    /// The date the lead establishes for the briefing ("unveiled … on Tuesday", "opened Tuesday's
    /// meeting", "told reporters Tuesday"): the first usable date in the first paragraph that is not
    /// inside a relative clause ("whose kitchen was flooded on Saturday") or a reported clause
    /// ("Police said officers were called … on Saturday").
    func leadDate() -> (value: DateValue, expression: Int)? {
        // The lead is the first paragraph of prose: bylines and date lines come before it.
        // The lead: the opening paragraph, or the first two paragraphs of prose after a byline.
        let prose = paragraphs.prefix(5).filter { text.hasWords($0, atLeast: 8) }.prefix(2)
        let lead = ([paragraphs.first].compactMap { $0 } + prose)
        for (d, date) in dates.enumerated() where usableDate(d) {
            guard let first = lead.first(where: { $0.contains(date.tokens.lowerBound) }) else { continue }
            // Past the opening paragraph, only a date tied to the briefing itself ("at her briefing … yesterday").
            if prose.count > 1, first == prose[prose.startIndex + 1], first != lead[0] {
                let window = max(first.lowerBound, date.tokens.lowerBound - 8)..<date.tokens.lowerBound
                guard window.contains(where: { ArticleStatementScanner.eventWords.contains(text.hash($0)) || text.isIn($0, WordClasses.speechVerb) }) else { continue }
            }
            guard let value = date.value, value.day != nil else { continue }
            if isInSubordinateClause(date.tokens.lowerBound, paragraph: first) { continue }
            return (value, d)
        }
        return nil
    }

    /// Looks back through the sentence: a relative pronoun, or a speech verb followed by a clause
    /// ("that", or four words or more), puts the token in a clause of its own.
    private func isInSubordinateClause(_ index: Int, paragraph: Range<Int>) -> Bool {
        var k = index - 1
        var wordsSinceStart = 0
        while k >= paragraph.lowerBound {
            let token = text.tokens[k]
            if token.kind == .punctuation && (SentenceSplitter.isTerminal(token) || token.mark == 0x2C) { return false }
            if token.kind == .word {
                if ArticleStatementScanner.relativePronouns.contains(token.hash) { return true }
                if token.isIn(WordClasses.speechVerb) { return wordsSinceStart >= 4 || (k + 1..<index).contains { text.hash($0) == Lexicon.that } }
                wordsSinceStart += 1
            }
            k -= 1
        }
        return false
    }

    static let relativePronouns: WordSet = WordHash.set(["who", "whose", "which", "where", "whom"])

    /// The statement's date from the date words attached to its attribution (`said on Tuesday`,
    /// `on Tuesday (local time) said`, `told reporters Tuesday`, `On Tuesday, X said`), else the
    /// carried lead date, else nil (the publication day).
    ///
    /// With `restIsAttribution` (an attribution after the quotation it closes: `"…," she said in
    /// her nightly address on Saturday.`) the rest of the sentence describes the speaking, so a
    /// date further on in it counts, unless a clause of its own comes first ("adding that …").
    mutating func attributionDate(_ regions: [Range<Int>], sentence: Range<Int>, restIsAttribution: Bool = false) -> (value: DateValue, expression: Int?, basis: DateBasis)? {
        var chosen: Int?
        for region in regions {
            // The region may lie in another sentence (a quotation attributed after its last
            // paragraph): look around the region itself, never past the text.
            let lower = max(0, region.lowerBound)
            let reach = restIsAttribution ? ArticleStatementScanner.attributionTailWords + 4 : 4
            let upper = max(lower, min(text.tokens.count, region.upperBound + reach, region.overlaps(sentence) ? sentence.upperBound : Int.max))
            let extended = lower..<upper
            for k in extended {
                guard let d = dateAt(k), usableDate(d) else { continue }
                let date = dates[d]
                // A date right after the region must follow the cue directly (skipping "reporters", "that").
                if date.tokens.lowerBound >= region.upperBound {
                    let between = region.upperBound..<date.tokens.lowerBound
                    let gap = between.filter { text.tokens[$0].kind == .word }
                    if restIsAttribution, !gap.isEmpty, gap.count <= ArticleStatementScanner.attributionTailWords,
                       between.allSatisfy({ text.tokens[$0].kind != .quote && !(text.tokens[$0].kind == .punctuation && text.tokens[$0].mark == 0x2C) }),
                       !gap.contains(where: { ArticleStatementScanner.clauseOpeners.contains(text.tokens[$0].hash) || text.tokens[$0].isIn(WordClasses.speechVerb) }) {
                        chosen = d
                        break
                    }
                    if !gap.isEmpty { continue }
                }
                chosen = d
                break
            }
            if chosen != nil { break }
        }
        if chosen == nil, let d = dateAt(sentence.lowerBound) ?? dateAt(sentence.lowerBound + 1), usableDate(d),
           text.isMark(dates[d].tokens.upperBound, ",") {
            chosen = d // "On Tuesday, the minister said …"
        }
        if let d = chosen, let value = dates[d].value {
            let paragraph = paragraphs.firstIndex(where: { $0.contains(dates[d].tokens.lowerBound) }) ?? 0
            if carry == nil || (!carryFromAttribution && paragraph <= 1) {
                carry = (value, d)
                carryFromAttribution = true
            }
            return (value, d, .attribution)
        }
        if let carry { return (carry.value, carry.expression, .carried) }
        return nil
    }

    /// Words an attribution after its quotation may run on for before the day it names
    /// ("told CNN's State of the Union on Sunday").
    static let attributionTailWords = 8
    /// Words that open a clause of its own after an attribution ("…, she said, adding that …").
    static let clauseOpeners: WordSet = WordHash.set([
        "and", "or", "but", "as", "when", "while", "after", "before", "because", "if", "that", "which", "who", "whom", "where",
        "since", "although", "though", "until", "adding", "saying", "noting", "amid",
    ])

    /// Date words inside quotations refer to the day the words were spoken.
    mutating func resolveQuotedDates() {
        guard let published = article.date else { return }
        guard !quotes.isEmpty else {
            for i in found.indices where found[i].date == nil { found[i].date = (.day(published), nil, .publication) }
            return
        }
        var spokenOn = [Day?](repeating: nil, count: quotes.count) // by quotation
        for i in found.indices { // by index: a copy of each statement would retain its pieces
            let day = found[i].date?.value.day ?? published
            for piece in found[i].pieces {
                if let q = quotes.firstIndex(where: { $0.contentBytes.lowerBound <= piece.lowerBound && piece.upperBound <= $0.contentBytes.upperBound }) {
                    spokenOn[q] = day
                }
            }
        }
        for d in dates.indices where isInsideQuote(dates[d].tokens.lowerBound) {
            let q = Int(quoteAt[dates[d].tokens.lowerBound])
            let reference = spokenOn[q] ?? published
            let tense = TenseDetector.tense(at: dates[d].tokens.lowerBound, end: dates[d].tokens.upperBound, in: text)
            dates[d].value = dates[d].mention.resolve(reference: reference, tense: tense)
            dates[d].reference = reference
        }
        // Undated statements get the publication day.
        for i in found.indices where found[i].date == nil {
            found[i].date = (.day(published), nil, .publication)
        }
    }
}
