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
    /// peak so far (MB) when enabled.
    func mark(_ label: String) {
        guard enabled else { return }
        let now = elapsed
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peak = Double(usage.ru_maxrss) / 1024
        FileHandle.standardError.write(Data(String(format: "  %@%@: %.2f s (RSS %.0f MB, peak %.0f MB, SQLite %.0f MB)\n", prefix, label, now - lastMark,
                                                   PhaseTimer.residentMB(), peak, Double(sqlite3_memory_used()) / 1_048_576).utf8))
        lastMark = now
    }

    /// Resident memory now, in MB (`/proc/self/statm`; 0 where there is none).
    static func residentMB() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}
