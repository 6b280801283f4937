import Foundation
import Testing
@testable import BriefingCore

/// A bounded fuzz run in every `swift test` (issue 20): seed inputs of every format, mutated at
/// random — bytes flipped, dropped, repeated; markup, quotes, NULs, escape sequences and invalid
/// UTF-8 inserted; cut anywhere — are read and extracted. Nothing may crash or hang, and what
/// comes out must point into the text it came from. Deterministic (fixed seeds) and bounded in
/// count, so CI time stays fixed (6,000 inputs, about 2 s in a debug build).
@Suite("Mutated inputs")
struct MutatedInputTests {
    static let seeds: [(name: String, text: String)] = [
        ("plain.txt", "date 2026-03-10\nMinister vows to keep ferries running\n\n\"No ferry route will close this winter,\" Transport Minister Anna Holm said on Tuesday. She said last Friday that fares would not rise.\n\nQ: Will you rule it out?\nMS. HOLM: I will not."),
        ("page.html", "<!DOCTYPE html><html><head><title>Port reopens</title><meta property=\"article:published_time\" content=\"2026-03-10\"></head><body><article><h1>Port reopens</h1><p>“We are ready,” the harbour master, Tomas Berg, said on Monday.</p><p>He added that dredging had <b>finished</b> a week early &amp; under budget.</p></article></body></html>"),
        ("feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Coast</title><item><title>Dam deal</title><pubDate>Tue, 10 Mar 2026 09:30:00 GMT</pubDate><description><![CDATA[<p>\"We will not cut the flow,\" Lindqvist said.</p>]]></description></item></channel></rss>"),
        ("items.json", "[{\"title\": \"Tariffs stay\", \"date\": \"2026-03-12\", \"source\": \"Wire\", \"text\": \"“The tariffs protect our workers,” Olaf Brandt said on Thursday. He said the duties would stay until 2027.\"}]"),
        ("note.md", "---\ntitle: Budget\ndate: 2026-03-11\n---\nThe finance ministry said on Wednesday that the deficit had narrowed to 2.1 percent, according to a statement."),
        ("briefing.txt", "date 2026-03-10\nPress briefing\n\nMS. LINDQVIST: Good afternoon. The accord will be signed in April.\nQ: When exactly?\nMS. LINDQVIST: I expect it before the end of April.\n(LAUGHTER)"),
    ]

    static let insertions: [[UInt8]] = [
        Array("\"".utf8), Array("“".utf8), Array("”".utf8), Array("'".utf8), Array("<p>".utf8), Array("</p>".utf8), Array("<".utf8),
        Array("&amp;".utf8), Array("&#0;".utf8), Array("&#x1B;".utf8), [0], [0x1B, 0x5B, 0x32, 0x4A], [0x1B, 0x5D], [0xFF], [0xC3], [0xE2, 0x80],
        Array("\n\n".utf8), Array(" said ".utf8), Array("Q:".utf8), Array("\nMR. X: ".utf8), Array(" on Tuesday".utf8), Array("<![CDATA[".utf8),
        Array("]]>".utf8), Array("{".utf8), Array("}".utf8), Array("---\n".utf8), Array("date 2026-13-45\n".utf8), [0xEF, 0xBB, 0xBF],
    ]

    static func mutate(_ bytes: [UInt8], _ random: inout SynthRNG) -> [UInt8] {
        var out = bytes
        for _ in 0..<(1 + Int(random.next() % 4)) {
            guard !out.isEmpty else { break }
            let at = Int(random.next() % UInt64(out.count))
            switch random.next() % 6 {
            case 0: out[at] ^= UInt8(truncatingIfNeeded: random.next() | 1)
            case 1: out.remove(at: at)
            case 2: out.insert(contentsOf: insertions[Int(random.next() % UInt64(insertions.count))], at: at)
            case 3: out = Array(out[..<at]) // cut
            case 4: // repeat a slice
                let end = min(out.count, at + 1 + Int(random.next() % 40))
                out.insert(contentsOf: out[at..<end], at: at)
            default: out.insert(contentsOf: insertions[Int(random.next() % UInt64(insertions.count))], at: out.count)
            }
        }
        return out
    }

    @Test(arguments: Array(0..<6))
    func readersAndExtractionSurviveMutatedInput(seedIndex: Int) {
        var random = SynthRNG(seed: 0xF022 + UInt64(seedIndex))
        let seed = Self.seeds[seedIndex]
        let reader = CorpusReader()
        let extractor = StatementExtractor()
        for round in 0..<1000 {
            let bytes = Self.mutate(Array(seed.text.utf8), &random)
            let file = CorpusFile(path: "/fuzz/\(round)-\(seed.name)", relativePath: "\(round)-\(seed.name)")
            let result = reader.readFile(file, loaded: FileLoader.Loaded(data: Data(bytes), size: bytes.count, modified: 0))
            for article in result.articles {
                #expect(!article.text.unicodeScalars.contains { $0.value == 0 }, "no NUL in an article's text")
                let extraction = extractor.extract(article)
                let utf8 = Array(article.text.utf8)
                for statement in extraction.statements {
                    for span in statement.spans {
                        #expect(span.start >= 0 && span.start <= span.end && span.end <= utf8.count, "a span inside the text (round \(round))")
                    }
                }
                for claim in extraction.claims {
                    #expect(claim.evidence.range.upperBound <= utf8.count)
                }
                for date in extraction.dates {
                    #expect(date.range.upperBound <= utf8.count)
                }
                // What the terminal is given is clean, whatever the article held.
                for statement in extraction.statements {
                    #expect(!VisibleText.sanitized(statement.text).unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || ($0.value >= 0x80 && $0.value < 0xA0) })
                }
            }
        }
    }

    /// Found by this run: a verb of speech as the text's first word looked for a subject before
    /// the first token and crashed.
    @Test func aSpeechVerbOpeningTheTextHasNoSubjectBefore() {
        let article = Article(id: "a", path: "a.txt", format: .text, date: Day(year: 2026, month: 3, day: 10),
                              text: "said officials from the port that the channel was clear.")
        let extraction = StatementExtractor().extract(article)
        #expect(extraction.statements.allSatisfy { $0.spans.allSatisfy { $0.end <= article.text.utf8.count } })
    }
}
