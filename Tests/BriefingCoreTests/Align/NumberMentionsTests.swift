import Testing
@testable import BriefingCore

@Suite("Numbers in a sentence, for number differences")
struct NumberMentionsTests {
    @Test(arguments: [
        ("The deal is worth 4.2 billion euros.", ["4.2"]),
        ("Some 1,000 troops and seven ships, said the minister.", ["1000", "7"]),
        ("Twenty years ago; dozens of times (at least 12).", ["20", "dozens", "12"]),
        ("Covid-19 cases rose 40% since 2019-20.", ["19", "40", "2019", "20"]),
        ("No numbers here, none at all.", []),
        // Amounts behind a currency sign are one token that does not start with a digit: not counted.
        ("It cost £3m, or US$4 — a “record” 5.", ["5"]),
        ("Elle a dit « douze » et ٣ fois.", ["٣"]),
    ])
    func numbersAreFoundAsDigitsOrWords(text: String, expected: [String]) {
        #expect(NumberMentions.numbers(in: text) == Set(expected))
    }

    @Test func eachNumberIsPairedWithTheWordAfterIt() {
        let units = NumberMentions.units(in: "Exports fell by 4.2 Billion euros, and (12) ships; seven, ministers said")
        #expect(units == ["4.2": "billion", "12": "ships", "seven": "ministers"])
    }

    @Test func punctuationAndWhiteSpaceFollowUnicodeCategories() {
        #expect(ScalarClass.isPunctuation("-") && ScalarClass.isPunctuation("“") && ScalarClass.isPunctuation("«"))
        #expect(!ScalarClass.isPunctuation("$") && !ScalarClass.isPunctuation("+") && !ScalarClass.isPunctuation("£"))
        #expect(ScalarClass.isWhitespace("\u{00A0}") && ScalarClass.isWhitespace("\n") && !ScalarClass.isWhitespace("x"))
    }
}
