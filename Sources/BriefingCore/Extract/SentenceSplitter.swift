/// Splits a paragraph into the reporter's sentences. A quotation is never split: a sentence that
/// ends inside quotation marks ends with the closing mark, and only if what follows starts a new
/// sentence (`"We will." Then she left.`), not an attribution (`"We will," she said.`).
enum SentenceSplitter {
    static let abbreviations: WordSet = WordHash.set([
        "mr", "ms", "mrs", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "prof", "jr", "sr", "inc",
        "corp", "ltd", "co", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "mt", "ft", "adm", "cmdr", "supt", "insp", "det", "rev", "hon", "approx", "est", "dept", "univ",
        "pres", "messrs", "mme", "mlle", "fig", "vol", "op",
    ])

    /// Sentence token ranges within `paragraph`. `quoteEnd` maps an opening-mark token to the last
    /// token of its quotation (the closing mark, or the paragraph's end).
    static func sentences(in text: TokenizedText, paragraph: Range<Int>, quoteEnd: [Int32]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(paragraph.count / 16 + 1) // about one sentence in 25 tokens: few regrowths
        var start = paragraph.lowerBound
        var i = paragraph.lowerBound
        let tokens = text.tokens
        while i < paragraph.upperBound {
            // A line that opens with a quotation after a line ending in a name (vox pops signed
            // "… ― Ingrid Solberg", one per line) starts a sentence of its own.
            if quoteEnd[i] >= 0, i > start, tokens[i].newlineBefore, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized {
                result.append(start..<i)
                start = i
            }
            if quoteEnd[i] >= 0 {
                let end = Int(quoteEnd[i])
                // Jump over the quotation; it ends the sentence if its content ended one and a new sentence follows.
                let next = end + 1
                // The content's last token: a doubled mark (`''`) closes with two tokens.
                var last = end - 1
                while last > i + 1, tokens[last].kind == .quote || tokens[last].mark == 0x27 || tokens[last].mark == 0x2019, !tokens[last].spaceBefore { last -= 1 }
                if end > i + 1, next < paragraph.upperBound, isTerminal(tokens[last]), startsSentence(next, in: text, paragraph: paragraph),
                   !isAttributionAhead(next, in: text, paragraph: paragraph) {
                    result.append(start..<next)
                    start = next
                }
                i = next
                continue
            }
            let token = tokens[i]
            if token.kind == .punctuation && isTerminal(token) {
                var end = i + 1
                while end < paragraph.upperBound, tokens[end].kind == .punctuation, isTerminal(tokens[end]) || tokens[end].mark == 0x29 { end += 1 }
                if end < paragraph.upperBound && tokens[end].kind == .quote && tokens[end].quoteRole == .closing { end += 1 }
                if token.mark == 0x2E, i > paragraph.lowerBound, isAbbreviation(i - 1, in: text) { i += 1; continue }
                if end >= paragraph.upperBound || startsSentence(end, in: text, paragraph: paragraph) {
                    result.append(start..<end)
                    start = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        if start < paragraph.upperBound { result.append(start..<paragraph.upperBound) }
        return result
    }

    @inline(__always)
    static func isTerminal(_ token: Token) -> Bool {
        token.kind == .punctuation && (token.mark == 0x2E || token.mark == 0x3F || token.mark == 0x21 || token.mark == 0x2026)
    }

    static func startsSentence(_ i: Int, in text: TokenizedText, paragraph: Range<Int>) -> Bool {
        guard i < paragraph.upperBound else { return true }
        let token = text.tokens[i]
        if !token.spaceBefore { return false }
        switch token.kind {
        case .word: return token.isCapitalized
        case .number: return true
        case .quote: return token.quoteRole != .closing
        case .punctuation: return token.mark == 0x28 || token.mark == 0x2014 || token.mark == 0x2013
        case .paragraphBreak: return true
        }
    }

    /// "Mr." "Aug." "J." — a dot that does not end the sentence.
    static func isAbbreviation(_ i: Int, in text: TokenizedText) -> Bool {
        let token = text.tokens[i]
        guard token.kind == .word else { return false }
        if token.length == 1 && token.isCapitalized { return true } // an initial
        return abbreviations.contains(token.hash)
    }

    static let whether = WordHash.of("whether")

    /// After a quotation: does an attribution follow ("Leavitt said.", "said the minister.")?
    /// Words that may follow an attribution's verb within its own sentence ("she said on
    /// Friday.", "he told reporters", "said in a statement").
    static let attributionFollowers: WordSet = WordHash.set(["on", "in", "at", "to", "of", "during", "after", "before", "with", "by", "from", "late",
                                                              "last", "this", "yesterday", "today", "tonight", "reporters", "journalists", "me", "us",
                                                              "him", "her", "them", "the", "a", "an", "as", "when", "while", "adding", "citing", "referring", "and"])

    static func isAttributionAhead(_ i: Int, in text: TokenizedText, paragraph: Range<Int>) -> Bool {
        var k = i
        var words = 0
        while k < paragraph.upperBound && words < 7 {
            let token = text.tokens[k]
            if token.kind == .word {
                if token.isIn(WordClasses.speechVerb) {
                    // "…address." He said that if "…": a verb that opens a clause or a quotation
                    // of its own starts the next sentence; it attributes nothing before it.
                    if k + 1 < paragraph.upperBound {
                        let next = text.tokens[k + 1]
                        if (next.kind == .word && (next.hash == Lexicon.that || next.hash == whether)) || (next.kind == .quote && next.quoteRole != .closing) { return false }
                        // "….” She adds, “What kind of …": a verb that introduces the next quotation.
                        if next.kind == .punctuation, next.mark == 0x2C || next.mark == 0x3A, k + 2 < paragraph.upperBound,
                           text.tokens[k + 2].kind == .quote, text.tokens[k + 2].quoteRole != .closing { return false }
                        // "…policy.'' The network said it would …": a subject and a verb going
                        // on to a clause, after a quotation that ended its sentence.
                        if words >= 1, next.kind == .word, !next.isCapitalized, !attributionFollowers.contains(next.hash),
                           !next.isIn(WordClasses.adverb), !text.isLyAdverb(k + 1) { return false }
                    }
                    return true
                }
                words += 1
            } else if token.kind == .punctuation && isTerminal(token) {
                return false
            } else if token.kind == .quote {
                return false
            }
            k += 1
        }
        return false
    }
}
