import Foundation

// Byte-level lexer shared by the HTML article extractor and the feed parser.
//
// Why hand-written: `Regex` is too slow for multi-megabyte pages and FoundationXML/libxml2 is both an
// extra dependency and a liability on hostile input. Everything here works on UTF-8 byte offsets into
// the caller's buffer (no copies), never recurses, and every scan moves forward, so the whole lexer is
// linear in the input size. Unterminated constructs (comment, CDATA, tag, quoted attribute) behave as
// in a browser: they run to the end of the input, and a tag cut off by the end of input is dropped.

/// ASCII byte classes (HTML's definitions, which are also good enough for XML).
enum MarkupBytes {
    static let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
    static let amp = UInt8(ascii: "&"), quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'")
    static let equals = UInt8(ascii: "="), bang = UInt8(ascii: "!"), question = UInt8(ascii: "?")

    /// HTML whitespace: space, tab, LF, FF, CR.
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D
    }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// First index of `byte` in `p[from..<to]`, or nil. Uses `memchr` (vectorised in libc).
    @inline(__always)
    static func find(_ byte: UInt8, in p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard from < to, let base = p.baseAddress else { return nil }
        guard let hit = memchr(base + from, Int32(byte), to - from) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether `p[at...]` starts with the ASCII `literal`, ignoring ASCII case.
    static func hasPrefix(_ literal: StaticString, in p: UnsafeBufferPointer<UInt8>, at: Int, limit: Int) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard at + n <= limit else { return false }
        let lit = literal.utf8Start
        for k in 0..<n where lower(p[at + k]) != lower(lit[k]) { return false }
        return true
    }
}

/// A tag name folded to ASCII lower case and packed into integers, so that interning it needs no
/// `String` allocation. Names up to 16 bytes are exact; longer ones also carry a hash of the rest
/// (a collision would only make two exotic custom elements share an identity, which is harmless).
struct MarkupNameKey: Hashable, Sendable {
    var head: UInt64 = 0, next: UInt64 = 0, tail: UInt64 = 0, length: Int = 0

    init() {}

    init(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
        length = to - from
        var tailHash = FNV1a.offsetBasis
        for k in 0..<length {
            let b = UInt64(MarkupBytes.lower(p[from + k]))
            if k < 8 { head |= b << (8 * UInt64(k)) }
            else if k < 16 { next |= b << (8 * UInt64(k - 8)) }
            else { tailHash = FNV1a.add(tailHash, UInt8(b)) }
        }
        if length > 16 { tail = tailHash }
    }

    init(_ name: String) {
        var s = name
        self = s.withUTF8 { MarkupNameKey($0, from: 0, to: $0.count) }
    }
}

/// Interns tag names into small dense integers (ids), used to index per-name tables.
/// A small direct-mapped cache in front of the (seeded-hash, collision-safe) dictionary makes the
/// common case (a handful of names repeated over and over) cheap; hostile names only miss the cache.
struct MarkupNameTable {
    private var ids: [MarkupNameKey: Int32]
    private(set) var count: Int
    private var cacheKeys = [MarkupNameKey](repeating: MarkupNameKey(), count: 64)
    private var cacheIDs = [Int32](repeating: -1, count: 64)

    init(names: [String] = []) {
        ids = [:]
        count = 0
        for n in names { _ = id(for: MarkupNameKey(n)) }
    }
    init(prebuilt: [MarkupNameKey: Int32]) { ids = prebuilt; count = prebuilt.count }

    mutating func id(for key: MarkupNameKey) -> Int32 {
        let mixed = (key.head ^ key.next &* 31 ^ key.tail) &* 0x9E37_79B9_7F4A_7C15
        let slot = Int(truncatingIfNeeded: mixed >> 58)
        if cacheIDs[slot] >= 0 && cacheKeys[slot] == key { return cacheIDs[slot] }
        let id: Int32
        if let known = ids[key] {
            id = known
        } else {
            id = Int32(count)
            ids[key] = id
            count += 1
        }
        cacheKeys[slot] = key
        cacheIDs[slot] = id
        return id
    }
}

/// One lexical unit, as byte offsets into the source. Comments, doctypes and processing instructions
/// are consumed silently and never produce a token.
struct MarkupToken {
    enum Kind: UInt8 {
        case text      // character data, entities not yet decoded
        case rawText   // content of script/style/xmp/iframe/noscript/...: no tags, no entities
        case rcdata    // content of title/textarea: no tags, but entities apply
        case cdata     // `<![CDATA[ … ]]>` content (only produced in XML mode; HTML mode drops it)
        case startTag, endTag
    }
    var kind: Kind
    /// Whole token `[start, end)`; for tags from `<` to just past `>`.
    var start: Int, end: Int
    /// Text kinds: the character range. Tags: the name range.
    var valueStart: Int, valueEnd: Int
    /// Tags: the attribute region between the name and `>`, parsed lazily by `MarkupAttributes`.
    var attrStart: Int = 0, attrEnd: Int = 0
    var selfClosing = false
    var name = MarkupNameKey()
}

/// Forward-only tokenizer over `bytes[from..<to]`.
/// HTML mode switches to raw text after `<script>`, `<style>`, `<title>` etc. and drops CDATA;
/// XML mode (feeds) has no raw-text elements and reports CDATA sections as `.cdata` tokens.
struct MarkupTokenizer {
    let bytes: UnsafeBufferPointer<UInt8>
    let limit: Int
    let xml: Bool
    private(set) var pos: Int
    private var rawKind: MarkupToken.Kind?
    private var rawName = MarkupNameKey()
    /// Position from which no further `"` / `'` exists (memo that keeps unclosed-quote recovery linear).
    private var noDoubleQuoteFrom = Int.max, noSingleQuoteFrom = Int.max

    private static let rawTextNames = ["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript"]
        .map(MarkupNameKey.init)
    private static let rcdataNames = ["title", "textarea"].map(MarkupNameKey.init)
    private static let plaintextName = MarkupNameKey("plaintext")

    init(_ bytes: UnsafeBufferPointer<UInt8>, from: Int = 0, to: Int? = nil, xml: Bool = false) {
        self.bytes = bytes
        self.limit = min(to ?? bytes.count, bytes.count)
        self.pos = max(0, min(from, self.limit))
        self.xml = xml
    }

    mutating func next() -> MarkupToken? {
        while pos < limit {
            if let kind = rawKind { return rawToken(kind) }
            if bytes[pos] == MarkupBytes.lt && startsMarkup(pos) {
                if let token = markup() { return token }
                continue
            }
            return textToken()
        }
        return nil
    }

    /// `<` begins markup only when followed by a name start, `/`, `!` or `?`; otherwise it is text.
    private func startsMarkup(_ i: Int) -> Bool {
        guard i + 1 < limit else { return false }
        let c = bytes[i + 1]
        if MarkupBytes.isLetter(c) || c == MarkupBytes.bang || c == MarkupBytes.question { return true }
        if c == MarkupBytes.slash { return i + 2 < limit }
        return xml && (c == UInt8(ascii: "_") || c >= 0x80)
    }

    private mutating func textToken() -> MarkupToken {
        let start = pos
        var j = bytes[pos] == MarkupBytes.lt ? pos + 1 : pos
        while true {
            guard let k = MarkupBytes.find(MarkupBytes.lt, in: bytes, from: j, to: limit) else { j = limit; break }
            if startsMarkup(k) { j = k; break }
            j = k + 1
        }
        pos = j
        return MarkupToken(kind: .text, start: start, end: j, valueStart: start, valueEnd: j)
    }

    /// Content of a raw-text/RCDATA element up to its matching end tag (ASCII case-insensitive).
    private mutating func rawToken(_ kind: MarkupToken.Kind) -> MarkupToken {
        let start = pos
        var j = pos
        var stop = limit
        while let k = MarkupBytes.find(MarkupBytes.lt, in: bytes, from: j, to: limit) {
            j = k + 1
            guard k + 1 < limit, bytes[k + 1] == MarkupBytes.slash else { continue }
            var e = k + 2
            while e < limit, MarkupBytes.isLetter(bytes[e]) || (bytes[e] >= 0x30 && bytes[e] <= 0x39) { e += 1 }
            if e < limit, !(MarkupBytes.isSpace(bytes[e]) || bytes[e] == MarkupBytes.slash || bytes[e] == MarkupBytes.gt) {
                continue
            }
            if MarkupNameKey(bytes, from: k + 2, to: e) == rawName { stop = k; break }
        }
        rawKind = nil
        pos = stop
        return MarkupToken(kind: kind, start: start, end: stop, valueStart: start, valueEnd: stop)
    }

    /// At `<` that starts markup. Returns a tag/CDATA token, or nil after skipping a comment-like construct.
    private mutating func markup() -> MarkupToken? {
        let start = pos
        let c = bytes[pos + 1]
        if c == MarkupBytes.bang {
            if MarkupBytes.hasPrefix("<!--", in: bytes, at: pos, limit: limit) { skipComment(); return nil }
            if MarkupBytes.hasPrefix("<![CDATA[", in: bytes, at: pos, limit: limit) {
                let inner = pos + 9
                var e = inner
                var close = limit
                while let k = MarkupBytes.find(MarkupBytes.gt, in: bytes, from: e, to: limit) {
                    if k - 2 >= inner && bytes[k - 1] == UInt8(ascii: "]") && bytes[k - 2] == UInt8(ascii: "]") {
                        close = k - 2
                        break
                    }
                    e = k + 1
                }
                pos = close == limit ? limit : close + 3
                return xml ? MarkupToken(kind: .cdata, start: start, end: pos, valueStart: inner, valueEnd: close) : nil
            }
            if MarkupBytes.hasPrefix("<!DOCTYPE", in: bytes, at: pos, limit: limit) {
                // An XML internal subset `[ … ]` may contain `>`; skip it as a whole.
                let gt = MarkupBytes.find(MarkupBytes.gt, in: bytes, from: pos, to: limit) ?? limit
                if let open = MarkupBytes.find(UInt8(ascii: "["), in: bytes, from: pos, to: gt),
                   let close = MarkupBytes.find(UInt8(ascii: "]"), in: bytes, from: open, to: limit) {
                    pos = (MarkupBytes.find(MarkupBytes.gt, in: bytes, from: close, to: limit) ?? limit - 1) + 1
                } else {
                    pos = min(limit, gt + 1)
                }
                return nil
            }
            skipToGreaterThan(from: pos + 2)
            return nil
        }
        if c == MarkupBytes.question { skipToGreaterThan(from: pos + 2); return nil }
        if c == MarkupBytes.slash {
            let d = bytes[pos + 2]
            if d == MarkupBytes.gt { pos += 3; return nil }                 // `</>`: ignored
            if !(MarkupBytes.isLetter(d) || (xml && (d == UInt8(ascii: "_") || d >= 0x80))) {
                skipToGreaterThan(from: pos + 2)                          // `</ x>`: bogus comment
                return nil
            }
            return tag(kind: .endTag, nameStart: pos + 2)
        }
        return tag(kind: .startTag, nameStart: pos + 1)
    }

    private mutating func skipToGreaterThan(from i: Int) {
        pos = (MarkupBytes.find(MarkupBytes.gt, in: bytes, from: i, to: limit) ?? limit - 1) + 1
    }

    /// `<!--` … `-->` (also `--!>`, and the degenerate `<!-->` / `<!--->`). Unclosed: runs to the end.
    private mutating func skipComment() {
        let body = pos + 4
        if body < limit && bytes[body] == MarkupBytes.gt { pos = body + 1; return }
        if body + 1 < limit && bytes[body] == UInt8(ascii: "-") && bytes[body + 1] == MarkupBytes.gt {
            pos = body + 2
            return
        }
        var e = body
        let dash = UInt8(ascii: "-")
        while let k = MarkupBytes.find(MarkupBytes.gt, in: bytes, from: e, to: limit) {
            if k - 2 >= body && bytes[k - 1] == dash && bytes[k - 2] == dash { pos = k + 1; return }
            if k - 3 >= body && bytes[k - 1] == MarkupBytes.bang && bytes[k - 2] == dash && bytes[k - 3] == dash {
                pos = k + 1
                return
            }
            e = k + 1
        }
        pos = limit
    }

    /// A start or end tag whose name begins at `nameStart`. A tag cut off by the end of input is dropped
    /// (and ends tokenization), as browsers do.
    private mutating func tag(kind: MarkupToken.Kind, nameStart: Int) -> MarkupToken? {
        var i = nameStart
        while i < limit {
            let b = bytes[i]
            if MarkupBytes.isSpace(b) || b == MarkupBytes.slash || b == MarkupBytes.gt { break }
            i += 1
        }
        let nameEnd = i
        guard let (end, attrEnd, selfClosing) = scanAttributes(from: i) else { pos = limit; return nil }
        var token = MarkupToken(kind: kind, start: pos, end: end, valueStart: nameStart, valueEnd: nameEnd,
                                attrStart: nameEnd, attrEnd: attrEnd, selfClosing: selfClosing)
        token.name = MarkupNameKey(bytes, from: nameStart, to: nameEnd)
        pos = end
        if kind == .startTag && !xml && !selfClosing {
            if Self.rawTextNames.contains(token.name) { rawKind = .rawText; rawName = token.name }
            else if Self.rcdataNames.contains(token.name) { rawKind = .rcdata; rawName = token.name }
            else if token.name == Self.plaintextName { rawKind = .rawText; rawName = MarkupNameKey("\u{1}") }
        }
        return token
    }

    /// Skips attributes up to the closing `>`. Returns (index after `>`, end of attribute region,
    /// self-closing flag), or nil when the input ends first. A quote that is never closed is
    /// re-interpreted as ending at the next `>` (more forgiving than a browser, still linear).
    private mutating func scanAttributes(from start: Int) -> (Int, Int, Bool)? {
        var i = start
        while i < limit {
            let b = bytes[i]
            if MarkupBytes.isSpace(b) { i += 1; continue }
            if b == MarkupBytes.gt { return (i + 1, i, false) }
            if b == MarkupBytes.slash {
                if i + 1 < limit && bytes[i + 1] == MarkupBytes.gt { return (i + 2, i, true) }
                i += 1
                continue
            }
            i += 1 // attribute name; its first character may be anything, even `=`
            while i < limit {
                let c = bytes[i]
                if MarkupBytes.isSpace(c) || c == MarkupBytes.slash || c == MarkupBytes.gt || c == MarkupBytes.equals { break }
                i += 1
            }
            var j = i
            while j < limit && MarkupBytes.isSpace(bytes[j]) { j += 1 }
            guard j < limit, bytes[j] == MarkupBytes.equals else { i = j; continue }
            j += 1
            while j < limit && MarkupBytes.isSpace(bytes[j]) { j += 1 }
            guard j < limit else { return nil }
            let q = bytes[j]
            if q == MarkupBytes.quote || q == MarkupBytes.apostrophe {
                if let close = findQuote(q, from: j + 1) {
                    i = close + 1
                } else {
                    guard let gt = MarkupBytes.find(MarkupBytes.gt, in: bytes, from: j + 1, to: limit) else { return nil }
                    return (gt + 1, gt, false)
                }
            } else {
                i = j
                while i < limit && !MarkupBytes.isSpace(bytes[i]) && bytes[i] != MarkupBytes.gt { i += 1 }
            }
        }
        return nil
    }

    private mutating func findQuote(_ q: UInt8, from: Int) -> Int? {
        let known = q == MarkupBytes.quote ? noDoubleQuoteFrom : noSingleQuoteFrom
        if from >= known { return nil }
        if let k = MarkupBytes.find(q, in: bytes, from: from, to: limit) { return k }
        if q == MarkupBytes.quote { noDoubleQuoteFrom = from } else { noSingleQuoteFrom = from }
        return nil
    }
}

/// Lazy attribute access for a tag token: names compared ASCII case-insensitively, values raw
/// (not entity-decoded; use `MarkupEntities`).
struct MarkupAttributes {
    let bytes: UnsafeBufferPointer<UInt8>
    let start: Int, end: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ token: MarkupToken) {
        self.bytes = bytes
        start = token.attrStart
        end = token.attrEnd
    }

    /// Calls `body(nameStart, nameEnd, valueStart, valueEnd)` for each attribute; a valueless attribute
    /// has an empty value range. Stop early by returning false.
    func forEach(_ body: (Int, Int, Int, Int) -> Bool) {
        var i = start
        while i < end {
            let b = bytes[i]
            if MarkupBytes.isSpace(b) || b == MarkupBytes.slash { i += 1; continue }
            let nameStart = i
            i += 1
            while i < end {
                let c = bytes[i]
                if MarkupBytes.isSpace(c) || c == MarkupBytes.slash || c == MarkupBytes.equals { break }
                i += 1
            }
            let nameEnd = i
            var j = i
            while j < end && MarkupBytes.isSpace(bytes[j]) { j += 1 }
            var valueStart = nameEnd, valueEnd = nameEnd
            if j < end && bytes[j] == MarkupBytes.equals {
                j += 1
                while j < end && MarkupBytes.isSpace(bytes[j]) { j += 1 }
                if j < end && (bytes[j] == MarkupBytes.quote || bytes[j] == MarkupBytes.apostrophe) {
                    let q = bytes[j]
                    valueStart = j + 1
                    valueEnd = MarkupBytes.find(q, in: bytes, from: valueStart, to: end) ?? end
                    i = min(end, valueEnd + 1)
                } else {
                    valueStart = j
                    while j < end && !MarkupBytes.isSpace(bytes[j]) { j += 1 }
                    valueEnd = j
                    i = j
                }
            } else {
                i = j
            }
            if !body(nameStart, nameEnd, valueStart, valueEnd) { return }
        }
    }

    /// Raw value range of the first attribute called `name` (lower-case ASCII literal).
    func value(_ name: StaticString) -> Range<Int>? {
        var found: Range<Int>?
        forEach { ns, ne, vs, ve in
            if ne - ns == name.utf8CodeUnitCount && MarkupBytes.hasPrefix(name, in: bytes, at: ns, limit: ne) {
                found = vs..<ve
                return false
            }
            return true
        }
        return found
    }

    /// Entity-decoded, whitespace-collapsed value; nil when absent or blank.
    func string(_ name: StaticString) -> String? {
        guard let r = value(name) else { return nil }
        return MarkupEntities.cleanString(bytes, r)
    }
}
