/// Speaker labels that open the turns of an official transcript: `MS. LEAVITT:`, `THE PRESIDENT:`,
/// `SECRETARY RUBIO:`, `Q:` and `Q ` for reporters, `PRESS SECRETARY LEAVITT:`.
public enum TranscriptLabel {
    /// Length in characters of the label at the start of `line`, including the colon and the
    /// spaces after it; nil when the line does not open with a label.
    public static func length(atStartOf line: Substring) -> Int? {
        var count = 0
        var letters = 0
        var words = 1
        var index = line.startIndex
        if line.hasPrefix("Q:") || line.hasPrefix("Q.") || line.hasPrefix("A:") {
            return 2 + line.dropFirst(2).prefix(while: { $0 == " " }).count
        }
        if let titleCase = titleCaseLength(line) { return titleCase }
        if line.hasPrefix("Q "), line.count > 2, line.dropFirst(2).first?.isUppercase == true {
            return 2
        }
        while index < line.endIndex {
            let c = line[index]
            if c == ":" {
                guard letters >= 2, words <= 5 else { return nil }
                let spaces = line[line.index(after: index)...].prefix(while: { $0 == " " }).count
                return count + 1 + spaces
            }
            if c.isLetter {
                guard c.isUppercase else { return nil }
                letters += 1
            } else if c == " " {
                words += 1
                if words > 5 { return nil }
            } else if c != "." && c != "'" && c != "\u{2019}" && c != "-" {
                return nil
            }
            count += 1
            if count > 40 { return nil }
            index = line.index(after: index)
        }
        return nil
    }

    /// Hansard-style labels: `Daniel Okoro (Brellin North):`, `The Minister for Transport (Ruth Calloway):`
    /// — two to six capitalised words (small words allowed inside), an optional parenthesis, a colon.
    static func titleCaseLength(_ line: Substring) -> Int? {
        guard let colon = line.prefix(90).firstIndex(of: ":") else { return nil }
        var head = line[..<colon]
        if head.hasSuffix(")"), let open = head.lastIndex(of: "(") {
            let inner = head[head.index(after: open)..<head.index(before: head.endIndex)]
            guard inner.split(separator: " ").count <= 6, inner.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "." || $0 == "'" }) else { return nil }
            head = head[..<open]
        }
        let words = head.split(separator: " ")
        guard words.count >= 2, words.count <= 6 else { return nil }
        let small: Set<Substring> = ["for", "of", "the", "and", "de", "van", "von"]
        for (i, word) in words.enumerated() {
            guard word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "." || $0 == "'" || $0 == "’" }) else { return nil }
            if word.first?.isUppercase == true { continue }
            if i > 0 && i < words.count - 1 && small.contains(word) { continue }
            return nil
        }
        let afterColon = line[line.index(after: colon)...]
        guard afterColon.first == " ", afterColon.dropFirst().first?.isUppercase == true else { return nil }
        return line.distance(from: line.startIndex, to: colon) + 1 + afterColon.prefix(while: { $0 == " " }).count
    }

    /// A text is a transcript when most of its non-empty lines open with a speaker label.
    ///
    /// Scans UTF-8 bytes and looks closely only at lines with a colon near their start (or a
    /// `Q ` opening), so ordinary articles cost one pass over their bytes.
    public static func isTranscript(_ text: String) -> Bool {
        var lines = 0
        var labelled = 0
        var text = text
        return text.withUTF8 { bytes -> Bool in
            let n = bytes.count
            var i = 0
            while i < n {
                // Skip leading spaces and empty lines.
                while i < n && (bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09) { i += 1 }
                guard i < n else { break }
                let start = i
                var colon = -1
                while i < n && bytes[i] != 0x0A {
                    if colon < 0 && bytes[i] == 0x3A && i - start < 100 { colon = i }
                    i += 1
                }
                lines += 1
                let first = bytes[start]
                let mayBeLabel = colon > start || (first == UInt8(ascii: "Q") && start + 1 < n && bytes[start + 1] == 0x20)
                guard mayBeLabel, first >= 0x41 && first <= 0x5A else {
                    if lines >= 12 && labelled * 4 < lines { return false }
                    continue
                }
                let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(i, start + 120)]), as: UTF8.self)
                if length(atStartOf: line[...]) != nil { labelled += 1 }
                if lines >= 12 && labelled * 4 < lines { return false } // an article, not a transcript
            }
            return lines >= 2 && labelled * 2 > lines
        }
    }
}
