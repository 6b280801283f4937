import Foundation

/// Text cut to fit, at a word boundary, ending in "…" — never mid-word ("which co…").
public enum TextCut {
    /// `text` if it has at most `maximum` characters; else its longest run of whole words that
    /// fits with the "…", trailing punctuation dropped. A first word longer than the room is cut.
    public static func words(_ text: String, maximum: Int) -> String {
        guard text.count > maximum else { return text }
        return cut(text, room: text.prefix(max(1, maximum - 1)))
    }

    /// The same in terminal columns (``DisplayWidth``): at most `columns` wide, "…" included.
    public static func words(_ text: String, columns: Int) -> String {
        guard DisplayWidth.of(text) > columns else { return text }
        var used = 0
        var end = text.startIndex
        while end < text.endIndex {
            let width = DisplayWidth.of(text[end])
            if used + width > max(0, columns - 1) { break }
            used += width
            end = text.index(after: end)
        }
        guard end > text.startIndex else { return columns > 0 ? "…" : "" }
        return cut(text, room: text[..<end])
    }

    /// `room` (a prefix of `text`) back to a word boundary, trailing punctuation dropped, with "…".
    private static func cut(_ text: String, room: Substring) -> String {
        let next = room.endIndex
        // Cut inside a word: back to the last space.
        var kept = Substring(room)
        if next < text.endIndex, !text[next].isWhitespace, let space = room.lastIndex(where: \.isWhitespace) {
            kept = room[..<space]
        }
        // Trailing spaces and punctuation go (not closing quotes or brackets).
        let dropped = CharacterSet.whitespaces.union(.punctuationCharacters.subtracting(CharacterSet(charactersIn: ")”’\"'")))
        while let last = kept.last, last.unicodeScalars.allSatisfy(dropped.contains) { kept = kept.dropLast() }
        return (kept.isEmpty ? String(room) : String(kept)) + "…"
    }
}
