import Testing
@testable import BriefingCore

@Suite("The search language")
struct SearchQueryTests {
    @Test func wordsPhrasesPrefixesAndExclusionsBecomeQuotedPatterns() throws {
        let query = try SearchQuery(parsing: #"Guarantee "drought year" guarant* -tariffs"#)
        #expect(query.fts5Pattern == #"(("guarantee") AND ("drought year") AND ("guarant" *)) NOT ("tariffs")"#)
    }

    @Test func orAndParenthesesNest() throws {
        let query = try SearchQuery(parsing: "(flow OR tariffs) protect")
        #expect(query.fts5Pattern == #"(("flow") OR ("tariffs")) AND ("protect")"#)
    }

    @Test func punctuationInsideAWordMakesAPhraseOfItsParts() throws {
        let query = try SearchQuery(parsing: "covid-19")
        #expect(query.including == [.term(SearchTerm(words: ["covid", "19"]))])
    }

    @Test func userTextNeverReachesMatchAsSyntax() throws {
        for text in [#"a"b"#, "NEAR(a b)", "a:b", "col:value", "^start", "x + y", "{a b}"] {
            let query = try? SearchQuery(parsing: text)
            if let pattern = query?.fts5Pattern {
                // Every word sits inside double quotes: only AND/OR/NOT/parentheses/* are syntax.
                let outside = pattern.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
                #expect(outside.allSatisfy { " ()*ANDORT".contains($0) }, "\(text) → \(pattern)")
            }
        }
    }

    @Test func filtersAreParsed() throws {
        let query = try SearchQuery(parsing: "flow speaker:Lindqvist source:\"harbour times\" kind:direct|indirect type:quantity date:2026-03-10..2026-03-12 is:claim has:diff")
        #expect(query.filters.speakers == ["lindqvist"])
        #expect(query.filters.sources == ["harbour times"])
        #expect(query.filters.statementKinds == [.direct, .indirect])
        #expect(query.filters.claimTypes == [.quantity])
        #expect(query.filters.days == [Day(year: 2026, month: 3, day: 10)!.ordinal...Day(year: 2026, month: 3, day: 12)!.ordinal])
        #expect(query.filters.hitKinds == [.claim])
        #expect(query.filters.hasDifference)
    }

    @Test(arguments: [
        (#""unclosed"#, "unclosed quotation mark"),
        ("(", "unclosed parenthesis"),
        ("(flow", "unclosed parenthesis"),
        ("flow)", "unmatched )"),
        ("AND", "AND needs a word on each side"),
        ("flow AND", "AND needs a word on each side"),
        ("OR flow", "OR needs a word on each side"),
        ("-", "a lone -"),
        ("*", "a lone *"),
        ("", "the query is empty"),
        ("   ", "the query is empty"),
        ("NOT", "NOT needs a word after it"),
        ("-flow", "-word only leaves words out"),
        ("speaker:", "speaker: needs a value"),
        ("date:2025-13-45", "date:2025-13-45 is not a day"),
        ("date:2026-03-12..2026-03-10", "ends before it starts"),
        ("kind:quoted", "kind:quoted is not a kind"),
        ("is:person", "is:person is not a kind of result"),
        ("(speaker:x flow)", "filters apply to the whole query"),
        ("flow OR speaker:x", "cannot be joined with OR"),
        ("?!", "nothing to search for"),
        ("()", "empty parentheses"),
    ])
    func malformedQueriesGetOneLineExplanations(text: String, expected: String) {
        do {
            _ = try SearchQuery(parsing: text)
            Issue.record("\(text) parsed")
        } catch {
            #expect(error.message.contains(expected), "\(text): \(error.message)")
            #expect(!error.message.contains("\n"))
            #expect(!error.message.lowercased().contains("sqlite") && !error.message.contains("fts5"))
        }
    }

    @Test func aVeryLongQueryIsRefused() {
        #expect(throws: SearchQueryError.self) { try SearchQuery(parsing: String(repeating: "flow ", count: 1_000)) }
    }

    @Test func snippetsMarkStemmedMatchesInScalars() {
        let snippet = SearchSnippet(of: "Café guarantees: the largest guaranteed release", marking: [SearchTerm(words: ["guarantee"])])
        let scalars = Array(snippet.text.unicodeScalars)
        let marked = snippet.matches.map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(marked == ["guarantees", "guaranteed"])
        #expect(snippet.firstMatch == 6..<16) // bytes: "Café " is 6 bytes
    }

    @Test func longTextsAreCutAroundTheFirstMatch() {
        let text = String(repeating: "filler words here. ", count: 40) + "the drought year came" + String(repeating: " more filler", count: 40)
        let snippet = SearchSnippet(of: text, marking: [SearchTerm(words: ["drought", "year"])])
        #expect(snippet.text.hasPrefix("…") && snippet.text.hasSuffix("…"))
        #expect(snippet.text.unicodeScalars.count < 260)
        let scalars = Array(snippet.text.unicodeScalars)
        #expect(snippet.matches.map { String(String.UnicodeScalarView(scalars[$0])) } == ["drought year"])
    }
}
