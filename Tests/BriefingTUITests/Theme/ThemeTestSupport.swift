import Foundation

@testable import BriefingTUI

/// A fresh directory under the system's temporary directory, for theme and config files a test
/// writes; removed by `remove()`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("briefing-theme-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` (which may contain subdirectories) and returns its URL.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// The themes shipped in the package's `Themes/`, and nothing else.
let shippedThemes = ThemeLibrary(searchDirectories: [ThemeLibrary.sourceTreeThemes])

/// Loads theme text as the file `test.toml`, inheriting from the shipped themes.
func loadTheme(_ source: String) throws(ThemeError) -> LoadedTheme {
    try shippedThemes.loader.load(source: source, file: "test.toml")
}

/// The error loading `source` as `test.toml` gives, nil if it loads.
func themeError(_ source: String) -> ThemeError? {
    do {
        _ = try loadTheme(source)
        return nil
    } catch {
        return error
    }
}
