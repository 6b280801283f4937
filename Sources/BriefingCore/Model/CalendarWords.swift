/// English month and weekday words as news writing uses them ("Aug.", "Sept", "Tues").
///
/// Lookups are case-insensitive and expect the word without a trailing dot.
public enum CalendarWords {
    /// 1...12 for a month name or abbreviation, nil otherwise. "May" is a month; "march" is too —
    /// callers that need to tell the verb from the month check capitalisation themselves.
    public static func month(_ word: some StringProtocol) -> Int? {
        months[word.lowercased()]
    }

    /// The weekday for a weekday name or abbreviation ("Tue", "Tues", "Tuesday").
    public static func weekday(_ word: some StringProtocol) -> Weekday? {
        weekdays[word.lowercased()]
    }

    /// The month words above, hashed as the tokenizer hashes words (for byte-level readers).
    static let monthHashes = WordSet(months.keys.map(WordHash.of))

    private static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"]
        for (i, name) in names.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3))] = i + 1
        }
        table["sept"] = 9
        return table
    }()

    private static let weekdays: [String: Weekday] = {
        var table: [String: Weekday] = [:]
        for day in Weekday.allCases {
            let name = day.name.lowercased()
            table[name] = day
            table[String(name.prefix(3))] = day
        }
        table["tues"] = .tuesday
        table["weds"] = .wednesday
        table["thur"] = .thursday
        table["thurs"] = .thursday
        return table
    }()
}

extension Day {
    /// Parses the date forms found in article metadata: ISO 8601 (`2025-08-19`, `2025-08-19T14:00:00Z`),
    /// RFC 822 as feeds write it (`Tue, 19 Aug 2025 14:00:00 GMT`), and written-out dates
    /// (`August 19, 2025`, `19 August 2025`, `Aug. 19 2025`), and `2025/08/19`.
    ///
    /// The day is taken as written: a time zone offset never moves it to another day, because the
    /// outlet's own calendar day is what its relative dates ("yesterday") refer to.
    public init?(metadata text: some StringProtocol) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let day = Day(iso: trimmed) {
            self = day
            return
        }
        var numbers: [Int] = []
        var month: Int?
        var word = ""
        var number = ""
        var slashDate: [Int] = []
        var sawSlash = false
        func flush() {
            if !word.isEmpty {
                if month == nil, let m = CalendarWords.month(word) { month = m }
                word = ""
            }
            if !number.isEmpty {
                if let n = Int(number) { numbers.append(n) }
                number = ""
            }
        }
        for ch in trimmed {
            if ch.isLetter {
                if !number.isEmpty { flush() }
                word.append(ch)
            } else if ch.isASCII, ch.isNumber {
                if !word.isEmpty { flush() }
                number.append(ch)
            } else {
                if ch == "/", numbers.count < 3 { sawSlash = true }
                flush()
                if ch == "T" || ch == ":" { break }
            }
            if numbers.count >= 3 && month == nil { break }
        }
        flush()
        if sawSlash, month == nil, numbers.count >= 3, numbers[0] > 31 {
            slashDate = Array(numbers.prefix(3))
            guard let day = Day(year: slashDate[0], month: slashDate[1], day: slashDate[2]) else { return nil }
            self = day
            return
        }
        guard let m = month else { return nil }
        guard let year = numbers.first(where: { $0 >= 1000 && $0 <= 9999 }),
              let dayNumber = numbers.first(where: { $0 >= 1 && $0 <= 31 }),
              let day = Day(year: year, month: m, day: dayNumber) else { return nil }
        self = day
    }
}

import Foundation
