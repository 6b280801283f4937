import Foundation
import Testing
@testable import BriefingCore

@Suite("Decoding and normalising text")
struct TextDecoderTests {
    @Test func utf8WithByteOrderMarkLosesTheMark() throws {
        let decoded = try TextDecoder.decode(Data([0xEF, 0xBB, 0xBF]) + Data("“Hi”".utf8))
        #expect(decoded.text == "“Hi”")
        #expect(decoded.warning == nil)
    }

    @Test func invalidUTF8IsReadAsWindows1252WithAWarning() throws {
        // 0x93/0x94 are curly quotes in Windows-1252; 0xE9 is é.
        let decoded = try TextDecoder.decode(Data([0x93, 0x43, 0x61, 0x66, 0xE9, 0x94]))
        #expect(decoded.text == "“Café”")
        #expect(decoded.warning?.contains("Windows-1252") == true)
    }

    @Test func utf16WithByteOrderMark() throws {
        var data = Data([0xFF, 0xFE])
        for unit in "Olá".utf16 { data.append(UInt8(unit & 0xFF)); data.append(UInt8(unit >> 8)) }
        #expect(try TextDecoder.decode(data).text == "Olá")
    }

    @Test func nulBytesMeanBinary() {
        #expect(throws: TextDecoder.Failure.binary) { try TextDecoder.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])) }
    }

    @Test func emptyFilesAreEmpty() {
        #expect(throws: TextDecoder.Failure.empty) { try TextDecoder.decode(Data()) }
        #expect(throws: TextDecoder.Failure.empty) { try TextDecoder.decode(Data([0xEF, 0xBB, 0xBF])) }
    }

    @Test func normalisationUnifiesLineEndingsAndParagraphs() {
        let text = "\n\nFirst line  \r\nsecond\r\n\r\n\r\n\r\nThird\rFourth\n\n"
        #expect(TextNormalizer.normalize(text) == "First line\nsecond\n\nThird\nFourth")
    }

    @Test func normalisationComposesToNFC() {
        let decomposed = "Zelenskyy met Dahlgre\u{0301}n"
        let normalized = TextNormalizer.normalize(decomposed)
        #expect(normalized.unicodeScalars.contains("\u{00E9}"))
        #expect(!normalized.unicodeScalars.contains("\u{0301}"))
    }
}
