import BriefingCore
import Foundation

/// The user's speaker aliases: `$XDG_CONFIG_HOME/briefing/aliases` (else `~/.config/briefing/aliases`),
/// lines of `Canonical Name = alias, other alias`.
enum UserAliases {
    static var path: String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return base + "/briefing/aliases"
    }

    /// The aliases, or none (with a one-line warning naming the file and line) when the file is bad.
    static func load() -> SpeakerAliases {
        guard let data = FileManager.default.contents(atPath: path) else { return SpeakerAliases() }
        do {
            return try SpeakerAliases(parsing: String(decoding: data, as: UTF8.self))
        } catch {
            StandardError.line("\(path): \(error.message); aliases ignored")
            return SpeakerAliases()
        }
    }
}
