import Testing
@testable import BriefingCore

@Suite("Output helpers: JSON lines, visible text, display width")
struct OutputTests {
    @Test func jsonKeepsKeyOrderNullsAndEscapesControls() {
        let value = JSONValue.object([("id", .string("a")), ("source", .null), ("text", .string("line\n\u{1B}[2J\"q\"\u{2028}")), ("n", .int(3))])
        #expect(value.serialized() == #"{"id":"a","source":null,"text":"line\n\u001b[2J\"q\"\u2028","n":3}"#)
    }

    @Test func articleJSONHasEveryContractField() {
        let article = Article(id: "x", path: "p", format: .text, text: "t")
        let json = article.json.serialized()
        for key in ["id", "path", "format", "source", "date", "headline", "place", "text"] {
            #expect(json.contains("\"\(key)\":"), "missing \(key)")
        }
    }

    @Test func escapeSequencesNeverSurviveSanitising() {
        #expect(VisibleText.sanitized("a\u{1B}[31mred\u{9B}x\u{7F}") == "a␛[31mred\u{FFFD}x␡")
        #expect(VisibleText.sanitized("keep\nlines", keepNewlines: true) == "keep\nlines")
        #expect(VisibleText.sanitized("plain “quotes” — fine") == "plain “quotes” — fine")
        #expect(VisibleText.sanitized("rtl\u{202E}trick") == "rtl\u{FFFD}trick")
    }

    @Test("display width", arguments: [
        ("abc", 3), ("“quoted” — ok…", 14), ("Zelenskyy", 9), ("é", 1), ("e\u{0301}", 1), ("日本語", 6), ("👍", 2), ("한국", 4),
    ])
    func widths(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func truncationEndsWithAnEllipsisAndFits() {
        #expect(DisplayWidth.truncate("Karoline Leavitt", to: 8) == "Karolin…")
        #expect(DisplayWidth.truncate("日本語です", to: 5) == "日本…")
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
    }
}
