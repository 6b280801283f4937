import GRDB

/// The columns a query of one table selects, in order: rows are decoded by name
/// (`row[StatementColumn.speaker]`), so a column added or moved cannot shift what another one
/// reads. A case's SQL name is its own name in snake case (`speakerMention` → `speaker_mention`);
/// its position in the select list is its raw value, so reading costs no more than by index.
protocol IndexColumn: CaseIterable, Hashable, RawRepresentable where RawValue == Int, AllCases == [Self] {}

extension IndexColumn {
    /// The column's name in the table.
    var name: String { Self.snakeCase(String(describing: self)) }

    /// Every column, comma-separated, for a `SELECT` (`expressions` replaces a column by an SQL
    /// expression that gives its value, `coalesce(…)` say).
    static func selectList(_ expressions: [Self: String] = [:]) -> String {
        allCases.map { expressions[$0] ?? $0.name }.joined(separator: ", ")
    }

    static func snakeCase(_ camel: String) -> String {
        var out = ""
        for c in camel {
            if c.isUppercase { out += "_" + c.lowercased() } else { out.append(c) }
        }
        return out
    }
}

extension Row {
    // As GRDB's own subscripts by index: the second is its fast path for plain values.
    subscript<Value: DatabaseValueConvertible>(_ column: some IndexColumn) -> Value { self[column.rawValue] }
    subscript<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ column: some IndexColumn) -> Value { self[column.rawValue] }
}

enum ArticleColumn: Int, IndexColumn {
    case id, path, format, source, day, headline, place, url, author, text, file, position, bodyHash, nameVariants, hasDiff
}

enum StatementColumn: Int, IndexColumn {
    case id, article, kind, speaker, speakerMention, speakerStart, speakerEnd, role, isOrganisation, cue, text, spans
    case dateValue, dateEvidence, dateEvidenceStart, dateEvidenceEnd, dateBasis, pronounMismatch, extractedSpeaker, entry, hasDiff
}

enum ClaimColumn: Int, IndexColumn {
    case id, article, statement, speaker, claimDay, text, evidenceStart, evidenceEnd, evidenceText, type, score, reasons
    case groupId, extractedSpeaker, hasDiff
}

enum AssessmentColumn: Int, IndexColumn {
    case article, source, label, cue, start, end, sentenceStart, sentenceEnd, claim
}

enum EventColumn: Int, IndexColumn {
    case id, day, title, speakers, articles, sources, transcript
}

enum DifferenceColumn: Int, IndexColumn {
    case id, event, kind, summary, speaker, sources, items, edits, minor, groupId
}
