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
}
