/// Dates named by the calendar: explicit dates (`March 4`, `4 March 2025`, `mid-March`) and holidays.
extension DateExpressionFinder {
    /// `March 4`, `Mar. 4, 2025`, `4 March 2025`, `30th September`, `March 2024`, `mid-March`, `March`.
    static func explicitDate(at i: Int, in text: TokenizedText, limit: Int, words w: W) -> (DateMention, Range<Int>)? {
        guard i < limit else { return nil }
        let token = text.tokens[i]
        func yearAt(_ k: Int) -> Int? {
            guard k < limit, text.tokens[k].kind == .number, text.tokens[k].length == 4, let y = text.integer(k), y >= 1800, y <= 2200 else { return nil }
            return y
        }
        func dayAt(_ k: Int) -> Int? {
            guard k < limit, let d = text.integer(k), d >= 1, d <= 31, text.tokens[k].length <= 4 else { return nil }
            return d
        }
        // Month first.
        var monthIndex = i
        var month = w.months[token.hash]
        let isMid = isMid(token, in: text)
        if month == nil, isMid {
            // "mid-March"
            month = CalendarWords.month(text.string((Int(token.start) + 4)..<Int(token.end)))
        }
        if let month, token.isCapitalized || isMid {
            var k = monthIndex + 1
            if text.isMark(k, "."), text.tokens[monthIndex].length <= 4, !w.fullShortMonths.contains(token.hash) { k += 1 } // "Aug.", not "May."
            if let day = dayAt(k) {
                var end = k + 1
                var year: Int?
                if text.isMark(end, ","), let y = yearAt(end + 1) { year = y; end += 2 } else if let y = yearAt(end) { year = y; end += 1 }
                return (.monthDay(month: month, day: day, year: year), i..<end)
            }
            if let year = yearAt(k) { return (.month(month, year: year), i..<(k + 1)) }
            // "January this year", "April next year", "June last year".
            let yearWord = at(k, limit, text)
            if at(k + 1, limit, text) == w.year, yearWord == w.this || yearWord == w.last || yearWord == w.next {
                let offset = yearWord == w.this ? 0 : yearWord == w.last ? -1 : 1
                let start = i > 0 && (w.leadPrepositions.contains(text.hash(i - 1)) || w.modifiers.contains(text.hash(i - 1))) ? i - 1 : i
                return (.monthInYear(month, yearOffset: offset), start..<(k + 2))
            }
            if w.ambiguousMonths.contains(token.hash) && !(i > 0 && (w.leadPrepositions.contains(text.hash(i - 1)) || w.modifiers.contains(text.hash(i - 1))
                || text.hash(i - 1) == w.last || text.hash(i - 1) == w.this)) {
                return nil
            }
            if k > monthIndex + 1 { monthIndex = k - 1 }
            // A month on its own after "in"/"early"/"late"/"mid-", as "mid-March", after
            // "last"/"this" ("last May"), or, for a name no other word shares, standing alone
            // outside a run of capitalised words ("in August", "August was dry"; not "August Wilson").
            let previous = i > 0 ? text.hash(i - 1) : 0
            if w.leadPrepositions.contains(previous) || w.modifiers.contains(previous) || isMid {
                return (.month(month, year: nil), i..<(monthIndex + 1))
            }
            if previous == w.last { return (.lastMonth(month), (i - 1)..<(monthIndex + 1)) }
            if previous == w.this { return (.monthInYear(month, yearOffset: 0), (i - 1)..<(monthIndex + 1)) }
            let nextCapitalized = monthIndex + 1 < limit && text.tokens[monthIndex + 1].kind == .word && text.tokens[monthIndex + 1].isCapitalized
            let previousCapitalized = i > 0 && text.tokens[i - 1].kind == .word && text.tokens[i - 1].isCapitalized
            if !w.ambiguousMonths.contains(token.hash), !nextCapitalized, !previousCapitalized, !isMid {
                return (.month(month, year: nil), i..<(monthIndex + 1))
            }
            return nil
        }
        // Day first: "4 March 2025", "30th September".
        if let day = dayAt(i), i + 1 < limit, let month = w.months[text.tokens[i + 1].hash], text.tokens[i + 1].isCapitalized {
            var end = i + 2
            if text.isMark(end, "."), text.tokens[i + 1].length <= 4 { end += 1 }
            var year: Int?
            if let y = yearAt(end) { year = y; end += 1 }
            return (.monthDay(month: month, day: day, year: year), i..<end)
        }
        return nil
    }

    /// The holiday named from token `i` (capitalised), and the token after its name.
    static func holiday(at i: Int, in text: TokenizedText, limit: Int, words w: W) -> (Holiday, Int)? {
        func at(_ k: Int) -> UInt64 { k < limit ? text.hash(k) : 0 }
        let isPossessive = { (k: Int) in at(k) == w.possessive || at(k) == w.curlyPossessive }
        /// "<first> Day" with an optional possessive or apostrophe between ("Veterans' Day").
        func dayAfter(_ k: Int) -> Int? {
            var k = k
            if isPossessive(k) || text.isMark(k, "'") || text.isMark(k, "’") { k += 1 }
            return at(k) == w.day ? k + 1 : nil
        }
        guard text.tokens[i].kind == .word, let first = w.holidayStarts[text.tokens[i].hash] else { return nil }
        switch first {
        case "thanksgiving": return (.thanksgiving, at(i + 1) == w.day ? i + 2 : i + 1)
        case "halloween": return (.halloween, i + 1)
        case "christmas":
            if at(i + 1) == w.eve { return (.christmasEve, i + 2) }
            return (.christmas, at(i + 1) == w.day ? i + 2 : i + 1)
        case "new":
            guard at(i + 1) == w.year, text.tokens[i + 1].isCapitalized else { return nil }
            let k = isPossessive(i + 2) ? i + 3 : i + 2
            if at(k) == w.day { return (.newYearsDay, k + 1) }
            if at(k) == w.eve { return (.newYearsEve, k + 1) }
            return nil
        case "valentine": return dayAfter(i + 1).map { (.valentinesDay, $0) }
        case "good": return at(i + 1) == w.friday && text.tokens[i + 1].isCapitalized ? (.goodFriday, i + 2) : nil
        case "easter":
            if at(i + 1) == w.monday { return (.easterMonday, i + 2) }
            if at(i + 1) == w.sunday { return (.easter, i + 2) }
            // "Easter Island", "the Easter Rising": a name, not the day.
            if i + 1 < limit, text.tokens[i + 1].kind == .word, text.tokens[i + 1].isCapitalized { return nil }
            return (.easter, i + 1)
        case "memorial": return dayAfter(i + 1).map { (.memorialDay, $0) }
        case "labor", "labour": return dayAfter(i + 1).map { (.laborDay, $0) }
        case "independence": return dayAfter(i + 1).map { (.independenceDay, $0) }
        case "election": return dayAfter(i + 1).map { (.electionDay, $0) }
        case "veterans": return dayAfter(i + 1).map { (.veteransDay, $0) }
        case "boxing": return dayAfter(i + 1).map { (.boxingDay, $0) }
        case "fourth": return at(i + 1) == w.of && w.months[at(i + 2)] == 7 && text.tokens[i + 2].isCapitalized ? (.independenceDay, i + 3) : nil
        default: return nil
        }
    }
}
