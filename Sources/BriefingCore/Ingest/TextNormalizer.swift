import Foundation

/// Normalises article text once, on reading, so that every later offset points into the same string:
/// Unicode NFC, `\n` line endings, trailing spaces removed, runs of blank lines collapsed to one
/// blank line (the paragraph separator), no leading or trailing blank lines.
public enum TextNormalizer {
    public static func normalize(_ text: String) -> String {
        var text = text
        if mayNeedNFC(text) {
            text = text.precomposedStringWithCanonicalMapping
        }
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
            case 0x0A:
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
        return String(decoding: out, as: UTF8.self)
    }

    /// True when the text contains a code point that can change under NFC: combining marks,
    /// Hangul jamo and the like. Most news text has none, and skipping Foundation's normaliser
    /// then keeps reading fast.
    static func mayNeedNFC(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for b in text.utf8 {
            if b >= 0x80 && b <= 0xBF {
                // U+0300–U+036F: CC 80…CD AF
                if previous == 0xCC || (previous == 0xCD && b <= 0xAF) { return true }
                // U+1100–U+11FF (jamo) E1 84–87, U+1AB0–1AFF E1 AA–AB, U+1DC0–1DFF E1 B7
                if beforePrevious == 0xE1 && ((previous >= 0x84 && previous <= 0x87) || previous == 0xAA || previous == 0xAB || previous == 0xB7) { return true }
                // U+20D0–U+20FF: E2 83 90…BF
                if beforePrevious == 0xE2 && previous == 0x83 && b >= 0x90 { return true }
                // U+3099–309A: E3 82 99/9A; U+FE20–FE2F: EF B8 A0…AF
                if beforePrevious == 0xE3 && previous == 0x82 && (b == 0x99 || b == 0x9A) { return true }
                if beforePrevious == 0xEF && previous == 0xB8 && b >= 0xA0 && b <= 0xAF { return true }
            }
            // Precomposed Hangul and scripts whose canonical forms are already composed in
            // practice are left alone: checking them would cost more than it finds in news.
            beforePrevious = previous
            previous = b
        }
        return false
    }
}
