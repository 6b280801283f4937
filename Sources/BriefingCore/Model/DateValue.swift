/// A resolved date at the precision the text gives: a day, an ISO week, a month or a year.
public enum DateValue: Hashable, Sendable, CustomStringConvertible {
    case day(Day)
    case week(year: Int, week: Int)
    case month(year: Int, month: Int)
    case year(Int)

    /// `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM` or `YYYY`.
    public var description: String {
        switch self {
        case .day(let day): return day.description
        case .week(let year, let week): return Day.pad(year, 4) + "-W" + Day.pad(week, 2)
        case .month(let year, let month): return Day.pad(year, 4) + "-" + Day.pad(month, 2)
        case .year(let year): return Day.pad(year, 4)
        }
    }

    public var day: Day? {
        if case .day(let day) = self { return day }
        return nil
    }
}
