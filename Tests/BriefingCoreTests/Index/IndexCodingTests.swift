import Foundation
import Testing
@testable import BriefingCore

@Suite("How values are stored in index columns")
struct IndexCodingTests {
    @Test func stringListsComeBackAsWritten() {
        let lists: [[String]] = [
            [], [""], ["number", "named entity"], ["a \"quoted\" word", "back\\slash", "line\nbreak\ttab", "\u{1}\u{1F}control"],
            ["Zelenskyy’s", "Nørby café", "emoji 🇺🇦 and 𝄞"], ["/slash", "[", "]", ","],
        ]
        for list in lists {
            #expect(IndexCoding.strings(IndexCoding.json(list)) == list)
        }
    }

    @Test func stringListsReadEveryJSONEscapeAndSpacing() {
        #expect(IndexCoding.strings(#" [ "a\u00e9" , "\ud83c\uddfa\ud83c\udde6", "\/\b\f\n\r\t" ] "#) == ["aé", "🇺🇦", "/\u{8}\u{C}\n\r\t"])
        #expect(IndexCoding.strings("[\n]") == [])
    }

    @Test func anythingButAListOfStringsReadsAsEmpty() {
        for text in [nil, "", "[", "]", "[1]", "[\"a\"", "[\"a\",]", "{\"a\":1}", "[\"a\"] x", "[\"\\x\"]", "[\"\\ud83c\"]", "[\"\\u12\"]"] {
            #expect(IndexCoding.strings(text) == [], "\(text ?? "nil")")
        }
    }

    @Test func differenceItemsAndEditsComeBackAsWritten() {
        let items = [
            Difference.Item(articleID: "wire/a", source: "Norland Wire", text: "“We will not\n cut the flow,” she said", span: TextSpan(12, 240)),
            Difference.Item(articleID: "ledger/b", source: nil, text: "", span: nil),
            Difference.Item(articleID: "x", source: "Ø \"quoted\" \\", text: "🇺🇦", span: TextSpan(0, 0)),
        ]
        #expect(IndexCoding.items(IndexCoding.items(items)) == items)
        let edits = [WordDiff.Edit(op: .equal, a: "We", b: "We"), WordDiff.Edit(op: .replace, a: "will not", b: "won't"),
                     WordDiff.Edit(op: .insert, a: "", b: "\"ever\"")]
        #expect(IndexCoding.edits(IndexCoding.edits(edits)) == edits)
        #expect(IndexCoding.edits(nil as [WordDiff.Edit]?) == nil)
        #expect(IndexCoding.edits(nil as String?) == nil)
        #expect(IndexCoding.records(" [ [ \"a\" , -3 , null ] , [ ] ] ") == [[.string("a"), .int(-3), .null], []])
        for text in ["[[1,]]", "[[nul]]", "[[1]", "[1]", "[[\"a\"]] x", "[[01x]]"] {
            #expect(IndexCoding.records(text) == [], "\(text)")
        }
    }

    @Test func dateMentionsComeBackAsWritten() {
        let mentions: [DateMention] = [
            .weekday(.tuesday, .plain), .weekday(.friday, .last), .weekday(.monday, .next), .weekday(.sunday, .this),
            .dayOffset(-3), .dayOffset(0), .weekOffset(-1), .monthOffset(1), .yearOffset(-1),
            .monthDay(month: 8, day: 19, year: 2025), .monthDay(month: 2, day: 29, year: nil), .month(3, year: nil), .month(12, year: 2024),
            .year(2027), .dayOfMonth(4), .vague, .quarter(3, yearOffset: nil), .quarter(0, yearOffset: -1), .half(1, yearOffset: nil),
            .season(.summer, .this), .season(.fall, .last), .weekend(-1), .decade(199), .century(19), .reference(.present),
            .reference(.future), .yearsAgo(2), .monthInYear(9, yearOffset: 0), .monthInYear(1, yearOffset: -1), .lastMonth(12), .holiday(.thanksgiving, .last), .holiday(.newYearsEve, .plain), .quarterOfYear(3, year: 1984), .halfOfYear(2, year: 1989), .yearEarlier,
        ]
        for mention in mentions {
            #expect(IndexCoding.mention(IndexCoding.mention(mention)) == mention)
        }
        for text in ["", "wd", "wd 9 last", "wd 2 someday", "do x", "md 8", "q 1", "s XX this", "r NOW"] {
            #expect(IndexCoding.mention(text) == nil, "\(text)")
        }
    }

    @Test func dateValuesComeBackAsWritten() {
        let values: [DateValue] = [
            .day(Day(year: 2025, month: 8, day: 19)!), .week(year: 2025, week: 3), .month(year: 2025, month: 8), .year(1996),
            .quarter(year: 2012, quarter: 3), .half(year: 2012, half: 1), .season(year: 2012, season: .summer),
            .weekend(year: 2012, week: 4), .decade(199), .century(19), .reference(.past),
        ]
        for value in values {
            #expect(IndexCoding.dateValue(value.description) == value, "\(value)")
        }
        #expect(DateValue.quarter(year: 2012, quarter: 3).description == "2012-Q3")
        #expect(DateValue.weekend(year: 2012, week: 4).description == "2012-W04-WE")
        #expect(DateValue.decade(199).description == "199")
    }
}
