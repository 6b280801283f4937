import Testing
@testable import BriefingCore

/// Malformed and hostile input: never crash, never hang, keep what can reasonably be kept.
/// The large inputs would take minutes with any quadratic step, so finishing at all is the check.
@Suite("HTML robustness")
struct HTMLRobustnessTests {
    @Test func knownTagNamesMapToTheirIDs() {
        var table = MarkupNameTable(prebuilt: MarkupTag.prebuiltNames)
        #expect(MarkupTag.prebuiltNames.count == MarkupTag.allCases.count)
        for tag in [MarkupTag.html, .p, .blockquote, .figcaption, .h6, .noscript, .map] {
            #expect(table.id(for: MarkupNameKey(String(describing: tag).uppercased())) == tag.rawValue)
        }
        #expect(table.id(for: MarkupNameKey("a-very-long-custom-element-name")) == Int32(MarkupTag.allCases.count))
        #expect(table.id(for: MarkupNameKey("A-VERY-LONG-CUSTOM-ELEMENT-NAME")) == Int32(MarkupTag.allCases.count))
    }

    @Test func emptyString() {
        #expect(HTMLArticleExtractor.extract("") == ExtractedHTMLArticle())
        #expect(HTMLText.plainText(fromHTML: "") == "")
    }

    @Test func unclosedTags() {
        let a = HTMLArticleExtractor.extract("<html><body><article><h1>Title<p>First<p>Second <b>bold <i>both")
        #expect(a.headline == "Title")
        #expect(a.body == "First\n\nSecond bold both")
    }

    @Test func paragraphsWithoutEndTags() {
        let a = HTMLArticleExtractor.extract("<div><p>One<p>Two<div>Three</div><p>Four</div><p>Five")
        #expect(a.body.contains("One\n\nTwo\n\nThree\n\nFour"))
        #expect(HTMLText.plainText(fromHTML: "<ul><li>a<li>b</ul><dl><dt>t<dd>d</dl>") == "a\n\nb\n\nt\n\nd")
        #expect(HTMLText.plainText(fromHTML: "<table><tr><td>x<td>y<tr><td>z</table>") == "x\n\ny\n\nz")
    }

    @Test func strayAngleBrackets() {
        let a = HTMLArticleExtractor.extract("<article><p>1 < 2 and 3 > 2, <3 <<>> </ > <? odd ?> < p>ok</p></article>")
        #expect(a.body == "1 < 2 and 3 > 2, <3 <<>> < p>ok")
        #expect(HTMLText.plainText(fromHTML: "x <") == "x <")
        #expect(HTMLText.plainText(fromHTML: "x </") == "x </")
    }

    @Test func attributeQuotingVariants() {
        let a = HTMLArticleExtractor.extract("""
            <meta property="og:title" content="Double &quot;quoted&quot; ' x">
            <meta property='og:site_name' content='Single "quoted"'>
            <meta property=og:url content=https://x.example/a/b/>
            <meta name = author content = "Spaced  Out" >
            <meta property="article:published_time" content="a>b"><p>t</p>
            """)
        #expect(a.headline == "Double \"quoted\" ' x")
        #expect(a.outlet == "Single \"quoted\"")
        #expect(a.url == "https://x.example/a/b/")
        #expect(a.author == "Spaced Out")
        #expect(a.date == "a>b")
    }

    @Test func unclosedQuoteRecoversAtNextGreaterThan() {
        let a = HTMLArticleExtractor.extract("<article><p>Before <a href=\"broken>link</a> after</p></article>")
        #expect(a.body == "Before link after")
    }

    @Test func uppercaseAndMixedCaseTags() {
        let a = HTMLArticleExtractor.extract("""
            <HTML><HEAD><TITLE>Upper</TITLE><META NAME="AUTHOR" CONTENT="Caps"></HEAD>
            <BODY><ARTICLE><H1>Big</H1><P>One</P><Script>x</SCRIPT><p>Two</P></ArTiClE></BODY></HTML>
            """)
        #expect(a.headline == "Big")
        #expect(a.author == "Caps")
        #expect(a.body == "One\n\nTwo")
    }

    @Test func selfClosingTags() {
        let a = HTMLArticleExtractor.extract("<article><p>A<br/>B<br />C</p><hr/><div/><p>D<img src=x />E</p><span/>F</article>")
        #expect(a.body == "A\nB\nC\n\nDE\n\nF")
        #expect(HTMLText.plainText(fromHTML: "<script src='x.js'/><p>visible</p>") == "visible")
    }

    @Test func deeplyNestedDivs() {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Deep text</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        #expect(HTMLArticleExtractor.extract(html).body == "Deep text")
        let unclosed = String(repeating: "<div><span><b>", count: depth) + "<p>bottom"
        #expect(HTMLText.plainText(fromHTML: unclosed) == "bottom")
        let dropped = "<article><p>a</p>" + String(repeating: "<aside>", count: depth) + "x</article>"
        #expect(HTMLArticleExtractor.extract(dropped).body == "a")
    }

    @Test func endTagsThatCannotMatchStayCheap() {
        // Each unmatched end tag must be rejected without walking the 50,000-deep stack.
        let n = 50_000
        let blocked = "<b><div>" + String(repeating: "<span>", count: n) + "text" + String(repeating: "</b>", count: n)
        #expect(HTMLText.plainText(fromHTML: blocked) == "text")
        let missing = String(repeating: "<div>", count: n) + "text" + String(repeating: "</section>", count: n)
        #expect(HTMLText.plainText(fromHTML: missing) == "text")
        let cells = "<table>" + String(repeating: "<td>", count: n) + "x" + String(repeating: "</div>", count: n)
        #expect(HTMLText.plainText(fromHTML: cells) == "x")
    }

    @Test func tenMegabyteSingleLineDocument() {
        var html = "<html><head><title>Big</title></head><body><article><h1>Huge</h1>"
        let paragraph = "<p>Some <b>bold</b> text &amp; an <a href=\"https://x.example/?a=1&amp;b=2\">link</a> here.</p>"
        let count = 10_000_000 / paragraph.utf8.count
        html.reserveCapacity(10_100_000)
        for _ in 0..<count { html += paragraph }
        html += "</article></body></html>"
        #expect(html.utf8.count >= 10_000_000)
        #expect(!html.contains("\n"))
        let a = HTMLArticleExtractor.extract(html)
        #expect(a.headline == "Huge")
        #expect(a.body.hasPrefix("Some bold text & an link here.\n\nSome bold"))
        #expect(a.body.utf8.count == count * "Some bold text & an link here.".utf8.count + (count - 1) * 2)
    }

    @Test func hugeUnstructuredInputs() {
        let text = String(repeating: "word ", count: 2_000_000)
        #expect(HTMLArticleExtractor.extract(text).body.utf8.count == 2_000_000 * 5 - 1)
        let lessThans = String(repeating: "<", count: 1_000_000)
        #expect(HTMLText.plainText(fromHTML: lessThans).utf8.count == 1_000_000)
        let quotes = String(repeating: "<a b=\"x>", count: 100_000) + "<p>end</p>"
        _ = HTMLArticleExtractor.extract(quotes)
        let mixed = String(repeating: "<a b='x>\" ", count: 100_000)
        _ = HTMLArticleExtractor.extract(mixed)
        let entities = String(repeating: "&#x1F600;&bogus;&", count: 100_000)
        #expect(HTMLText.plainText(fromHTML: entities).hasPrefix("😀&bogus;&😀"))
    }

    @Test func truncatedDocuments() {
        #expect(HTMLArticleExtractor.extract("<article><p>Kept text</p><a href=\"http://cut").body == "Kept text")
        #expect(HTMLArticleExtractor.extract("<article><p>Kept text</p><a href='x' cla").body == "Kept text")
        #expect(HTMLArticleExtractor.extract("<article><p>Kept text</p><di").body == "Kept text")
        #expect(HTMLArticleExtractor.extract("<article><p>Kept text</p><").body == "Kept text\n\n<")
        #expect(HTMLArticleExtractor.extract("<article><p>Kept text</p><!-- cut").body == "Kept text")
        #expect(HTMLArticleExtractor.extract("<article><p>Kept text</p><script>var a = '").body == "Kept text")
        #expect(HTMLArticleExtractor.extract("<article><p>Kept text</p><![CDATA[ x").body == "Kept text")
        #expect(HTMLArticleExtractor.extract("<article><p>Kept text</p></p").body == "Kept text")
        #expect(HTMLArticleExtractor.extract("<article><p>Kept &amp").body == "Kept &amp")
        #expect(HTMLArticleExtractor.extract("<meta property=\"og:title\" content=\"Cut").headline == nil)
    }

    @Test func commentThatNeverCloses() {
        let a = HTMLArticleExtractor.extract("<article><p>Before</p><!-- <p>hidden</p> " + String(repeating: "x -> - > ", count: 10_000))
        #expect(a.body == "Before")
        #expect(HTMLText.plainText(fromHTML: "a<!-->b<!--->c<!---->d<!-- x --!>e") == "abcde")
    }

    @Test func binaryishGarbage() {
        var generator = SynthRNG(seed: 42)
        for round in 0..<20 {
            var bytes: [UInt8] = []
            for _ in 0..<20_000 {
                let r = generator.next()
                // Bias towards markup characters so the tokenizer's edge cases get exercised.
                let alphabet: [UInt8] = Array("<>/!-=\"' &#;x[]?CDATAabcp\n".utf8)
                bytes.append(r % 3 == 0 ? UInt8(truncatingIfNeeded: r >> 8) | 1 : alphabet[Int(r >> 16) % alphabet.count])
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let a = HTMLArticleExtractor.extract(text)
            #expect(a.body.utf8.count <= text.utf8.count * 4, "round \(round)")
            _ = HTMLText.plainText(fromHTML: text)
            _ = FeedParser.parse(text)
            _ = FeedParser.parse("<rss><channel><item>" + text)
        }
    }
}
