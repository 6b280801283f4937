import BriefingCore
import Testing
@testable import BriefingTUI

@Suite("Stories at a glance: the events overview, event headings and folding")
struct BrowserEventsTests {
    @Test func aFolderOfManyStoriesOpensOnTheEventsOverview() throws {
        let browser = ManyStoriesFixture.browser()
        let events = try #require(browser.overview?.events)
        #expect(events == ManyStoriesFixture.stories.count, "each story is one event")
        guard case .events = browser.state.overlay else {
            Issue.record("the first frame is the overview, not the first of many statements")
            return
        }
        let screen = browser.render()
        expectSnapshot(screen, "events-overview")
        #expect(screen.contains("Events · 7 in this corpus, newest first"))
        for story in ManyStoriesFixture.stories {
            #expect(screen.contains(story.topic), "every story is on the first screen: \(story.topic)")
        }
        let rows = screen.lines.filter { $0.contains("2026-") }
        let firstListed = try #require(rows.first)
        #expect(firstListed.contains("fishing quotas"), "newest first")
        #expect(firstListed.contains("Coast Gazette, Harbour Wire"), "each row names its outlets")
    }

    @Test func aSingleBriefingOpensOnTheTimeline() {
        let browser = BrowserFixture.browser()
        #expect(browser.state.overlay == .none)
        browser.press("e")
        guard case .events = browser.state.overlay else { Issue.record("e opens the overview"); return }
        browser.press("Escape")
        #expect(browser.state.overlay == .none)
    }

    @Test func enterOpensTheSelectedEventWithItsHeadingAtTheTop() throws {
        let browser = ManyStoriesFixture.browser()
        browser.press("j", "j")
        let chosen = try #require(browser.read { try $0.eventSummaries(range: 2..<3) }?.first)
        browser.press("Enter")
        #expect(browser.state.overlay == .none)
        #expect(browser.state.focus == .timeline)
        #expect(browser.selectedEntry()?.eventID == chosen.id)
        let screen = browser.render()
        let timelineTop = screen.lines[1]
        #expect(timelineTop.contains(TextCut.words(chosen.title, columns: 12).dropLast()), "the event's heading is the pane's first row: \(timelineTop)")
    }

    @Test func enterUnderASpeakerFilterSelectsTheEventsFirstEntryThatPasses() throws {
        let browser = BrowserFixture.browser()
        let all = try #require(browser.read { try $0.timeline(.all, range: 0..<500) })
        let first = try #require(all.first)
        // A speaker of the first event who does not open it: the filter hides the event's first entry.
        let other = try #require(all.first { $0.eventID == first.eventID && $0.speaker != nil && $0.speaker != first.speaker })
        browser.refilter(TimelineFilter(speaker: other.speaker))
        browser.press("e")
        browser.press("Enter")
        #expect(browser.state.filter.speaker == other.speaker, "the reader's filter stays")
        #expect(browser.selectedEntry()?.id == other.id, "the first of the event's entries the filter lets through")
    }

    @Test func theOverviewScrollsAndStopsAtItsEnds() {
        // Four rows of events on an 8-row screen (drawn only from 15 rows up; the state still scrolls).
        let browser = ManyStoriesFixture.browser(width: 120, height: 8)
        browser.press("G")
        guard case .events(let overview) = browser.state.overlay else { Issue.record("still open"); return }
        #expect(overview.selected == ManyStoriesFixture.stories.count - 1)
        #expect(overview.top > 0, "the last row is scrolled into view")
        browser.press("j")
        if case .events(let after) = browser.state.overlay { #expect(after.selected == overview.selected) }
        browser.press("g")
        if case .events(let after) = browser.state.overlay { #expect(after.selected == 0 && after.top == 0) }
    }

    @Test func bracesStepFromEventHeadingToEventHeading() throws {
        let browser = ManyStoriesFixture.browser()
        browser.press("Escape")
        let first = try #require(browser.selectedEntry())
        browser.press("}")
        let second = try #require(browser.selectedEntry())
        #expect(second.eventID != first.eventID || second.day != first.day)
        #expect(browser.state.timelineTop == browser.state.selected, "the heading goes to the top of the pane")
        browser.press("j")
        browser.press("{")
        #expect(browser.selectedEntry()?.id == second.id, "{ goes to the start of this heading first")
        browser.press("{")
        #expect(browser.selectedEntry()?.id == first.id, "then to the previous heading")
        browser.press("{")
        #expect(browser.state.message == "This is the first event")
        browser.press("G", "}")
        #expect(browser.state.message == "This is the last event")
    }

    @Test func zFoldsAnEventToItsHeadingAndUnfoldsIt() throws {
        let browser = ManyStoriesFixture.browser()
        browser.press("Escape", "}")
        let event = try #require(browser.selectedEntry()?.eventID)
        let summary = try #require(browser.eventSummary(event))
        try #require(summary.entries > 1, "the fixture's stories have several statements")
        let before = browser.timelineCount()
        browser.press("j", "z")
        #expect(browser.timelineCount() == before - summary.entries + 1, "the event shows as one row")
        #expect(browser.selectedEntry()?.eventID == event, "the selection stays on the folded event")
        let screen = browser.render()
        #expect(screen.contains("▸ folded: \(summary.entries) statements"))
        browser.press("Enter")
        #expect(browser.timelineCount() == before, "Enter on a folded event unfolds it")
        browser.press("z", "z")
        #expect(browser.timelineCount() == before)
    }

    @Test func shiftZFoldsEveryEventAndKeepsFoldsAcrossSearches() {
        let browser = ManyStoriesFixture.browser()
        browser.press("Escape", "Z")
        #expect(browser.timelineCount() == ManyStoriesFixture.stories.count, "one row per event")
        browser.press("/")
        browser.type("tariffs")
        browser.press("Enter")
        browser.press("Escape")
        #expect(browser.timelineCount() == ManyStoriesFixture.stories.count, "Esc clears the search, not the folds")
        browser.press("Z")
        #expect(browser.timelineCount() > ManyStoriesFixture.stories.count * 2)
    }
}

@Suite("o and Shift-Tab between a pane and the source")
struct JumpToWordsTests {
    @Test func oAgainShowsTheNextOutletsWordsAndShiftTabGoesBack() throws {
        let browser = BrowserFixture.browser(width: 140, height: 45)
        var found = false
        for _ in 0..<browser.timelineCount() {
            if let entry = browser.selectedEntry(), !entry.differenceIDs.isEmpty,
               let difference = browser.read({ try $0.differences(ids: entry.differenceIDs) })?.first,
               Set(difference.items.filter { $0.span != nil }.map(\.articleID)).count > 1 {
                found = true
                break
            }
            browser.press("j")
        }
        try #require(found, "the fixture has a difference between two outlets' words")
        browser.state.focus = .differences
        browser.press("o")
        let first = try #require(browser.state.jump)
        #expect(browser.state.focus == .source)
        #expect(browser.state.message?.contains("1 of") == true)
        browser.press("o")
        let second = try #require(browser.state.jump)
        #expect(second.articleID != first.articleID, "o pressed again in the source pane shows the next outlet's words")
        browser.press("BackTab")
        #expect(browser.state.focus == .differences, "Shift-Tab goes back to where focus came from")
    }

    @Test func shiftTabFromTheSourceAfterEnterGoesBackToTheTimeline() {
        let browser = BrowserFixture.browser()
        browser.press("Enter")
        #expect(browser.state.focus == .source)
        browser.press("BackTab")
        #expect(browser.state.focus == .timeline)
    }
}

@Suite("The status line's lasting note")
struct StatusNoteTests {
    @Test func aReadOnlyIndexIsSaidInTheStatusLineWhateverTheMessage() {
        let browser = BrowserFixture.browser(width: 140)
        browser.statusNote = "read-only index: updates off"
        browser.press("j")
        #expect(browser.render().lines.last?.contains("read-only index: updates off") == true)
    }
}
