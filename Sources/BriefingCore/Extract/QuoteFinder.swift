/// A top-level quotation in a paragraph (nested quotations stay inside it).
struct Quotation: Equatable {
    enum Family: UInt8 { case double, single, guillemet, angle }

    /// Token index of the opening mark.
    var open: Int
    /// Token index of the closing mark; nil when the paragraph ended first.
    var close: Int?
    /// Tokens between the marks.
    var content: Range<Int>
    /// Bytes between the marks, trimmed of surrounding spaces.
    var contentBytes: Range<Int>
    var family: Family
    /// Index of the paragraph (in ``QuoteFinder/paragraphs``) holding it.
    var paragraph: Int
    /// The quotation runs on into the next paragraph, which reopens it with the same mark.
    var continuesInNextParagraph = false
    /// This quotation continues one from the previous paragraph.
    var continuesPrevious = false

    /// The token range the quotation covers, marks included.
    var tokenRange: Range<Int> { open..<((close ?? (content.upperBound - 1)) + 1) }
}

/// Pairs quotation marks within paragraphs: curly “…” and straight "…" double quotes, British
/// ‘…’ (telling closing marks from apostrophes: `Korsland’s`, `Smiths’ house`, `’90s`),
/// guillemets «…» and ‹…›; nested quotations inside outer ones; and quotations continued across
/// paragraphs (no closing mark at the paragraph's end, reopened at the next).
///
/// - Complexity: O(n) in the number of tokens.
enum QuoteFinder {
    /// Token ranges of paragraphs (separated by blank lines).
    static func paragraphs(in text: TokenizedText) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for (i, token) in text.tokens.enumerated() where token.kind == .paragraphBreak {
            if i > start { result.append(start..<i) }
            start = i + 1
        }
        if start < text.tokens.count { result.append(start..<text.tokens.count) }
        return result
    }

    static func family(of mark: UInt32) -> Quotation.Family? {
        switch mark {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x60, 0xB4: return .double
        case 0x27, 0x2018, 0x2019, 0x201A: return .single
        case 0xAB, 0xBB: return .guillemet
        case 0x2039, 0x203A: return .angle
        default: return nil
        }
    }

    static func find(in text: TokenizedText, paragraphs: [Range<Int>]) -> [Quotation] {
        var quotes: [Quotation] = []
        for (p, paragraph) in paragraphs.enumerated() {
            quotes += find(in: text, paragraph: paragraph, index: p)
        }
        // Link quotations continued across paragraphs.
        var i = 0
        while i < quotes.count {
            if quotes[i].close == nil {
                let p = quotes[i].paragraph
                if p + 1 < paragraphs.count, let next = quotes.firstIndex(where: { $0.paragraph == p + 1 }),
                   quotes[next].open == paragraphs[p + 1].lowerBound, quotes[next].family == quotes[i].family {
                    quotes[i].continuesInNextParagraph = true
                    quotes[next].continuesPrevious = true
                }
            }
            i += 1
        }
        return quotes
    }

    private static func find(in text: TokenizedText, paragraph: Range<Int>, index p: Int) -> [Quotation] {
        var result: [Quotation] = []
        var stack: [(token: Int, family: Quotation.Family)] = []
        let tokens = text.tokens
        for i in paragraph where tokens[i].kind == .quote {
            let token = tokens[i]
            guard let family = family(of: token.mark) else { continue }
            var role = token.quoteRole
            if family == .single && role == .closing && isApostrophe(i, in: text, paragraph: paragraph) { continue }
            if family == .single && stack.isEmpty && role == .closing { continue }
            if let top = stack.last, top.family == family, role == .closing || role == .either {
                stack.removeLast()
                if stack.isEmpty { result.append(make(open: top.token, close: i, family: family, paragraph: p, text: text)) }
                continue
            }
            if role == .closing, let depth = stack.lastIndex(where: { $0.family == family }) {
                // Close an outer quotation whose inner one never closed.
                let open = stack[depth].token
                stack.removeSubrange(depth...)
                if stack.isEmpty { result.append(make(open: open, close: i, family: family, paragraph: p, text: text)) }
                continue
            }
            if role == .either { role = .opening }
            if role == .opening {
                // A single mark inside a double quotation opens a nested quote only if it can close later.
                stack.append((i, family))
            }
        }
        // Unclosed: the outermost double (or guillemet) quotation runs to the end of the paragraph.
        if let outer = stack.first, outer.family != .single || stack.count == 1 {
            let closeCandidate: Int? = nil
            var quote = make(open: outer.token, close: closeCandidate, family: outer.family, paragraph: p, text: text, end: paragraph.upperBound)
            if quote.content.isEmpty { return result }
            if outer.family == .single {
                // An unclosed single mark is usually an apostrophe; keep it only if the next paragraph reopens it.
                quote.continuesInNextParagraph = false
            }
            result.append(quote)
        }
        return result
    }

    /// A closing single mark that is really an apostrophe: a plural possessive followed by a
    /// lowercase word ("the Smiths’ house"), or an elision before digits ("’90s").
    private static func isApostrophe(_ i: Int, in text: TokenizedText, paragraph: Range<Int>) -> Bool {
        let next = i + 1
        if next < paragraph.upperBound, text.tokens[next].kind == .number, !text.tokens[next].spaceBefore { return true }
        guard i > paragraph.lowerBound, text.tokens[i - 1].kind == .word else { return false }
        let previousEnd = Int(text.tokens[i - 1].end)
        guard text.bytes[previousEnd - 1] | 0x20 == 0x73 else { return false } // ends in "s"
        if next < paragraph.upperBound, text.tokens[next].kind == .word, !text.tokens[next].isCapitalized,
           !text.tokens[next].isIn(WordClasses.speechVerb), !text.tokens[next].isIn(WordClasses.pronoun) {
            return true
        }
        return false
    }

    private static func make(open: Int, close: Int?, family: Quotation.Family, paragraph: Int, text: TokenizedText, end: Int? = nil) -> Quotation {
        let contentEnd = close ?? end!
        let content = (open + 1)..<max(open + 1, contentEnd)
        var bytes = Int(text.tokens[open].end)..<Int(text.tokens[open].end)
        if !content.isEmpty {
            bytes = Int(text.tokens[content.lowerBound].start)..<Int(text.tokens[content.upperBound - 1].end)
        }
        return Quotation(open: open, close: close, content: content, contentBytes: bytes, family: family, paragraph: paragraph)
    }
}
