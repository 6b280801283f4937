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
        if line.hasPrefix("Q:") || line.hasPrefix("Q.") {
            return 2 + line.dropFirst(2).prefix(while: { $0 == " " }).count
        }
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

    /// A text is a transcript when most of its non-empty lines open with a speaker label.
    public static func isTranscript(_ text: String) -> Bool {
        var lines = 0
        var labelled = 0
        for line in text.split(separator: "\n") {
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.isEmpty { continue }
            lines += 1
            if length(atStartOf: trimmed) != nil { labelled += 1 }
        }
        return lines >= 2 && labelled * 2 > lines
    }
}
