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
        let head = String(paragraph.prefix(160))
        let scalars = Array(head.unicodeScalars)
        // Form 1: "... (OUTLET):" or "... (OUTLET) -"
        if let open = scalars.firstIndex(of: "("), open <= 110,
           let close = scalars[open...].firstIndex(of: ")"), close - open >= 2, close - open <= 30 {
            let outlet = String(String.UnicodeScalarView(scalars[(open + 1)..<close])).trimmingCharacters(in: .whitespaces)
            var after = close + 1
            while after < scalars.count, scalars[after] == " " { after += 1 }
            let separators: Set<Unicode.Scalar> = [":", "-", "\u{2013}", "\u{2014}"]
            if after < scalars.count, separators.contains(scalars[after]), isOutletName(outlet) {
                let before = String(String.UnicodeScalarView(scalars[..<open]))
                if before.trimmingCharacters(in: .whitespaces).isEmpty {
                    return Dateline(place: nil, outlet: outlet, length: String(String.UnicodeScalarView(scalars[...after])).utf8.count)
                }
                if let place = placeName(from: before) {
                    return Dateline(place: place, outlet: outlet, length: String(String.UnicodeScalarView(scalars[...after])).utf8.count)
                }
            }
        }
        // Form 2: "KYIV, Ukraine — " (capitalised place, then a dash)
        for (i, s) in scalars.enumerated() where i <= 60 && (s == "\u{2014}" || s == "\u{2013}" || (s == "-" && i > 0 && scalars[i - 1] == " ")) {
            let before = String(String.UnicodeScalarView(scalars[..<i]))
            let trimmed = before.trimmingCharacters(in: .whitespaces)
            guard let firstWord = trimmed.split(separator: ",").first, firstWord.count >= 3,
                  firstWord == firstWord.uppercased(), firstWord.contains(where: \.isLetter),
                  let place = placeName(from: before) else { break }
            return Dateline(place: place, outlet: nil, length: String(String.UnicodeScalarView(scalars[...i])).utf8.count)
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
    /// all-capital city names title-cased ("WASHINGTON" → "Washington").
    private static func placeName(from text: String) -> String? {
        var parts: [String] = []
        for rawPart in text.split(separator: ",") {
            var part = rawPart.trimmingCharacters(in: .whitespaces)
            if let bracket = part.firstIndex(of: "[") { part = String(part[..<bracket]).trimmingCharacters(in: .whitespaces) }
            if part.isEmpty { continue }
            let words = part.split(separator: " ")
            if let first = words.first, CalendarWords.month(first.trimmingCharacters(in: .punctuationCharacters)) != nil,
               words.count <= 3, words.dropFirst().allSatisfy({ $0.allSatisfy { $0.isNumber || $0 == "." } }) {
                continue // "August 20"
            }
            if part.allSatisfy({ $0.isNumber }) { continue } // a year
            guard words.count <= 4, words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
            parts.append(part)
        }
        guard !parts.isEmpty else { return nil }
        return parts.map(titleCasedIfShouting).joined(separator: ", ")
    }

    private static func titleCasedIfShouting(_ text: String) -> String {
        guard text.count > 3, text == text.uppercased() else { return text }
        return text.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }
}

import Foundation
