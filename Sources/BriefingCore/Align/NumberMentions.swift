/// Numbers in a sentence, for the number differences between outlets ("4 billion" / "4.2
/// billion"). Works on Unicode scalars (``ScalarClass``): splitting `Character`s by their
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
        for token in ScalarClass.split(text, atPunctuation: true) {
            var scalars = Substring(token).unicodeScalars
            while let last = scalars.last, last == "." || last == "," { scalars.removeLast() }
            guard let first = scalars.first else { continue }
            if ScalarClass.isNumber(first) {
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
        let tokens = ScalarClass.split(text, atPunctuation: false)
        var result: [String: String] = [:]
        for i in tokens.indices where i + 1 < tokens.count {
            let token = ScalarClass.trimmedLowercase(tokens[i])
            guard !numbers(in: token).isEmpty else { continue }
            result[token] = ScalarClass.trimmedLowercase(tokens[i + 1])
        }
        return result
    }
}
