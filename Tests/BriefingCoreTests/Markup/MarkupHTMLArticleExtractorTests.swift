import Testing
@testable import BriefingCore

@Suite("HTML article extraction")
struct HTMLArticleExtractorTests {
    static let newsPage = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>Fallback title | Daily Planet</title>
      <meta property="og:title" content="Council approves budget &amp; new park">
      <meta property="og:site_name" content="Daily Planet">
      <meta property="og:url" content="https://planet.example/news/budget">
      <link rel="canonical" href="https://planet.example/canonical/budget">
      <meta property="article:published_time" content="2024-03-05T09:30:00Z">
      <meta name="author" content="Lois Lane">
      <style>p { color: red }</style>
      <script>var x = "<p>not text</p>";</script>
    </head>
    <body>
      <header class="site"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
      <article>
        <h1>Council   approves
           budget</h1>
        <p class="lede">The city council on <em>Tuesday</em> approved a <strong>$2&nbsp;million</strong> budget.</p>
        <figure><img src="park.jpg"><figcaption>The new park site.</figcaption></figure>
        <p>“It’s a good day,” said the mayor &mdash; who had pushed for the park&hellip;</p>
        <aside>Related: Other story</aside>
        <h2>What happens next</h2>
        <ul><li>Construction starts in May.</li><li>It ends in <a href="/x">2026</a>.</li></ul>
        <blockquote>We waited long enough.</blockquote>
        <div class="share"><button>Share</button></div>
        <p>   </p>
      </article>
      <footer class="site"><p>© Daily Planet. All rights reserved. Lots of legal boilerplate text here.</p></footer>
    </body>
    </html>
    """

    @Test func extractsAllFieldsFromATypicalNewsPage() {
        let a = HTMLArticleExtractor.extract(Self.newsPage)
        #expect(a.headline == "Council approves budget")
        #expect(a.date == "2024-03-05T09:30:00Z")
        #expect(a.outlet == "Daily Planet")
        #expect(a.url == "https://planet.example/news/budget")
        #expect(a.author == "Lois Lane")
        #expect(a.body == """
            The city council on Tuesday approved a $2 million budget.

            “It’s a good day,” said the mayor — who had pushed for the park…

            What happens next

            Construction starts in May.

            It ends in 2026.

            We waited long enough.
            """)
    }

    @Test func headlineFallsBackToOgTitleThenTitle() {
        let og = HTMLArticleExtractor.extract("""
            <head><title>T</title><meta property="og:title" content="  OG   title "></head>
            <body><h1>Outside</h1><article><p>Body text here.</p></article></body>
            """)
        #expect(og.headline == "OG title")
        #expect(og.body == "Body text here.")
        let title = HTMLArticleExtractor.extract("<title>Tom &amp; Jerry&#8217;s &#x201C;day&#x201D;</title><p>x</p>")
        #expect(title.headline == "Tom & Jerry’s “day”")
        #expect(HTMLArticleExtractor.extract("<p>nothing</p>").headline == nil)
    }

    @Test func canonicalLinkWhenNoOgURL() {
        let a = HTMLArticleExtractor.extract("<link rel='stylesheet' href='a.css'><LINK REL=\"Canonical Alternate\" HREF=\"https://x.example/a?b=1&amp;c=2\"><p>t</p>")
        #expect(a.url == "https://x.example/a?b=1&c=2")
    }

    @Test func dateFallsBackToTimeElementThenJSONLD() {
        let time = HTMLArticleExtractor.extract("""
            <body><header><time datetime="2020-01-01">Today</time></header>
            <article><p>By X. <time datetime="2024-05-06T07:08:09+02:00">May 6</time></p><p>More.</p></article></body>
            """)
        #expect(time.date == "2024-05-06T07:08:09+02:00")
        let outside = HTMLArticleExtractor.extract("<div><time datetime='2019-12-31'>x</time></div><article><p>Text</p></article>")
        #expect(outside.date == "2019-12-31")
        let ld = HTMLArticleExtractor.extract("""
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "datePublished":"2023-07-01T12:00:00Z","headline":"LD headline",
            "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],
            "publisher":{"@type":"Organization","name":"The Gazette"}}</script><p>Body</p>
            """)
        #expect(ld.date == "2023-07-01T12:00:00Z")
        #expect(ld.author == "Jane Roe")
        #expect(ld.outlet == "The Gazette")
        #expect(ld.headline == "LD headline")
    }

    @Test func jsonLDInGraphArraysAndWrappers() {
        let graph = HTMLArticleExtractor.extract("""
            <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},
            {"@type":["ReportageNewsArticle"],"datePublished":"2022-02-02","author":"Ann Author","publisher":"Pub Co"}]}</script>
            """)
        #expect(graph.date == "2022-02-02")
        #expect(graph.author == "Ann Author")
        #expect(graph.outlet == "Pub Co")
        let array = HTMLArticleExtractor.extract("""
            <script type="application/ld+json">
            //<![CDATA[
            [{"@type":"BreadcrumbList"},{"@type":"WebPage","datePublished":"2021-01-01","author":{"name":"Bo"}}]
            //]]>
            </script>
            """)
        #expect(array.date == "2021-01-01")
        #expect(array.author == "Bo")
        let broken = HTMLArticleExtractor.extract("""
            <script type="application/ld+json">{"@type":"NewsArticle", "datePublished": </script>
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-10-10"}</script>
            <script type="application/ld+json">\(String(repeating: "[", count: 5_000))</script>
            """)
        #expect(broken.date == "2020-10-10")
    }

    @Test func metaTagsWinOverJSONLD() {
        let a = HTMLArticleExtractor.extract("""
            <meta name="author" content="Meta Author"><meta property="og:site_name" content="Meta Site">
            <script type="application/ld+json">{"@type":"Article","author":"LD","publisher":{"name":"LD Site"},"datePublished":"2001-01-01"}</script>
            """)
        #expect(a.author == "Meta Author")
        #expect(a.outlet == "Meta Site")
        #expect(a.date == "2001-01-01")
    }

    @Test func largestArticleIsChosen() {
        let a = HTMLArticleExtractor.extract("""
            <article><h1>Small</h1><p>Short teaser.</p></article>
            <article><h1>Main story</h1><p>This is the long main story with many more words in it.</p>
            <p>Second paragraph of the main story.</p></article>
            """)
        #expect(a.headline == "Main story")
        #expect(a.body == "This is the long main story with many more words in it.\n\nSecond paragraph of the main story.")
    }

    @Test func teaserArticlesLoseToMuchLargerParagraphContainer() {
        let long = String(repeating: "Real story words. ", count: 40)
        let a = HTMLArticleExtractor.extract("""
            <div id="story"><p>\(long)</p><p>\(long)</p></div>
            <div class="more"><article><p>Teaser one.</p></article><article><p>Teaser two!</p></article></div>
            """)
        #expect(a.body.hasPrefix("Real story words."))
        #expect(!a.body.contains("Teaser"))
    }

    @Test func containerWithMostParagraphTextWithoutArticle() {
        let a = HTMLArticleExtractor.extract("""
            <html><body>
            <div id="menu"><p>Home</p><p>About</p></div>
            <div class="content"><div class="inner">
              <p>First paragraph of the story, which is long enough to win.</p>
              <script>tracking()</script>
              <p>Second <b>paragraph</b> of the story.</p>
              <div class="ad">Advertisement</div>
            </div></div>
            <aside><p>A very long sidebar paragraph that should not be chosen even though it is really very long indeed, longer than everything.</p></aside>
            <footer><p>Footer paragraph that is also very long and should never be chosen as the body of the article text.</p></footer>
            </body></html>
            """)
        #expect(a.body == "First paragraph of the story, which is long enough to win.\n\nSecond paragraph of the story.\n\nAdvertisement")
    }

    @Test func wholePageFallbackDropsHeaderFooterAndHead() {
        let a = HTMLArticleExtractor.extract("""
            <html><head><title>T</title></head><body><header>Site header</header>
            <div>Just a line<br>and another</div><footer>Site footer</footer></body></html>
            """)
        #expect(a.body == "Just a line\nand another")
        #expect(a.headline == "T")
    }

    @Test func headerAndFooterInsideArticleAreKept() {
        let a = HTMLArticleExtractor.extract("""
            <article><header><h1>Headline</h1><p class="dek">The standfirst.</p></header>
            <p>Body.</p><footer>Filed under: Politics</footer></article>
            """)
        #expect(a.headline == "Headline")
        #expect(a.body == "The standfirst.\n\nBody.\n\nFiled under: Politics")
    }

    @Test func droppedElementsNeverReachTheBody() {
        let a = HTMLArticleExtractor.extract("""
            <article><p>Keep 1</p><script>bad()</script><style>.bad{}</style><noscript>bad</noscript>
            <nav>bad</nav><aside>bad</aside><form><p>bad</p><input value="bad"></form><figure>bad<figcaption>bad</figcaption></figure>
            <button>bad</button><!-- bad --><![CDATA[ bad ]]><template><p>bad</p></template>
            <svg><title>bad</title><text>bad</text></svg><p>Keep 2</p></article>
            """)
        #expect(a.body == "Keep 1\n\nKeep 2")
    }

    @Test func blockAndInlineElements() {
        let a = HTMLArticleExtractor.extract("""
            <article><div>One <span>two</span> <a href="#">three</a><em>four</em></div>
            <h3>Sub</h3>text after heading<br/>next line<br><br>new paragraph
            <p>  lots
               of\tspace  </p><p></p><p>&nbsp;</p><p>last</p></article>
            """)
        #expect(a.body == "One two threefour\n\nSub\n\ntext after heading\nnext line\n\nnew paragraph\n\nlots of space\n\nlast")
    }

    @Test func onlyTheFirstH1IsTheHeadline() {
        let a = HTMLArticleExtractor.extract("<article><h1>One <small>1</small></h1><p>x</p><h1>Two</h1></article>")
        #expect(a.headline == "One 1")
        #expect(a.body == "x\n\nTwo")
    }

    @Test func plainTextOfFragments() {
        #expect(HTMLText.plainText(fromHTML: "<p>Hello <b>world</b></p><p>Second &amp; last</p>") == "Hello world\n\nSecond & last")
        #expect(HTMLText.plainText(fromHTML: "Just text") == "Just text")
        #expect(HTMLText.plainText(fromHTML: "<h1>Kept</h1>text<script>x()</script>") == "Kept\n\ntext")
        #expect(HTMLText.plainText(fromHTML: "") == "")
        #expect(HTMLText.plainText(fromHTML: "a < b and c > d") == "a < b and c > d")
        #expect(HTMLText.plainText(fromHTML: "<p>Code:</p><pre>\nline  one\n  line two\n\nafter blank</pre>after")
                == "Code:\n\nline one\nline two\n\nafter blank\n\nafter")
    }

    @Test func decodeEntities() {
        #expect(HTMLText.decodeEntities("&amp;&lt;&gt;&quot;&apos;") == "&<>\"'")
        #expect(HTMLText.decodeEntities("a&nbsp;b") == "a\u{A0}b")
        #expect(HTMLText.decodeEntities("&lsquo;&rsquo;&ldquo;&rdquo;&mdash;&ndash;&hellip;") == "‘’“”—–…")
        #expect(HTMLText.decodeEntities("&eacute;&Eacute;&uuml;&szlig;&copy;&euro;&trade;&yuml;&iexcl;") == "éÉüß©€™ÿ¡")
        #expect(HTMLText.decodeEntities("&#8220;x&#x201D; &#X201c; &#39;") == "“x” “ '")
        #expect(HTMLText.decodeEntities("&#150; &#0; &#xD800; &#99999999999;") == "– \u{FFFD} \u{FFFD} \u{FFFD}")
        #expect(HTMLText.decodeEntities("&bogus; &amp &#; &#x; & ; AT&T &#12a;") == "&bogus; &amp &#; &#x; & ; AT&T &#12a;")
        #expect(HTMLText.decodeEntities("no entities") == "no entities")
        #expect(HTMLText.decodeEntities("&amp;amp;") == "&amp;")
        #expect(HTMLText.decodeEntities("trailing &") == "trailing &")
        #expect(MarkupEntities.named["yuml"] == 255 && MarkupEntities.named["nbsp"] == 160)
    }

    @Test func attributeValuesAreDecoded() {
        let a = HTMLArticleExtractor.extract("<meta property=og:title content='Rock &amp; Roll &#8212; Live'><p>x</p>")
        #expect(a.headline == "Rock & Roll — Live")
    }
}
