import Foundation
import GRDB
import GRDBSQLite

/// Where a long step spends its time: seconds since it started, and — when the environment
/// variable that names it is "1" (`BRIEFING_INDEX_TIMING`, `BRIEFING_EVENTS_TIMING`) — a line on
/// stderr per phase with the seconds since the previous one.
final class PhaseTimer {
    private let start = ContinuousClock.now
    private let prefix: String
    private let enabled: Bool
    private var lastMark = 0.0

    init(enabledBy variable: String, prefix: String = "") {
        enabled = ProcessInfo.processInfo.environment[variable] == "1"
        self.prefix = prefix
    }

    /// Seconds since the timer was made.
    var elapsed: Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// Ends a phase: prints `label`, its seconds and the process's resident memory now and at its
    /// peak so far, and SQLite's own (MB), when enabled.
    func mark(_ label: String) {
        guard enabled else { return }
        let now = elapsed
        FileHandle.standardError.write(Data(String(format: "  %@%@: %.2f s (RSS %.0f MB, peak %.0f MB, SQLite %.0f MB)\n", prefix, label,
                                                   now - lastMark, ProcessMemory.residentMB, ProcessMemory.peakMB,
                                                   Double(sqlite3_memory_used()) / 1_048_576).utf8))
        lastMark = now
    }
}
