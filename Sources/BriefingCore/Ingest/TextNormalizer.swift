import Foundation

/// Normalises article text once, on reading, so that every later offset points into the same string:
/// Unicode NFC, `\n` line endings, runs of blank lines collapsed to one blank line (the paragraph
/// separator), no leading or trailing blank lines or spaces, no NUL characters. Spaces at the end
/// of a line inside the text are kept: removing them shifted every later offset away from the
/// user's file (a headline line ending "…; " in some outlets' exports). NUL characters go because
/// SQLite's text functions and C strings end at one: the index would keep less than the file.
public enum TextNormalizer {
    public static func normalize(_ text: String) -> String {
        var text = text
        if mayNeedNFC(text) {
            text = text.precomposedStringWithCanonicalMapping
        }
        if isNormalized(text) { return text }
        // The common near-miss: a trailing newline or spaces.
        var candidate: String?
        text.withUTF8 { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D || bytes[end - 1] == 0x09 { end -= 1 }
            if end < bytes.count { candidate = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self) }
        }
        if let candidate, isNormalized(candidate) { return candidate }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var pendingNewlines = 0
        var lineHasContent = false
        var pendingSpaces: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        var previousWasCR = false
        while let b = iterator.next() {
            var byte = b
            if byte == 0x0D {
                previousWasCR = true
                byte = 0x0A
            } else if byte == 0x0A && previousWasCR {
                previousWasCR = false
                continue
            } else {
                previousWasCR = false
            }
            switch byte {
            case 0x00:
                continue
            case 0x0A:
                if lineHasContent { out.append(contentsOf: pendingSpaces) }
                pendingSpaces.removeAll(keepingCapacity: true)
                if lineHasContent || pendingNewlines > 0 { pendingNewlines += 1 }
                lineHasContent = false
            case 0x20, 0x09:
                if lineHasContent { pendingSpaces.append(byte) }
            default:
                if pendingNewlines > 0 && !out.isEmpty {
                    out.append(0x0A)
                    if pendingNewlines > 1 { out.append(0x0A) }
                }
                pendingNewlines = 0
                if !pendingSpaces.isEmpty {
                    out.append(contentsOf: pendingSpaces)
                    pendingSpaces.removeAll(keepingCapacity: true)
                }
                lineHasContent = true
                out.append(byte)
            }
        }
        while let last = out.last, last == 0x20 || last == 0x09 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Already in normal form: no `\r`, tab, NUL, leading or trailing blank line or space, or
    /// run of more than one blank line. Most files are, and skipping the rewrite keeps reading fast.
    static func isNormalized(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            let n = bytes.count
            guard n > 0 else { return true }
            if bytes[0] == 0x0A || bytes[0] == 0x20 || bytes[n - 1] == 0x0A || bytes[n - 1] == 0x20 { return false }
            var newlines = 0
            var previous: UInt8 = 0
            for b in bytes {
                switch b {
                case 0x0D, 0x09, 0x00: return false
                case 0x0A:
                    newlines += 1
                    if newlines > 2 { return false }
                default:
                    if previous == 0x0A && b == 0x20 { return false } // lines never start with spaces
                    newlines = 0
                }
                previous = b
            }
            return true
        }
    }

    /// True when the text contains a code point that can change under NFC: combining marks,
    /// Hangul jamo and the like. Most news text has none, and skipping Foundation's normaliser
    /// then keeps reading fast.
    static func mayNeedNFC(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            let n = bytes.count
            var i = 0
            let raw = UnsafeRawBufferPointer(bytes)
            while i < n {
                // Eight ASCII bytes at a time: nothing to normalise there.
                if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = bytes[i]
                if b == 0xCC || (b == 0xCD && i + 1 < n && bytes[i + 1] <= 0xAF) { return true } // U+0300–U+036F
                if i + 2 < n {
                    let c = bytes[i + 1], d = bytes[i + 2]
                    // U+1100–11FF jamo, U+1AB0–1AFF, U+1DC0–1DFF
                    if b == 0xE1 && ((c >= 0x84 && c <= 0x87) || c == 0xAA || c == 0xAB || c == 0xB7) { return true }
                    if b == 0xE2 && c == 0x83 && d >= 0x90 { return true } // U+20D0–20FF
                    if b == 0xE3 && c == 0x82 && (d == 0x99 || d == 0x9A) { return true } // U+3099–309A
                    if b == 0xEF && c == 0xB8 && d >= 0xA0 && d <= 0xAF { return true } // U+FE20–FE2F
                }
                i += 1
            }
            return false
        }
    }
}
