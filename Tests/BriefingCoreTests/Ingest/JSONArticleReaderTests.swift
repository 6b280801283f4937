import Testing
@testable import BriefingCore

@Suite("JSON and JSON Lines exports")
struct JSONArticleReaderTests {
    func read(_ text: String, warnings: inout [String]) throws -> [ArticleDraft] {
        try JSONArticleReader().read(text, fileName: "x.json", warnings: &warnings)
    }

    @Test func arrayOfObjectsWithCommonFieldNames() throws {
        var warnings: [String] = []
        let drafts = try read("""
            [{"headline": "A", "publishedAt": "2025-08-19T10:00:00Z", "publisher": {"name": "Daily A"}, "body": "Text A."},
             {"title": "B", "date": "Aug 20, 2025", "source": "B News", "content": "<p>Para one.</p><p>Para two.</p>"}]
            """, warnings: &warnings)
        #expect(drafts.count == 2)
        #expect(drafts[0].source == "Daily A")
        #expect(drafts[0].date?.description == "2025-08-19")
        #expect(drafts[1].date?.description == "2025-08-20")
        #expect(drafts[1].headline == "B")
        #expect(drafts[0].format == .json)
        #expect(warnings.isEmpty)
    }

    @Test func singleObjectAndListKey() throws {
        var warnings: [String] = []
        #expect(try read(#"{"text": "Only one."}"#, warnings: &warnings).count == 1)
        #expect(try read(#"{"articles": [{"text": "One."}, {"text": "Two."}]}"#, warnings: &warnings).count == 2)
    }

    @Test func jsonLinesWithABadLineKeepTheGoodOnes() throws {
        var warnings: [String] = []
        let drafts = try read("{\"text\": \"One.\"}\n{\"text\": \"Tw\n{\"text\": \"Three.\"}\n", warnings: &warnings)
        #expect(drafts.map(\.text) == ["One.", "Three."])
        #expect(warnings.count == 1)
        #expect(warnings[0].contains("line 2"))
    }

    @Test func truncatedJSONIsAClearError() {
        var warnings: [String] = []
        #expect {
            try read(#"[{"title": "A", "text": "cut off here"#, warnings: &warnings)
        } throws: { error in
            (error as? ReadFailure)?.message.hasPrefix("malformed JSON") == true
        }
    }

    @Test func objectsWithoutTextAreReported() {
        var warnings: [String] = []
        #expect(throws: ReadFailure.self) { try read(#"[{"title": "No body"}]"#, warnings: &warnings) }
    }
}
