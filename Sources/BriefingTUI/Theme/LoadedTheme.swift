import Foundation

/// A theme read from a file, with what was odd about the file (and the files it inherits from).
public struct LoadedTheme: Sendable {
    public var theme: Theme
    /// Unknown roles and settings, each with file and line; the theme is usable regardless.
    public var warnings: [FileWarning]
    /// The file read, nil for a compiled-in theme or a theme parsed from a string.
    public var file: URL?

    public init(theme: Theme, warnings: [FileWarning] = [], file: URL? = nil) {
        self.theme = theme
        self.warnings = warnings
        self.file = file
    }
}
