import Testing
@testable import BriefingCore

@Suite("Word diff")
struct WordDiffTests {
    @Test("applying the diff gives back both texts", arguments: [
        ("", ""), ("one", ""), ("", "one"), ("a b c", "a b c"), ("a b c", "a x c"),
        ("The president understands security guarantees are crucially important to ensure a lasting peace",
         "The president understands that security guarantees are crucial to ensuring a lasting peace"),
        ("It is an option, and a possibility.", "It is an option and a possibility."),
    ])
    func roundTrip(a: String, b: String) {
        let applied = WordDiff(a, b).apply()
        #expect(WordDiff.words(applied.a) == WordDiff.words(a))
        #expect(WordDiff.words(applied.b) == WordDiff.words(b))
    }

    @Test func wordChangesAreReplacementsInsertionsAndDeletions() {
        let diff = WordDiff("security guarantees are crucially important to ensure a lasting peace",
                            "that security guarantees are crucial to ensuring a lasting peace")
        #expect(diff.edits.map(\.op) == [.insert, .equal, .replace, .equal, .replace, .equal])
        #expect(diff.edits[2].a == "crucially important" && diff.edits[2].b == "crucial")
        #expect(!diff.isMinor)
    }

    @Test func punctuationAndCaseOnlyAreMinor() {
        #expect(WordDiff("It is an option, and a possibility.", "It is an option and a possibility.").isMinor)
        #expect(WordDiff("Not in a dry summer", "not in a dry summer").isMinor)
        #expect(!WordDiff("twenty years", "20 years").isMinor)
    }

    @Test func typographicApostrophesAreTheSameWord() {
        #expect(WordDiff("Korsland’s cities", "Korsland's cities").isIdentical)
    }

    @Test func aShortQuoteIsComparedWithThePassageItMatches() {
        let edits = WordDiff.aligned("The president understands security guarantees are crucially important",
                                     "US boots will not be on the ground. The president understands that security guarantees are crucial. He has directed his team.")
        #expect(edits.first?.a.hasPrefix("The president understands") == true)
        #expect(!edits.contains { $0.b.contains("boots") || $0.b.contains("directed") })
    }

    @Test func anEditorialBracketIsOneItem() {
        #expect(WordDiff.words("[President Barack] Obama said") == ["[President Barack]", "Obama", "said"])
        #expect(WordDiff.words("a [b] c [unclosed") == ["a", "[b]", "c", "[", "unclosed"])
    }

    @Test func dashesForCommasAndEditorialBracketsAreNoiseBesideRealChanges() {
        let diff = WordDiff("We will not cut the pension -- not now, not ever",
                            "We will never cut [the state] pension, not now, not ever")
        let noise = diff.edits.filter(\.isNoise)
        #expect(noise.contains { $0.b == "[the state]" }, "a bracket standing for a word")
        #expect(noise.contains { $0.a == "--" && $0.b == "," }, "a dash for a comma")
        #expect(!diff.edits.contains { $0.a == "not" && $0.isNoise }, "a changed word is no noise")
        let shown = WordDiff.forDisplay(diff.edits)
        #expect(shown.filter { $0.op != .equal }.map(\.a) == ["not"], "only the real change is shown as one")
        #expect(shown.contains { $0.op == .equal && $0.a.contains("[the state] pension, not now") })
    }

    @Test func aDiffOfNoiseAloneIsShownAsItIs() {
        let edits = WordDiff("It is an option, and a possibility.", "It is an option and a possibility.").edits
        #expect(WordDiff.forDisplay(edits) == edits)
        #expect(!WordDiff.Edit(op: .replace, a: "the man who spoke at the rally last week", b: "[Obama]").isNoise,
                "a bracket standing for many words is not noise")
        #expect(WordDiff.Edit(op: .insert, a: "", b: "[Obama and the first lady]").isNoise, "a bracket added to the words is")
    }
}
