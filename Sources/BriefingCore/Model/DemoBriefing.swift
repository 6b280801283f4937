import Foundation

/// The bundled demo briefing: one fictional press briefing, its transcript and several outlets
/// covering it, in different formats. `briefing` with no path opens it.
public enum DemoBriefing {
    /// The folder holding the demo files: the resource bundle beside the executable when
    /// installed or built, else the source tree. Looked up on disk so that a missing bundle is an
    /// error message, not a crash.
    public static func directory() -> String? {
        let fm = FileManager.default
        var candidates: [String] = []
        if let override = ProcessInfo.processInfo.environment["BRIEFING_DEMO"] { candidates.append(override) }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for bundle in ["briefing_BriefingCore.resources", "briefing_BriefingCore.bundle", "briefing_BriefingCore.bundle/Contents/Resources"] {
            candidates.append(executable.appendingPathComponent(bundle).appendingPathComponent("Demo").path)
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Demo").path)
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue { return candidate }
        }
        return nil
    }
}
