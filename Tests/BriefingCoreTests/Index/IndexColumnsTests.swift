import GRDB
import Testing
@testable import BriefingCore

/// Rows are decoded by column name: every name a decoder reads is a column of its table.
@Suite("Index rows decoded by column name")
struct IndexColumnsTests {
    static func columns(_ table: String, in store: SQLiteBriefingStore) throws -> Set<String> {
        try store.database.read { db in Set(try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))").map { $0["name"] as String }) }
    }

    @Test func namesAreTheCaseNamesInSnakeCase() {
        #expect(StatementColumn.speakerMention.name == "speaker_mention")
        #expect(ClaimColumn.groupId.name == "group_id")
        #expect(StatementColumn.id.name == "id")
        #expect(StatementColumn.selectList().hasPrefix("id, article, kind, speaker, speaker_mention, "))
    }

    @Test func everyDecodedColumnIsAColumnOfItsTable() throws {
        let store = try SQLiteBriefingStore()
        func check<C: IndexColumn>(_ type: C.Type, _ table: String) throws {
            let names = try Self.columns(table, in: store)
            for column in C.allCases { #expect(names.contains(column.name), "\(table).\(column.name)") }
        }
        try check(ArticleColumn.self, "articles")
        try check(StatementColumn.self, "statements")
        try check(ClaimColumn.self, "claims")
        try check(AssessmentColumn.self, "assessments")
        try check(EventColumn.self, "events")
        try check(DifferenceColumn.self, "differences")
    }

    @Test func aValueIsReadFromItsNamedColumnWhateverElseIsSelected() throws {
        let store = try SQLiteBriefingStore()
        let row = try store.database.read { db in
            try Row.fetchOne(db, sql: "SELECT \(StatementColumn.allCases.map { "'\($0.name)' AS \($0.name)" }.joined(separator: ", "))")!
        }
        for column in StatementColumn.allCases { #expect(row[column] as String == column.name) }
    }
}
