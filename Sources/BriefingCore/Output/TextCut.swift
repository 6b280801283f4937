import Foundation

/// Text cut to fit, at a word boundary, ending in "…" — never mid-word ("which co…").
public enum TextCut {
    /// `text` if it has at most `maximum` characters; else its longest run of whole words that
    /// fits with the "…", trailing punctuation dropped. A first word longer than the room is cut.
    public static func words(_ text: String, maximum: Int) -> String {
        guard text.count > maximum else { return text }
        let room = text.prefix(max(1, maximum - 1))
        let next = text.index(room.endIndex, offsetBy: 0)
        // Cut inside a word: back to the last space.
        var kept = Substring(room)
        if next < text.endIndex, !text[next].isWhitespace, let space = room.lastIndex(where: \.isWhitespace) {
            kept = room[..<space]
        }
        let trimmed = kept.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters.subtracting(CharacterSet(charactersIn: ")”’\"'"))))
        return (trimmed.isEmpty ? String(room) : trimmed) + "…"
    }
}
