/// Classes of Unicode scalars, with an ASCII fast path, and the splitting built on them: for
/// the cross-article steps that read words out of text (numbers, event titles), where asking
/// `Character`s for their properties cost a fifth of the analysis.
enum ScalarClass {
    /// Tokens of `text` between white space (and, with `atPunctuation`, punctuation other than
    /// `.` and `,`).
    /// Tokens are slices of the text, not built scalar by scalar.
    static func split(_ text: String, atPunctuation: Bool) -> [String] {
        var tokens: [String] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let scalar = scalars[i]
            if isWhitespace(scalar) || (atPunctuation && scalar != "." && scalar != "," && isPunctuation(scalar)) {
                if let s = start { tokens.append(String(scalars[s..<i])); start = nil }
            } else if start == nil {
                start = i
            }
            i = scalars.index(after: i)
        }
        if let s = start { tokens.append(String(scalars[s..<scalars.endIndex])) }
        return tokens
    }

    /// `token` lowercased, without punctuation at either end.
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

    /// A letter, or `-` (words of titles keep their hyphens).
    @inline(__always)
    static func isLetterOrHyphen(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) || v == 0x2D }
        return scalar.properties.isAlphabetic
    }
}
