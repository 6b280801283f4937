/// What a date expression says, before it is resolved against a reference day.
public enum DateMention: Hashable, Sendable {
    public enum WeekdayModifier: Hashable, Sendable { case plain, last, next, this }

    case weekday(Weekday, WeekdayModifier)
    /// today 0, yesterday −1, tomorrow +1, "three days ago" −3.
    case dayOffset(Int)
    /// this week 0, last week −1, next week +1.
    case weekOffset(Int)
    case monthOffset(Int)
    case yearOffset(Int)
    case monthDay(month: Int, day: Int, year: Int?)
    case month(Int, year: Int?)
    /// "this September" (0), "January last year" (−1), "April next year" (+1): the month of the
    /// reference day's year, or of the year the offset names.
    case monthInYear(Int, yearOffset: Int)
    /// "last December": the latest such month before the reference day's month, never after it.
    case lastMonth(Int)
    case year(Int)
    case dayOfMonth(Int)
    /// "the third quarter" (yearOffset nil: the latest such quarter), "last year's third quarter" (−1).
    case quarter(Int, yearOffset: Int?)
    /// "the first half", like a quarter.
    case half(Int, yearOffset: Int?)
    /// "the third quarter of 1984", "the 1988 second quarter".
    case quarterOfYear(Int, year: Int)
    /// "the first half of 1989", "the last half of 1989".
    case halfOfYear(Int, year: Int)
    /// "this summer", "last fall", "in the spring".
    case season(DateValue.Season, WeekdayModifier)
    /// "the weekend", "this weekend" 0 (the nearest one the tense allows), "last weekend" −1, "next weekend" +1.
    case weekend(Int)
    /// "the 1990s", "the nineties": the first three digits of the years.
    case decade(Int)
    /// "the 20th century": the first two digits of the years.
    case century(Int)
    /// "now", "recently", "in the future".
    case reference(DateValue.Reference)
    /// "two years ago".
    case yearsAgo(Int)
    /// "a year earlier", "year-ago", "the year-earlier period": the year before, or in an article
    /// about a quarter the same quarter a year before (see ``DateExpressionFinder/compareWithQuarters(_:)``).
    case yearEarlier
    /// "Thanksgiving Day", "last Christmas", "Election Day".
    case holiday(Holiday, WeekdayModifier)
    /// A time expression with no resolvable value ("the other day").
    case vague

    /// The year of a quarter or half starting in `firstMonth`: the year the offset names, else the
    /// latest such period that has begun, unless the clause speaks of the future.
    static func periodYear(firstMonth: Int, yearOffset: Int?, reference: Day, future: Bool) -> Int {
        guard let yearOffset else { return firstMonth > reference.month && !future ? reference.year - 1 : reference.year }
        return reference.year + yearOffset
    }

    /// The value this mention names when said on `reference`.
    ///
    /// - Parameter future: the clause is in the future tense ("will meet on Friday"): a bare
    ///   weekday or month then means the next one, not the last.
    public func resolve(reference: Day, future: Bool) -> DateValue? {
        resolve(reference: reference, tense: future ? .future : .unknown)
    }

    /// The value this mention names when said on `reference` in a clause of `tense`: a past or
    /// unknown tense reads a bare weekday or month as the last one, a future tense as the next;
    /// a month-day without a year is the nearest one unless the tense says which side (at most
    /// 300 days back for the past).
    public func resolve(reference: Day, tense: ClauseTense) -> DateValue? {
        let future = tense == .future
        switch self {
        case .weekday(let weekday, let modifier):
            let today = reference.weekday.rawValue
            let target = weekday.rawValue
            switch modifier {
            case .plain:
                if future { return .day(reference.adding(days: (target - today + 7) % 7)) }
                return .day(reference.adding(days: -((today - target + 7) % 7)))
            case .last:
                let back = (today - target + 7) % 7
                return .day(reference.adding(days: -(back == 0 ? 7 : back)))
            case .next:
                let ahead = (target - today + 7) % 7
                return .day(reference.adding(days: ahead == 0 ? 7 : ahead))
            case .this:
                let isoToday = (today + 6) % 7, isoTarget = (target + 6) % 7
                return .day(reference.adding(days: isoTarget - isoToday))
            }
        case .dayOffset(let offset):
            return .day(reference.adding(days: offset))
        case .weekOffset(let offset):
            let week = reference.adding(days: 7 * offset).isoWeek
            return .week(year: week.year, week: week.week)
        case .monthOffset(let offset):
            let index = reference.year * 12 + (reference.month - 1) + offset
            return .month(year: index / 12, month: index % 12 + 1)
        case .yearOffset(let offset):
            return .year(reference.year + offset)
        case .monthDay(let month, let day, let year):
            if let year { return Day(year: year, month: month, day: day).map(DateValue.day) }
            let candidates = [reference.year - 1, reference.year, reference.year + 1].compactMap { Day(year: $0, month: month, day: day) }
            if tense == .future, let next = candidates.first(where: { $0 >= reference }) { return .day(next) }
            if tense == .past, let last = candidates.last(where: { $0 <= reference }), reference.ordinal - last.ordinal <= 300 { return .day(last) }
            // The year that puts the date nearest to the reference day.
            guard let best = candidates.min(by: { abs($0.ordinal - reference.ordinal) < abs($1.ordinal - reference.ordinal) }) else { return nil }
            return .day(best)
        case .month(let month, let year):
            if let year { return .month(year: year, month: month) }
            if month == reference.month { return .month(year: reference.year, month: month) }
            if future {
                return .month(year: month > reference.month ? reference.year : reference.year + 1, month: month)
            }
            // Past tense: the nearest occurrence, which is the last one unless that is much further.
            let before = month < reference.month ? reference.year : reference.year - 1
            let monthsBack = (reference.year * 12 + reference.month) - (before * 12 + month)
            if monthsBack > 9 { return .month(year: before + 1, month: month) }
            return .month(year: before, month: month)
        case .year(let year):
            return .year(year)
        case .monthInYear(let month, let offset):
            return .month(year: reference.year + offset, month: month)
        case .lastMonth(let month):
            return .month(year: month < reference.month ? reference.year : reference.year - 1, month: month)
        case .dayOfMonth(let day):
            var candidates: [Day] = []
            for offset in -1...1 {
                let index = reference.year * 12 + (reference.month - 1) + offset
                if let d = Day(year: index / 12, month: index % 12 + 1, day: day) { candidates.append(d) }
            }
            return candidates.min(by: { abs($0.ordinal - reference.ordinal) < abs($1.ordinal - reference.ordinal) }).map(DateValue.day)
        case .holiday(let holiday, let modifier):
            return holiday.resolve(reference: reference, modifier: modifier, future: future).map(DateValue.day)
        case .vague:
            return nil
        case .quarter(0, _):
            // The last quarter that has ended.
            let current = (reference.month - 1) / 3 + 1
            return current == 1 ? .quarter(year: reference.year - 1, quarter: 4) : .quarter(year: reference.year, quarter: current - 1)
        case .quarter(let quarter, let offset):
            return .quarter(year: DateMention.periodYear(firstMonth: 3 * (quarter - 1) + 1, yearOffset: offset, reference: reference, future: future), quarter: quarter)
        case .quarterOfYear(let quarter, let year):
            return .quarter(year: year, quarter: quarter)
        case .halfOfYear(let half, let year):
            return .half(year: year, half: half)
        case .half(let half, let offset):
            return .half(year: DateMention.periodYear(firstMonth: 6 * (half - 1) + 1, yearOffset: offset, reference: reference, future: future), half: half)
        case .season(let season, let modifier):
            // The season's year is the year its first month falls in.
            let current: DateValue.Season = reference.month >= 12 || reference.month <= 2 ? .winter
                : reference.month <= 5 ? .spring : reference.month <= 8 ? .summer : .fall
            let currentYear = reference.month <= 2 ? reference.year - 1 : reference.year
            let order: [DateValue.Season] = [.spring, .summer, .fall, .winter]
            let index = order.firstIndex(of: current)!, target = order.firstIndex(of: season)!
            var steps = target - index // within the cycle, −3…3
            switch modifier {
            case .this: break
            case .last: steps = steps < 0 ? steps : steps - 4
            case .next: steps = steps > 0 ? steps : steps + 4
            case .plain: if future { steps = steps >= 0 ? steps : steps + 4 } else { steps = steps <= 0 ? steps : steps - 4 }
            }
            let absolute = currentYear * 4 + index + steps
            let year = absolute >= 0 ? absolute / 4 : (absolute - 3) / 4
            return .season(year: year, season: order[((absolute % 4) + 4) % 4])
        case .weekend(let offset):
            // Saturday of the weekend meant: the last one (or this one) in the past tense, the
            // next one in the future.
            let today = reference.weekday.rawValue // Sunday 0 … Saturday 6
            let back = (today - 6 + 7) % 7
            var saturday = reference.adding(days: -back)
            if today == 0 { saturday = reference.adding(days: -1) }
            if future && today != 0 && today != 6 { saturday = saturday.adding(days: 7) }
            let week = saturday.adding(days: 7 * offset).isoWeek
            return .weekend(year: week.year, week: week.week)
        case .decade(let digits):
            return .decade(digits)
        case .century(let digits):
            return .century(digits)
        case .reference(let value):
            return .reference(value)
        case .yearsAgo(let years):
            return .year(reference.year - years)
        case .yearEarlier:
            return .year(reference.year - 1)
        }
    }
}
