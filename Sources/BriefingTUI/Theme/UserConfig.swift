import BriefingCore
import Foundation
import TOMLKit

/// The user's settings from `$XDG_CONFIG_HOME/briefing/config.toml` (or
/// `~/.config/briefing/config.toml`):
/// ```toml
/// theme = "light"
/// [keys]
/// quit = ["q", "Ctrl-c"]
/// "next-source" = ["]"]
/// [outlets]
/// fox = "Fox News"
/// hpo = "HuffPost"
/// ```
/// A missing file means defaults. A config is never fatal: a syntax error, a value of the wrong
/// type or an unknown setting becomes a ``FileWarning`` with file and line, and the rest is used.
/// Key names are kept as written; the key map interprets them.
public struct UserConfig: Sendable, Equatable {
    /// The theme name or path to start with, nil for the default.
    public var theme: String?
    /// Command name → the keys bound to it, replacing that command's default keys.
    public var keyBindings: [String: [String]]
    /// Folder or file name → the outlet's display name.
    public var outlets: OutletNames
    public var warnings: [FileWarning]

    public init(theme: String? = nil, keyBindings: [String: [String]] = [:], outlets: OutletNames = OutletNames(),
                warnings: [FileWarning] = []) {
        self.theme = theme
        self.keyBindings = keyBindings
        self.outlets = outlets
        self.warnings = warnings
    }

    /// The config file `environment` points at; nil when neither `XDG_CONFIG_HOME` nor `HOME` is set.
    public static func fileURL(environment: [String: String]) -> URL? {
        BriefingConfigDirectory.url(environment: environment)?.appendingPathComponent("config.toml")
    }

    /// Reads the user's config file. `knownCommands`, when given, makes bindings for other
    /// command names warnings (they are still returned).
    public static func load(
        environment: [String: String] = ProcessInfo.processInfo.environment, knownCommands: Set<String>? = nil
    ) -> UserConfig {
        guard let url = fileURL(environment: environment) else { return UserConfig() }
        return load(contentsOf: url, knownCommands: knownCommands)
    }

    /// Reads the config at `url`; a missing file gives the defaults with no warning.
    public static func load(contentsOf url: URL, knownCommands: Set<String>? = nil) -> UserConfig {
        guard FileManager.default.fileExists(atPath: url.path) else { return UserConfig() }
        guard let data = FileManager.default.contents(atPath: url.path), let source = String(data: data, encoding: .utf8)
        else {
            return UserConfig(warnings: [
                FileWarning("cannot read the config file as UTF-8 text; using defaults", at: SourceLocation(file: url.path, line: 1))
            ])
        }
        return UserConfig(parsing: source, file: url.path, knownCommands: knownCommands)
    }

    /// Parses config text; `file` names it in warnings.
    public init(parsing source: String, file: String, knownCommands: Set<String>? = nil) {
        self.init()
        let keyLines = TOMLKeyLines(source: source)
        func location(_ path: [String]) -> SourceLocation { SourceLocation(file: file, line: keyLines.line(of: path) ?? 1) }
        let document: TOMLTable
        do {
            document = try TOMLDocument.parse(source)
        } catch {
            warnings.append(FileWarning("\(error.message); using defaults", at: SourceLocation(file: file, line: error.line)))
            return
        }
        for (key, value) in document {
            switch key {
            case "theme":
                if let name = value.string {
                    theme = name
                } else {
                    warnings.append(FileWarning(
                        "theme must be a string, not \(ThemeFile.describe(value.type)); ignored", at: location([key])))
                }
            case "keys":
                guard let table = value.table else {
                    warnings.append(FileWarning(
                        "[keys] must be a table, not \(ThemeFile.describe(value.type)); ignored", at: location([key])))
                    continue
                }
                readKeys(table, knownCommands: knownCommands, location: location)
            case "outlets":
                guard let table = value.table else {
                    warnings.append(FileWarning(
                        "[outlets] must be a table, not \(ThemeFile.describe(value.type)); ignored", at: location([key])))
                    continue
                }
                outlets = OutletNamesFile.names(in: table, path: ["outlets"], location: location, warnings: &warnings)
            default:
                warnings.append(FileWarning("unknown setting '\(key)' (expected theme, [keys] or [outlets])", at: location([key])))
            }
        }
    }

    private mutating func readKeys(
        _ table: TOMLTable, knownCommands: Set<String>?, location: ([String]) -> SourceLocation
    ) {
        for (command, value) in table {
            let here = location(["keys", command])
            if let knownCommands, !knownCommands.contains(command) {
                warnings.append(FileWarning("unknown command '\(command)' in [keys]", at: here))
            }
            if let single = value.string {
                keyBindings[command] = [single]
                continue
            }
            guard let array = value.array else {
                warnings.append(FileWarning(
                    "keys for '\(command)' must be an array of key names like [\"q\", \"Ctrl-c\"], "
                        + "not \(ThemeFile.describe(value.type)); ignored", at: here))
                continue
            }
            let keys = array.compactMap { $0.string }
            if keys.count != array.count {
                warnings.append(FileWarning("keys for '\(command)' must all be strings; the others are ignored", at: here))
            }
            keyBindings[command] = keys
        }
    }
}
