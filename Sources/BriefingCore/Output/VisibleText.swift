/// Makes article text safe to show on a terminal: text from articles is data, so control
/// characters and escape sequences become visible placeholders instead of reaching the terminal.
///
/// C0 controls become their Unicode "control picture" (ESC → `␛`, BEL → `␇`), DEL becomes `␡`,
/// C1 controls and bidirectional overrides become `�`. Newlines and tabs are kept only when asked.
public enum VisibleText {
    public static func sanitized(_ text: String, keepNewlines: Bool = false) -> String {
        if !needsSanitizing(text, keepNewlines: keepNewlines) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(visible(scalar, keepNewlines: keepNewlines))
        }
        return String(out)
    }

    @inline(__always)
    public static func visible(_ scalar: Unicode.Scalar, keepNewlines: Bool = false) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x20 {
            if keepNewlines && (v == 0x0A || v == 0x09) { return scalar }
            if v == 0x09 { return " " }
            return Unicode.Scalar(0x2400 + v)!
        }
        if v == 0x7F { return "\u{2421}" }
        if (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { return "\u{FFFD}" }
        return scalar
    }

    static func needsSanitizing(_ text: String, keepNewlines: Bool) -> Bool {
        for b in text.utf8 {
            if b < 0x20 && !(keepNewlines && (b == 0x0A || b == 0x09)) { return true }
            if b == 0x7F || b == 0xC2 || b == 0xE2 { return true } // C1 controls (C2 80–9F) and U+20xx need a closer look
        }
        return false
    }
}
