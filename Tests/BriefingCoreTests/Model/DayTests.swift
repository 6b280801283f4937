import Testing
@testable import BriefingCore

@Suite("Day: calendar arithmetic without Calendar")
struct DayTests {
    @Test("ordinal round-trips over four centuries", arguments: [-1, 0, 1, 59, 365, 10_957, 20_319, 146_097, -719_468])
    func ordinalRoundTrip(ordinal: Int) {
        #expect(Day(ordinal: ordinal).ordinal == ordinal)
    }

    @Test func knownDays() {
        #expect(Day(ordinal: 0).description == "1970-01-01")
        #expect(Day(year: 2025, month: 8, day: 19)!.weekday == .tuesday)
        #expect(Day(year: 2026, month: 3, day: 10)!.weekday == .tuesday)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
        #expect(Day(year: 2025, month: 4, day: 31) == nil)
    }

    @Test("ISO weeks follow ISO 8601 at year boundaries")
    func isoWeeks() {
        #expect(Day(year: 2025, month: 8, day: 19)!.isoWeek == (2025, 34))
        #expect(Day(year: 2021, month: 1, day: 3)!.isoWeek == (2020, 53))
        #expect(Day(year: 2024, month: 12, day: 30)!.isoWeek == (2025, 1))
    }

    @Test("metadata dates in the forms outlets write them", arguments: [
        ("2025-08-19", "2025-08-19"),
        ("2025-08-19T23:30:00-04:00", "2025-08-19"),
        ("Tue, 19 Aug 2025 14:00:00 GMT", "2025-08-19"),
        ("August 19, 2025", "2025-08-19"),
        ("19 August 2025", "2025-08-19"),
        ("Aug. 19 2025", "2025-08-19"),
        ("2025/08/19", "2025-08-19"),
        ("Sept 3, 2024", "2024-09-03"),
    ])
    func metadata(text: String, expected: String) {
        #expect(Day(metadata: text)?.description == expected)
    }

    @Test("nonsense is not a date", arguments: ["", "yesterday", "2025-13-01", "Feb 30, 2025", "12345"])
    func notDates(text: String) {
        #expect(Day(metadata: text) == nil)
    }
}
