import Foundation

/// This process's memory, in MB, from `/proc/self/status` (Linux; 0 where there is none): what
/// the index timing lines and the benchmarks report.
public enum ProcessMemory {
    /// Resident now (`VmRSS`).
    public static var residentMB: Double { field("VmRSS") }
    /// Resident at its peak so far (`VmHWM`).
    public static var peakMB: Double { field("VmHWM") }

    static func field(_ name: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            return (line.split(separator: " ").compactMap { Double($0) }.first ?? 0) / 1024
        }
        return 0
    }
}
