import Testing
@testable import BriefingCore

@Suite("Plain text in the corpus convention")
struct PlainTextReaderTests {
    func read(_ text: String) throws -> ArticleDraft {
        var warnings: [String] = []
        return try PlainTextReader().read(text, fileName: "a.txt", warnings: &warnings)[0]
    }

    @Test func headlineOnTheDateLineWhenABlankLineFollows() throws {
        let draft = try read(" date 2025-08-19 Minister rules out new levy on fuel\n\nThe finance minister said on Tuesday …")
        #expect(draft.date?.description == "2025-08-19")
        #expect(draft.headline == "Minister rules out new levy on fuel")
        #expect(draft.text.hasPrefix("The finance minister"))
    }

    @Test func headlineOnTheLineAfterTheDateWhenABlankLineFollows() throws {
        let draft = try read("date 2025-08-19\nMinister rules out new levy on fuel\n\nThe finance minister said on Tuesday …")
        #expect(draft.date?.description == "2025-08-19")
        #expect(draft.headline == "Minister rules out new levy on fuel")
        #expect(draft.text.hasPrefix("The finance minister"))
    }

    @Test func aSentenceOnTheLineAfterTheDateStaysBody() throws {
        let draft = try read("date 2025-08-19\nThe finance minister said on Tuesday that fuel would not be taxed.\n\nMore text.")
        #expect(draft.headline == nil)
        #expect(draft.text.hasPrefix("The finance minister said"))
        let separated = try read("date 2025-08-19\n\nMinister rules out new levy\n\nThe finance minister said …")
        #expect(separated.headline == nil, "a blank line after the date line: the body starts, as before")
    }

    @Test func firstParagraphOnTheDateLineIsBodyNotHeadline() throws {
        let draft = try read("date 2025-08-20 LISBON, Aug 20 (Reuters) - Portugal's prime minister said on Wednesday that the budget would pass.\n\nMore text.")
        #expect(draft.headline == nil)
        #expect(draft.text.hasPrefix("LISBON, Aug 20 (Reuters) - Portugal's"))
    }

    @Test func longSentenceAfterTheDateIsAParagraphEvenBeforeABlankLine() throws {
        let draft = try read("date 2025-08-20 The mayor said the bridge would reopen next month after repairs costing more than expected.\n\nShe added more.")
        #expect(draft.headline == nil)
        #expect(draft.text.hasPrefix("The mayor said"))
    }

    @Test func paragraphContinuingOnTheNextLineIsBody() throws {
        let draft = try read("date 2025-01-02 Short words here\nand the paragraph goes on.")
        #expect(draft.headline == nil)
        #expect(draft.text.hasPrefix("Short words here\nand"))
    }

    @Test func textWithoutHeaderHasNoDateAndNoHeadline() throws {
        let draft = try read("City council approves budget\n\nThe council voted 7-2.")
        #expect(draft.date == nil)
        #expect(draft.headline == nil)
        #expect(draft.text.hasPrefix("City council approves budget"))
    }

    @Test func dateLineWithoutTextIsAnError() {
        #expect(throws: ReadFailure.self) { try read("date 2025-08-19\n\n   \n") }
    }

    @Test("datelines name outlet and place", arguments: [
        ("Washington, DC [US], August 20 (ANI): US White House Press Secretary said", "ANI", "Washington, DC"),
        ("WASHINGTON (Reuters) - The White House said", "Reuters", "Washington"),
        ("PARIS, March 4 (AFP) – France said", "AFP", "Paris"),
        ("KYIV, Ukraine (AP) — Officials said", "AP", "Kyiv, Ukraine"),
        ("(AFP) – Officials said", "AFP", nil),
    ] as [(String, String, String?)])
    func datelines(paragraph: String, outlet: String, place: String?) {
        let dateline = Dateline.parse(paragraph)
        #expect(dateline?.outlet == outlet)
        #expect(dateline?.place == place)
    }

    /// Extraction asks only where a dateline ends, on a path that reads plain places on bytes;
    /// it must decide every opening as the full parse does.
    @Test("the dateline's length alone is decided as the full parse decides it", arguments: [
        "Washington, DC [US], August 20 (ANI): US White House Press Secretary said",
        "WASHINGTON (Reuters) - The White House said", "PARIS, March 4 (AFP) – France said",
        "KYIV, Ukraine (AP) — Officials said", "(AFP) – Officials said", "NORDHAVN — Erik Aberg said",
        "VALDORIA CITY (Courier) — Mara Lindqvist said", "MARCH (AP) — a month alone", "AUG. (AP) — an abbreviation",
        "March, 2025 (AP) — a date", "SAN JOSE, Costa Rica, May 3 (Reuters) - The president said",
        "ST. LOUIS (AP) — Police said", "O'FALLON, Mo. (AP) — A man said", "WILKES-BARRE, Pa. (AP) — said",
        "ONE TWO THREE FOUR FIVE (AP) — too many words", "Kyiv, ukraine (AP) — lowercase", "BOGOTÁ, Colombia (AP) — accents",
        "The president (who spoke briefly) said - nothing.", "She said: \"We will.\"", "Leavitt confirmed (with Russia): yes.",
        "  , (AP) — empty parts", "LONDON,, UK (AP) - two commas", "MOSCOW\t(AP) — a tab",
    ])
    func datelineLength(paragraph: String) {
        #expect(Dateline.length(of: Array(paragraph.utf8)[...]) == Dateline.parse(paragraph)?.length)
    }

    @Test("ordinary sentences are not datelines", arguments: [
        "The president (who spoke briefly) said - nothing.",
        "She said: \"We will.\"",
        "Leavitt confirmed the US is working (with Russia): yes.",
    ])
    func notDatelines(paragraph: String) {
        #expect(Dateline.parse(paragraph)?.outlet == nil)
    }
}
