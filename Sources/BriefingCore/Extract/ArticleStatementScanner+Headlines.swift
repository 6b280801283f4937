/// Headlines that name who says something before a colon: "Pence: Gennifer Flowers won't be at
/// the debate", "Poll: Clinton and Trump in dead heat". Only the article's first paragraph, and
/// only a speaker the article names elsewhere or a source noun ("Poll", "Study"): "Stealth Over
/// Health: …" and "The Latest: …" are titles, not speakers.
extension ArticleStatementScanner {
    mutating func scanHeadlineColon(in sentence: Range<Int>, paragraph p: Int) {
        guard p == 0, sentences[p].count == 1, sentence.count <= 48 else { return }
        guard let colon = (sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 6)).first(where: { text.isMark($0, ":") }),
              colon > sentence.lowerBound, colon + 3 < sentence.upperBound, !isInsideQuote(colon),
              let mention = parser.parseForward(from: sentence.lowerBound, upperBound: colon), mention.tokens.upperBound == colon else { return }
        let first = mention.tokens.lowerBound
        let isSource = mention.tokens.count == 1 && text.isIn(first, WordClasses.sourceNoun)
        var known = false
        if mention.kind == .name || mention.kind == .organisation, let names = mention.nameTokens {
            known = (names.count == 1 ? entityNamed(names.lowerBound) : speakers.lookup(name: text.string(tokens: names))) != nil
        }
        guard isSource || known else { return }
        var start = colon + 1
        while start < sentence.upperBound, text.tokens[start].kind == .quote, text.tokens[start].quoteRole != .closing { start += 1 }
        guard start < sentence.upperBound else { return }
        let end = lastWordEnd(from: start, to: sentence.upperBound, keepingClosingQuote: true)
        guard end > start else { return }
        _ = addIndirect(content: [start..<end], subject: mention, cue: colon..<(colon + 1), attributionTokens: first..<(colon + 1),
                        sentence: sentence, paragraph: p)
    }
}
