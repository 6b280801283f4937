import Foundation
import Testing
@testable import BriefingTUI

/// Compares a screen with `Snapshots/NAME.screen`. With `BRIEFING_UPDATE_SNAPSHOTS=1` (or when
/// the file is missing) the snapshot is written and the test fails, so a new or changed snapshot
/// is always looked at before it is committed.
func expectSnapshot(_ screen: ScreenBuffer, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name + ".screen")
    let actual = screen.text + "\n"
    let update = ProcessInfo.processInfo.environment["BRIEFING_UPDATE_SNAPSHOTS"] == "1"
    guard !update, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("snapshot \(name).screen written; check it and run again", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var report: [String] = []
        for i in 0..<max(expectedLines.count, actualLines.count) {
            let e = i < expectedLines.count ? String(expectedLines[i]) : "<none>"
            let a = i < actualLines.count ? String(actualLines[i]) : "<none>"
            if e != a { report.append("line \(i + 1):\n  expected: \(e)\n  actual:   \(a)") }
        }
        let details = report.prefix(8).joined(separator: "\n")
        Issue.record("snapshot \(name).screen differs (BRIEFING_UPDATE_SNAPSHOTS=1 rewrites it):\n\(details)",
                     sourceLocation: sourceLocation)
    }
}

extension ScreenBuffer {
    /// The rows and columns whose cells are drawn in `role`, as the text they show.
    func texts(in role: Role) -> [String] {
        var found: [String] = []
        for y in 0..<height {
            var current = ""
            for x in 0..<width {
                if self[x, y].role == role { current += self[x, y].text } else if !current.isEmpty { found.append(current); current = "" }
            }
            if !current.isEmpty { found.append(current) }
        }
        return found
    }

    func contains(_ text: String) -> Bool { self.text.contains(text) }
    var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}
