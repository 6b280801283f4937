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

    /// Words the finder compares against.
    final class W: Sendable {
        static let shared = W()
        let on = WordHash.of("on"), in_ = WordHash.of("in"), the = WordHash.of("the"), of = WordHash.of("of")
        let last = WordHash.of("last"), next = WordHash.of("next"), this = WordHash.of("this"), a = WordHash.of("a")
        let ago = WordHash.of("ago"), week = WordHash.of("week"), weeks = WordHash.of("weeks"), month = WordHash.of("month")
        let year = WordHash.of("year"), day = WordHash.of("day"), days = WordHash.of("days"), fortnight = WordHash.of("fortnight")
        let today = WordHash.of("today"), tonight = WordHash.of("tonight"), yesterday = WordHash.of("yesterday")
        let tomorrow = WordHash.of("tomorrow"), night = WordHash.of("night"), morning = WordHash.of("morning")
        let afternoon = WordHash.of("afternoon"), evening = WordHash.of("evening"), local = WordHash.of("local")
        let time = WordHash.of("time"), before = WordHash.of("before"), after = WordHash.of("after")
        let earlier = WordHash.of("earlier"), later = WordHash.of("later"), possessive = WordHash.of("'s")
        let recently = WordHash.of("recently"), other = WordHash.of("other"), coming = WordHash.of("coming")
        let at = WordHash.of("at"), one = WordHash.of("one")
        let years = WordHash.of("years"), monthsUnit = WordHash.of("months"), quarter = WordHash.of("quarter")
        let half = WordHash.of("half"), weekend = WordHash.of("weekend"), past = WordHash.of("past"), future = WordHash.of("future")
        let near = WordHash.of("near"), century = WordHash.of("century"), moment = WordHash.of("moment"), present = WordHash.of("present")
        let these = WordHash.of("these"), few = WordHash.of("few"), several = WordHash.of("several"), over = WordHash.of("over")
        let distant = WordHash.of("distant"), recent = WordHash.of("recent"), upcoming = WordHash.of("upcoming")
        let latest = WordHash.of("latest"), nineteen = WordHash.of("nineteen")
        let fullShortMonths: WordSet = WordHash.set(["may", "june", "july"])
        let short = WordHash.of("short"), term = WordHash.of("term"), two = WordHash.of("two"), thousand = WordHash.of("thousand")
        let yearEarlierWords: WordSet = WordHash.set(["year-ago", "year-earlier", "year-before"])
        let periodNouns: WordSet = WordHash.set(["quarter", "period", "level", "levels", "quarters", "results"])
        let period = WordHash.of("period")
        /// "now", "currently", "current": the present as the text's now.
        let presentWords: WordSet = WordHash.set(["now", "currently", "current", "nowadays", "presently"])
        let pastWords: WordSet = WordHash.set(["recently", "lately"]) // not "previously": annotators rarely read it as a time
        /// Units that "recent", "coming", "the last few" and "ago" count.
        let periodUnits: WordSet = WordHash.set(["days", "weeks", "months", "years", "decades", "day", "week", "month", "year", "decade"])
        let ordinals: WordMap<Int> = [WordHash.of("first"): 1, WordHash.of("second"): 2, WordHash.of("third"): 3, WordHash.of("fourth"): 4]
        /// "third-quarter", "first-half" written as one word.
        let hyphenPeriods: WordMap<Int> = {
            var table: [UInt64: Int] = [:]
            for (i, ordinal) in ["first", "second", "third", "fourth"].enumerated() {
                table[WordHash.of(ordinal + "-quarter")] = i + 1
                if i < 2 { table[WordHash.of(ordinal + "-half")] = 10 + i + 1 }
            }
            return WordMap(table)
        }()
        let seasons: WordMap<DateValue.Season> = [WordHash.of("spring"): .spring, WordHash.of("summer"): .summer, WordHash.of("fall"): .fall,
                                                  WordHash.of("autumn"): .fall, WordHash.of("winter"): .winter]
        let decadeWords: WordMap<Int> = [WordHash.of("twenties"): 192, WordHash.of("thirties"): 193, WordHash.of("forties"): 194,
                                         WordHash.of("fifties"): 195, WordHash.of("sixties"): 196, WordHash.of("seventies"): 197,
                                         WordHash.of("eighties"): 198, WordHash.of("nineties"): 199]
        /// Nouns after a four-digit number that make it a count, not a year ("2000 people").
        let countNouns: WordSet = WordHash.set(["people", "percent", "members", "votes", "voters", "dollars", "euros", "pounds", "jobs",
            "troops", "soldiers", "workers", "employees", "times", "points", "miles", "kilometers", "kilometres", "feet", "meters",
            "metres", "tons", "tonnes", "barrels", "acres", "homes", "cases", "deaths", "students", "residents", "delegates", "seats",
            "units", "shares", "cars", "flights", "patients", "children", "refugees", "households", "companies", "hours", "minutes",
            "days", "weeks", "months", "years", "feet", "pages", "words", "calories", "rooms", "beds", "officers", "men", "women",
            "signatures", "marines", "sailors", "prisoners", "inmates", "victims", "attacks", "bombs", "missiles", "planes"])
        let leadPrepositions: WordSet = WordHash.set(["on", "in"])
        /// Lowercase words that can open a date expression.
        let starters: WordSet = WordHash.set(["today", "tonight", "yesterday", "tomorrow", "recently", "this", "last", "next", "the",
            "at", "earlier", "later", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "several", "few", "now", "currently", "current", "nowadays", "presently",
            "lately", "recent", "coming", "these", "upcoming", "nineteen", "year-ago", "year-earlier", "year-before", "first", "second", "third", "fourth", "first-quarter", "second-quarter", "third-quarter", "fourth-quarter",
            "first-half", "second-half", "year-end"])
        let yearPrepositions: WordSet = WordHash.set(["in", "since", "by", "until", "till", "from", "of", "before", "after", "during", "early", "late", "mid", "through", "throughout"])
        let modifiers: WordSet = WordHash.set(["late", "early", "earlier", "later", "mid"])
        /// Words before a number that make it a count ("about 1950", "some 2000").
        let countLeads: WordSet = WordHash.set(["about", "some", "nearly", "almost", "around", "approximately", "roughly", "than", "over", "under", "only", "just", "least", "most"])
        let percent = WordHash.of("percent")
        let partsOfDay: WordSet = WordHash.set(["morning", "afternoon", "evening", "night"])
        let counts: WordMap<Int> = {
            var table: [UInt64: Int] = [:]
            for (i, word) in ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"].enumerated() {
                table[WordHash.of(word)] = i + 1
            }
            table[WordHash.of("a")] = 1
            table[WordHash.of("an")] = 1
            table[WordHash.of("several")] = -1
            table[WordHash.of("few")] = -1
            return WordMap(table)
        }()
        let weekdays: WordMap<Weekday> = {
            var table: [UInt64: Weekday] = [:]
            for day in Weekday.allCases { table[WordHash.of(day.name)] = day }
            return WordMap(table)
        }()
        let months: WordMap<Int> = {
            var table: [UInt64: Int] = [:]
            let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
            for (i, name) in names.enumerated() {
                table[WordHash.of(name)] = i + 1
                if name.count > 4 { table[WordHash.of(String(name.prefix(3)))] = i + 1 }
            }
            table[WordHash.of("sept")] = 9
            table[WordHash.of("june")] = 6
            table[WordHash.of("july")] = 7
            return WordMap(table)
        }()
        /// First words of holiday names ("Thanksgiving", "New Year's Day", "Good Friday").
        let holidayStarts: WordMap<String> = WordMap(Dictionary(uniqueKeysWithValues: ["thanksgiving", "christmas", "new", "valentine", "good", "easter",
            "memorial", "labor", "labour", "independence", "election", "veterans", "boxing", "halloween", "fourth"].map { (WordHash.of($0), $0) }))
        let eve = WordHash.of("eve"), curlyPossessive = WordHash.of("’s")
        /// "the eighth day of": the words an ordinal day is counted in.
        let ordinalWords: WordSet = WordHash.set(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                                                  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "twentieth", "last"])
        let dayOfWords: WordSet = WordHash.set(["of", "in", "since"])
        /// Nouns an ordinal counts that are not days of a month ("the 25th anniversary", "the 4th floor").
        let ordinalNouns: WordSet = WordHash.set(["anniversary", "birthday", "century", "amendment", "time", "place", "floor", "round",
            "consecutive", "straight", "annual", "district", "precinct", "congress", "parliament", "term", "edition", "year", "day",
            "week", "month", "minute", "hour", "grade", "largest", "biggest", "session", "division", "army", "fleet", "regiment", "brigade"])
        let is_ = WordHash.of("is"), it = WordHash.of("it"), an = WordHash.of("an")
        /// Every word ``period(at:in:limit:words:)`` and ``match(at:in:limit:words:)`` read after "the".
        let afterThe: WordSet = WordHash.set(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "twentieth", "last", "year-ago", "year-earlier", "year-before",
            "latest", "quarter", "recent", "past", "first-quarter", "second-quarter", "third-quarter", "fourth-quarter", "first-half",
            "second-half", "spring", "summer", "fall", "autumn", "winter", "weekend", "future", "near", "short", "year", "distant",
            "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "current", "full", "fiscal",
            "end", "coming", "day", "week", "other", "mid"])
        /// Every word read after "a"/"an": "a week ago", "a year earlier", "a few months ago".
        let afterA: WordSet = WordHash.set(["day", "days", "week", "weeks", "month", "months", "year", "years", "fortnight", "few", "decade"])
        /// Capitalised at a sentence's start, these do not make the number after them a name ("For 1988, …", "That 1978 law").
        let functionWords: WordSet = WordHash.set(["a", "an", "the", "that", "this", "for", "in", "by", "since", "from", "after", "before",
                                                   "during", "until", "of", "at", "on", "its", "his", "her", "their"])
        let yearEnd = WordHash.of("year-end"), current = WordHash.of("current"), full = WordHash.of("full"), fiscal = WordHash.of("fiscal")
        let end = WordHash.of("end"), previous = WordHash.of("previous"), preceding = WordHash.of("preceding"), or = WordHash.of("or"), so = WordHash.of("so")
        let friday = WordHash.of("friday"), monday = WordHash.of("monday"), sunday = WordHash.of("sunday")
        /// Month names that are also common words: they need a day or year next to them.
        let ambiguousMonths: WordSet = WordHash.set(["may", "march", "mar", "jan", "sat", "sun", "dec", "aug", "jun", "jul"])
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
        let h = token.hash
        return w.starters.contains(h) || (token.isCapitalized && (w.weekdays[h] != nil || w.months[h] != nil || w.holidayStarts[h] != nil))
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
}
