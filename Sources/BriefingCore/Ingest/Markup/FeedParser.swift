import Foundation

/// One entry of an RSS or Atom feed. Strings are entity-decoded, trimmed and whitespace-collapsed;
/// nil when the feed does not say.
public struct FeedItem: Sendable, Equatable {
    public var title: String?
    /// Raw, unparsed: `pubDate` (RSS), `published` else `updated` (Atom), `dc:date` as a last resort.
    public var date: String?
    /// RSS `<link>` text, else an `atom:link`/`href`, else a permalink `guid`; Atom `<link href>` with
    /// `rel="alternate"` or no `rel`.
    public var link: String?
    /// RSS `author` else `dc:creator`; Atom `author/name` else `dc:creator`.
    public var author: String?
    /// Plain text ("\n\n" between paragraphs) from `content:encoded` else `description` (RSS), `content`
    /// else `summary` (Atom); HTML in CDATA, escaped once (`&lt;p&gt;`) or twice (`&amp;lt;p&amp;gt;`) is
    /// converted with `HTMLText.plainText`. Empty when there is none.
    public var body: String

    public init(title: String? = nil, date: String? = nil, link: String? = nil, author: String? = nil, body: String = "") {
        self.title = title
        self.date = date
        self.link = link
        self.author = author
        self.body = body
    }
}

public struct ParsedFeed: Sendable, Equatable {
    public var kind: Kind
    /// The channel's (RSS) or feed's (Atom) own title, never an item's.
    public var title: String?
    /// Complete items in document order; an item cut off by the end of input is left out.
    public var items: [FeedItem]
    public enum Kind: String, Sendable { case rss, atom }

    public init(kind: Kind, title: String? = nil, items: [FeedItem] = []) {
        self.kind = kind
        self.title = title
        self.items = items
    }
}

/// RSS 2.0 (also 0.9x and RSS 1.0/RDF) and Atom 1.0 parsing over the shared byte-level tokenizer.
/// Deliberately forgiving: no DTDs, no entity expansion beyond character references, element names
/// matched case-insensitively by qualified name (`content:encoded`, `dc:creator`, `atom:link`), an end
/// tag closes the nearest open element of its name (and whatever is open inside it), and unescaped
/// HTML inside a description is taken as it stands. Linear in the input; no recursion.
public enum FeedParser {
    /// nil when the text is not an RSS (`<rss>`, `<rdf:RDF>`) or Atom (`<feed>` in the Atom namespace) document.
    public static func parse(_ xml: String) -> ParsedFeed? {
        var source = xml
        return source.withUTF8 { bytes in
            var scanner = FeedScanner(bytes: bytes)
            return scanner.run()
        }
    }

    /// Cheap sniff of the start of a file (the first ~1 KB is enough): after an optional BOM, `<?xml …?>`
    /// prolog, comments, processing instructions and doctype, is the first element `<rss>`, `<rdf:RDF>`
    /// or an Atom `<feed>`? A `<feed>` tag cut off before its `>` counts as a feed.
    public static func looksLikeFeed(_ prefix: String) -> Bool {
        var source = prefix
        return source.withUTF8 { p -> Bool in
            var i = 0
            let n = p.count
            if n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF { i = 3 }
            while i < n {
                if MarkupBytes.isSpace(p[i]) { i += 1; continue }
                guard p[i] == MarkupBytes.lt, i + 1 < n else { return false }
                if MarkupBytes.hasPrefix("<!--", in: p, at: i, limit: n) {
                    var k = i + 4
                    while k + 2 < n && !(p[k] == 0x2D && p[k + 1] == 0x2D && p[k + 2] == MarkupBytes.gt) { k += 1 }
                    guard k + 2 < n else { return false }
                    i = k + 3
                } else if p[i + 1] == MarkupBytes.question || p[i + 1] == MarkupBytes.bang {
                    guard var gt = MarkupBytes.find(MarkupBytes.gt, in: p, from: i, to: n) else { return false }
                    // `<!DOCTYPE rss [ <!ENTITY …> ]>`: the internal subset holds `>`s of its own.
                    if p[i + 1] == MarkupBytes.bang, let open = MarkupBytes.find(0x5B, in: p, from: i, to: gt) {
                        guard let close = MarkupBytes.find(0x5D, in: p, from: open, to: n),
                              let end = MarkupBytes.find(MarkupBytes.gt, in: p, from: close, to: n) else { return false }
                        gt = end
                    }
                    i = gt + 1
                } else {
                    var e = i + 1
                    while e < n && !MarkupBytes.isSpace(p[e]) && p[e] != MarkupBytes.gt && p[e] != MarkupBytes.slash { e += 1 }
                    let name = String(decoding: UnsafeBufferPointer(rebasing: p[(i + 1)..<e]), as: UTF8.self).lowercased()
                    if name == "rss" || name == "rdf" || name.hasSuffix(":rdf") { return true }
                    guard name == "feed" || name.hasSuffix(":feed") else { return false }
                    let gt = MarkupBytes.find(MarkupBytes.gt, in: p, from: e, to: n)
                    let tag = String(decoding: UnsafeBufferPointer(rebasing: p[e..<(gt ?? n)]), as: UTF8.self)
                    return gt == nil || tag.lowercased().contains("atom")
                }
            }
            return false
        }
    }
}

/// One pass over a feed document, capturing the byte ranges of the fields of the item being read and
/// turning them into strings when the item closes.
struct FeedScanner {
    enum Field: Int, CaseIterable {
        case title, link, pubDate, dcDate, published, updated, author, creator, authorName
        case contentEncoded, description, content, summary, guid
    }
    private struct Capture { var field: Field, index: Int, start: Int, type: String? }
    private struct Pending {
        var ranges = [Range<Int>?](repeating: nil, count: Field.allCases.count)
        var types = [String?](repeating: nil, count: Field.allCases.count)
        var alternateLink: String?, linkHref: String?
        var guidIsPermaLink = true
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private var tokenizer: MarkupTokenizer
    private var names = MarkupNameTable()
    private var stack: [(id: Int32, prevSame: Int32)] = []
    private var topByID: [Int32] = []
    private var kind: ParsedFeed.Kind?
    private var feedTitle: String?, titleCapture: Capture?
    private var items: [FeedItem] = []
    private var fields: [Int32: Field] = [:]
    private var itemID: Int32 = -1, channelID: Int32 = -1, titleID: Int32 = -1, linkID: Int32 = -1
    private var authorID: Int32 = -1, nameID: Int32 = -1
    private var itemIndex = -1, authorIndex = -1
    private var pending = Pending(), capture: Capture?

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        tokenizer = MarkupTokenizer(bytes, xml: true)
    }

    mutating func run() -> ParsedFeed? {
        while let token = tokenizer.next() {
            if token.kind == .startTag {
                let id = intern(token.name)
                if kind == nil && !detectRoot(token) { return nil }
                let index = stack.count
                opened(id, token, index: index)
                if token.selfClosing {
                    closed(index: index, at: token.end)
                } else {
                    stack.append((id, topByID[Int(id)]))
                    topByID[Int(id)] = Int32(index)
                }
            } else if token.kind == .endTag && kind != nil {
                let t = Int(topByID[Int(intern(token.name))])
                guard t >= 0 else { continue }
                while stack.count > t {
                    let e = stack.removeLast()
                    topByID[Int(e.id)] = e.prevSame
                    closed(index: stack.count, at: token.start)
                }
            }
        }
        guard let kind else { return nil }
        return ParsedFeed(kind: kind, title: feedTitle, items: items)
    }

    private mutating func intern(_ key: MarkupNameKey) -> Int32 {
        let id = names.id(for: key)
        while topByID.count <= Int(id) { topByID.append(-1) }
        return id
    }

    private mutating func intern(_ name: String) -> Int32 { intern(MarkupNameKey(name)) }

    private mutating func detectRoot(_ token: MarkupToken) -> Bool {
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.valueStart..<token.valueEnd]),
                          as: UTF8.self).lowercased()
        if name == "rss" || name == "rdf" || name.hasSuffix(":rdf") {
            kind = .rss
            (itemID, channelID, titleID, linkID) = (intern("item"), intern("channel"), intern("title"), intern("atom:link"))
            let map: [(String, Field)] = [
                ("title", .title), ("link", .link), ("pubdate", .pubDate), ("dc:date", .dcDate),
                ("author", .author), ("dc:creator", .creator), ("content:encoded", .contentEncoded),
                ("description", .description), ("guid", .guid),
            ]
            for (n, f) in map { fields[intern(n)] = f }
            return true
        }
        guard name == "feed" || name.hasSuffix(":feed") else { return false }
        var isAtom = false
        let attrs = MarkupAttributes(bytes, token)
        attrs.forEach { ns, ne, vs, ve in
            let attr = String(decoding: UnsafeBufferPointer(rebasing: bytes[ns..<ne]), as: UTF8.self).lowercased()
            let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[vs..<ve]), as: UTF8.self).lowercased()
            isAtom = attr.hasPrefix("xmlns") && value.contains("atom")
            return !isAtom
        }
        guard isAtom else { return false }
        kind = .atom
        let p = String(name.dropLast(4)) // namespace prefix such as "atom:", usually empty
        (itemID, titleID, linkID) = (intern(p + "entry"), intern(p + "title"), intern(p + "link"))
        (authorID, nameID) = (intern(p + "author"), intern(p + "name"))
        let map: [(String, Field)] = [
            (p + "title", .title), (p + "published", .published), (p + "updated", .updated),
            (p + "content", .content), (p + "summary", .summary), ("dc:date", .dcDate), ("dc:creator", .creator),
        ]
        for (n, f) in map { fields[intern(n)] = f }
        return true
    }

    private mutating func opened(_ id: Int32, _ token: MarkupToken, index: Int) {
        let attrs = MarkupAttributes(bytes, token)
        guard itemIndex >= 0 else {
            if id == itemID { itemIndex = index; pending = Pending(); return }
            let parent = index > 0 ? stack[index - 1].id : -1
            if feedTitle == nil && titleCapture == nil && id == titleID
                && (kind == .atom ? index == 1 : parent == channelID) {
                titleCapture = Capture(field: .title, index: index, start: token.end, type: attrs.string("type"))
            }
            return
        }
        if index == itemIndex + 1 {
            if id == linkID { // Atom <link>, or atom:link inside an RSS item
                let rel = attrs.string("rel")?.lowercased()
                if rel == nil || rel == "alternate", pending.alternateLink == nil { pending.alternateLink = attrs.string("href") }
                return
            }
            if id == authorID { authorIndex = index; return }
            guard let field = fields[id], pending.ranges[field.rawValue] == nil, capture == nil else { return }
            capture = Capture(field: field, index: index, start: token.end, type: attrs.string("type"))
            if field == .link { pending.linkHref = attrs.string("href") }
            if field == .guid { pending.guidIsPermaLink = attrs.string("ispermalink")?.lowercased() != "false" }
        } else if index == itemIndex + 2 && authorIndex == itemIndex + 1 && id == nameID && capture == nil
                    && pending.ranges[Field.authorName.rawValue] == nil {
            capture = Capture(field: .authorName, index: index, start: token.end, type: nil)
        }
    }

    private mutating func closed(index: Int, at offset: Int) {
        if let c = capture, c.index == index {
            pending.ranges[c.field.rawValue] = c.start..<max(c.start, offset)
            pending.types[c.field.rawValue] = c.type?.lowercased()
            capture = nil
        }
        if let c = titleCapture, c.index == index {
            feedTitle = title(c.start..<max(c.start, offset), type: c.type?.lowercased())
            titleCapture = nil
        }
        if index == authorIndex { authorIndex = -1 }
        if index == itemIndex {
            items.append(finishItem())
            itemIndex = -1
        }
    }

    private func finishItem() -> FeedItem {
        func range(_ f: Field) -> Range<Int>? { pending.ranges[f.rawValue] }
        func text(_ f: Field) -> String? { range(f).flatMap(plainValue) }
        func body(_ f: Field) -> String? {
            guard let r = range(f) else { return nil }
            let b = kind == .atom ? atomText(r, type: pending.types[f.rawValue]) : html(r)
            return b.isEmpty ? nil : b
        }
        var item = FeedItem(title: range(.title).flatMap { title($0, type: pending.types[Field.title.rawValue]) })
        if kind == .atom {
            item.date = text(.published) ?? text(.updated) ?? text(.dcDate)
            item.link = pending.alternateLink
            item.author = text(.authorName) ?? text(.creator)
            item.body = body(.content) ?? body(.summary) ?? ""
        } else {
            item.date = text(.pubDate) ?? text(.dcDate)
            let guid = pending.guidIsPermaLink ? text(.guid).flatMap { $0.lowercased().hasPrefix("http") ? $0 : nil } : nil
            item.link = text(.link) ?? pending.linkHref ?? pending.alternateLink ?? guid
            item.author = text(.author) ?? text(.creator)
            item.body = body(.contentEncoded) ?? body(.description) ?? ""
        }
        return item
    }

    /// Titles are text, but Atom may say `type="html"`/`"xhtml"`, and some RSS titles carry markup anyway.
    private func title(_ r: Range<Int>, type: String?) -> String? {
        let text: String
        switch type {
        case nil where kind == .atom, "text"?, "text/plain"?: return plainValue(r)
        case "xhtml"?: text = HTMLText.plainText(bytes: bytes, range: r)
        case "html"?, "text/html"?: text = html(r)
        default:
            let source = markupSource(r)
            guard looksLikeMarkup(source) else { return plainValue(r) }
            text = source.withUnsafeBufferPointer { HTMLText.plainText(bytes: $0, range: 0..<$0.count) }
        }
        let joined = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return joined.isEmpty ? nil : joined
    }

    /// Atom text constructs by `type`: text (default; blank lines separate paragraphs), html, xhtml.
    private func atomText(_ r: Range<Int>, type: String?) -> String {
        switch type {
        case "html"?, "text/html"?: return html(r)
        case "xhtml"?, "application/xhtml+xml"?: return HTMLText.plainText(bytes: bytes, range: r)
        default:
            var out: [UInt8] = [], line = MarkupLine()
            func flush() {
                if !line.bytes.isEmpty { if !out.isEmpty { out += [0x0A, 0x0A] }; out += line.bytes }
                line.reset()
            }
            markupSource(r, keepTags: false).withUnsafeBufferPointer { p in
                var start = 0
                while start <= p.count {
                    let end = MarkupBytes.find(0x0A, in: p, from: start, to: p.count) ?? p.count
                    if (start..<end).allSatisfy({ p[$0] <= 0x20 }) { flush() } else { line.append(p, start..<end) }
                    line.pendingSpace = true
                    start = end + 1
                }
            }
            flush()
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// An HTML-bearing field as plain text: unescape one XML level (CDATA verbatim), unescape a second
    /// level when the result is still escaped markup, then render the HTML.
    private func html(_ r: Range<Int>) -> String {
        var source = markupSource(r)
        if !looksLikeMarkup(source) && containsEscapedMarkup(source) {
            var again: [UInt8] = []
            source.withUnsafeBufferPointer { MarkupEntities.decode($0, 0..<$0.count, into: &again) }
            source = again
        }
        return source.withUnsafeBufferPointer { HTMLText.plainText(bytes: $0, range: 0..<$0.count) }
    }

    /// The element content with one level of XML escaping undone: text decoded, CDATA verbatim,
    /// child tags copied as they are (or replaced by a space), comments dropped.
    /// `keepTags == false` is for text values, where CDATA is decoded too: `<![CDATA[Tom &amp; Jerry]]>`
    /// in a title means "Tom & Jerry" to every feed reader.
    private func markupSource(_ r: Range<Int>, keepTags: Bool = true) -> [UInt8] {
        var out: [UInt8] = []
        var t = MarkupTokenizer(bytes, from: r.lowerBound, to: r.upperBound, xml: true)
        while let token = t.next() {
            switch token.kind {
            case .text, .rcdata: MarkupEntities.decode(bytes, token.valueStart..<token.valueEnd, into: &out)
            case .cdata, .rawText:
                if keepTags { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[token.valueStart..<token.valueEnd])) }
                else { MarkupEntities.decode(bytes, token.valueStart..<token.valueEnd, into: &out) }
            case .startTag, .endTag:
                if keepTags { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])) }
                else { out.append(0x20) }
            }
        }
        return out
    }

    /// A text-only field (dates, links, names): tags ignored, whitespace collapsed; nil when blank.
    private func plainValue(_ r: Range<Int>) -> String? {
        markupSource(r, keepTags: false).withUnsafeBufferPointer { p in
            var line = MarkupLine()
            line.append(p, 0..<p.count)
            return line.bytes.isEmpty ? nil : String(decoding: line.bytes, as: UTF8.self)
        }
    }

    /// `<` followed by a letter, `/` or `!`: real markup rather than a stray less-than sign.
    private func looksLikeMarkup(_ s: [UInt8]) -> Bool {
        var k = 0
        while k + 1 < s.count {
            if s[k] == MarkupBytes.lt && (MarkupBytes.isLetter(s[k + 1]) || s[k + 1] == MarkupBytes.slash || s[k + 1] == MarkupBytes.bang) {
                return true
            }
            k += 1
        }
        return false
    }

    /// `&lt;` followed by a letter or `/`: markup escaped once more than expected.
    private func containsEscapedMarkup(_ s: [UInt8]) -> Bool {
        var k = 0
        while k + 4 < s.count {
            if s[k] == MarkupBytes.amp && (s[k + 1] | 0x20) == 0x6C && (s[k + 2] | 0x20) == 0x74 && s[k + 3] == 0x3B
                && (MarkupBytes.isLetter(s[k + 4]) || s[k + 4] == MarkupBytes.slash) {
                return true
            }
            k += 1
        }
        return false
    }
}
