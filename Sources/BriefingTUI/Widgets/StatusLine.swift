import BriefingCore

/// The bottom line: the search prompt while it is open; otherwise the corpus and its counts, the
/// active filter and search, and either a message or the keys that matter in the focused pane.
enum StatusLine {
    static func draw(_ browser: Browser, into screen: inout ScreenBuffer, rect: Rect) {
        let state = browser.state
        screen.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, role: .status)
        if let prompt = state.prompt {
            var x = screen.write("/", x: rect.x, y: rect.y, role: .prompt)
            // Show the end of a long query.
            let room = rect.width - 2
            var shown = Substring(prompt)
            while DisplayWidth.of(shown) > room, !shown.isEmpty { shown = shown.dropFirst() }
            x = screen.write(String(shown), x: x, y: rect.y, role: .prompt, maxX: rect.maxX)
            screen.write("▏", x: x, y: rect.y, role: .prompt, maxX: rect.maxX)
            return
        }
        var left = VisibleText.sanitized(browser.corpusName)
        if let overview = browser.overview {
            left += " · \(overview.articles) article\(overview.articles == 1 ? "" : "s"), \(overview.sources) outlet\(overview.sources == 1 ? "" : "s")"
        }
        if let speaker = state.filter.speaker { left += " · speaker: \(speaker)" }
        if let source = state.filter.source { left += " · outlet: \(source)" }
        if let query = state.query { left += " · /\(query)" }
        if let indexing = browser.indexingText { left += " · " + indexing }
        if let note = browser.statusNote { left += " · " + note }
        var x = screen.write(left, x: rect.x, y: rect.y, role: .status, maxX: rect.maxX)
        x += 2
        if let message = state.message {
            screen.write(VisibleText.sanitized(message), x: x, y: rect.y, role: state.messageIsError ? .statusError : .status, maxX: rect.maxX)
            return
        }
        var hints = state.focus.hints
        if case .events = state.overlay { hints = [.open, .clear, .help, .quit] }
        for command in hints {
            let key = browser.keyMap.hint(command)
            let label = command.hint
            guard x + DisplayWidth.of(key) + DisplayWidth.of(label) + 2 <= rect.maxX else { break }
            x = screen.write(key, x: x, y: rect.y, role: .statusKey)
            x = screen.write(" " + label + "  ", x: x, y: rect.y, role: .status)
        }
    }
}
