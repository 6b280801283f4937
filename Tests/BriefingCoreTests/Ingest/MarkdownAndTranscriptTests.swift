import Testing
@testable import BriefingCore

@Suite("Markdown with front matter, and transcripts")
struct MarkdownAndTranscriptTests {
    func read(_ text: String) throws -> ArticleDraft {
        var warnings: [String] = []
        return try MarkdownReader().read(text, fileName: "a.md", warnings: &warnings)[0]
    }

    @Test func frontMatterFieldsBecomeArticleFields() throws {
        let draft = try read("""
            ---
            title: "Council backs harbour plan"
            date: 2025-06-03
            outlet: Bay Courier
            url: https://example.org/harbour
            author: R. Ames
            tags:
              - local
            ---
            The council **voted** to back the [harbour plan](https://example.org/plan) on Monday.
            It was a close vote.

            > "We listened," the mayor said.
            """)
        #expect(draft.format == .markdown)
        #expect(draft.headline == "Council backs harbour plan")
        #expect(draft.date?.description == "2025-06-03")
        #expect(draft.source == "Bay Courier")
        #expect(draft.url == "https://example.org/harbour")
        #expect(draft.author == "R. Ames")
        #expect(draft.text == "The council voted to back the harbour plan on Monday. It was a close vote.\n\n\"We listened,\" the mayor said.")
    }

    @Test func firstLevelHeadingIsTheHeadlineWhenFrontMatterHasNone() throws {
        let draft = try read("# Port reopens\n\nShips returned on *Friday*.")
        #expect(draft.headline == "Port reopens")
        #expect(draft.text == "Ships returned on Friday.")
    }

    @Test func markdownTranscriptIsATranscript() throws {
        let draft = try read("""
            ---
            source: Office of the Mayor
            date: 2025-06-03
            ---
            MS. OKAFOR: Good morning. The bridge reopens on Friday.

            Q: Will tolls go up?

            MS. OKAFOR: No. Tolls stay where they are.
            """)
        #expect(draft.format == .transcript)
        #expect(draft.source == "Office of the Mayor")
    }

    @Test("speaker labels", arguments: [
        ("MS. LEAVITT: Good afternoon.", true),
        ("THE PRESIDENT: Thank you.", true),
        ("SECRETARY RUBIO: We spoke.", true),
        ("Q: And the tariffs?", true),
        ("Q Will you go?", true),
        ("Quite a day: it rained.", false),
        ("NOTE: this is a note that is not a turn? yes it is", true),
        ("The minister: a profile", false),
    ])
    func labels(line: String, isLabel: Bool) {
        #expect((TranscriptLabel.length(atStartOf: line[...]) != nil) == isLabel)
    }

    @Test func transcriptNeedsMostLinesLabelled() {
        #expect(TranscriptLabel.isTranscript("MS. A: One.\nQ: Two?\nMS. A: Three.\ncontinued"))
        #expect(!TranscriptLabel.isTranscript("Intro line.\nAnother line.\nQ: one question?"))
    }

    @Test func plainTextTranscriptWithDateHeader() throws {
        var warnings: [String] = []
        let draft = try PlainTextReader().read("date 2025-06-03\n\nMR. HALE: We begin.\n\nQ: Thank you.\n\nMR. HALE: Next.", fileName: "t.txt", warnings: &warnings)[0]
        #expect(draft.format == .transcript)
        #expect(draft.date?.description == "2025-06-03")
    }
}
