/// Dates coarser than a day and references to now, the past and the future, read as TIMEX3
/// writes them: quarters and halves, seasons, weekends, decades, centuries, years said in
/// words, "now"/"recently"/"in the future", and the year-ago comparisons of earnings news.
extension DateExpressionFinder {
    /// Periods and references: "the third quarter", "third-quarter", "the first half", "this
    /// summer", "the weekend", "the 1990s", "the nineties", "the 20th century", "now", "recently",
    /// "in the past", "the future", "recent weeks", "coming months", "mid-1996".
    static func period(at i: Int, in text: TokenizedText, limit: Int, words w: W) -> (DateMention, Range<Int>)? {
        let token = text.tokens[i]
        let h = token.hash
        func at(_ k: Int) -> UInt64 { k < limit ? text.hash(k) : 0 }
        /// A four-digit year at `k`.
        func yearAt(_ k: Int) -> Int? {
            guard k < limit, text.tokens[k].kind == .number, text.tokens[k].length == 4, let y = text.integer(k), y >= 1800, y <= 2200 else { return nil }
            return y
        }
        /// "the third quarter" (ordinal at `k`) with "of 1984" after it: that year's quarter; else the quarter the tense allows.
        func quarterOrHalf(ordinal: Int, at k: Int, start: Int) -> (DateMention, Range<Int>)? {
            let isQuarter = at(k + 1) == w.quarter
            guard isQuarter || (at(k + 1) == w.half && ordinal <= 2) else { return nil }
            if at(k + 2) == w.of, let year = yearAt(k + 3) {
                return (isQuarter ? .quarterOfYear(ordinal, year: year) : .halfOfYear(ordinal, year: year), start..<(k + 4))
            }
            return (isQuarter ? .quarter(ordinal, yearOffset: nil) : .half(ordinal, yearOffset: nil), start..<(k + 2))
        }
        if token.kind == .word {
            // "year-end": the last day of the year (the nearest one).
            if h == w.yearEnd { return (.monthDay(month: 12, day: 31, year: nil), i..<(i + 1)) }
            if w.presentWords.contains(h) {
                // "right now" is now too; "now" inside "now that" still names the present.
                return (.reference(.present), i..<(i + 1))
            }
            if w.pastWords.contains(h) { return (.reference(.past), i..<(i + 1)) }
            // "year-ago", "year-earlier", with the noun they qualify ("the year-ago quarter").
            if w.yearEarlierWords.contains(h) {
                let end = w.periodNouns.contains(at(i + 1)) ? i + 2 : i + 1
                return (.yearEarlier, i..<end)
            }
            // "fourth quarter", "first half" without an article; "third quarter of 1984".
            if let ordinal = w.ordinals[h], at(i + 1) == w.quarter { return quarterOrHalf(ordinal: ordinal, at: i, start: i) }
            if let ordinal = w.ordinals[h], ordinal <= 2, at(i + 1) == w.half,
               at(i + 2) != w.of || yearAt(i + 3) != nil || (i + 3 < limit && (at(i + 3) == w.year || at(i + 4) == w.year)) {
                return quarterOrHalf(ordinal: ordinal, at: i, start: i)
            }
            // "nineteen ninety-six", "nineteen seventy-nine": a year said in words (transcripts).
            if h == w.nineteen, let tens = spelledTens(i + 1, in: text, words: w) { return (.year(1900 + tens), i..<(i + 2)) }
            if let value = w.hyphenPeriods[h] {
                return value > 10 ? (.half(value - 10, yearOffset: nil), i..<(i + 1)) : (.quarter(value, yearOffset: nil), i..<(i + 1))
            }
            // "these days": now; "recent weeks": before now; "coming months", "upcoming weeks": after.
            if h == w.these, at(i + 1) == w.days { return (.reference(.present), i..<(i + 2)) }
            if h == w.recent, w.periodUnits.contains(at(i + 1)) { return (.reference(.past), i..<(i + 2)) }
            if h == w.coming || h == w.upcoming, w.periodUnits.contains(at(i + 1)) { return (.reference(.future), i..<(i + 2)) }
            if h == w.at, at(i + 1) == w.present { return (.reference(.present), i..<(i + 2)) }
            if h == w.at, at(i + 1) == w.the, at(i + 2) == w.moment { return (.reference(.present), i..<(i + 3)) }
            if h == w.this || h == w.last || h == w.next || h == w.the {
                let modifier: DateMention.WeekdayModifier = h == w.this ? .this : h == w.last ? .last : h == w.next ? .next : .plain
                let k = i + 1
                // "the third quarter", "the first half", "the third quarter of 1984".
                if h == w.the, let ordinal = w.ordinals[at(k)], let found = quarterOrHalf(ordinal: ordinal, at: k, start: i) { return found }
                // "the last half of 1989": the second half.
                if h == w.the, at(k) == w.last, at(k + 1) == w.half, at(k + 2) == w.of, let year = yearAt(k + 3) { return (.halfOfYear(2, year: year), i..<(k + 4)) }
                // "the 1988 second quarter", "the 1989 first half".
                if h == w.the, let year = yearAt(k), let ordinal = w.ordinals[at(k + 1)] {
                    if at(k + 2) == w.quarter { return (.quarterOfYear(ordinal, year: year), i..<(k + 3)) }
                    if at(k + 2) == w.half, ordinal <= 2 { return (.halfOfYear(ordinal, year: year), i..<(k + 3)) }
                }
                // "this year's third quarter", "last year's first half", "next year's fourth-quarter".
                if h != w.the, at(k) == w.year, at(k + 1) == w.possessive || at(k + 1) == w.curlyPossessive {
                    let offset = modifier == .this ? 0 : modifier == .last ? -1 : 1
                    if let ordinal = w.ordinals[at(k + 2)] {
                        if at(k + 3) == w.quarter { return (.quarter(ordinal, yearOffset: offset), i..<(k + 4)) }
                        if at(k + 3) == w.half, ordinal <= 2 { return (.half(ordinal, yearOffset: offset), i..<(k + 4)) }
                    }
                    if let value = w.hyphenPeriods[at(k + 2)] {
                        return (value > 10 ? .half(value - 10, yearOffset: offset) : .quarter(value, yearOffset: offset), i..<(k + 3))
                    }
                }
                // "the current year", "the current fiscal year", "the full year", "the fiscal year",
                // "the end of the year": the reference day's year.
                if h == w.the {
                    var j = k
                    if at(j) == w.current || at(j) == w.full { j += 1 }
                    if at(j) == w.fiscal { j += 1 }
                    if j > k, at(j) == w.year { return (.yearOffset(0), i..<(j + 1)) }
                    if at(k) == w.end, at(k + 1) == w.of, at(k + 2) == w.the, at(k + 3) == w.year { return (.yearOffset(0), i..<(k + 4)) }
                }
                if h == w.the, w.yearEarlierWords.contains(at(k)) {
                    return (.yearEarlier, i..<(w.periodNouns.contains(at(k + 1)) ? k + 2 : k + 1))
                }
                // "the latest period" in an article about a quarter is that quarter.
                if h == w.the, at(k) == w.latest, at(k + 1) == w.period { return (.quarter(0, yearOffset: nil), i..<(k + 2)) }
                // "the quarter", "the latest quarter": the last quarter that has ended.
                if h == w.the, at(k) == w.quarter || ((at(k) == w.latest || at(k) == w.recent || at(k) == w.past) && at(k + 1) == w.quarter) {
                    return (.quarter(0, yearOffset: nil), i..<(at(k) == w.quarter ? k + 1 : k + 2))
                }
                if h == w.the, let value = w.hyphenPeriods[at(k)] {
                    return value > 10 ? (.half(value - 10, yearOffset: nil), i..<(k + 1)) : (.quarter(value, yearOffset: nil), i..<(k + 1))
                }
                if let season = w.seasons[at(k)], text.tokens[k].kind == .word {
                    // "the fall of Rome" is no season of a year; "the spring of 1994" is.
                    if h == w.the, at(k + 1) == w.of, !(k + 2 < limit && text.tokens[k + 2].kind == .number) { return nil }
                    return (.season(season, modifier), i..<(k + 1))
                }
                if at(k) == w.weekend { return (.weekend(modifier == .last ? -1 : modifier == .next ? 1 : 0), i..<(k + 1)) }
                if h == w.the {
                    if at(k) == w.past, at(k + 1) != w.year, at(k + 1) != w.week, at(k + 1) != w.month, !w.periodUnits.contains(at(k + 1)) || at(k + 1) == 0 {
                        return (.reference(.past), i..<(k + 1))
                    }
                    if at(k) == w.future { return (.reference(.future), i..<(k + 1)) }
                    // "the near term", "the short term": the time ahead.
                    if at(k) == w.near || at(k) == w.short, at(k + 1) == w.term { return (.reference(.future), i..<(k + 2)) }
                    // "the year two thousand"
                    if at(k) == w.year, at(k + 1) == w.two, at(k + 2) == w.thousand { return (.year(2000), i..<(k + 3)) }
                    if at(k) == w.near || at(k) == w.distant, at(k + 1) == w.future { return (.reference(.future), i..<(k + 2)) }
                    if let digits = w.decadeWords[at(k)] { return (.decade(digits), i..<(k + 1)) }
                    if let digits = decade(k, in: text) { return (.decade(digits), i..<(k + 1)) }
                    if let digits = century(k, in: text), at(k + 1) == w.century { return (.century(digits), i..<(k + 2)) }
                    // "the last few months", "the last two years": a stretch up to now.
                    if at(k) == w.last, w.periodUnits.contains(at(k + 2)) && (at(k + 1) == w.few || w.counts[at(k + 1)] != nil) {
                        return (.reference(.past), i..<(k + 3))
                    }
                }
            }
            // "1990s", "mid-1990s" (the modifier is a separate word or part of this one).
            if let digits = decade(i, in: text) { return (.decade(digits), i..<(i + 1)) }
            if let digits = century(i, in: text), at(i + 1) == w.century { return (.century(digits), i..<(i + 2)) }
            // "mid-1996"
            if isMid(token, in: text), token.length == 8, let year = Int(text.string((Int(token.start) + 4)..<Int(token.end))), year >= 1800, year <= 2200 {
                return (.year(year), i..<(i + 1))
            }
        }
        return nil
    }

    /// Earnings news compares a quarter with the same quarter a year before: in an article whose
    /// dates name a quarter, "a year ago", "a year earlier" and "the year-ago quarter" are that
    /// quarter of the year before (the nearest quarter named before them, else the first).
    public static func compareWithQuarters(_ dates: inout [DateExpression]) {
        guard let first = dates.first(where: { if case .quarter = $0.value { return true } else { return false } })?.value,
              case .quarter(let firstYear, let firstQuarter) = first else { return }
        var current = (year: firstYear, quarter: firstQuarter)
        for d in dates.indices {
            switch (dates[d].mention, dates[d].value) {
            case (_, .quarter(let year, let quarter)?):
                current = (year, quarter)
            case (.yearEarlier, _), (.yearsAgo(1), _):
                dates[d].value = .quarter(year: current.year - 1, quarter: current.quarter)
            default:
                break
            }
        }
    }

    /// "ninety-six", "seventy", "eighty-one": the number 10–99 in words.
    static func spelledTens(_ k: Int, in text: TokenizedText, words w: W) -> Int? {
        guard k < text.tokens.count, text.tokens[k].kind == .word else { return nil }
        let word = text.string(text.tokens[k].range).lowercased()
        let parts = word.split(separator: "-").map(String.init)
        let tens = ["ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90]
        let ones = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9]
        guard let first = parts.first, let t = tens[first] else { return nil }
        if parts.count == 2, let o = ones[parts[1]] { return t + o }
        return parts.count == 1 ? t : nil
    }

    /// "1990s" (a word of four digits and "s"): the decade's first three digits.
    static func decade(_ k: Int, in text: TokenizedText) -> Int? {
        guard k < text.tokens.count, text.tokens[k].kind == .word || text.tokens[k].kind == .number else { return nil }
        let token = text.tokens[k]
        var start = Int(token.start)
        if isMid(token, in: text) { start += 4 }
        let end = Int(token.end)
        guard end - start == 5, text.bytes[end - 1] == 0x73 else { return nil }
        var value = 0
        for b in text.bytes[start..<(end - 1)] {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        guard value >= 1000, value % 10 == 0 else { return nil }
        return value / 10
    }

    /// "20th", "21st": the century's first two digits (19, 20).
    static func century(_ k: Int, in text: TokenizedText) -> Int? {
        guard k < text.tokens.count, text.tokens[k].kind == .word else { return nil }
        let token = text.tokens[k]
        let bytes = text.bytes[Int(token.start)..<Int(token.end)]
        guard bytes.count == 4, let first = bytes.first, first >= 0x31, first <= 0x32 else { return nil }
        let digits = bytes.prefix(2)
        guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let n = Int(digits.first! - 0x30) * 10 + Int(digits.last! - 0x30)
        return n - 1
    }
}
