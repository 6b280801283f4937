import Foundation

/// Finds themes by name or path and picks the one the browser starts with.
///
/// A *path* (it contains `/` or ends in `.toml`) is read directly. A *name* is `NAME.toml` in the
/// first of ``searchDirectories`` that has it:
/// 1. `$XDG_CONFIG_HOME/briefing/themes/` (or `~/.config/briefing/themes/`): the user's own;
/// 2. each directory in `$BRIEFING_THEMES` (colon-separated);
/// 3. `Themes/` beside the executable, then `../share/briefing/Themes` (an installed copy);
/// 4. the source tree's `Themes/` (for `swift run`).
///
/// `dark` and `monochrome` are also compiled in, so they exist even when no file is found.
public struct ThemeLibrary: Sendable {
    /// Where names are looked up, best first.
    public var searchDirectories: [URL]
    /// `NO_COLOR` was set (and not empty): start in the monochrome theme (see ``startupTheme(requested:configured:)``).
    public var noColour: Bool

    /// The name of the theme used when nothing else is chosen, or a chosen theme is bad.
    public static let defaultName = "dark"
    /// The attributes-only theme `NO_COLOR` selects.
    public static let monochromeName = "monochrome"

    public init(searchDirectories: [URL], noColour: Bool = false) {
        self.searchDirectories = searchDirectories
        self.noColour = noColour
    }

    /// The library for this process. Pass `environment` (and the directories) explicitly in tests
    /// so that they never see the user's real configuration.
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executableDirectory: URL? = ThemeLibrary.executableDirectory,
        sourceTreeThemes: URL? = ThemeLibrary.sourceTreeThemes
    ) {
        var directories: [URL] = []
        if let config = BriefingConfigDirectory.url(environment: environment) {
            directories.append(config.appendingPathComponent("themes", isDirectory: true))
        }
        for path in (environment["BRIEFING_THEMES"] ?? "").split(separator: ":") where !path.isEmpty {
            directories.append(URL(fileURLWithPath: String(path), isDirectory: true))
        }
        if let executableDirectory {
            directories.append(executableDirectory.appendingPathComponent("Themes", isDirectory: true))
            directories.append(
                executableDirectory.deletingLastPathComponent()
                    .appendingPathComponent("share/briefing/Themes", isDirectory: true).standardizedFileURL)
        }
        if let sourceTreeThemes { directories.append(sourceTreeThemes) }
        self.init(searchDirectories: directories, noColour: !(environment["NO_COLOR"] ?? "").isEmpty)
    }

    /// The directory holding the running executable, symbolic links resolved.
    public static var executableDirectory: URL? {
        Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
    }

    /// The package's `Themes/`, found from this source file's path at build time
    /// (`Sources/BriefingTUI/Theme/ThemeLibrary.swift` → package root). Absent in installed copies.
    public static let sourceTreeThemes: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Themes", isDirectory: true)
    }()

    /// Whether `nameOrPath` is to be read as a file path rather than looked up as a name.
    public static func isPath(_ nameOrPath: String) -> Bool {
        nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
    }

    /// Existing files named `name.toml` in the search directories, best first.
    public func files(named name: String) -> [URL] {
        searchDirectories
            .map { $0.appendingPathComponent(name + ".toml") }
            .filter { FileManager.default.isReadableFile(atPath: $0.path) }
    }

    /// Every theme name that can be loaded, sorted: the files in the search directories and the
    /// compiled-in themes. What `t` cycles through.
    public var availableNames: [String] {
        var names = Set(ThemeDefinition.builtIn.keys)
        for directory in searchDirectories {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for entry in entries where entry.hasSuffix(".toml") && !entry.hasPrefix(".") {
                names.insert(String(entry.dropLast(".toml".count)))
            }
        }
        return names.sorted()
    }

    /// The theme after `current` in ``availableNames``, wrapping round; the first if `current`
    /// is not among them (e.g. a theme loaded from a path).
    public func name(after current: String) -> String {
        let names = availableNames
        guard let index = names.firstIndex(of: current) else { return names.first ?? Self.defaultName }
        return names[(index + 1) % names.count]
    }

    /// A loader that finds `inherits` names in this library.
    public var loader: ThemeLoader {
        let library = self
        return ThemeLoader(locate: { library.files(named: $0) })
    }

    /// Loads a theme by name or path (see the type's documentation for the search order).
    public func load(_ nameOrPath: String) throws(ThemeError) -> LoadedTheme {
        if Self.isPath(nameOrPath) {
            return try loader.load(contentsOf: URL(fileURLWithPath: nameOrPath))
        }
        if let file = files(named: nameOrPath).first {
            return try loader.load(contentsOf: file)
        }
        if let builtIn = ThemeDefinition.builtIn[nameOrPath] {
            return LoadedTheme(theme: try builtIn.resolved())
        }
        throw ThemeError(
            "no theme named '\(nameOrPath)' (available: \(availableNames.joined(separator: ", ")))", at: nil)
    }

    /// Loads `nameOrPath`, or on any error the default theme, with the error to show.
    public func select(_ nameOrPath: String) -> ThemeSelection {
        do {
            let loaded = try load(nameOrPath)
            return ThemeSelection(theme: loaded.theme, warnings: loaded.warnings, error: nil)
        } catch {
            return ThemeSelection(theme: Self.fallbackTheme, warnings: [], error: error)
        }
    }

    /// The theme the browser starts with. A theme named on the command line (`--theme`) wins;
    /// otherwise `NO_COLOR` gives monochrome; otherwise the config file's `theme`; otherwise dark.
    /// (An explicit flag overrides `NO_COLOR`, as no-color.org recommends.)
    public func startupTheme(requested: String?, configured: String?) -> ThemeSelection {
        if let requested { return select(requested) }
        if noColour { return select(Self.monochromeName) }
        return select(configured ?? Self.defaultName)
    }

    /// The compiled-in dark theme: what is used when a theme file is bad.
    public static let fallbackTheme: Theme = builtInTheme(ThemeDefinition.builtInDark)

    /// The compiled-in monochrome theme.
    public static let monochromeTheme: Theme = builtInTheme(ThemeDefinition.builtInMonochrome)

    private static func builtInTheme(_ definition: ThemeDefinition) -> Theme {
        // Tests resolve both compiled-in definitions, so the empty theme is never used.
        (try? definition.resolved()) ?? Theme(name: definition.name, roleStyles: [:])
    }
}
