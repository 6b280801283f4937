// Deterministic, platform-independent randomness plus small date and text helpers
// used by `SyntheticCorpus`. No Foundation, no `Hasher`, no system randomness:
// every value is a pure function of integer inputs, so output is identical on every platform.

/// SplitMix64: tiny, fast, good enough for synthetic text (and for the benchmarks' and tests'
/// deterministic choices).
public struct SynthRNG: Sendable {
    private(set) var state: UInt64

    /// A plain SplitMix64 sequence from `seed`.
    public init(seed: UInt64) { state = seed }

    /// A generator for one (seed, stream, index) triple; streams keep layout, events and
    /// articles independent of each other.
    init(seed: UInt64, stream: UInt64, index: UInt64) {
        var s = SynthRNG.mix(seed ^ 0x5851_F42D_4C95_7F2D)
        s = SynthRNG.mix(s ^ (stream &* 0xD1B5_4A32_D192_ED03))
        s = SynthRNG.mix(s ^ (index &* 0x9E37_79B9_7F4A_7C15 &+ 0x2545_F491_4F6C_DD1D))
        state = s
    }

    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z &>> 31)
    }

    @inline(__always)
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z &>> 31)
    }

    /// An integer in 0..<n (n > 0). The modulo bias is irrelevant for synthetic text.
    @inline(__always)
    mutating func int(_ n: Int) -> Int {
        Int(truncatingIfNeeded: next() % UInt64(truncatingIfNeeded: n))
    }

    /// An integer in lo...hi.
    @inline(__always)
    mutating func int(_ lo: Int, _ hi: Int) -> Int {
        lo + int(hi - lo + 1)
    }

    /// True with probability perMille / 1000.
    @inline(__always)
    mutating func chance(_ perMille: Int) -> Bool {
        int(1000) < perMille
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[int(items.count)]
    }

    mutating func shuffle<T>(_ items: inout [T]) {
        var i = items.count - 1
        while i > 0 {
            let j = int(i + 1)
            if i != j { items.swapAt(i, j) }
            i -= 1
        }
    }
}

/// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01).
enum SynthDate {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// First day events may fall on (2024-01-01) and the number of days through 2026-12-31.
    static let firstEventDay = daysFromCivil(year: 2024, month: 1, day: 1)
    static let eventDaySpan = daysFromCivil(year: 2027, month: 1, day: 1) - firstEventDay

    /// Howard Hinnant's days_from_civil.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Howard Hinnant's civil_from_days.
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday).
    static func weekday(_ days: Int) -> Int {
        let w = (days + 4) % 7
        return w < 0 ? w + 7 : w
    }

    static func weekdayName(_ days: Int) -> String { weekdayNames[weekday(days)] }

    /// Appends "YYYY-MM-DD".
    static func appendISO(_ days: Int, to out: inout String) {
        let (y, m, d) = civil(fromDays: days)
        SynthText.appendPadded(y, width: 4, to: &out)
        out.append("-")
        SynthText.appendPadded(m, width: 2, to: &out)
        out.append("-")
        SynthText.appendPadded(d, width: 2, to: &out)
    }

    /// "March 4".
    static func monthDay(_ days: Int) -> String {
        let (_, m, d) = civil(fromDays: days)
        return monthNames[m - 1] + " " + String(d)
    }
}

enum SynthText {
    static let smallWords = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ]

    static func appendPadded(_ value: Int, width: Int, to out: inout String) {
        let digits = String(value)
        var pad = width - digits.utf8.count
        while pad > 0 {
            out.append("0")
            pad -= 1
        }
        out.append(digits)
    }

    /// 12500 -> "12,500".
    static func grouped(_ value: Int) -> String {
        if value < 1000 { return String(value) }
        let digits = Array(String(value).utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count + digits.count / 3)
        for (i, b) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { bytes.append(44) }
            bytes.append(b)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Uppercases a leading ASCII letter.
    static func capitalized(_ s: String) -> String {
        guard let f = s.utf8.first, f >= 97, f <= 122 else { return s }
        var bytes = Array(s.utf8)
        bytes[0] = f - 32
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Lowercases a leading ASCII letter.
    static func lowercasedFirst(_ s: String) -> String {
        guard let f = s.utf8.first, f >= 65, f <= 90 else { return s }
        var bytes = Array(s.utf8)
        bytes[0] = f + 32
        return String(decoding: bytes, as: UTF8.self)
    }

    static func startsUppercase(_ s: String) -> Bool {
        guard let f = s.utf8.first else { return false }
        return (f >= 65 && f <= 90) || f >= 0xC3  // treat accented leading letters as proper
    }

    private static let minorWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "over", "by", "and", "for", "at", "as", "with", "after", "from",
    ]

    /// Headline title case: capitalises every word except short function words.
    static func titleCase(_ s: String) -> String {
        var result = ""
        result.reserveCapacity(s.utf8.count)
        var first = true
        for word in s.split(separator: " ", omittingEmptySubsequences: false) {
            let w = String(word)
            if !first { result.append(" ") }
            result.append(first || !minorWords.contains(w) ? capitalized(w) : w)
            first = false
        }
        return result
    }

    /// The byte of a one-byte ASCII token, or 0. Cheap token classification without string comparison.
    @inline(__always)
    static func single(_ t: String) -> UInt8 {
        let u = t.utf8
        return u.count == 1 ? u.first! : 0
    }

    /// `.`, `?` or `!` as a token.
    @inline(__always)
    static func isTerminal(_ t: String) -> Bool {
        let b = single(t)
        return b == 46 || b == 63 || b == 33
    }

    /// Splits on single spaces.
    static func words(_ s: String) -> [Substring] {
        s.split(separator: " ")
    }
}
