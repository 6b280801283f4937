// HTML tree construction without building a tree.
//
// `MarkupTreeBuilder` keeps only the stack of open elements and reports open/close/text events to a
// visitor, applying a simplified form of the HTML5 rules for implied end tags (`<p>` closed by the
// next block, `<li>` by the next `<li>`, table cells, an unclosed `<head>`), so that sloppy markup
// produces the element structure a browser would. It never recurses (100,000 nested `<div>`s are just
// a deep array), and every decision is O(1): for each tag name and for each category that can stop an
// end tag's search (special, scope boundary) the stack index of the topmost open one is tracked, so an
// end tag that cannot match is rejected without walking the stack. Pops are amortised against pushes,
// so the builder is linear in the input whatever the nesting.

/// HTML elements the builder and the extractor treat specially. The raw value is the element's id
/// in `MarkupNameTable` (the case name is the tag name); any other name gets a larger id.
enum MarkupTag: Int32, CaseIterable {
    case html, head, body, title, meta, link, base, script, style, noscript, template
    case p, div, span, a, em, strong, b, i, u, br, hr, img, h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd, blockquote, pre, article, section, main, nav, aside, header, footer
    case form, button, figure, figcaption, svg, math, table, caption, thead, tbody, tfoot, tr, td, th
    case select, option, optgroup, textarea, iframe, object, embed, video, audio, canvas, picture
    case source, track, address, center, details, summary, dialog, dir, fieldset, legend, hgroup, menu
    case search, listing, xmp, plaintext, noembed, noframes, frameset, frame, applet, marquee, param
    case wbr, area, col, colgroup, input, keygen, basefont, bgsound, time, label, map

    static let prebuiltNames: [MarkupNameKey: Int32] = Dictionary(
        uniqueKeysWithValues: allCases.map { (MarkupNameKey(String(describing: $0)), $0.rawValue) })

    static let flagTable: [MarkupTagFlags] = allCases.map(\.flags)

    @inline(__always) static func flags(of id: Int32) -> MarkupTagFlags {
        Int(id) < flagTable.count ? flagTable[Int(id)] : []
    }

    private var flags: MarkupTagFlags {
        var f: MarkupTagFlags = []
        switch self {
        case .area, .base, .br, .col, .embed, .hr, .img, .input, .link, .meta, .param, .source, .track,
             .wbr, .keygen, .basefont, .bgsound, .frame:
            f.insert(.void)
        default: break
        }
        switch self {
        case .address, .applet, .area, .article, .aside, .base, .basefont, .bgsound, .blockquote, .body,
             .br, .button, .caption, .center, .col, .colgroup, .dd, .details, .dir, .div, .dl, .dt, .embed,
             .fieldset, .figcaption, .figure, .footer, .form, .frame, .frameset, .h1, .h2, .h3, .h4, .h5,
             .h6, .head, .header, .hgroup, .hr, .html, .iframe, .img, .input, .keygen, .li, .link,
             .listing, .main, .marquee, .menu, .meta, .nav, .noembed, .noframes, .noscript, .object, .ol,
             .p, .param, .plaintext, .pre, .script, .search, .section, .select, .source, .style, .summary,
             .table, .tbody, .td, .template, .textarea, .tfoot, .th, .thead, .title, .tr, .track, .ul,
             .wbr, .xmp:
            f.insert(.special)
            if ![.address, .div, .p, .li, .dd, .dt].contains(self) { f.insert(.listStop) }
        default: break
        }
        switch self {
        case .applet, .caption, .html, .table, .td, .th, .marquee, .object, .template: f.insert(.scope)
        default: break
        }
        switch self {
        case .address, .article, .aside, .blockquote, .center, .details, .dialog, .dir, .div, .dl,
             .fieldset, .figcaption, .figure, .footer, .form, .header, .hgroup, .main, .menu, .nav, .ol,
             .p, .search, .section, .summary, .ul, .h1, .h2, .h3, .h4, .h5, .h6, .pre, .listing, .table,
             .hr, .xmp, .plaintext, .li, .dd, .dt:
            f.insert(.closesP)
        default: break
        }
        switch self {
        case .address, .article, .aside, .blockquote, .body, .center, .dd, .details, .dialog, .dir, .div,
             .dl, .dt, .fieldset, .figcaption, .figure, .footer, .form, .h1, .h2, .h3, .h4, .h5, .h6,
             .header, .hgroup, .hr, .li, .listing, .main, .menu, .nav, .ol, .p, .pre, .section, .summary,
             .table, .caption, .thead, .tbody, .tfoot, .tr, .td, .th, .ul, .xmp, .plaintext, .legend,
             .option, .html, .head, .title, .search, .frameset:
            f.insert(.block)
        default: break
        }
        switch self {
        case .script, .style, .noscript, .template, .nav, .aside, .figure, .figcaption, .button, .svg,
             .math, .select, .textarea, .iframe, .object, .embed, .video, .audio, .canvas, .picture, .head,
             .title, .noembed, .noframes, .frameset, .dialog, .map, .applet:
            f.insert(.dropScore)
            f.insert(.dropText)
        case .form: f.insert(.dropText)        // a form may wrap a whole page (ASP.NET): still scored
        case .header, .footer: f.insert(.dropScore)  // dropped from the text only outside the body
        default: break
        }
        switch self {
        case .div, .section, .main, .article, .body, .td: f.insert(.container)
        case .base, .basefont, .bgsound, .link, .meta, .noscript, .script, .style, .template, .title:
            f.insert(.headContent)
        case .h1, .h2, .h3, .h4, .h5, .h6: f.insert(.heading)
        default: break
        }
        return f
    }
}

struct MarkupTagFlags: OptionSet, Sendable {
    let rawValue: UInt16
    static let void = Self(rawValue: 1 << 0)         // no content, no end tag
    static let special = Self(rawValue: 1 << 1)      // HTML "special": stops an inline end tag's search
    static let scope = Self(rawValue: 1 << 2)        // scope boundary: stops a block end tag's search
    static let closesP = Self(rawValue: 1 << 3)      // its start tag closes an open <p>
    static let block = Self(rawValue: 1 << 4)        // rendered as a paragraph break
    static let dropText = Self(rawValue: 1 << 5)     // content never rendered as article text
    static let dropScore = Self(rawValue: 1 << 6)    // content ignored when choosing the article body
    static let container = Self(rawValue: 1 << 7)    // may be chosen as the article body
    static let headContent = Self(rawValue: 1 << 8)  // may sit in <head> without closing it
    static let heading = Self(rawValue: 1 << 9)
    static let listStop = Self(rawValue: 1 << 10)    // stops an implied </li>, </dd>, </dt>
}

/// Receives the element structure from `MarkupTreeBuilder`.
protocol MarkupTreeVisitor {
    /// A start tag was accepted. Void and self-closing elements (`isVoid`) get no `close`.
    mutating func open(_ id: Int32, _ flags: MarkupTagFlags, _ token: MarkupToken, isVoid: Bool)
    /// The most recently opened element still open was closed: by its end tag, implicitly, or at the end
    /// of input. `offset` is where its content ends (the start of the token that closed it).
    mutating func close(_ id: Int32, _ flags: MarkupTagFlags, at offset: Int)
    /// Any text-like token: `.text`, `.rawText`, `.rcdata`.
    mutating func text(_ token: MarkupToken)
    /// An end tag that matched no open element, e.g. `</p>` with no paragraph open.
    mutating func unmatchedEnd(_ id: Int32, _ flags: MarkupTagFlags)
}

struct MarkupTreeBuilder {
    private struct Open {
        var id: Int32, flags: MarkupTagFlags
        var prevSame: Int32, prevSpecial: Int32, prevScope: Int32, prevListStop: Int32
    }
    private var tokenizer: MarkupTokenizer
    private var names = MarkupNameTable(prebuilt: MarkupTag.prebuiltNames)
    private var stack: [Open] = []
    /// Stack index of the topmost open element per name id, -1 if none.
    private var topByID: [Int32]
    private var topSpecial: Int32 = -1, topScope: Int32 = -1, topListStop: Int32 = -1
    private let flagTable = MarkupTag.flagTable

    init(_ bytes: UnsafeBufferPointer<UInt8>, from: Int = 0, to: Int? = nil) {
        tokenizer = MarkupTokenizer(bytes, from: from, to: to, xml: false)
        topByID = Array(repeating: -1, count: names.count)
    }

    mutating func run<V: MarkupTreeVisitor>(_ visitor: inout V) {
        while let token = tokenizer.next() {
            switch token.kind {
            case .startTag: start(token, &visitor)
            case .endTag: end(token, &visitor)
            case .text:
                // Visible text cannot live in <head>: it implies </head> (pages that omit <body>).
                if let last = stack.last, last.id == MarkupTag.head.rawValue, !isBlank(token) {
                    popThrough(stack.count - 1, at: token.start, &visitor)
                }
                visitor.text(token)
            case .rawText, .rcdata, .cdata: visitor.text(token)
            }
        }
        popThrough(0, at: tokenizer.limit, &visitor)
    }

    private func isBlank(_ token: MarkupToken) -> Bool {
        for k in token.valueStart..<token.valueEnd where !MarkupBytes.isSpace(tokenizer.bytes[k]) { return false }
        return true
    }

    private mutating func id(of token: MarkupToken) -> Int32 {
        let id = names.id(for: token.name)
        if Int(id) >= topByID.count { topByID.append(-1) }
        return id
    }

    @inline(__always) private func flags(of id: Int32) -> MarkupTagFlags {
        Int(id) < flagTable.count ? flagTable[Int(id)] : []
    }

    @inline(__always) private func top(_ tag: MarkupTag) -> Int32 { topByID[Int(tag.rawValue)] }

    private mutating func start<V: MarkupTreeVisitor>(_ token: MarkupToken, _ v: inout V) {
        let id = id(of: token), f = flags(of: id), at = token.start
        if let last = stack.last, last.id == MarkupTag.head.rawValue, !f.contains(.headContent) {
            popThrough(stack.count - 1, at: at, &v)
        }
        switch MarkupTag(rawValue: id) {
        case .li?: closeIfOpen(top(.li), above: topListStop, at, &v)
        case .dd?, .dt?: closeIfOpen(max(top(.dd), top(.dt)), above: topListStop, at, &v)
        case .td?, .th?: closeIfOpen(max(top(.td), top(.th)), above: top(.table), at, &v)
        case .tr?:
            closeIfOpen(max(top(.td), top(.th)), above: top(.table), at, &v)
            closeIfOpen(top(.tr), above: top(.table), at, &v)
        case .thead?, .tbody?, .tfoot?:
            closeIfOpen(max(top(.thead), top(.tbody), top(.tfoot)), above: top(.table), at, &v)
        case .option?, .optgroup?:
            if stack.last?.id == MarkupTag.option.rawValue { popThrough(stack.count - 1, at: at, &v) }
        case .body?: closeIfOpen(top(.head), above: -1, at, &v)
        default: break
        }
        if f.contains(.closesP) { closeIfOpen(top(.p), above: max(topScope, top(.button)), at, &v) }
        // Browsers nest `<h1>Title<p>Text` as a paragraph inside the heading; an unclosed heading should
        // not swallow the article, so <p> (never legitimate inside a heading) closes it. So does a heading.
        if f.contains(.heading) || id == MarkupTag.p.rawValue, let last = stack.last, last.flags.contains(.heading) {
            popThrough(stack.count - 1, at: at, &v)
        }
        if f.contains(.void) || token.selfClosing {
            v.open(id, f, token, isVoid: true)
            return
        }
        let index = Int32(stack.count)
        stack.append(Open(id: id, flags: f, prevSame: topByID[Int(id)], prevSpecial: topSpecial,
                          prevScope: topScope, prevListStop: topListStop))
        topByID[Int(id)] = index
        if f.contains(.special) { topSpecial = index }
        if f.contains(.scope) { topScope = index }
        if f.contains(.listStop) { topListStop = index }
        v.open(id, f, token, isVoid: false)
    }

    private mutating func end<V: MarkupTreeVisitor>(_ token: MarkupToken, _ v: inout V) {
        let id = id(of: token), f = flags(of: id)
        if id == MarkupTag.br.rawValue { v.open(id, f, token, isVoid: true); return } // `</br>` is `<br>`
        // Content after </body> or </html> still belongs to the body, as in browsers.
        if id == MarkupTag.body.rawValue || id == MarkupTag.html.rawValue { return }
        let t = topByID[Int(id)]
        // A block end tag may close through inline elements, but not out of a table cell or similar;
        // an inline end tag may not close through any block.
        let matched = t >= 0 && (f.contains(.special) ? t >= topScope : t > topSpecial)
        if matched { popThrough(Int(t), at: token.start, &v) } else { v.unmatchedEnd(id, f) }
    }

    private mutating func closeIfOpen<V: MarkupTreeVisitor>(_ index: Int32, above boundary: Int32, _ at: Int,
                                                            _ v: inout V) {
        if index >= 0 && index > boundary { popThrough(Int(index), at: at, &v) }
    }

    /// Pops elements until the stack has `index` entries, closing each.
    private mutating func popThrough<V: MarkupTreeVisitor>(_ index: Int, at offset: Int, _ v: inout V) {
        while stack.count > index {
            let e = stack.removeLast()
            topByID[Int(e.id)] = e.prevSame
            topSpecial = e.prevSpecial
            topScope = e.prevScope
            topListStop = e.prevListStop
            v.close(e.id, e.flags, at: offset)
        }
    }
}
