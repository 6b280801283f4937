/// What a quotation's own shape says: scare quotes and titles of works are no statements, and
/// a partial quotation that holds whole sentences after its first fragment splits there.
extension ArticleStatementScanner {
    /// Scare quotes and titles of works are not statements: a short quotation after "so-called",
    /// "film", "book", "titled"…, or a Title Case quotation of a name.
    func isScareOrTitle(_ quote: Quotation) -> Bool {
        let words = quote.content.filter { text.tokens[$0].kind == .word }
        if let previous = quote.open > 0 ? text.tokens[quote.open - 1] : nil, previous.kind == .word,
           ArticleStatementScanner.titleCues.contains(previous.hash) {
            return true
        }
        // A title in title case, its full stop inside the marks as American style puts it (on
        // CNN's "State of the Union.").
        if words.count >= 2 && words.count <= 8 && words.allSatisfy({ text.tokens[$0].isCapitalized || ArticleStatementScanner.titleSmallWords.contains(text.tokens[$0].hash) })
            && text.tokens[words[0]].isCapitalized && !quote.content.dropLast().contains(where: { SentenceSplitter.isTerminal(text.tokens[$0]) }) {
            return true
        }
        return false
    }

    /// A section heading in quotation marks, a paragraph of its own in title case ("'All Bets
    /// Are Off.'", "'Legend in the Coal Fields.'"): the outlet's words, not a statement.
    func isQuotedHeading(_ quote: Quotation) -> Bool {
        guard let close = quote.close, quote.paragraph < paragraphs.count else { return false }
        let paragraph = paragraphs[quote.paragraph]
        guard quote.open == paragraph.lowerBound, close + 1 >= paragraph.upperBound
                || (close + 1 < text.tokens.count && text.tokens[close + 1].kind == .paragraphBreak) else { return false }
        let words = quote.content.filter { text.tokens[$0].kind == .word }
        return words.count >= 2 && words.count <= 8 && text.tokens[words[0]].isCapitalized
            && words.allSatisfy { text.tokens[$0].isCapitalized || ArticleStatementScanner.titleSmallWords.contains(text.tokens[$0].hash) }
    }

    static let titleCues: WordSet = WordHash.set(["so-called", "film", "book", "novel", "song", "album", "titled", "entitled", "headlined", "slogan", "show", "series", "documentary", "play", "programme", "program", "podcast", "reading", "word", "term", "phrase", "hashtag", "banner", "sign"])
    static let titleSmallWords: WordSet = WordHash.set(["of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with"])

    /// Where a partial quotation's first fragment ends and its first whole sentence starts.
    func sentenceSplit(in quote: Quotation) -> (fragmentEnd: Int, restStart: Int)? {
        guard let first = quote.content.first, !text.tokens[first].isCapitalized else { return nil }
        var k = quote.content.lowerBound
        while k < quote.content.upperBound - 1 {
            let token = text.tokens[k]
            if SentenceSplitter.isTerminal(token), text.tokens[k + 1].kind == .word, text.tokens[k + 1].isCapitalized, text.tokens[k + 1].spaceBefore,
               !(k > 0 && SentenceSplitter.isAbbreviation(k - 1, in: text)) {
                return (Int(token.end), Int(text.tokens[k + 1].start))
            }
            k += 1
        }
        return nil
    }
}
