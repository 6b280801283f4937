import Foundation

// HTML to plain text: the public `HTMLText` API, character-reference decoding, whitespace collapsing,
// and the visitor that renders a stream of tree events as paragraphs.

/// HTML fragments (feed item bodies, descriptions) as plain text, and entity decoding.
public enum HTMLText {
    /// Plain-text paragraphs joined by "\n\n": blocks become paragraphs, inline markup disappears,
    /// scripts/styles/navigation/figures are dropped, entities are decoded, whitespace is collapsed.
    public static func plainText(fromHTML fragment: String) -> String {
        var source = fragment
        return source.withUTF8 { plainText(bytes: $0, range: 0..<$0.count) }
    }

    static func plainText(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> String {
        var renderer = MarkupTextRenderer(bytes: bytes)
        var builder = MarkupTreeBuilder(bytes, from: range.lowerBound, to: range.upperBound)
        builder.run(&renderer)
        return renderer.finish()
    }

    /// Decodes character references: named (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&nbsp;` `&rsquo;`
    /// `&ldquo;` `&mdash;` `&hellip;`, Latin-1, typographic…), decimal (`&#8220;`) and hex (`&#x201C;`).
    /// Unknown or malformed references (including ones missing the `;`) are left as written.
    /// Whitespace is not touched; `&nbsp;` becomes U+00A0.
    public static func decodeEntities(_ s: String) -> String {
        guard s.utf8.contains(MarkupBytes.amp) else { return s }
        var source = s
        var out: [UInt8] = []
        source.withUTF8 { MarkupEntities.decode($0, 0..<$0.count, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Character references: named (a practical subset of HTML's list: XML's five, Latin-1, typographic
/// punctuation, a few symbols and Greek letters), decimal `&#8220;` and hex `&#x201C;`. A reference must
/// end in `;`; anything unknown or malformed is left exactly as written. Numeric references follow the
/// HTML rules: 0, surrogates and values above U+10FFFF become U+FFFD, and 0x80–0x9F are read as
/// Windows-1252 (old pages write `&#150;` for an en dash).
enum MarkupEntities {
    static let named: [String: UInt32] = {
        var table: [String: UInt32] = [
            "quot": 34, "amp": 38, "apos": 39, "lt": 60, "gt": 62,
            "QUOT": 34, "AMP": 38, "LT": 60, "GT": 62, "COPY": 169, "REG": 174, "TRADE": 8482,
            "OElig": 338, "oelig": 339, "Scaron": 352, "scaron": 353, "Yuml": 376, "fnof": 402,
            "circ": 710, "tilde": 732, "ensp": 8194, "emsp": 8195, "thinsp": 8201, "zwnj": 8204,
            "zwj": 8205, "lrm": 8206, "rlm": 8207, "hyphen": 8208, "ndash": 8211, "mdash": 8212,
            "horbar": 8213, "lsquo": 8216, "rsquo": 8217, "sbquo": 8218, "ldquo": 8220, "rdquo": 8221,
            "bdquo": 8222, "dagger": 8224, "Dagger": 8225, "bull": 8226, "hellip": 8230, "permil": 8240,
            "prime": 8242, "Prime": 8243, "lsaquo": 8249, "rsaquo": 8250, "oline": 8254, "frasl": 8260,
            "euro": 8364, "trade": 8482, "larr": 8592, "uarr": 8593, "rarr": 8594, "darr": 8595,
            "harr": 8596, "minus": 8722, "infin": 8734, "asymp": 8776, "ne": 8800, "le": 8804,
            "ge": 8805, "check": 10003, "star": 9734, "hearts": 9829, "numero": 8470,
            "Alpha": 913, "Beta": 914, "Gamma": 915, "Delta": 916, "Omega": 937, "Sigma": 931,
            "Pi": 928, "alpha": 945, "beta": 946, "gamma": 947, "delta": 948, "epsilon": 949,
            "theta": 952, "lambda": 955, "mu": 956, "pi": 960, "sigma": 963, "tau": 964,
            "phi": 966, "omega": 969,
        ]
        let latin1 = """
            nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn \
            sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave \
            Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml \
            ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN \
            szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute \
            icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml \
            yacute thorn yuml
            """.split(separator: " ")
        for (k, name) in latin1.enumerated() { table[String(name)] = UInt32(160 + k) }
        return table
    }()

    private static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Appends `p[range]` to `out` with character references decoded.
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8]) {
        var i = range.lowerBound, runStart = range.lowerBound
        let end = range.upperBound
        while let amp = MarkupBytes.find(MarkupBytes.amp, in: p, from: i, to: end) {
            guard let (scalar, next) = reference(p, at: amp, end: end) else { i = amp + 1; continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<amp]))
            appendUTF8(scalar, to: &out)
            i = next
            runStart = next
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<end]))
    }

    /// The code point of the reference starting at `p[at] == "&"`, and the index just past its `;`.
    static func reference(_ p: UnsafeBufferPointer<UInt8>, at: Int, end: Int) -> (UInt32, Int)? {
        var i = at + 1
        guard i < end else { return nil }
        let semicolon = UInt8(ascii: ";")
        if p[i] == UInt8(ascii: "#") {
            i += 1
            let hex = i < end && (p[i] | 0x20) == UInt8(ascii: "x")
            if hex { i += 1 }
            var value: UInt32 = 0, digits = 0
            while i < end {
                let b = p[i], l = b | 0x20
                let d: UInt32
                if b >= 0x30 && b <= 0x39 { d = UInt32(b - 0x30) }
                else if hex && l >= 0x61 && l <= 0x66 { d = UInt32(l - 0x61 + 10) }
                else { break }
                if value <= 0x10FFFF { value = value * (hex ? 16 : 10) + d } // saturates above the range
                digits += 1
                i += 1
            }
            guard digits > 0, i < end, p[i] == semicolon else { return nil }
            switch value {
            case 0, 0xD800...0xDFFF, 0x110000...: return (0xFFFD, i + 1)
            case 0x80...0x9F: return (windows1252[Int(value - 0x80)], i + 1)
            default: return (value, i + 1)
            }
        }
        let nameStart = i
        while i < end && i - nameStart <= 32 {
            let b = p[i]
            guard MarkupBytes.isLetter(b) || (b >= 0x30 && b <= 0x39) else { break }
            i += 1
        }
        guard i > nameStart, i < end, p[i] == semicolon else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: p[nameStart..<i]), as: UTF8.self)
        guard let value = named[name] else { return nil }
        return (value, i + 1)
    }

    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80: out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Decoded, whitespace-collapsed (NBSP counts as whitespace), trimmed; nil when nothing is left.
    static func cleanString(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        var decoded: [UInt8] = []
        decode(p, range, into: &decoded)
        var line = MarkupLine()
        decoded.withUnsafeBufferPointer { line.append($0, 0..<$0.count) }
        return line.bytes.isEmpty ? nil : String(decoding: line.bytes, as: UTF8.self)
    }
}

/// Accumulates text with whitespace collapsed to single spaces, never leading or trailing.
/// Control bytes and U+00A0 (NBSP) count as whitespace. A pending line break (`<br>`) is emitted as
/// `\n` before the next visible character instead of a space.
struct MarkupLine {
    var bytes: [UInt8] = []
    var pendingSpace = false
    var pendingNewline = false
    /// Consecutive line breaks since the last visible character (two in a row end a paragraph).
    var breaks = 0

    mutating func append(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = p[i]
            if b <= 0x20 || b == 0x7F { pendingSpace = true; i += 1; continue }
            if b == 0xC2 && i + 1 < end && p[i + 1] == 0xA0 { pendingSpace = true; i += 2; continue }
            var j = i + 1
            while j < end {
                let c = p[j]
                if c <= 0x20 || c == 0x7F || (c == 0xC2 && j + 1 < end && p[j + 1] == 0xA0) { break }
                j += 1
            }
            if !bytes.isEmpty {
                if pendingNewline { bytes.append(0x0A) } else if pendingSpace { bytes.append(0x20) }
            }
            pendingSpace = false
            pendingNewline = false
            breaks = 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<j]))
            i = j
        }
    }

    /// Records a `<br>`; returns how many have come in a row.
    mutating func lineBreak() -> Int {
        guard !bytes.isEmpty else { return 0 }
        pendingNewline = true
        breaks += 1
        return breaks
    }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
        pendingNewline = false
        breaks = 0
    }
}

/// Renders the visited markup as plain text: one paragraph per block, paragraphs joined by "\n\n".
/// Inline elements are transparent; a single `<br>` is a line break inside the paragraph and two in a
/// row end it (a common way to write paragraphs). Elements flagged `.dropText` are skipped whole.
struct MarkupTextRenderer: MarkupTreeVisitor {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Also skip <header>/<footer> (when rendering a whole page rather than a chosen article body).
    var dropHeaderFooter = false
    /// Take the first <h1> out of the text and keep it as `headline`.
    var captureHeadline = false
    private(set) var headline = MarkupLine()
    /// `datetime` of the first rendered <time>.
    private(set) var firstDatetime: String?
    private var out: [UInt8] = []
    private var paragraph = MarkupLine()
    private var scratch: [UInt8] = []
    private var depth = 0, dropDepth = -1, headlineDepth = -1, preDepth = 0
    private var headlineDone = false

    init(bytes: UnsafeBufferPointer<UInt8>, dropHeaderFooter: Bool = false, captureHeadline: Bool = false) {
        self.bytes = bytes
        self.dropHeaderFooter = dropHeaderFooter
        self.captureHeadline = captureHeadline
    }

    mutating func open(_ id: Int32, _ flags: MarkupTagFlags, _ token: MarkupToken, isVoid: Bool) {
        if !isVoid { depth += 1 }
        guard dropDepth < 0 else { return }
        if isVoid {
            if id == MarkupTag.br.rawValue {
                if headlineDepth >= 0 { headline.pendingSpace = true }
                else if paragraph.lineBreak() >= 2 { flush() }
            } else if flags.contains(.block) {
                boundary()
            }
            return
        }
        if flags.contains(.dropText)
            || (dropHeaderFooter && (id == MarkupTag.header.rawValue || id == MarkupTag.footer.rawValue)) {
            dropDepth = depth
            return
        }
        if id == MarkupTag.pre.rawValue || id == MarkupTag.listing.rawValue { preDepth += 1 }
        if id == MarkupTag.time.rawValue && firstDatetime == nil {
            firstDatetime = MarkupAttributes(bytes, token).string("datetime")
        }
        if captureHeadline && !headlineDone && headlineDepth < 0 && id == MarkupTag.h1.rawValue {
            flush()
            headlineDepth = depth
            return
        }
        if flags.contains(.block) { boundary() }
    }

    mutating func close(_ id: Int32, _ flags: MarkupTagFlags, at offset: Int) {
        defer { depth -= 1 }
        if dropDepth >= 0 {
            if dropDepth == depth { dropDepth = -1 }
            return
        }
        if id == MarkupTag.pre.rawValue || id == MarkupTag.listing.rawValue { preDepth -= 1 }
        if headlineDepth == depth {
            headlineDepth = -1
            headlineDone = true
            return
        }
        if flags.contains(.block) { boundary() }
    }

    mutating func text(_ token: MarkupToken) {
        guard dropDepth < 0 else { return }
        let range = token.valueStart..<token.valueEnd
        let decode = token.kind == .text || token.kind == .rcdata
        if decode, MarkupBytes.find(MarkupBytes.amp, in: bytes, from: range.lowerBound, to: range.upperBound) != nil {
            scratch.removeAll(keepingCapacity: true)
            MarkupEntities.decode(bytes, range, into: &scratch)
            let decoded = scratch
            decoded.withUnsafeBufferPointer { emit($0, 0..<$0.count) }
        } else {
            emit(bytes, range)
        }
    }

    /// Appends text to the headline or the paragraph; inside <pre>, source line breaks are kept.
    private mutating func emit(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        if headlineDepth >= 0 { headline.append(p, range); return }
        guard preDepth > 0 else { paragraph.append(p, range); return }
        var start = range.lowerBound
        while let newline = MarkupBytes.find(0x0A, in: p, from: start, to: range.upperBound) {
            paragraph.append(p, start..<newline)
            if paragraph.lineBreak() >= 2 { flush() }
            start = newline + 1
        }
        paragraph.append(p, start..<range.upperBound)
    }

    mutating func unmatchedEnd(_ id: Int32, _ flags: MarkupTagFlags) {
        if dropDepth < 0 && flags.contains(.block) { boundary() }
    }

    private mutating func boundary() {
        if headlineDepth >= 0 { headline.pendingSpace = true } else { flush() }
    }

    private mutating func flush() {
        guard !paragraph.bytes.isEmpty else { paragraph.reset(); return }
        if !out.isEmpty { out.append(0x0A); out.append(0x0A) }
        out.append(contentsOf: paragraph.bytes)
        paragraph.reset()
    }

    /// The rendered text; call once, after the builder has run.
    mutating func finish() -> String {
        flush()
        return String(decoding: out, as: UTF8.self)
    }
}
