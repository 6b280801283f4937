/// "According to X, …" and "…, according to X.": the source after "according to", or the
/// document that stands for it ("according to a statement from the ministry").
extension ArticleStatementScanner {
    /// Documents that stand for who issued them: "according to a statement from the ministry".
    static let issuedDocuments: WordSet = WordHash.set(["statement", "report", "release", "filing", "letter", "document", "post", "notice", "memo"])
    static let issuedBy: WordSet = WordHash.set(["from", "by", "of"])
    static let issued = WordHash.of("issued"), released = WordHash.of("released")

    /// "According to X, …" and "…, according to X."
    mutating func according(at c: Int, sentence: Range<Int>, paragraph p: Int) -> Int? {
        // "according to a statement (issued) from/by the ministry": the ministry.
        var start = c + 2
        var k = start
        func word(_ i: Int) -> Bool { i < sentence.upperBound && text.tokens[i].kind == .word }
        if word(k), text.isIn(k, WordClasses.determiner) { k += 1 }
        // "a new report by Politico", "an analysis by Lily Batchelder": adjectives before the document.
        var noun = k
        while noun < k + 2, word(noun), !text.tokens[noun].isCapitalized, !ArticleStatementScanner.issuedDocuments.contains(text.hash(noun)),
              !text.isIn(noun, WordClasses.sourceNoun), !text.isIn(noun, WordClasses.nameStopper) { noun += 1 }
        if word(noun), ArticleStatementScanner.issuedDocuments.contains(text.hash(noun)) || text.isIn(noun, WordClasses.sourceNoun),
           word(noun + 1), ArticleStatementScanner.issuedBy.contains(text.hash(noun + 1)) || text.hash(noun + 1) == ArticleStatementScanner.issued || text.hash(noun + 1) == ArticleStatementScanner.released {
            k = noun
        }
        if word(k), ArticleStatementScanner.issuedDocuments.contains(text.hash(k)) || text.isIn(k, WordClasses.sourceNoun) {
            k += 1
            if word(k), text.hash(k) == ArticleStatementScanner.issued || text.hash(k) == ArticleStatementScanner.released { k += 1 }
            if word(k), ArticleStatementScanner.issuedBy.contains(text.hash(k)) { start = k + 1 }
        }
        guard var mention = parser.parseForward(from: start, upperBound: sentence.upperBound) else { return nil }
        // "According to Mr. Halvorsen, the new bridge will …": what follows the comma is the
        // reported clause, not an apposition, unless a second comma closes it.
        if mention.kind == .name, let names = mention.nameTokens, text.isMark(names.upperBound, ","),
           mention.tokens.upperBound > names.upperBound, !text.isMark(mention.tokens.upperBound, ",") {
            mention.tokens = mention.tokens.lowerBound..<names.upperBound
            mention.role = nil
        }
        let cue = c..<(c + 2)
        if c == sentence.lowerBound || (c == sentence.lowerBound + 1 && dateAt(sentence.lowerBound) != nil) {
            var start = mention.tokens.upperBound
            if text.isMark(start, ",") { start += 1 }
            let end = lastWordEnd(from: start, to: reportedClauseEnd(from: start, sentence: sentence), keepingClosingQuote: false)
            return addIndirect(content: [start..<end], subject: mention, cue: cue, attributionTokens: c..<mention.tokens.upperBound, sentence: sentence, paragraph: p) ? end : nil
        }
        if c > sentence.lowerBound, text.isMark(c - 1, ",") {
            let content = sentence.lowerBound..<(c - 1)
            return addIndirect(content: [content], subject: mention, cue: cue, attributionTokens: c..<mention.tokens.upperBound, sentence: sentence, paragraph: p) ? sentence.upperBound : nil
        }
        return nil
    }
}
