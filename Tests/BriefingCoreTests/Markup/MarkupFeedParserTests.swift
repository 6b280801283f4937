import Testing
@testable import BriefingCore

@Suite("Feed parsing")
struct FeedParserTests {
    static let rss = """
    <?xml version="1.0" encoding="UTF-8"?>
    <?xml-stylesheet type="text/xsl" href="rss.xsl"?>
    <!-- generated -->
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
         xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
    <channel>
      <title>World News &amp; More</title>
      <link>https://news.example/</link>
      <atom:link href="https://news.example/rss" rel="self" type="application/rss+xml"/>
      <image><title>Logo title</title><url>https://news.example/logo.png</url></image>
      <item>
        <title>Storm hits <![CDATA[coast]]></title>
        <link>https://news.example/storm</link>
        <pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate>
        <dc:creator><![CDATA[Jane Doe]]></dc:creator>
        <description>Short summary</description>
        <content:encoded><![CDATA[<p>The storm <b>hit</b> at dawn.</p><figure><img src="a.jpg"><figcaption>x</figcaption></figure><p>Winds &amp; rain.</p>]]></content:encoded>
      </item>
      <item>
        <title>Escaped description</title>
        <guid isPermaLink="true">https://news.example/escaped</guid>
        <author>editor@news.example (Ed Itor)</author>
        <description>&lt;p&gt;First &amp;amp; foremost.&lt;/p&gt;&lt;p&gt;Second&lt;/p&gt;</description>
      </item>
    </channel>
    </rss>
    """

    /// A DOCTYPE with an internal subset (entity declarations hold `>`s of their own) is still a
    /// feed: it was taken for HTML, its dates lost. Declared entities are never expanded.
    @Test func rssWithADoctypeIsAFeed() throws {
        let rss = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY publisher "The Coast Gazette">
              <!ENTITY big "&publisher;&publisher;&publisher;">
            ]>
            <rss version="2.0"><channel><title>Coast &publisher;</title>
            <item><title>Harbour reopens</title><pubDate>Tue, 10 Mar 2026 09:30:00 GMT</pubDate>
            <description>The harbour reopened on Tuesday, &big; said.</description></item>
            </channel></rss>
            """
        #expect(FormatDetector.detect(rss, fileName: "feed.txt") == .feed)
        let feed = try #require(FeedParser.parse(rss))
        #expect(feed.items.count == 1)
        #expect(feed.items.first?.date == "Tue, 10 Mar 2026 09:30:00 GMT")
        #expect(feed.items.first?.body.contains("The harbour reopened on Tuesday") == true)
        #expect(feed.items.first?.body.contains("The Coast Gazette") == false, "entities are not expanded")
    }

    @Test func rssWithCDATAHTML() throws {
        let feed = try #require(FeedParser.parse(Self.rss))
        #expect(feed.kind == .rss)
        #expect(feed.title == "World News & More")
        #expect(feed.items.count == 2)
        #expect(feed.items[0] == FeedItem(title: "Storm hits coast", date: "Tue, 05 Mar 2024 09:30:00 GMT",
                                          link: "https://news.example/storm", author: "Jane Doe",
                                          body: "The storm hit at dawn.\n\nWinds & rain."))
    }

    @Test func rssWithEscapedHTMLDescription() throws {
        let item = try #require(FeedParser.parse(Self.rss)?.items.last)
        #expect(item == FeedItem(title: "Escaped description", date: nil, link: "https://news.example/escaped",
                                 author: "editor@news.example (Ed Itor)", body: "First & foremost.\n\nSecond"))
    }

    @Test func htmlEscapedTwiceAndUnescapedInline() throws {
        let feed = try #require(FeedParser.parse("""
            <rss><channel><item><description>&amp;lt;p&amp;gt;Double &amp;amp;amp; escaped&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;Two&amp;lt;/p&amp;gt;</description></item>
            <item><description><p>Raw <i>inline</i> HTML<br>next</p><p>more</description></item>
            <item><description><![CDATA[&lt;p&gt;Escaped inside CDATA&lt;/p&gt;]]></description></item>
            <item><description>Plain 1 &lt; 2 text</description></item></channel></rss>
            """))
        #expect(feed.items.map(\.body) == ["Double & escaped\n\nTwo", "Raw inline HTML\nnext\n\nmore",
                                           "Escaped inside CDATA", "Plain 1 < 2 text"])
    }

    @Test func atomWithHTMLAndXHTMLContent() throws {
        let feed = try #require(FeedParser.parse("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title type="text">Atom Feed</title>
              <link rel="self" href="https://a.example/feed"/>
              <author><name>Feed Author</name></author>
              <updated>2024-01-01T00:00:00Z</updated>
              <entry>
                <title type="html">Entry &lt;em&gt;one&lt;/em&gt;</title>
                <link rel="self" href="https://a.example/self/1"/>
                <link rel="alternate" type="text/html" href="https://a.example/1"/>
                <id>urn:1</id>
                <published>2024-02-02T10:00:00Z</published>
                <updated>2024-02-03T10:00:00Z</updated>
                <author><name>Alice</name><email>a@example.com</email></author>
                <summary>Summary one</summary>
                <content type="html">&lt;p&gt;Para &amp;amp; one&lt;/p&gt;&lt;p&gt;Para two&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Entry two</title>
                <link href="https://a.example/2"/>
                <updated>2024-03-03T10:00:00Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>X &amp; <b>html</b></p><p>Second</p></div></content>
              </entry>
              <entry>
                <title>Entry three</title>
                <summary type="text">Line one
            still one

            Paragraph two &amp; &lt;b&gt;literal&lt;/b&gt;</summary>
              </entry>
            </feed>
            """))
        #expect(feed.kind == .atom)
        #expect(feed.title == "Atom Feed")
        #expect(feed.items == [
            FeedItem(title: "Entry one", date: "2024-02-02T10:00:00Z", link: "https://a.example/1", author: "Alice",
                     body: "Para & one\n\nPara two"),
            FeedItem(title: "Entry two", date: "2024-03-03T10:00:00Z", link: "https://a.example/2", author: nil,
                     body: "X & html\n\nSecond"),
            FeedItem(title: "Entry three", body: "Line one still one\n\nParagraph two & <b>literal</b>"),
        ])
    }

    @Test func titleTextRules() throws {
        let rss = try #require(FeedParser.parse("""
            <rss><channel><title><![CDATA[Tom &amp; Jerry]]></title>
            <item><title>&lt;b&gt;Bold&lt;/b&gt; news</title></item>
            <item><title>1 &lt; 2</title></item></channel></rss>
            """))
        #expect(rss.title == "Tom & Jerry")
        #expect(rss.items.map(\.title) == ["Bold news", "1 < 2"])
        let atom = try #require(FeedParser.parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>A &lt;b&gt; is literal</title>
            <entry><title type="text">x &lt;i&gt;y&lt;/i&gt;</title></entry>
            <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">X<b>H</b>TML <p>title</p></div></title></entry></feed>
            """))
        #expect(atom.title == "A <b> is literal")
        #expect(atom.items.map(\.title) == ["x <i>y</i>", "XHTML title"])
    }

    @Test func feedTitleIsNeverAnItemTitle() throws {
        let noChannelTitle = try #require(FeedParser.parse("<rss><channel><item><title>Item</title></item></channel></rss>"))
        #expect(noChannelTitle.title == nil)
        #expect(noChannelTitle.items.map(\.title) == ["Item"])
        let titleAfterItems = try #require(FeedParser.parse("<rss><channel><item><title>I</title></item><title>Chan</title></channel></rss>"))
        #expect(titleAfterItems.title == "Chan")
        let atom = try #require(FeedParser.parse("<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>E</title><source><title>S</title></source></entry></feed>"))
        #expect(atom.title == nil)
        #expect(atom.items.map(\.title) == ["E"])
    }

    @Test func rss1RDF() throws {
        let feed = try #require(FeedParser.parse("""
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://r.example/"><title>RDF Channel</title><items><rdf:Seq><rdf:li resource="https://r.example/1"/></rdf:Seq></items></channel>
              <item rdf:about="https://r.example/1"><title>RDF item</title><link>https://r.example/1</link>
                <dc:date>2024-04-04</dc:date><dc:creator>Rita</dc:creator><description>Desc</description></item>
            </rdf:RDF>
            """))
        #expect(feed.kind == .rss)
        #expect(feed.title == "RDF Channel")
        #expect(feed.items == [FeedItem(title: "RDF item", date: "2024-04-04", link: "https://r.example/1", author: "Rita", body: "Desc")])
    }

    @Test func missingFields() throws {
        let feed = try #require(FeedParser.parse("<rss><channel><item></item><item><guid isPermaLink='false'>https://x/1</guid></item><item><guid>tag:1</guid></item></channel></rss>"))
        #expect(feed.items == [FeedItem(), FeedItem(), FeedItem()])
        let atom = try #require(FeedParser.parse("<feed xmlns='http://www.w3.org/2005/Atom'><entry/></feed>"))
        #expect(atom.items == [FeedItem()])
    }

    @Test func namespacedNamesAreCaseInsensitiveAndLinkFallbacks() throws {
        let feed = try #require(FeedParser.parse("""
            <RSS><Channel><Title>C</Title>
            <ITEM><Content:Encoded>&lt;p&gt;Body&lt;/p&gt;</Content:Encoded><DC:Creator>Dee</DC:Creator><DC:DATE>2020</DC:DATE>
            <ATOM:LINK rel="alternate" href="https://alt.example/1"/></ITEM>
            <item><link href="https://href.example/2"/></item>
            <item><guid>https://guid.example/3</guid><link>   </link></item>
            </Channel></RSS>
            """))
        #expect(feed.title == "C")
        #expect(feed.items == [
            FeedItem(date: "2020", link: "https://alt.example/1", author: "Dee", body: "Body"),
            FeedItem(link: "https://href.example/2"),
            FeedItem(link: "https://guid.example/3"),
        ])
    }

    @Test func prefixedAtomRoot() throws {
        let feed = try #require(FeedParser.parse("<atom:feed xmlns:atom='http://www.w3.org/2005/Atom'><atom:title>P</atom:title><atom:entry><atom:title>E</atom:title><atom:link href='https://p/1'/></atom:entry></atom:feed>"))
        #expect(feed.kind == .atom)
        #expect(feed.title == "P")
        #expect(feed.items == [FeedItem(title: "E", link: "https://p/1")])
    }

    @Test func truncatedFeedKeepsCompleteItems() throws {
        let cut = Self.rss.prefix(Self.rss.range(of: "<description>&lt;p&gt;First")!.upperBound.utf16Offset(in: Self.rss))
        let feed = try #require(FeedParser.parse(String(cut)))
        #expect(feed.title == "World News & More")
        #expect(feed.items.map(\.title) == ["Storm hits coast"])
        let inTag = try #require(FeedParser.parse("<rss><channel><title>T</title><item><title>A</title></item><item><title>B</title></item><it"))
        #expect(inTag.items.map(\.title) == ["A", "B"])
        let inCDATA = try #require(FeedParser.parse("<rss><channel><item><title>A</title></item><item><description><![CDATA[<p>cut"))
        #expect(inCDATA.items.map(\.title) == ["A"])
        let inTitle = try #require(FeedParser.parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Cut"))
        #expect(inTitle == ParsedFeed(kind: .atom, title: nil, items: []))
    }

    @Test func feedWithNoItems() throws {
        let feed = try #require(FeedParser.parse("<rss version='2.0'><channel><title>Empty</title></channel></rss>"))
        #expect(feed == ParsedFeed(kind: .rss, title: "Empty", items: []))
        #expect(FeedParser.parse("<rss/>") == ParsedFeed(kind: .rss, title: nil, items: []))
    }

    @Test func garbageAndNonFeeds() {
        #expect(FeedParser.parse("") == nil)
        #expect(FeedParser.parse("just some text") == nil)
        #expect(FeedParser.parse("<!DOCTYPE html><html><body><rss></rss></body></html>") == nil)
        #expect(FeedParser.parse("<feed><entry><title>x</title></entry></feed>") == nil)
        #expect(FeedParser.parse("<?xml version='1.0'?><!-- never closed <rss>") == nil)
        #expect(FeedParser.parse("\u{1}\u{2}<<<>>>&&&;;;\u{FFFD}") == nil)
        #expect(FeedParser.parse("<?xml version='1.0'?>\n<!DOCTYPE rss [<!ENTITY x 'y'>]>\n<rss><channel><title>&x;</title></channel></rss>")?.title == "&x;")
    }

    @Test func hostileFeedsStayLinear() throws {
        let n = 100_000
        let deep = "<rss><channel><item>" + String(repeating: "<x>", count: n) + String(repeating: "</y>", count: n) + "</item></channel></rss>"
        #expect(FeedParser.parse(deep)?.items.count == 1)
        var many = "<rss><channel>"
        for k in 0..<20_000 { many += "<item><title>T\(k)</title><description>&lt;p&gt;Body \(k)&lt;/p&gt;</description></item>" }
        let big = try #require(FeedParser.parse(many + "</channel></rss>"))
        #expect(big.items.count == 20_000)
        #expect(big.items.last == FeedItem(title: "T19999", body: "Body 19999"))
    }

    @Test func sniffing() {
        #expect(FeedParser.looksLikeFeed("<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">"))
        #expect(FeedParser.looksLikeFeed("\u{FEFF}<?xml version='1.0'?><?xml-stylesheet href='s.xsl'?><rdf:RDF xmlns:rdf='x'>"))
        #expect(FeedParser.looksLikeFeed("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">"))
        #expect(FeedParser.looksLikeFeed("<feed xml:lang=\"en\" xmlns:media=\"http://search.yahoo.com/m"))   // cut off
        #expect(!FeedParser.looksLikeFeed("<feed xml:lang=\"en\"><entry>"))
        #expect(!FeedParser.looksLikeFeed("<!DOCTYPE html><html><head>"))
        #expect(!FeedParser.looksLikeFeed("{\"json\": true}"))
        #expect(!FeedParser.looksLikeFeed(""))
        #expect(!FeedParser.looksLikeFeed("<!-- unterminated comment <rss>"))
        #expect(FeedParser.looksLikeFeed("  \n<RSS>"))
    }
}
