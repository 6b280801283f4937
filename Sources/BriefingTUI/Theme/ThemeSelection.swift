/// The theme the browser should draw with, and what to tell the user about how it was chosen.
public struct ThemeSelection: Sendable {
    /// Always usable: the chosen theme, or the compiled-in dark theme when ``error`` is set.
    public var theme: Theme
    /// Warnings from the chosen theme's files (unknown roles, unknown settings).
    public var warnings: [FileWarning]
    /// Why the chosen theme could not be used (`FILE:LINE: message`), for the status line.
    public var error: ThemeError?

    public init(theme: Theme, warnings: [FileWarning] = [], error: ThemeError? = nil) {
        self.theme = theme
        self.warnings = warnings
        self.error = error
    }
}
