/// A named day of the year that news dates things by ("on Thanksgiving Day", "last Christmas",
/// "until Election Day"): the public holidays of US and UK news and the Christian feasts that
/// move with Easter.
public enum Holiday: String, CaseIterable, Sendable {
    case newYearsDay, newYearsEve, valentinesDay, goodFriday, easter, easterMonday, memorialDay, independenceDay,
         laborDay, halloween, electionDay, veteransDay, thanksgiving, christmasEve, christmas, boxingDay

    /// The holiday's day in `year` (US rules where the day moves: Thanksgiving is the fourth
    /// Thursday of November, Election Day the Tuesday after the first Monday of November).
    public func day(in year: Int) -> Day? {
        switch self {
        case .newYearsDay: return Day(year: year, month: 1, day: 1)
        case .newYearsEve: return Day(year: year, month: 12, day: 31)
        case .valentinesDay: return Day(year: year, month: 2, day: 14)
        case .goodFriday: return Holiday.easterSunday(year).adding(days: -2)
        case .easter: return Holiday.easterSunday(year)
        case .easterMonday: return Holiday.easterSunday(year).adding(days: 1)
        case .memorialDay: return Holiday.weekday(.monday, ofMonth: 5, year: year, nth: -1)
        case .independenceDay: return Day(year: year, month: 7, day: 4)
        case .laborDay: return Holiday.weekday(.monday, ofMonth: 9, year: year, nth: 1)
        case .halloween: return Day(year: year, month: 10, day: 31)
        case .electionDay: return Holiday.weekday(.monday, ofMonth: 11, year: year, nth: 1)?.adding(days: 1)
        case .veteransDay: return Day(year: year, month: 11, day: 11)
        case .thanksgiving: return Holiday.weekday(.thursday, ofMonth: 11, year: year, nth: 4)
        case .christmasEve: return Day(year: year, month: 12, day: 24)
        case .christmas: return Day(year: year, month: 12, day: 25)
        case .boxingDay: return Day(year: year, month: 12, day: 26)
        }
    }

    /// The `nth` `weekday` of a month (1 = first; −1 = last).
    static func weekday(_ weekday: Weekday, ofMonth month: Int, year: Int, nth: Int) -> Day? {
        if nth < 0 {
            let next = month == 12 ? Day(year: year + 1, month: 1, day: 1) : Day(year: year, month: month + 1, day: 1)
            guard let last = next?.adding(days: -1) else { return nil }
            return last.adding(days: -((last.weekday.rawValue - weekday.rawValue + 7) % 7))
        }
        guard let first = Day(year: year, month: month, day: 1) else { return nil }
        return first.adding(days: (weekday.rawValue - first.weekday.rawValue + 7) % 7 + 7 * (nth - 1))
    }

    /// Easter Sunday of the Gregorian calendar (the anonymous computus).
    static func easterSunday(_ year: Int) -> Day {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: year, month: month, day: day)!
    }

    /// The occurrence meant when said on `reference`: the nearest one; the next one (on or after)
    /// in a future clause; the one strictly before for "last", strictly after for "next", the
    /// reference year's for "this".
    func resolve(reference: Day, modifier: DateMention.WeekdayModifier, future: Bool) -> Day? {
        let candidates = (reference.year - 1...reference.year + 1).compactMap(day(in:))
        switch modifier {
        case .last: return candidates.last { $0 < reference }
        case .next: return candidates.first { $0 > reference }
        case .this: return day(in: reference.year)
        case .plain:
            if future { return candidates.first { $0 >= reference } }
            return candidates.min { abs($0.ordinal - reference.ordinal) < abs($1.ordinal - reference.ordinal) }
        }
    }
}
