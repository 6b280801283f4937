extension DateExpressionFinder {
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
}
