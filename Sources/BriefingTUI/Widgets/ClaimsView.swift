import BriefingCore

/// The claims pane: the check-worthy claims in the statement the source pane shows, with their
/// type and score, the outlets that carry each, and what outlets said about them.
enum ClaimsView {
    static func draw(_ browser: Browser, into screen: inout ScreenBuffer, rect: Rect) {
        let state = browser.state
        let claims = browser.shownStatement().map { statement in browser.read { try $0.claims(statementID: statement.id) } ?? [] } ?? []
        screen.frame(rect, title: claims.isEmpty ? "Claims" : "Claims · \(claims.count)", focused: state.focus == .claims)
        let inner = rect.inner
        let width = max(1, inner.width - 2)
        let eventOutlets = browser.selectedEntry()?.eventSourceCount ?? 1
        // The outlets covering this event that carry each claim: a claim repeated over months
        // has occurrences far beyond this briefing.
        let eventArticles = browser.selectedEntry()?.eventID.flatMap { id in browser.read { try $0.event(id: id) } ?? nil }?.articleIDs
        let items = claims.map { claim -> [StyledLine] in
            lines(for: claim, browser: browser, eventArticles: eventArticles ?? [claim.articleID], eventOutlets: eventOutlets,
                  terms: state.highlightTerms, width: width)
        }
        ListPane.draw(items: items, selected: state.claimSelected, focused: state.focus == .claims, selectedRole: .claimSelected,
                      empty: browser.selectedEntry() == nil ? "" : "No check-worthy claim in this statement.", into: &screen, inner: inner)
    }

    static func lines(for claim: Claim, browser: Browser, eventArticles: [String], eventOutlets: Int, terms: [SearchTerm],
                      width: Int) -> [StyledLine] {
        var runs: [Run] = [Run(claim.type.rawValue, .claimType), Run(" " + score(claim.score) + " ", .claimScore)]
        runs += TimelineView.highlighted(Substring(VisibleText.sanitized(claim.text)), terms: terms, base: .claimText, match: .searchMatch)
        var lines = TextWrapper.wrap(runs, width: width, indent: 2)
        var group = browser.read { try $0.claims(group: claim.group, inArticles: eventArticles) } ?? []
        if !group.contains(where: { $0.id == claim.id }) { group.append(claim) }
        var sources: [String] = []
        var assessments: [Assessment] = []
        let outlets = browser.sources(ofArticles: group.map(\.articleID))
        for member in group {
            let source = outlets[member.articleID] ?? "unknown source"
            if !sources.contains(source) { sources.append(source) }
            for assessment in member.assessments where !assessments.contains(assessment) { assessments.append(assessment) }
        }
        let carried = "carried by \(sources.count)/\(max(eventOutlets, sources.count)): " + sources.joined(separator: ", ")
        lines += TextWrapper.wrap([Run("  " + VisibleText.sanitized(carried), .claimSources)], width: width, indent: 4)
        for assessment in assessments {
            let text = "  ! \(assessment.source ?? "an outlet"): \(assessment.label.rawValue) — “\(assessment.cue)”"
            lines += TextWrapper.wrap([Run(VisibleText.sanitized(text), .claimAssessment)], width: width, indent: 4)
        }
        return lines
    }

    static func score(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return hundredths >= 100 ? "1.00" : "0." + (hundredths < 10 ? "0" : "") + String(hundredths)
    }
}
