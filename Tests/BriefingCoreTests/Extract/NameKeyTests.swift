import Foundation
import Testing
@testable import BriefingCore

/// Names are compared by word keys: the hash of each word folded to lowercase without
/// diacritics. The byte-level folding must agree with Foundation's wherever it answers.
@Suite("Name keys")
struct NameKeyTests {
    @Test("Spellings that differ only in case and accents have the same keys")
    func accentsAndCaseFold() {
        let keys = ArticleSpeakers.keys(of: "Ingrid Dahlgrén")
        #expect(keys == ArticleSpeakers.keys(of: "INGRID DAHLGREN"))
        #expect(keys == ArticleSpeakers.keys(of: "ingrid dahlgren"))
        #expect(keys != ArticleSpeakers.keys(of: "Ingrid Dahlgran"))
        #expect(ArticleSpeakers.keys(of: "José Núñez") == ArticleSpeakers.keys(of: "Jose Nunez"))
    }

    @Test("An ASCII word's key is its token hash")
    func asciiKeyIsTokenHash() {
        let text = TokenizedText("Leavitt said O'Brien met McAllister-Jones.")
        let words = text.tokens.filter { $0.kind == .word && $0.hash != WordHash.of("said") && $0.hash != WordHash.of("met") }
        for token in words {
            #expect(ArticleSpeakers.keys(of: text.string(token.range)) == [token.hash])
        }
    }

    @Test("Byte folding agrees with Foundation on every Latin-1 letter, or defers to it")
    func latinFoldingMatchesFoundation() {
        for value in UInt32(0xC0)...0xFF {
            let word = "K" + String(Character(Unicode.Scalar(value)!)) + "x"
            let foundation = WordHash.of(ArticleSpeakers.fold(word))
            if let key = ArticleSpeakers.latinKey(Array(word.utf8)) {
                #expect(key == foundation, "U+\(String(value, radix: 16, uppercase: true))")
            }
        }
        // Letters Foundation keeps as they are are left to it.
        #expect(ArticleSpeakers.latinKey(Array("Strauß".utf8)) == nil)
        #expect(ArticleSpeakers.latinKey(Array("Søren".utf8)) == nil)
        #expect(ArticleSpeakers.keys(of: "Søren") == [WordHash.of("søren")])
        #expect(ArticleSpeakers.keys(of: "Зеленський") == [WordHash.of(ArticleSpeakers.fold("Зеленський"))])
    }
}
