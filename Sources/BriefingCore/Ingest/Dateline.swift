/// The dateline that opens many wire and newspaper stories: `WASHINGTON (Reuters) -`,
/// `Washington, DC [US], August 20 (ANI):`, `PARIS, March 4 (AFP) –`, `(AP) —`, `KYIV, Ukraine —`.
///
/// It names the outlet (or the agency the story came from) and the place it was filed from.
public struct Dateline: Equatable, Sendable {
    public var place: String?
    public var outlet: String?
    /// Length of the dateline in the paragraph, in UTF-8 bytes (including the trailing separator).
    public var length: Int

    /// Parses the dateline at the start of `paragraph`, if there is one.
    public static func parse(_ paragraph: some StringProtocol) -> Dateline? {
        parse(bytes: Array(paragraph.utf8.prefix(200)), naming: true)
    }

    /// The length in bytes of the dateline opening `bytes` (the first 200 are read), or nil:
    /// the same decision as ``parse(_:)`` without building the place and outlet strings, for
    /// extraction, which asks it of every article and needs only where the prose starts.
    static func length(of bytes: ArraySlice<UInt8>) -> Int? {
        parse(bytes: Array(bytes.prefix(200)), naming: false)?.length
    }

    /// `naming`: build the place's display form (title case, joined parts); without it the
    /// place is only validated and left nil.
    private static func parse(bytes: [UInt8], naming: Bool) -> Dateline? {
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        /// Length of a separator (":", "-", "–", "—") at `i`, or 0.
        func separator(at i: Int) -> Int {
            guard i < bytes.count else { return 0 }
            if bytes[i] == 0x3A || bytes[i] == 0x2D { return 1 }
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 { return 3 }
            return 0
        }
        // Form 1: "… (OUTLET):" or "… (OUTLET) -"
        if let open = bytes.prefix(111).firstIndex(of: 0x28),
           let close = bytes[open...].prefix(40).firstIndex(of: 0x29), close - open >= 2 {
            let outlet = text((open + 1)..<close).trimmedSpaces
            var after = close + 1
            while after < bytes.count, bytes[after] == 0x20 { after += 1 }
            let length = separator(at: after)
            if length > 0, isOutletName(outlet) {
                let before = text(0..<open)
                if before.trimmedSpaces.isEmpty {
                    return Dateline(place: nil, outlet: outlet, length: after + length)
                }
                if let place = placeName(from: before, naming: naming) {
                    return Dateline(place: naming ? place : nil, outlet: outlet, length: after + length)
                }
            }
        }
        // Form 2: "KYIV, Ukraine — " (a capitalised place, then a dash)
        var i = 0
        while i < min(bytes.count, 72) {
            let length = separator(at: i)
            let isDash = length == 3 || (length == 1 && bytes[i] == 0x2D && i > 0 && bytes[i - 1] == 0x20)
            if isDash {
                let before = text(0..<i)
                let trimmed = before.trimmedSpaces
                guard let firstWord = trimmed.split(separator: ",").first, firstWord.count >= 3,
                      firstWord == firstWord.uppercased(), firstWord.contains(where: \.isLetter),
                      let place = placeName(from: before, naming: naming) else { return nil }
                return Dateline(place: naming ? place : nil, outlet: nil, length: i + length)
            }
            if bytes[i] == 0x2E || bytes[i] == 0x22 { return nil } // a sentence or quotation came first
            i += 1
        }
        return nil
    }

    /// "ANI", "Reuters", "AFP", "AP", "The Associated Press" — short, capitalised, no digits.
    private static func isOutletName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return false }
        if text.contains(where: \.isNumber) { return false }
        let words = text.split(separator: " ")
        return words.count <= 4 && words.allSatisfy { $0.first?.isUppercase == true || ["of", "the", "and"].contains($0) }
    }

    /// The place part of "Washington, DC [US], August 20": brackets and the date dropped,
    /// all-capital city names title-cased ("WASHINGTON" → "Washington"). Without `naming`, only
    /// whether there is one (an empty string).
    private static func placeName(from text: String, naming: Bool) -> String? {
        if !naming, let plain = plainPlace(text.utf8) { return plain ? "" : nil }
        var parts: [String] = []
        for rawPart in text.split(separator: ",") {
            var part = rawPart.trimmedSpaces
            if let bracket = part.firstIndex(of: "[") { part = String(part[..<bracket]).trimmedSpaces }
            if part.isEmpty { continue }
            let words = part.split(separator: " ")
            if let first = words.first, CalendarWords.month(first.trimmingPunctuation) != nil,
               words.count <= 3, words.dropFirst().allSatisfy({ isNumber($0, orDot: true) }) {
                continue // "August 20"
            }
            if isNumber(part[...], orDot: false) { continue } // a year
            guard words.count <= 4, words.allSatisfy(startsUppercase) else { return nil }
            parts.append(part)
        }
        guard !parts.isEmpty else { return nil }
        guard naming else { return "" }
        return parts.map(titleCasedIfShouting).joined(separator: ", ")
    }

    /// Whether `text` is a place as ``placeName(from:naming:)`` decides it, read on bytes, for
    /// the usual shape: ASCII letters, spaces, commas and dots only, parts of one to four
    /// capitalised words ("WASHINGTON", "KYIV, Ukraine"). Nil for anything else (digits,
    /// brackets, a month's name, other letters), which the string path reads.
    static func plainPlace(_ text: String.UTF8View) -> Bool? {
        var parts = 0, words = 0
        var inWord = false, wordHasMark = false
        var wordHash: UInt64 = WordHash.seed
        // A part ends: at most four words; a part of one word that is a month's name, or has a
        // dot, apostrophe or hyphen a month's abbreviation could carry ("Aug."), is left to the
        // string path, which skips dates.
        func endPart() -> Bool? {
            guard words > 0 else { return true }
            guard words <= 4 else { return false }
            if words == 1, wordHasMark || CalendarWords.monthHashes.contains(wordHash) { return nil }
            parts += 1
            words = 0
            return true
        }
        for b in text {
            switch b {
            case 0x41...0x5A, 0x61...0x7A, 0x2E, 0x27, 0x2D:
                if !inWord {
                    // Every word starts with a capital letter.
                    guard b >= 0x41 && b <= 0x5A else { return b >= 0x61 ? false : nil }
                    inWord = true
                    words += 1
                    wordHasMark = false
                    wordHash = WordHash.seed
                }
                if b == 0x2E || b == 0x27 || b == 0x2D { wordHasMark = true }
                wordHash = WordHash.fold(wordHash, b)
            case 0x20:
                inWord = false
            case 0x2C:
                inWord = false
                guard let ended = endPart() else { return nil }
                if !ended { return false }
            default:
                return nil
            }
        }
        guard let ended = endPart() else { return nil }
        return ended && parts > 0
    }

    /// Digits only (and dots), read on bytes when the text is ASCII.
    private static func isNumber(_ word: Substring, orDot: Bool) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || (orDot && $0 == 0x2E) }
        }
        return word.allSatisfy { $0.isNumber || (orDot && $0 == ".") }
    }

    private static func startsUppercase(_ word: Substring) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return word.first?.isUppercase == true
    }

    private static func titleCasedIfShouting(_ text: String) -> String {
        guard text.count > 3, text == text.uppercased() else { return text }
        return text.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }
}

import Foundation

extension String {
    /// Without leading and trailing spaces and tabs (cheaper than Foundation's trimming).
    var trimmedSpaces: String {
        let utf8 = self.utf8
        guard let first = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        let last = utf8.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })!
        return String(self[first...last])
    }
}

extension Substring {
    var trimmedSpaces: String { String(self).trimmedSpaces }

    /// Without leading and trailing punctuation ("Aug." → "Aug").
    var trimmingPunctuation: Substring {
        var word = self
        while let c = word.first, c.isPunctuation { word = word.dropFirst() }
        while let c = word.last, c.isPunctuation { word = word.dropLast() }
        return word
    }
}
