/// Numbers in a sentence, for the number differences between outlets ("4 billion" / "4.2
/// billion"). Works on Unicode scalars with an ASCII fast path: splitting `Character`s by their
/// properties was a fifth of the whole cross-article analysis.
enum NumberMentions {
    /// Number words and the value they stand for.
    static let words: [String: String] = [
        "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
        "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "thirty": "30", "forty": "40",
        "fifty": "50", "hundred": "100", "dozens": "dozens", "dozen": "12",
    ]

    /// Numbers written as digits ("4.2", "1,000" → "1000") or words ("seven" → "7"). Tokens are
    /// split at white space and at punctuation other than `.` and `,`.
    static func numbers(in text: String) -> Set<String> {
        var result = Set<String>()
        for token in split(text, atPunctuation: true) {
            var scalars = Substring(token).unicodeScalars
            while let last = scalars.last, last == "." || last == "," { scalars.removeLast() }
            guard let first = scalars.first else { continue }
            if isNumber(first) {
                var digits = String.UnicodeScalarView()
                for scalar in scalars where scalar != "," { digits.append(scalar) }
                result.insert(String(digits))
            } else if scalars.count <= 7, let value = words[String(scalars).lowercased()] {
                result.insert(value)
            }
        }
        return result
    }

    /// Each white-space-separated token holding a number, mapped to the token after it, both
    /// lowercased with surrounding punctuation trimmed.
    static func units(in text: String) -> [String: String] {
        let tokens = split(text, atPunctuation: false)
        var result: [String: String] = [:]
        for i in tokens.indices where i + 1 < tokens.count {
            let token = trimmedLowercase(tokens[i])
            guard !numbers(in: token).isEmpty else { continue }
            result[token] = trimmedLowercase(tokens[i + 1])
        }
        return result
    }

    static func split(_ text: String, atPunctuation: Bool) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) || (atPunctuation && scalar != "." && scalar != "," && isPunctuation(scalar)) {
                if !current.isEmpty { tokens.append(String(current)); current = String.UnicodeScalarView() }
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    static func trimmedLowercase(_ token: String) -> String {
        var scalars = Substring(token).unicodeScalars
        while let first = scalars.first, isPunctuation(first) { scalars.removeFirst() }
        while let last = scalars.last, isPunctuation(last) { scalars.removeLast() }
        return String(scalars).lowercased()
    }

    /// Unicode general category P* (what `Character.isPunctuation` and Foundation's
    /// `punctuationCharacters` mean); `$`, `+`, `<`, `|` and friends are symbols, not punctuation.
    @inline(__always)
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            switch v {
            case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: return true
            default: return false
            }
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    @inline(__always)
    static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return scalar.properties.numericType != nil
    }
}
