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

    @Test func utf32WithByteOrderMarkIsNotTakenForUTF16() throws {
        var little = Data([0xFF, 0xFE, 0x00, 0x00]), big = Data([0x00, 0x00, 0xFE, 0xFF])
        for scalar in "Olá, Zelenskyy".unicodeScalars {
            let v = scalar.value
            little.append(contentsOf: [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)])
            big.append(contentsOf: [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)])
        }
        #expect(try TextDecoder.decode(little).text == "Olá, Zelenskyy")
        #expect(try TextDecoder.decode(big).text == "Olá, Zelenskyy")
    }

    /// A binary file has NULs throughout; a text with a few stray ones is still text.
    @Test func manyNulBytesMeanBinaryAFewAreDropped() throws {
        var binary = Data([0x89, 0x50, 0x4E, 0x47])
        for i in 0..<400 { binary.append(i % 5 == 0 ? 0 : UInt8(i & 0x7F)) }
        #expect(throws: TextDecoder.Failure.binary) { try TextDecoder.decode(binary) }
        let rest = String(repeating: "The harbour will stay open all winter, the authority said. ", count: 4)
        let text = Data("The minister said\u{0} the port would reopen.\u{0}\n\n\(rest)".utf8)
        let decoded = try TextDecoder.decode(text)
        #expect(decoded.warning == "2 NUL bytes dropped")
        #expect(TextNormalizer.normalize(decoded.text) == "The minister said the port would reopen.\n\n" + rest.trimmingCharacters(in: .whitespaces))
    }

    /// The index keeps the whole text: a NUL used to end it there (C strings, SQLite).
    @Test func textAfterANulIsKeptInTheIndex() throws {
        let corpus = TemporaryCorpus()
        corpus.write("wire/a.txt", data: Data("date 2026-03-10\nPort to reopen\n\nThe minister said\u{0} the port would reopen on Monday. \"We are ready,\" she said. The harbour authority said dredging had finished a week early and that ferries would run to the usual timetable.".utf8))
        let memory = CorpusReader().read(paths: [corpus.root])
        #expect(memory.articles.first?.text.contains("reopen on Monday") == true)
        #expect(memory.problems.map(\.message) == ["1 NUL byte dropped"])
        let stored = try IndexFixture.sqliteStore(corpus.root).analysis()
        #expect(stored.articles == memory.articles)
        #expect(stored.extractions.flatMap(\.statements).contains { $0.text.contains("We are ready") })
    }

    @Test func emptyFilesAreEmpty() {
        #expect(throws: TextDecoder.Failure.empty) { try TextDecoder.decode(Data()) }
        #expect(throws: TextDecoder.Failure.empty) { try TextDecoder.decode(Data([0xEF, 0xBB, 0xBF])) }
    }

    @Test func normalisationUnifiesLineEndingsAndParagraphs() {
        let text = "\n\nFirst line  \r\nsecond\r\n\r\n  \r\n\r\nThird\rFourth  \n\n"
        // Spaces at the end of a line inside the text stay (offsets keep pointing into the file);
        // at the end of the text, and on blank lines, they go.
        #expect(TextNormalizer.normalize(text) == "First line  \nsecond\n\nThird\nFourth")
    }

    @Test func normalisationComposesToNFC() {
        let decomposed = "Zelenskyy met Dahlgre\u{0301}n"
        let normalized = TextNormalizer.normalize(decomposed)
        #expect(normalized.unicodeScalars.contains("\u{00E9}"))
        #expect(!normalized.unicodeScalars.contains("\u{0301}"))
    }
}
