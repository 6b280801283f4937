import BriefingCore
import Foundation
import Testing
@testable import BriefingTUI

@Suite("Browsing a briefing, key by key")
struct BrowserFlowTests {
    @Test func theFirstScreenShowsTheTimelineAndTheFirstStatementInItsSource() {
        let browser = BrowserFixture.browser()
        let screen = browser.render()
        expectSnapshot(screen, "first-screen")
        #expect(screen.contains("Timeline"))
        #expect(screen.contains("Holm"))
        #expect(!screen.texts(in: .sourceStatement).isEmpty, "the statement is highlighted in its source")
    }

    @Test func movingDownSelectsTheNextStatement() {
        let browser = BrowserFixture.browser()
        let first = browser.selectedEntry()?.id
        browser.press("j")
        #expect(browser.state.selected == 1)
        #expect(browser.selectedEntry()?.id != first)
        browser.press("k", "k")
        #expect(browser.state.selected == 0, "moving up stops at the top")
        browser.press("G")
        #expect(browser.state.selected == browser.timelineCount() - 1)
        browser.press("g")
        #expect(browser.state.selected == 0)
    }

    /// Selects the first entry carried by more than one outlet.
    func selectSharedStatement(_ browser: Browser) throws -> TimelineEntry {
        for _ in 0..<browser.timelineCount() {
            if let entry = browser.selectedEntry(), browser.outletStatements().count > 1 { return entry }
            browser.press("j")
        }
        throw FixtureError.noSharedStatement
    }
    enum FixtureError: Error { case noSharedStatement }

    @Test func bracketsShowTheSameStatementInTheNextOutlet() throws {
        let browser = BrowserFixture.browser()
        let entry = try selectSharedStatement(browser)
        let before = browser.render()
        let firstOutlet = try #require(browser.shownStatement()?.articleID)
        browser.press("]")
        let after = browser.render()
        let secondOutlet = try #require(browser.shownStatement()?.articleID)
        #expect(firstOutlet != secondOutlet)
        let outlets = browser.outletStatements().count
        #expect(after.contains("source 2 of \(outlets)"))
        #expect(!after.texts(in: .sourceStatement).isEmpty, "the statement is highlighted in the other outlet")
        #expect(before.texts(in: .sourceStatement) != after.texts(in: .sourceStatement) || before.text != after.text)
        browser.press("[")
        #expect(browser.shownStatement()?.articleID == firstOutlet)
        browser.press("[")
        #expect(browser.state.sourceIndex == outlets - 1, "stepping back from the first wraps to the last")
        #expect(entry.sources.count == outlets)
    }

    @Test func aStatementOnlyOneOutletReportsSaysSo() throws {
        let browser = BrowserFixture.browser()
        for _ in 0..<browser.timelineCount() where browser.outletStatements().count != 1 { browser.press("j") }
        try #require(browser.outletStatements().count == 1)
        browser.press("]")
        #expect(browser.state.message?.hasPrefix("Only ") == true)
        #expect(browser.state.sourceIndex == 0)
    }

    @Test func searchFiltersTheTimelineAndHighlightsTheWords() {
        let browser = BrowserFixture.browser()
        let all = browser.timelineCount()
        browser.press("/")
        browser.type("dredging")
        #expect(browser.render().contains("/dredging▏"), "the prompt shows what is typed")
        browser.press("Enter")
        #expect(browser.state.query == "dredging")
        #expect(browser.timelineCount() < all)
        #expect(browser.timelineCount() > 0)
        let screen = browser.render()
        #expect(screen.texts(in: .searchMatch).contains { $0.lowercased().hasPrefix("dredging") })
        expectSnapshot(screen, "search-dredging")
        browser.press("Esc")
        #expect(browser.state.query == nil)
        #expect(browser.timelineCount() == all)
    }

    @Test func aSearchThatFindsNothingKeepsTheTimeline() {
        let browser = BrowserFixture.browser()
        let all = browser.timelineCount()
        browser.press("/")
        browser.type("zeppelin")
        browser.press("Enter")
        #expect(browser.timelineCount() == all)
        #expect(browser.state.messageIsError)
    }

    @Test func escapeClosesThePromptWithoutSearching() {
        let browser = BrowserFixture.browser()
        browser.press("/")
        browser.type("holm")
        browser.press("Esc")
        #expect(browser.state.prompt == nil)
        #expect(browser.state.query == nil)
    }

    @Test func nStepsThroughTheMatches() {
        let browser = BrowserFixture.browser()
        browser.press("/")
        browser.type("harbour")
        browser.press("Enter")
        let count = browser.timelineCount()
        #expect(count == 2)
        browser.press("n")
        #expect(browser.state.selected == (count > 1 ? 1 : 0))
        browser.press("N", "N")
        #expect(browser.state.selected == count - 1, "stepping back from the first wraps")
    }

    @Test func helpListsEveryCommandFromTheTable() {
        let browser = BrowserFixture.browser(width: 120, height: 40)
        browser.press("?")
        let screen = browser.render()
        for command in Command.allCases { #expect(screen.contains(command.summary), "\(command) missing from help") }
        expectSnapshot(screen, "help")
        browser.press("Esc")
        #expect(browser.state.overlay == .none)
    }

    @Test func tabMovesFocusAroundThePanes() {
        let browser = BrowserFixture.browser()
        #expect(browser.state.focus == .timeline)
        browser.press("Tab")
        #expect(browser.state.focus == .source)
        browser.press("Tab", "Tab", "Tab")
        #expect(browser.state.focus == .timeline)
        browser.press("S-Tab")
        #expect(browser.state.focus == .differences)
        #expect(browser.render().contains("▶ Differences"), "the focused pane's title is marked")
    }

    @Test func enterOpensTheStatementInTheSourcePane() {
        let browser = BrowserFixture.browser()
        browser.press("j", "Enter")
        #expect(browser.state.focus == .source)
        browser.press("j", "j")
        #expect(browser.state.sourceTop != nil, "moving in the source pane scrolls it")
    }

    @Test func resizingKeepsTheSelection() {
        let browser = BrowserFixture.browser(width: 120, height: 40)
        browser.press("j", "j", "j")
        let selected = browser.selectedEntry()?.id
        browser.resize(width: 80, height: 24)
        let screen = browser.render()
        #expect(browser.selectedEntry()?.id == selected)
        #expect(screen.texts(in: .timelineSelected).count > 0, "the selected row is still on screen")
        expectSnapshot(screen, "narrow-80x24")
    }

    @Test func aTinyTerminalGetsAMessageNotABrokenScreen() {
        let browser = BrowserFixture.browser(width: 50, height: 12)
        let screen = browser.render()
        #expect(screen.contains("Terminal too small: 50×12"))
        browser.press("q")
        #expect(browser.shouldQuit)
    }

    @Test func claimsShowTheirOutletsAndAssessments() throws {
        let browser = BrowserFixture.browser(width: 140, height: 45)
        var found = false
        for _ in 0..<browser.timelineCount() {
            let screen = browser.render()
            if screen.texts(in: .claimAssessment).contains(where: { $0.contains("false") }) { found = true; break }
            browser.press("j")
        }
        #expect(found, "the paper's “falsely claimed” is shown on the dredging claim")
        let screen = browser.render()
        #expect(screen.contains("carried by"))
        browser.press("Tab", "Tab", "o")
        #expect(browser.state.focus == .source)
        #expect(browser.state.jump?.label == "claim")
        #expect(!browser.render().texts(in: .sourceStatement).isEmpty, "o shows the claim's words")
    }

    @Test func differencesShowTheWordDiffBetweenOutlets() throws {
        let browser = BrowserFixture.browser(width: 140, height: 45)
        var found = false
        for _ in 0..<browser.timelineCount() {
            if browser.selectedEntry()?.differenceKinds.contains(.wording) == true { found = true; break }
            browser.press("j")
        }
        try #require(found, "the fixture words the breakwater quote two ways")
        let screen = browser.render()
        #expect(screen.texts(in: .diffDelete).contains { $0.contains("finished") } || screen.texts(in: .diffInsert).contains { $0.contains("completed") })
        expectSnapshot(screen, "wording-difference")
    }

    @Test func theFilterPickerRestrictsTheTimelineToAnOutlet() throws {
        let browser = BrowserFixture.browser()
        let all = browser.timelineCount()
        browser.press("f")
        guard case .picker(let picker) = browser.state.overlay else { Issue.record("no picker"); return }
        let index = try #require(picker.items.firstIndex { $0.label == "outlet: Harbour Wire" })
        for _ in 0..<index { browser.press("j") }
        browser.press("Enter")
        #expect(browser.state.filter.source == "Harbour Wire")
        #expect(browser.timelineCount() < all)
        #expect(browser.render().contains("outlet: Harbour Wire"))
        browser.press("Esc")
        #expect(browser.timelineCount() == all)
    }

    @Test func theSourcePickerListsTheEventsOutlets() {
        let browser = BrowserFixture.browser()
        browser.press("s")
        guard case .picker(let picker) = browser.state.overlay else { Issue.record("no picker"); return }
        #expect(Set(picker.items.map(\.label)) == ["Ministry of Harbours", "Harbour Wire", "Coast Gazette"])
    }

    @Test func controlCharactersInArticlesNeverReachTheScreen() {
        let hostile = Article(id: "x1", path: "x.txt", format: .text, source: "Evil\u{1B}[2J Times", date: Day(year: 2026, month: 5, day: 12),
                              headline: "Title\u{07}", text: "\"We will open the port\u{1B}]0;pwned\u{07} tomorrow,\" Holm said.")
        let browser = BrowserFixture.browser(articles: [hostile])
        let screen = browser.render()
        for cell in screen.cells {
            #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "raw control character on screen")
        }
        #expect(screen.contains("␛"))
    }

    @Test func theMouseSelectsRowsAndFocusesPanes() {
        let browser = BrowserFixture.browser()
        _ = browser.render()
        let row = browser.timelineRows.first { $0.value == 2 }!.key
        browser.handle(.mouse(MouseEvent(.press, x: 5, y: row)))
        #expect(browser.state.selected == 2)
        let source = browser.layout[.source]
        browser.handle(.mouse(MouseEvent(.press, x: source.x + 3, y: source.y + 2)))
        #expect(browser.state.focus == .source)
    }

    @Test func tCyclesThemesAndQQuits() {
        let browser = BrowserFixture.browser()
        #expect(browser.themeName == "dark")
        browser.press("t")
        #expect(browser.themeName == "light")
        browser.press("t")
        #expect(browser.themeName == "dark")
        browser.press("q")
        #expect(browser.shouldQuit)
    }

    @Test func ctrlCQuitsEvenInThePrompt() {
        let browser = BrowserFixture.browser()
        browser.press("/")
        browser.handle(.control("c"))
        #expect(browser.shouldQuit)
    }
}

@Suite("Scrolling a long timeline")
struct LongTimelineTests {
    /// Eighty generated articles: many small events, so headings take many rows.
    static let analysis: BriefingAnalysis = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-tui-long-\(getpid())")
        _ = try? SyntheticCorpus(seed: 3, articleCount: 80).write(to: folder)
        let corpus = CorpusReader().read(paths: [folder.path])
        try? FileManager.default.removeItem(at: folder)
        return BriefingAnalysis(articles: corpus.articles, concurrently: false)
    }()

    /// The browser on its timeline (a corpus of this many events opens on the events overview).
    var browser: Browser {
        let browser = Browser(store: MemoryBriefingStore(analysis: Self.analysis), corpusName: "long", width: 100, height: 30)
        browser.state.overlay = .none
        return browser
    }

    @Test(arguments: ["PgDn", "Ctrl-d", "j", "G", "PgUp", "k", "g"])
    func theSelectedRowIsAlwaysOnScreen(_ key: String) throws {
        let browser = self.browser
        try #require(browser.timelineCount() > 60)
        for _ in 0..<12 {
            browser.press(key)
            let screen = browser.render()
            #expect(screen.texts(in: .timelineSelected).count > 0, "selection off screen after \(key) at \(browser.state.selected)")
            #expect(browser.timelineRows.values.contains(browser.state.selected))
        }
    }

    @Test func pagingDownFillsThePaneInsteadOfScrollingOneRowAtATime() {
        let browser = self.browser
        browser.press("g")
        _ = browser.render()
        browser.press("PgDn")
        _ = browser.render()
        let rows = browser.timelineRows
        #expect(rows.values.max() == browser.state.selected, "the selection lands on the last row")
        #expect(rows.count >= 14, "the pane is full of entries, not headings only")
    }
}
