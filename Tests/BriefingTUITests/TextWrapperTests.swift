import Testing
@testable import BriefingTUI

@Suite("Wrapping text into pane lines")
struct TextWrapperTests {
    func texts(_ lines: [StyledLine]) -> [String] { lines.map { $0.runs.map { String($0.text) }.joined() } }

    @Test func wrapsAtWordBoundaries() {
        let lines = TextWrapper.wrap([Run("the new breakwater will be finished", .default)], width: 12)
        #expect(texts(lines) == ["the new", "breakwater", "will be", "finished"])
    }

    @Test func cutsWordsLongerThanTheWidth() {
        #expect(texts(TextWrapper.wrap([Run("abcdefghij", .default)], width: 4)) == ["abcd", "efgh", "ij"])
    }

    @Test func newlinesBreakAndBlankLinesStay() {
        #expect(texts(TextWrapper.wrap([Run("one\n\ntwo", .default)], width: 20)) == ["one", "", "two"])
    }

    @Test func wideCharactersCountTwoColumns() {
        #expect(texts(TextWrapper.wrap([Run("日本語 日本語", .default)], width: 7)) == ["日本語", "日本語"])
    }

    @Test func rolesSurviveAcrossRunsInsideOneWord() {
        let text = "guarantees given"
        let runs = [Run(text.prefix(9), "search.match", offset: 0), Run(text.dropFirst(9), .default, offset: 9)]
        let lines = TextWrapper.wrap(runs, width: 11)
        #expect(texts(lines) == ["guarantees", "given"])
        #expect(lines[0].runs.map(\.role) == ["search.match", .default])
    }

    @Test func linesKnowTheirOffsetInTheSource() {
        let text = "alpha beta gamma\ndelta"
        let lines = TextWrapper.wrap([Run(Substring(text), .default, offset: 0)], width: 11)
        #expect(texts(lines) == ["alpha beta", "gamma", "delta"])
        #expect(lines.map(\.offset) == [0, 11, 17])
    }

    @Test func continuationLinesAreIndented() {
        #expect(texts(TextWrapper.wrap([Run("aa bb cc dd", .default)], width: 6, indent: 2)) == ["aa bb", "  cc", "  dd"])
    }

    @Test(arguments: [0, 1, 2])
    func degenerateWidthsNeverHang(_ width: Int) {
        #expect(!TextWrapper.wrap([Run("some words here", .default)], width: width).isEmpty)
    }
}
