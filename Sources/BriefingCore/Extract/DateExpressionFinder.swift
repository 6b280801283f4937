/// A date expression found in text: where it is, what it says, and (once resolved) its value.
public struct DateExpression: Sendable, Equatable {
    /// Token indices of the expression.
    public var tokens: Range<Int>
    /// UTF-8 byte offsets in the article text.
    public var range: Range<Int>
    public var mention: DateMention
    /// Set by the resolver.
    public var value: DateValue?
    /// The day the expression was resolved against (the publication day, or for words inside a
    /// quote the day they were spoken).
    public var reference: Day?
}

/// Finds date expressions in tokens: weekdays (`on Tuesday`, `Tuesday (local time)`,
/// `last Friday`), relative days (`today`, `yesterday`, `this morning`, `last night`,
/// `two days ago`), weeks, months and years (`earlier this week`, `last month`, `in March`,
/// `last year`), explicit dates (`Aug. 20, 2025`, `20 August`, `2025-08-20`, `the 4th`).
///
/// - Complexity: O(n) in the number of tokens.
public enum DateExpressionFinder {
    public static func find(in text: TokenizedText, tokens range: Range<Int>? = nil) -> [DateExpression] {
        let range = range ?? 0..<text.tokens.count
        let w = W.shared
        var found: [DateExpression] = []
        var i = range.lowerBound
        while i < range.upperBound {
            // Most tokens start no date expression: rejected here, without a call.
            if !mayStart(text.tokens[i], in: text, words: w) || !articleMayStart(i, in: text, limit: range.upperBound, words: w) {
                i += 1
                continue
            }
            if let (mention, span) = match(at: i, in: text, limit: range.upperBound, words: w) {
                var start = span.lowerBound
                // Include a leading "on"/"in" and modifiers ("late on Tuesday", "earlier today").
                if start > range.lowerBound, w.leadPrepositions.contains(text.hash(start - 1)) {
                    start -= 1
                    if start > range.lowerBound, w.modifiers.contains(text.hash(start - 1)) { start -= 1 }
                } else if start > range.lowerBound, w.modifiers.contains(text.hash(start - 1)), text.tokens[start - 1].kind == .word {
                    start -= 1
                }
                let byteRange = Int(text.tokens[start].start)..<Int(text.tokens[span.upperBound - 1].end)
                found.append(DateExpression(tokens: start..<span.upperBound, range: byteRange, mention: mention))
                i = span.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    /// The mention starting at token `i`, with the tokens it covers. `find` calls it only for
    /// tokens `mayStart` lets through.
    static func match(at i: Int, in text: TokenizedText, limit: Int, words w: W) -> (DateMention, Range<Int>)? {
        let tokens = text.tokens
        let token = tokens[i]
        let h = token.hash
        func at(_ k: Int) -> UInt64 { k < limit ? text.hash(k) : 0 }

        // ISO date: 2025-08-20
        if token.kind == .number, token.length == 10, let day = Day(iso: text.string(token.range)) {
            return (.monthDay(month: day.month, day: day.day, year: day.year), i..<(i + 1))
        }
        // Weekday, possibly with "last/next/this", a part of day, "(local time)", or a date after it.
        if let weekday = w.weekdays[h], token.isCapitalized {
            var end = i + 1
            if at(end) == w.possessive { end += 1 } // "Tuesday's meeting"
            else if w.partsOfDay.contains(at(end)) { end += 1 }
            if text.isMark(end, "("), at(end + 1) == w.local, at(end + 2) == w.time, text.isMark(end + 3, ")") { end += 4 }
            // "Tuesday, March 4" — the explicit date decides.
            if text.isMark(end, ","), let (explicit, span) = explicitDate(at: end + 1, in: text, limit: limit, words: w) {
                return (explicit, i..<span.upperBound)
            }
            if i > 0, let modifier = weekdayModifier(text.hash(i - 1), words: w) {
                return (.weekday(weekday, modifier), (i - 1)..<end)
            }
            if i > 0, text.hash(i - 1) == w.one, text.tokens[i - 1].isCapitalized { return (.vague, (i - 1)..<end) }
            return (.weekday(weekday, .plain), i..<end)
        }
        if let (explicit, span) = explicitDate(at: i, in: text, limit: limit, words: w) { return (explicit, span) }
        if token.isCapitalized, let (holiday, end) = holiday(at: i, in: text, limit: limit, words: w) {
            if i > 0, let modifier = weekdayModifier(text.hash(i - 1), words: w) { return (.holiday(holiday, modifier), (i - 1)..<end) }
            return (.holiday(holiday, .plain), i..<end)
        }
        if let found = period(at: i, in: text, limit: limit, words: w) { return found }
        switch h {
        case w.today: return (.dayOffset(0), i..<(i + 1))
        case w.tonight: return (.dayOffset(0), i..<(i + 1))
        case w.yesterday: return (.dayOffset(-1), i..<(i + 1))
        case w.tomorrow: return (.dayOffset(1), i..<(i + 1))
        case w.recently: return (.reference(.past), i..<(i + 1))
        case w.this:
            if w.partsOfDay.contains(at(i + 1)) && at(i + 1) != w.night { return (.dayOffset(0), i..<(i + 2)) }
            if at(i + 1) == w.week { return (.weekOffset(0), i..<(i + 2)) }
            if at(i + 1) == w.month { return (.monthOffset(0), i..<(i + 2)) }
            if at(i + 1) == w.year { return (.yearOffset(0), i..<(i + 2)) }
        case w.last:
            if at(i + 1) == w.night { return (.dayOffset(-1), i..<(i + 2)) }
            if at(i + 1) == w.week { return (.weekOffset(-1), i..<(i + 2)) }
            if at(i + 1) == w.month { return (.monthOffset(-1), i..<(i + 2)) }
            if at(i + 1) == w.year { return (.yearOffset(-1), i..<(i + 2)) }
        case w.next:
            if at(i + 1) == w.week { return (.weekOffset(1), i..<(i + 2)) }
            if at(i + 1) == w.month { return (.monthOffset(1), i..<(i + 2)) }
            if at(i + 1) == w.year { return (.yearOffset(1), i..<(i + 2)) }
        case w.the:
            // "the day before yesterday", "the day after tomorrow", "the week before last", "the other day", "the 4th"
            if at(i + 1) == w.day, at(i + 2) == w.before, at(i + 3) == w.yesterday { return (.dayOffset(-2), i..<(i + 4)) }
            if at(i + 1) == w.day, at(i + 2) == w.after, at(i + 3) == w.tomorrow { return (.dayOffset(2), i..<(i + 4)) }
            if at(i + 1) == w.week, at(i + 2) == w.before, at(i + 3) == w.last { return (.weekOffset(-2), i..<(i + 4)) }
            if at(i + 1) == w.other, at(i + 2) == w.day { return (.vague, i..<(i + 3)) }
            if at(i + 1) == w.coming, w.periodUnits.contains(at(i + 2)) { return (.reference(.future), i..<(i + 3)) }
            // "today is the eighth day of the strike", "it's the second day of talks": today.
            if at(i + 2) == w.day, w.dayOfWords.contains(at(i + 3)), i >= 2, w.ordinalWords.contains(at(i + 1)) || text.integer(i + 1) != nil,
               at(i - 1) == w.is_ || at(i - 1) == w.possessive || at(i - 1) == w.curlyPossessive, at(i - 2) == w.today || at(i - 2) == w.it {
                return (.dayOffset(0), i..<(i + 3))
            }
            // "the 4th", not "the 11th Circuit", "the 25th anniversary".
            if let day = text.integer(i + 1), day >= 1, day <= 31, i + 1 < limit, tokens[i + 1].kind == .word,
               w.months[at(i + 2)] == nil, at(i + 2) != w.of,
               !(i + 2 < limit && tokens[i + 2].kind == .word && (tokens[i + 2].isCapitalized || w.ordinalNouns.contains(at(i + 2)))) {
                return (.dayOfMonth(day), i..<(i + 2))
            }
        case w.at:
            if at(i + 1) == w.the, at(i + 2) == w.time { return (.vague, i..<(i + 3)) }
        default:
            break
        }
        // "later in the day", "earlier in the day": the day itself.
        if (h == w.earlier || h == w.later), at(i + 1) == w.in_, at(i + 2) == w.the, at(i + 3) == w.day { return (.dayOffset(0), i..<(i + 4)) }
        // "earlier this week", "later this month"
        if (h == w.earlier || h == w.later), at(i + 1) == w.this || at(i + 1) == w.today {
            if at(i + 1) == w.today { return (.dayOffset(0), i..<(i + 2)) }
            if at(i + 2) == w.week { return (.weekOffset(0), i..<(i + 3)) }
            if at(i + 2) == w.month { return (.monthOffset(0), i..<(i + 3)) }
            if at(i + 2) == w.year { return (.yearOffset(0), i..<(i + 3)) }
        }
        // "two days ago", "a week ago", "a fortnight ago"
        if let count = w.counts[h] ?? text.integer(i).flatMap({ $0 < 100 ? $0 : nil }), count > 0 {
            let unit = at(i + 1)
            // "a year earlier"
            if count == 1, unit == w.year, at(i + 2) == w.earlier { return (.yearEarlier, i..<(i + 3)) }
            // "a week or so ago"
            let hedged = at(i + 2) == w.or && at(i + 3) == w.so
            if hedged, at(i + 4) == w.ago, unit == w.day || unit == w.days || unit == w.week {
                return (unit == w.week ? .dayOffset(-7 * count) : .dayOffset(-count), i..<(i + 5))
            }
            if at(i + 2) == w.ago {
                if unit == w.day || unit == w.days { return (.dayOffset(-count), i..<(i + 3)) }
                // "a week ago" is a day (seven days back); "six weeks ago" a week.
                if unit == w.week || unit == w.weeks { return (count == 1 ? .dayOffset(-7) : .weekOffset(-count), i..<(i + 3)) }
                if unit == w.fortnight { return (.dayOffset(-14 * count), i..<(i + 3)) }
                if unit == w.month || unit == w.monthsUnit { return (.monthOffset(-count), i..<(i + 3)) }
                if unit == w.year || unit == w.years { return (.yearsAgo(count), i..<(i + 3)) }
            }
        }
        // "several years ago", "a few months ago": some time ago.
        if h == w.several || (h == w.a && at(i + 1) == w.few), case let unit = h == w.several ? i + 1 : i + 2,
           w.periodUnits.contains(at(unit)), at(unit + 1) == w.ago {
            return (.reference(.past), i..<(unit + 2))
        }
        // A year on its own: "in 2024", "since 2019", "1996 was …", "the 1996 election"; not a
        // count ("2000 people", "$1996", "about 1950 members").
        if token.kind == .number, token.length == 4, let year = text.integer(i), year >= 1800, year <= 2100 {
            if i > 0, w.yearPrepositions.contains(text.hash(i - 1)) { return (.year(year), i..<(i + 1)) }
            guard year >= 1900 else { return nil }
            let previous = i > 0 ? text.tokens[i - 1] : nil
            // "Section 2025", "Flight 1920": a number that names something after a capitalised word.
            let counted = previous.map { $0.kind == .punctuation && ($0.mark == 0x24 || $0.mark == 0xA3 || $0.mark == 0x20AC) } ?? false
                || (previous?.kind == .word && (w.countLeads.contains(text.hash(i - 1))
                    || (previous!.isCapitalized && w.months[text.hash(i - 1)] == nil && !w.functionWords.contains(text.hash(i - 1)))))
            let next = i + 1 < limit ? text.tokens[i + 1] : nil
            let countNoun = next.map { $0.kind == .word && (w.countNouns.contains($0.hash) || $0.hash == w.percent) } ?? false
            if !counted && !countNoun && !(next?.kind == .number) && !(next.map { $0.kind == .punctuation && ($0.mark == 0x25 || $0.mark == 0x2F || $0.mark == 0x3A) } ?? false) {
                return (.year(year), i..<(i + 1))
            }
        }
        return nil
    }

    /// "the" and "a" are a tenth of all words: they start a date expression only before the
    /// words the rules read after them ("the third quarter", "a week ago", "the 1990s").
    @inline(__always)
    static func articleMayStart(_ i: Int, in text: TokenizedText, limit: Int, words w: W) -> Bool {
        let h = text.tokens[i].hash
        guard h == w.the || h == w.a || h == w.an else { return true }
        guard i + 1 < limit else { return false }
        let next = text.tokens[i + 1]
        if next.kind == .number { return true }
        guard next.kind == .word else { return false }
        if h == w.the {
            let first = text.bytes[Int(next.start)]
            return (first >= 0x30 && first <= 0x39) || w.afterThe.contains(next.hash)
        }
        return w.afterA.contains(next.hash)
    }

    /// Whether a token can start a date expression: a number, or a word that is a starter
    /// ("last", "two"), a capitalised weekday or month, "mid-March", or a day number ("4th").
    @inline(__always)
    static func mayStart(_ token: Token, in text: TokenizedText, words w: W) -> Bool {
        if token.kind == .number { return true }
        guard token.kind == .word else { return false }
        return token.isIn(WordClasses.dateStarter) || (token.isCapitalized && token.isIn(WordClasses.dateName))
            || isMid(token, in: text) || (text.bytes[Int(token.start)] >= 0x30 && text.bytes[Int(token.start)] <= 0x39)
    }

    /// A word of more than four bytes starting with "mid-" (any case), read on bytes.
    @inline(__always)
    static func isMid(_ token: Token, in text: TokenizedText) -> Bool {
        guard token.kind == .word, token.length > 4 else { return false }
        let b = Int(token.start)
        return text.bytes[b] | 0x20 == 0x6D && text.bytes[b + 1] | 0x20 == 0x69 && text.bytes[b + 2] | 0x20 == 0x64 && text.bytes[b + 3] == 0x2D
    }

    static func weekdayModifier(_ hash: UInt64, words w: W) -> DateMention.WeekdayModifier? {
        switch hash {
        case w.last: return .last
        case w.next: return .next
        case w.this: return .this
        case w.previous, w.preceding: return .last // "the previous Friday"
        default: return nil
        }
    }

    @inline(__always)
    static func at(_ k: Int, _ limit: Int, _ text: TokenizedText) -> UInt64 { k < limit ? text.hash(k) : 0 }
}
