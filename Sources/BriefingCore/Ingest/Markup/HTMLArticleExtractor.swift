import Foundation

/// What a saved news web page says about its article. Strings are decoded (entities), trimmed and
/// whitespace-collapsed; a field is nil when the page does not say.
public struct ExtractedHTMLArticle: Sendable, Equatable {
    /// The first `<h1>` inside the chosen article body, else `og:title`, else `<title>`, else JSON-LD `headline`.
    public var headline: String?
    /// Raw, unparsed: `article:published_time` meta, else the first `<time datetime>` (inside the body
    /// first, then anywhere), else JSON-LD `datePublished`.
    public var date: String?
    /// `og:site_name` meta, else JSON-LD `publisher` (a string, or an object's `name`).
    public var outlet: String?
    /// `og:url` meta, else `<link rel="canonical">`.
    public var url: String?
    /// `<meta name="author">`, else JSON-LD `author` (a string, an object's `name`, or the first of an array).
    public var author: String?
    /// The article body as plain text: one paragraph per block, paragraphs joined by "\n\n".
    public var body: String

    public init(headline: String? = nil, date: String? = nil, outlet: String? = nil, url: String? = nil,
                author: String? = nil, body: String = "") {
        self.headline = headline
        self.date = date
        self.outlet = outlet
        self.url = url
        self.author = author
        self.body = body
    }
}

/// Pulls the article out of a saved web page, in two linear passes over the UTF-8 bytes.
///
/// Pass 1 (`ArticleSurvey`) reads the metadata and scores body candidates; pass 2 renders only the chosen
/// element's byte range. The body is the largest `<article>` (by visible text), unless some other
/// container has more than three times as much paragraph text (then the `<article>`s are teaser cards),
/// else the div/section/main/td/body whose `<p>` children hold the most text, else `<main>`, else
/// `<body>`, else the whole document. Navigation, asides, scripts, forms, figures and the like are left
/// out; `<header>`/`<footer>` are kept inside a chosen article body but left out of a whole-page fallback.
public enum HTMLArticleExtractor {
    public static func extract(_ html: String) -> ExtractedHTMLArticle {
        var source = html
        return source.withUTF8 { extract(bytes: $0) }
    }

    static func extract(bytes: UnsafeBufferPointer<UInt8>) -> ExtractedHTMLArticle {
        var survey = ArticleSurvey(bytes: bytes)
        var pass1 = MarkupTreeBuilder(bytes)
        pass1.run(&survey)

        let choice = survey.chooseBody()
        var renderer = MarkupTextRenderer(bytes: bytes, dropHeaderFooter: choice.wholePage, captureHeadline: true)
        var pass2 = MarkupTreeBuilder(bytes, from: choice.range.lowerBound, to: choice.range.upperBound)
        pass2.run(&renderer)

        var result = ExtractedHTMLArticle(body: renderer.finish())
        let h1 = renderer.headline.bytes
        result.headline = h1.isEmpty ? (survey.ogTitle ?? survey.title) : String(decoding: h1, as: UTF8.self)
        result.date = survey.publishedTime ?? renderer.firstDatetime ?? survey.firstDatetime
        result.outlet = survey.siteName
        result.url = survey.ogURL ?? survey.canonical
        result.author = survey.metaAuthor
        if !survey.jsonLD.isEmpty
            && (result.headline == nil || result.date == nil || result.outlet == nil || result.author == nil),
           let ld = JSONLDArticle.find(in: survey.jsonLD, bytes: bytes) {
            result.headline = result.headline ?? ld.headline
            result.date = result.date ?? ld.date
            result.outlet = result.outlet ?? ld.outlet
            result.author = result.author ?? ld.author
        }
        return result
    }
}

/// Pass 1: page metadata, JSON-LD blocks, and text statistics of body candidates.
struct ArticleSurvey: MarkupTreeVisitor {
    private struct Frame {
        var id: Int32
        var text = 0, paragraphText = 0
        /// Content start of a body candidate; frame index of the nearest candidate (self included).
        var start = 0, container = -1
        var candidate = false, dropped = false, foreign = false, jsonLD = false
    }
    struct Candidate {
        var id: Int32, start: Int, end: Int
        /// Visible non-space bytes inside (outside dropped elements), and inside its nearest `<p>`s.
        var text = 0, paragraphText = 0
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private var frames: [Frame] = []
    /// Scores are final when an element closes, so only the best candidates are kept (memory O(depth)).
    private(set) var bestArticle: Candidate?, bestContainer: Candidate?, firstMain: Candidate?, firstBody: Candidate?
    private(set) var ogTitle: String?, title: String?, siteName: String?, ogURL: String?, canonical: String?
    private(set) var publishedTime: String?, metaAuthor: String?, firstDatetime: String?
    /// Byte ranges of `<script type="application/ld+json">` contents (at most 32).
    private(set) var jsonLD: [Range<Int>] = []

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func open(_ id: Int32, _ flags: MarkupTagFlags, _ token: MarkupToken, isVoid: Bool) {
        let foreign = frames.last?.foreign ?? false
        if id == MarkupTag.meta.rawValue && !foreign { readMeta(token) }
        if id == MarkupTag.link.rawValue && !foreign && canonical == nil { readLink(token) }
        if id == MarkupTag.time.rawValue && firstDatetime == nil {
            firstDatetime = MarkupAttributes(bytes, token).string("datetime")
        }
        guard !isVoid else { return }
        var frame = Frame(id: id)
        if let parent = frames.last {
            frame.dropped = parent.dropped
            frame.foreign = parent.foreign
            frame.container = parent.container
        }
        if flags.contains(.dropScore) { frame.dropped = true }
        if id == MarkupTag.svg.rawValue || id == MarkupTag.math.rawValue { frame.foreign = true }
        if !frame.dropped && flags.contains(.container) {
            frame.candidate = true
            frame.start = token.end
            frame.container = frames.count
        }
        if id == MarkupTag.script.rawValue,
           let type = MarkupAttributes(bytes, token).string("type")?.lowercased(), type.contains("ld+json") {
            frame.jsonLD = true
        }
        frames.append(frame)
    }

    mutating func close(_ id: Int32, _ flags: MarkupTagFlags, at offset: Int) {
        guard let frame = frames.popLast() else { return }
        if frame.candidate {
            let c = Candidate(id: id, start: frame.start, end: offset, text: frame.text, paragraphText: frame.paragraphText)
            if id == MarkupTag.article.rawValue && c.text > (bestArticle?.text ?? 0) { bestArticle = c }
            if c.paragraphText > (bestContainer?.paragraphText ?? 0) { bestContainer = c }
            if id == MarkupTag.main.rawValue && firstMain == nil { firstMain = c }
            if id == MarkupTag.body.rawValue && firstBody == nil { firstBody = c }
        }
        guard !frame.dropped, !frames.isEmpty else { return }
        frames[frames.count - 1].text += frame.text
        if id == MarkupTag.p.rawValue && frame.container >= 0 {
            frames[frame.container].paragraphText += frame.text
        }
    }

    mutating func text(_ token: MarkupToken) {
        guard let top = frames.last else { return }
        switch token.kind {
        case .text where !top.dropped:
            var visible = 0
            for k in token.valueStart..<token.valueEnd where bytes[k] > 0x20 { visible += 1 }
            frames[frames.count - 1].text += visible
        case .rcdata where top.id == MarkupTag.title.rawValue && !top.foreign && title == nil:
            title = MarkupEntities.cleanString(bytes, token.valueStart..<token.valueEnd)
        case .rawText where top.jsonLD && jsonLD.count < 32:
            jsonLD.append(token.valueStart..<token.valueEnd)
        default: break
        }
    }

    mutating func unmatchedEnd(_ id: Int32, _ flags: MarkupTagFlags) {}

    private mutating func readMeta(_ token: MarkupToken) {
        let attrs = MarkupAttributes(bytes, token)
        guard let key = (attrs.string("property") ?? attrs.string("name") ?? attrs.string("itemprop"))?.lowercased(),
              let content = attrs.string("content") else { return }
        switch key {
        case "og:title": ogTitle = ogTitle ?? content
        case "og:site_name": siteName = siteName ?? content
        case "og:url": ogURL = ogURL ?? content
        case "article:published_time": publishedTime = publishedTime ?? content
        case "author": metaAuthor = metaAuthor ?? content
        default: break
        }
    }

    private mutating func readLink(_ token: MarkupToken) {
        let attrs = MarkupAttributes(bytes, token)
        guard let rel = attrs.string("rel")?.lowercased(),
              rel.split(separator: " ").contains("canonical") else { return }
        canonical = attrs.string("href")
    }

    /// The byte range to render as the body, and whether it is a whole-page fallback.
    func chooseBody() -> (range: Range<Int>, wholePage: Bool) {
        if let a = bestArticle, a.text * 3 >= (bestContainer?.paragraphText ?? 0) { return (a.start..<a.end, false) }
        if let c = bestContainer { return (c.start..<c.end, c.id == MarkupTag.body.rawValue) }
        if let main = firstMain { return (main.start..<main.end, false) }
        if let body = firstBody { return (body.start..<body.end, true) }
        return (0..<bytes.count, true)
    }
}

/// Schema.org metadata from JSON-LD blocks: the first object typed as an article (`NewsArticle`,
/// `Article`, `ReportageNewsArticle`, any other `…Article`, `BlogPosting`), found at top level, in an
/// array or in `@graph`; failing that, the first object with a `datePublished`.
enum JSONLDArticle {
    struct Info { var headline, date, outlet, author: String? }

    static func find(in blocks: [Range<Int>], bytes: UnsafeBufferPointer<UInt8>) -> Info? {
        var fallback: [String: Any]?
        for block in blocks {
            guard let root = parse(bytes, block) else { continue }
            var queue: [Any] = [root]
            var next = 0
            while next < queue.count && next < 1_000 {
                let item = queue[next]
                next += 1
                if let array = item as? [Any] { queue.append(contentsOf: array.prefix(1_000)); continue }
                guard let object = item as? [String: Any] else { continue }
                if let graph = object["@graph"] as? [Any] { queue.append(contentsOf: graph.prefix(1_000)) }
                if isArticle(object["@type"]) { return info(object) }
                if fallback == nil && object["datePublished"] != nil { fallback = object }
            }
        }
        return fallback.map(info)
    }

    private static func isArticle(_ type: Any?) -> Bool {
        let types = (type as? [Any])?.compactMap { $0 as? String } ?? [type as? String].compactMap { $0 }
        return types.contains { $0.hasSuffix("Article") || $0.hasSuffix("BlogPosting") }
    }

    private static func info(_ object: [String: Any]) -> Info {
        Info(headline: name(object["headline"]) ?? name(object["name"]), date: name(object["datePublished"]),
             outlet: name(object["publisher"]), author: name(object["author"]))
    }

    /// A string, an object's `name`, or the first usable element of an array; cleaned like page text.
    private static func name(_ value: Any?, depth: Int = 0) -> String? {
        guard depth < 4 else { return nil }
        if let s = value as? String {
            var source = s
            return source.withUTF8 { MarkupEntities.cleanString($0, 0..<$0.count) }
        }
        if let object = value as? [String: Any] { return name(object["name"], depth: depth + 1) }
        if let array = value as? [Any] {
            for element in array.prefix(8) { if let n = name(element, depth: depth + 1) { return n } }
        }
        return nil
    }

    /// Trims HTML-comment/CDATA wrappers, refuses pathological nesting (so the parser cannot exhaust the
    /// stack), and parses with `JSONSerialization`, swallowing errors.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Any? {
        var start = range.lowerBound, end = range.upperBound
        // Some sites wrap the JSON in `<!-- … -->` or `//<![CDATA[ … //]]>`.
        for opener: StaticString in ["<![CDATA[", "<!--"] {
            if let k = index(of: opener, in: bytes, start..<end) { start = k + opener.utf8CodeUnitCount }
        }
        for closer: StaticString in ["]]>", "-->"] {
            if let k = index(of: closer, in: bytes, start..<end, last: true) { end = k }
        }
        while start < end && bytes[start] != UInt8(ascii: "{") && bytes[start] != UInt8(ascii: "[") { start += 1 }
        while end > start && bytes[end - 1] != UInt8(ascii: "}") && bytes[end - 1] != UInt8(ascii: "]") { end -= 1 }
        guard start < end else { return nil }
        var depth = 0, inString = false, escaped = false
        for k in start..<end {
            let b = bytes[k]
            if inString {
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true }
                else if b == MarkupBytes.quote { inString = false }
            } else if b == MarkupBytes.quote { inString = true }
            else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { depth += 1; if depth > 64 { return nil } }
            else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") { depth -= 1 }
        }
        let data = Data(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        return try? JSONSerialization.jsonObject(with: data)
    }

    private static func index(of pattern: StaticString, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                              last: Bool = false) -> Int? {
        let n = pattern.utf8CodeUnitCount
        guard range.count >= n else { return nil }
        let candidates = range.lowerBound...(range.upperBound - n)
        let matches = { (k: Int) in MarkupBytes.hasPrefix(pattern, in: bytes, at: k, limit: range.upperBound) }
        return last ? candidates.reversed().first(where: matches) : candidates.first(where: matches)
    }
}
