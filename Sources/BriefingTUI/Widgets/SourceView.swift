import BriefingCore

/// The source pane: the outlet's article, scrolled to the statement, its words highlighted, the
/// speaker mention and the date evidence marked, search words marked everywhere.
enum SourceView {
    struct Content {
        var article: Article
        var title: String
        /// The words to show: a statement's pieces, or the words `o` jumped to (UTF-8 bytes).
        var highlight: [TextSpan]
        var speaker: TextSpan?
        var date: TextSpan?
    }

    static func content(_ browser: Browser) -> Content? {
        let state = browser.state
        if let jump = state.jump, let article = browser.read({ try $0.article(id: jump.articleID) }) ?? nil {
            let title = "\(article.source ?? "unknown source") · \(article.date?.description ?? "undated") · \(jump.label) words"
            return Content(article: article, title: title, highlight: jump.span.length > 0 ? [jump.span] : [], speaker: nil, date: nil)
        }
        let outlets = browser.outletStatements()
        guard !outlets.isEmpty else { return nil }
        let index = min(state.sourceIndex, outlets.count - 1)
        let statements = outlets[index]
        guard let statement = statements.first, let article = browser.read({ try $0.article(id: statement.articleID) }) ?? nil else { return nil }
        let title = "\(article.source ?? "unknown source") · \(article.date?.description ?? "undated") · source \(index + 1) of \(outlets.count)"
        return Content(article: article, title: title, highlight: statements.flatMap(\.spans).sorted { $0.start < $1.start },
                       speaker: statement.speakerSpan, date: statement.dateEvidenceSpan)
    }

    static func draw(_ browser: Browser, into screen: inout ScreenBuffer, rect: Rect) {
        let focused = browser.state.focus == .source
        guard let content = content(browser) else {
            screen.frame(rect, title: "Source", focused: focused)
            return
        }
        screen.frame(rect, title: "Source · " + VisibleText.sanitized(content.title), focused: focused)
        let inner = rect.inner
        guard inner.width > 2, inner.height > 0 else { return }
        let textWidth = inner.width - 2
        let lines = wrappedLines(browser, content, width: textWidth)
        // Unless the user scrolled, put the highlighted words a third of the way down.
        let anchor = content.highlight.first?.start ?? content.speaker?.start
        var top = browser.state.sourceTop ?? {
            guard let anchor else { return 0 }
            let line = lines.lastIndex { $0.offset >= 0 && $0.offset <= anchor } ?? 0
            return line - inner.height / 3
        }()
        top = max(0, min(top, lines.count - inner.height))
        browser.renderedSourceTop = top
        browser.renderedSourceLines = lines.count
        for row in 0..<inner.height where top + row < lines.count {
            screen.write(lines[top + row], x: inner.x + 1, y: inner.y + row, maxX: inner.maxX - 1)
        }
        if lines.count > inner.height {
            let label = " \(min(lines.count, top + inner.height))/\(lines.count) "
            screen.write(label, x: rect.maxX - 2 - DisplayWidth.of(label), y: rect.maxY - 1, role: .border, maxX: rect.maxX - 1)
        }
    }

    /// The article wrapped to `width`, cached while the article, width and highlights stay.
    static func wrappedLines(_ browser: Browser, _ content: Content, width: Int) -> [StyledLine] {
        let key = "\(content.article.id)|\(width)|\(content.highlight)|\(String(describing: content.speaker))|\(String(describing: content.date))|\(browser.state.highlightTerms)"
        if let cache = browser.sourceCache, cache.key == key { return cache.lines }
        var lines: [StyledLine] = []
        if let headline = content.article.headline {
            lines += TextWrapper.wrap([Run(VisibleText.sanitized(headline), .sourceHeadline)], width: width)
            lines.append(StyledLine())
        }
        lines += TextWrapper.wrap(runs(content, terms: browser.state.highlightTerms), width: width)
        browser.sourceCache = (key, lines)
        return lines
    }

    /// The article text cut where a role begins or ends. Later layers win: search matches over
    /// the speaker and date marks over the statement's words over plain text.
    static func runs(_ content: Content, terms: [SearchTerm]) -> [Run] {
        let text = content.article.text
        let length = text.utf8.count
        var layers: [(range: Range<Int>, role: Role)] = []
        for span in content.highlight { layers.append((span.range, .sourceStatement)) }
        if let speaker = content.speaker { layers.append((speaker.range, .sourceSpeaker)) }
        if let date = content.date { layers.append((date.range, .sourceDate)) }
        for range in SearchText.matchedRanges(of: terms, in: text) { layers.append((range, .searchMatch)) }
        var cuts = Set([0, length])
        for layer in layers {
            cuts.insert(max(0, min(length, layer.range.lowerBound)))
            cuts.insert(max(0, min(length, layer.range.upperBound)))
        }
        let sorted = cuts.sorted()
        var runs: [Run] = []
        let utf8 = text.utf8
        for (start, end) in zip(sorted, sorted.dropFirst()) where start < end {
            var role: Role = .sourceText
            for layer in layers where layer.range.lowerBound <= start && end <= layer.range.upperBound { role = layer.role }
            // Spans are on character boundaries; a span that is not (bad data) is skipped, not trapped on.
            guard let from = utf8.index(utf8.startIndex, offsetBy: start, limitedBy: utf8.endIndex),
                  let to = utf8.index(utf8.startIndex, offsetBy: end, limitedBy: utf8.endIndex),
                  let lower = from.samePosition(in: text), let upper = to.samePosition(in: text) else { continue }
            runs.append(Run(text[lower..<upper], role, offset: start))
        }
        return runs
    }
}
