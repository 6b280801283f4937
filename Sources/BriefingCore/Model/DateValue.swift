/// A resolved date at the precision the text gives, written as TimeML/TIMEX3 values: a day, an
/// ISO week, a month, a year, and the coarser periods news writes ("the third quarter" `2012-Q3`,
/// "the first half" `2012-H1`, "this summer" `2012-SU`, "the weekend" `2012-W05-WE`, "the 1990s"
/// `199`, "the 20th century" `19`) and references to now, the past and the future
/// (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`).
public enum DateValue: Hashable, Sendable, CustomStringConvertible {
    /// The seasons as TIMEX3 writes them.
    public enum Season: String, Hashable, Sendable, CaseIterable {
        case spring = "SP", summer = "SU", fall = "FA", winter = "WI"

        /// The month a season starts in (winter: December).
        var firstMonth: Int {
            switch self {
            case .spring: return 3
            case .summer: return 6
            case .fall: return 9
            case .winter: return 12
            }
        }
    }

    /// Now, before now, after now: "currently", "recently", "in the future".
    public enum Reference: String, Hashable, Sendable {
        case present = "PRESENT_REF", past = "PAST_REF", future = "FUTURE_REF"
    }

    case day(Day)
    case week(year: Int, week: Int)
    case month(year: Int, month: Int)
    case year(Int)
    case quarter(year: Int, quarter: Int)
    case half(year: Int, half: Int)
    case season(year: Int, season: Season)
    case weekend(year: Int, week: Int)
    /// The first three digits of the decade's years: 199 for the 1990s.
    case decade(Int)
    /// The first two digits of the century's years: 19 for the 20th century.
    case century(Int)
    case reference(Reference)

    /// `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM`, `YYYY`, `YYYY-Qn`, `YYYY-Hn`, `YYYY-SU`, `YYYY-Www-WE`,
    /// `YYY`, `YY`, `PRESENT_REF`.
    public var description: String {
        switch self {
        case .day(let day): return day.description
        case .week(let year, let week): return Day.pad(year, 4) + "-W" + Day.pad(week, 2)
        case .month(let year, let month): return Day.pad(year, 4) + "-" + Day.pad(month, 2)
        case .year(let year): return Day.pad(year, 4)
        case .quarter(let year, let quarter): return Day.pad(year, 4) + "-Q" + String(quarter)
        case .half(let year, let half): return Day.pad(year, 4) + "-H" + String(half)
        case .season(let year, let season): return Day.pad(year, 4) + "-" + season.rawValue
        case .weekend(let year, let week): return Day.pad(year, 4) + "-W" + Day.pad(week, 2) + "-WE"
        case .decade(let digits): return Day.pad(digits, 3)
        case .century(let digits): return Day.pad(digits, 2)
        case .reference(let reference): return reference.rawValue
        }
    }

    public var day: Day? {
        if case .day(let day) = self { return day }
        return nil
    }

    /// Whether the value names a day or a week: what a statement's date may be.
    public var isDayOrWeek: Bool {
        switch self {
        case .day, .week: return true
        default: return false
        }
    }
}
