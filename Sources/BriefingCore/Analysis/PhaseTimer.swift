import Foundation

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

    /// Ends a phase: prints `label` and its seconds when enabled.
    func mark(_ label: String) {
        guard enabled else { return }
        let now = elapsed
        FileHandle.standardError.write(Data(String(format: "  %@%@: %.2f s\n", prefix, label, now - lastMark).utf8))
        lastMark = now
    }
}
