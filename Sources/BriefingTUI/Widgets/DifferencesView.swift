import BriefingCore

/// The differences pane: for the selected entry, how the outlets differ — word-level diffs of
/// the quote's wording, and the coverage, framing, attribution, date, name and number
/// differences that concern it.
enum DifferencesView {
    static func draw(_ browser: Browser, into screen: inout ScreenBuffer, rect: Rect) {
        let state = browser.state
        let entry = browser.selectedEntry()
        let differences = entry.map { entry in browser.read { try $0.differences(ids: entry.differenceIDs) } ?? [] } ?? []
        screen.frame(rect, title: differences.isEmpty ? "Differences" : "Differences · \(differences.count)", focused: state.focus == .differences)
        let inner = rect.inner
        let width = max(1, inner.width - 2)
        let items = differences.map { lines(for: $0, width: width, terms: state.highlightTerms) }
        let empty: String
        if let entry {
            empty = entry.sources.count > 1 ? "The outlets that carry this statement agree on it." : "Only \(entry.sources.first ?? "one outlet") reports this statement; nothing to compare."
        } else {
            empty = ""
        }
        ListPane.draw(items: items, selected: state.differenceSelected, focused: state.focus == .differences, selectedRole: .diffSelected,
                      empty: empty, into: &screen, inner: inner)
    }

    static func lines(for difference: Difference, width: Int, terms: [SearchTerm] = []) -> [StyledLine] {
        var lines = TextWrapper.wrap([Run(difference.kind.rawValue.uppercased() + (difference.minor ? " (minor)" : ""), .diffKind),
                                      Run(" " + VisibleText.sanitized(difference.summary), .diffContext)], width: width, indent: 2)
        if difference.kind == .wording, let edits = difference.edits, difference.items.count >= 2 {
            let from = difference.items[0].source ?? "first", to = difference.items[1].source ?? "second"
            lines += TextWrapper.wrap([Run("  \(from) → \(to):", .diffSource)], width: width)
            var runs: [Run] = [Run("  ", .diffContext)]
            for (index, edit) in WordDiff.forDisplay(edits).enumerated() {
                let space = index == 0 ? "" : " "
                switch edit.op {
                case .equal: runs += TimelineView.highlighted(Substring(space + VisibleText.sanitized(edit.a)), terms: terms, base: .diffContext, match: .searchMatch)
                case .delete: runs.append(Run(space + "[-" + VisibleText.sanitized(edit.a) + "-]", .diffDelete))
                case .insert: runs.append(Run(space + "{+" + VisibleText.sanitized(edit.b) + "+}", .diffInsert))
                case .replace:
                    runs.append(Run(space + "[-" + VisibleText.sanitized(edit.a) + "-]", .diffDelete))
                    runs.append(Run("{+" + VisibleText.sanitized(edit.b) + "+}", .diffInsert))
                }
            }
            lines += TextWrapper.wrap(runs, width: width, indent: 2)
        } else {
            for item in difference.items.prefix(4) {
                let text = "  \(item.source ?? "unknown source"): “\(item.text)”"
                lines += TextWrapper.wrap(TimelineView.highlighted(Substring(VisibleText.sanitized(text)), terms: terms, base: .diffContext, match: .searchMatch),
                                          width: width, indent: 4)
            }
        }
        return lines
    }
}
