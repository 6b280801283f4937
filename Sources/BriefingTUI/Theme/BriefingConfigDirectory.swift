import Foundation

/// Where the user's briefing settings live: `$XDG_CONFIG_HOME/briefing`, or `~/.config/briefing`
/// when `XDG_CONFIG_HOME` is unset, empty or relative (as the XDG spec says to ignore it then).
enum BriefingConfigDirectory {
    /// nil when neither `XDG_CONFIG_HOME` nor `HOME` is usable in `environment`.
    static func url(environment: [String: String]) -> URL? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("briefing", isDirectory: true)
        }
        if let home = environment["HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home, isDirectory: true)
                .appendingPathComponent(".config", isDirectory: true)
                .appendingPathComponent("briefing", isDirectory: true)
        }
        return nil
    }
}
