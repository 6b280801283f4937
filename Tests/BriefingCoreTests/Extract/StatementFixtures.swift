import Foundation
import Testing
@testable import BriefingCore

/// One case of `Fixtures/statements.cases`: an article, its publication day, and the statements
/// a careful reader finds in it.
struct StatementCase: Sendable, CustomTestStringConvertible {
    struct Expected: Sendable {
        var kind: String
        var speaker: String?
        /// Pieces of the statement text (an interrupted statement has several).
        var pieces: [String]
        var date: String
    }

    var name: String
    var description: String
    var published: Day
    var text: String
    var expected: [Expected]
    var forbidden: [String]
    var testDescription: String { name }

    static func load() -> [StatementCase] {
        let raw = try! String(contentsOf: SourceTree.fixtures.appendingPathComponent("statements.cases"), encoding: .utf8)
        var cases: [StatementCase] = []
        for block in raw.components(separatedBy: "\n=== ").map({ $0.hasPrefix("=== ") ? String($0.dropFirst(4)) : $0 }) {
            let parts = block.components(separatedBy: "\n---\n")
            guard parts.count >= 3 else { continue }
            let header = parts[0].split(separator: "\n")
            guard let title = header.first, let publishedLine = header.first(where: { $0.hasPrefix("published:") }),
                  let published = Day(iso: publishedLine.dropFirst(10).trimmingCharacters(in: .whitespaces)) else { continue }
            let nameEnd = title.firstIndex(of: ":") ?? title.endIndex
            var expected: [Expected] = []
            var forbidden: [String] = []
            for line in parts[2...].joined(separator: "\n---\n").split(separator: "\n") {
                if line.hasPrefix("! not:") { forbidden.append(line.dropFirst(6).trimmingCharacters(in: .whitespaces)); continue }
                guard line.hasPrefix(">") else { continue }
                let fields = line.dropFirst().split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard fields.count == 4 else { continue }
                let speaker = fields[1] == "null" ? nil : fields[1]
                expected.append(Expected(kind: fields[0], speaker: speaker, pieces: fields[2].components(separatedBy: " … "), date: fields[3]))
            }
            cases.append(StatementCase(name: String(title[..<nameEnd]), description: String(title[nameEnd...].dropFirst()),
                                       published: published, text: parts[1], expected: expected, forbidden: forbidden))
        }
        return cases
    }
}

/// Scores extraction against the fixture cases the way the held-out evaluation does: a found
/// statement matches an expected one when their spans overlap substantially.
struct StatementScore {
    var expected = 0
    var extracted = 0
    var matched = 0
    var speakerRight = 0
    var dateRight = 0
    var kindRight = 0
    var falsePositives = 0
    /// Negative cases (`! not:` lines) checked, and those extracted anyway: a quotation inside a
    /// quotation, a title in quotation marks, a scare quote is no statement of its own.
    var forbiddenChecked = 0
    var forbiddenFound = 0
    var failures: [String] = []

    var precision: Double { extracted == 0 ? 1 : Double(extracted - falsePositives) / Double(extracted) }
    var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }
    var speakerAccuracy: Double { matched == 0 ? 1 : Double(speakerRight) / Double(matched) }
    var dateAccuracy: Double { matched == 0 ? 1 : Double(dateRight) / Double(matched) }
    var kindAccuracy: Double { matched == 0 ? 1 : Double(kindRight) / Double(matched) }

    var summary: String {
        String(format: "cases: %d expected, %d extracted; precision %.3f, recall %.3f, speaker %.3f, date %.3f, kind %d/%d; forbidden %d/%d extracted",
               expected, extracted, precision, recall, speakerAccuracy, dateAccuracy, kindRight, matched, forbiddenFound, forbiddenChecked)
    }

    static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Double {
        let intersection = max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
        guard intersection > 0 else { return 0 }
        return Double(intersection) / Double(max(a.count, b.count))
    }

    mutating func score(_ fixture: StatementCase) {
        let article = Article(id: "case", path: fixture.name, format: TranscriptLabel.isTranscript(fixture.text) ? .transcript : .text,
                              date: fixture.published, text: TextNormalizer.normalize(fixture.text))
        let statements = StatementExtractor().extract(article).statements
        let bytes = Array(article.text.utf8)
        func locate(_ piece: String) -> Range<Int>? {
            let needle = Array(piece.utf8)
            guard !needle.isEmpty, needle.count <= bytes.count else { return nil }
            for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
                if Array(bytes[start..<(start + needle.count)]) == needle { return start..<(start + needle.count) }
            }
            return nil
        }
        var used = Set<Int>()
        for want in fixture.expected {
            expected += 1
            // A piece continued across paragraphs is not contiguous: locate its start and its end.
            let ranges = want.pieces.compactMap { piece -> Range<Int>? in
                if let whole = locate(piece) { return whole }
                let chars = Array(piece)
                guard chars.count > 40, let head = locate(String(chars.prefix(20))), let tail = locate(String(chars.suffix(20))),
                      tail.lowerBound > head.lowerBound else { return nil }
                return head.lowerBound..<tail.upperBound
            }
            guard let first = ranges.first, let last = ranges.last else {
                failures.append("\(fixture.name): fixture text not found: \(want.pieces)")
                continue
            }
            let wanted = first.lowerBound..<last.upperBound
            var best: (Int, Double)?
            for (i, statement) in statements.enumerated() where !used.contains(i) {
                let got = statement.start..<statement.end
                let o = StatementScore.overlap(wanted, got)
                if o >= 0.5, o > (best?.1 ?? 0) { best = (i, o) }
            }
            guard let (index, _) = best else {
                failures.append("\(fixture.name): MISSED \(want.kind) \(want.speaker ?? "null"): \(want.pieces.joined(separator: " … "))")
                continue
            }
            used.insert(index)
            matched += 1
            let got = statements[index]
            if got.kind.rawValue == want.kind { kindRight += 1 } else {
                failures.append("\(fixture.name): kind \(got.kind.rawValue) ≠ \(want.kind): \(got.text.prefix(60))")
            }
            if got.speaker == want.speaker { speakerRight += 1 } else {
                failures.append("\(fixture.name): speaker \(got.speaker ?? "null") [\(got.speakerMention ?? "-")] ≠ \(want.speaker ?? "null"): \(got.text.prefix(60))")
            }
            if (got.date?.description ?? "null") == want.date { dateRight += 1 } else {
                failures.append("\(fixture.name): date \(got.date?.description ?? "null") (\(got.dateBasis.rawValue) \(got.dateEvidence ?? "")) ≠ \(want.date): \(got.text.prefix(60))")
            }
        }
        for text in fixture.forbidden {
            forbiddenChecked += 1
            let trimmed = text.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
            if let statement = statements.first(where: { $0.text.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) == trimmed }) {
                forbiddenFound += 1
                failures.append("\(fixture.name): FORBIDDEN \(statement.kind.rawValue) \(statement.speaker ?? "null"): \(statement.text.prefix(80))")
            }
        }
        extracted += statements.count
        for (i, statement) in statements.enumerated() where !used.contains(i) {
            falsePositives += 1
            failures.append("\(fixture.name): EXTRA \(statement.kind.rawValue) \(statement.speaker ?? "null") [\(statement.speakerMention ?? "-")]: \(statement.text.prefix(80))")
        }
    }
}
