import Foundation
import Testing
@testable import BriefingCore

/// A speaker is a person, an organisation, a named group or a description of one: never a
/// sentence's first word, a preposition's phrase, a lone place, a month, a heading or half a name.
/// Each case is a sentence of the kind real outlets write, the speaker a reader sees, and the
/// words that must never become a speaker.
@Suite("Speakers that are speakers")
struct SpeakerIdentityTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// The canonical speaker of the first statement; nil when the speaker is an unnamed group
        /// or a person's description, which has no canonical name. An organisation described
        /// but not named ("the transport committee") is its own speaker, as written.
        var speaker: String?
        var never: [String]
        var testDescription: String { String(text.prefix(60)) }
    }

    static let cases: [Case] = [
        Case(text: "According to Mr. Halvorsen, the new bridge will be paid for by tolls.", speaker: "Halvorsen", never: ["According", ". Halvorsen", "Mr"]),
        Case(text: "Mr. Brecker said he would resign from the board on Friday.", speaker: "Brecker", never: [". Brecker", "Mr"]),
        Case(text: "John D. Marrow said the campaign would answer every charge.", speaker: "John D. Marrow", never: [". Marrow", "D. Marrow"]),
        Case(text: "WASHINGTON — The transport committee said the bill would pass next week.", speaker: "transport committee", never: ["Washington", "WASHINGTON"]),
        Case(text: "In Tallinn, the foreign ministry said the talks had failed.", speaker: "foreign ministry", never: ["In Tallinn", "Tallinn"]),
        Case(text: "By Okafor's own account, the deal was a success, his aides said.", speaker: nil, never: ["By Okafor", "Okafor"]),
        Case(text: "For TPP supporters, the vote was a setback, trade officials said.", speaker: nil, never: ["For TPP", "TPP"]),
        Case(text: "Leading Democratic senators said the plan was dead on arrival.", speaker: nil, never: ["Leading Democratic", "Leading"]),
        Case(text: "Kremlin-financed outlets said the report was a fabrication.", speaker: nil, never: ["Kremlin-financed", "Kremlin"]),
        Case(text: "In March, Ms. Dalgaard said taxes would not rise this year.", speaker: "Dalgaard", never: ["March", "In March"]),
        Case(text: "FULL TEXT\n\nThe mayor said the water was safe to drink again.", speaker: nil, never: ["FULL TEXT", "Full Text"]),
        Case(text: "Ms. Pelletier told the Register that she would run for the seat.", speaker: "Pelletier", never: ["Register", ". Pelletier"]),
        Case(text: "St. Albans officials said the river would crest on Friday.", speaker: nil, never: ["St", "St."]),
        Case(text: "Experts on North Korea and nuclear proliferation said the test could change the race.", speaker: nil, never: ["North Korea", "Korea"]),
        Case(text: "The chief constable of Marrowby, Ines Calder, said crime had fallen by a third.", speaker: "Ines Calder", never: ["Marrowby"]),
        Case(text: "Secretary of State Ana Ruiz said the United States would seek new sanctions.", speaker: "Ana Ruiz", never: ["United", "United States"]),
        Case(text: "\"Our assumption is that the veto will be overridden,\" Senate Majority Leader Tom Brandt, R-Ky., said Tuesday.", speaker: "Tom Brandt", never: ["Ky", "R-Ky"]),
        Case(text: "\"He would be a great senator,\" Rep. Lena Oduya (D-Md.) said in a phone interview.", speaker: "Lena Oduya", never: ["Md", "D-Md"]),
        Case(text: "South Korea accused the North's leader of \"fanatic recklessness.\"", speaker: "South Korea", never: ["Korea"]),
        Case(text: "\"The port must stay open,\" said Rep. Elijah Brandt of Maryland.", speaker: "Elijah Brandt", never: ["Maryland"]),
        Case(text: "Investigations (a unit of the harbour police) said the ferry was unsafe.", speaker: nil, never: ["Investigations"]),
        Case(text: "The mayor met Anna Kowalski on Monday.\n\nKowalski said the ferry would run.", speaker: "Anna Kowalski", never: ["Kowalski"]),
        Case(text: "Harbour Poll Shows Voters Worried About Ferry Cuts, New Survey Says\n\nThe island's ferry will run twice a day from May.", speaker: nil, never: ["New Survey", "Harbour Poll", "Voters"]),
        Case(text: "Lund Says Ferry Will Run Twice A Day From May\n\nMayor Petra Lund said the ferry would run twice a day from May.", speaker: "Petra Lund", never: ["Lund Says"]),
        Case(text: "Councillor Ode Okafor toured the harbour on Monday. In an interview in Harwick, he said the ferry would run.", speaker: "Ode Okafor", never: ["Harwick"]),
        Case(text: "Councillor Ode Okafor toured the harbour on Monday.\n\nIn Harwick last week, he told islanders the ferry would run.", speaker: "Ode Okafor", never: ["Harwick"]),
        Case(text: "Authorities said the ferry would run.", speaker: nil, never: ["Authorities"]),
        Case(text: "The union issued a statement saying it would strike on Monday.", speaker: "union", never: ["statement", "a statement"]),
        Case(text: "The statement called the new timetable \"a joke\".", speaker: nil, never: ["statement", "The statement"]),
        Case(text: "Leaked documents from the harbour trust show the dredging cost twice the estimate.", speaker: nil, never: ["Leaked", "harbour trust"]),
        Case(text: "Mayor Ana Ruiz pushed for policies that close racial divides in the United States, saying that \"race still determines too much\".", speaker: "Ana Ruiz", never: ["United", "the United"]),
    ]

    @Test(arguments: cases)
    func theSpeakerIsSomeoneWhoSpeaks(_ example: Case) throws {
        let article = Article(id: "case", path: "case.txt", format: .text, date: Day(year: 2025, month: 3, day: 12),
                              text: TextNormalizer.normalize(example.text))
        let statements = StatementExtractor().extract(article).statements
        let first = try #require(statements.first, "no statement in: \(example.text)")
        #expect(first.speaker == example.speaker, "\(statements.map { "\($0.speaker ?? "nil") [\($0.speakerMention ?? "-")]" })")
        for statement in statements {
            for word in example.never { #expect(statement.speaker != word, "\(word) became a speaker") }
        }
    }
}
