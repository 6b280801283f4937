import Foundation

/// Reads theme files, follows their `inherits` chains and resolves colours into a ``Theme``.
///
/// Every problem is a ``ThemeError`` with file and line (`FILE:LINE: message`) or a
/// ``FileWarning``; no input makes loading crash. A theme that inherits by name is looked up with
/// ``locate``; `inherits = "dark"` (or `"monochrome"`) falls back to the compiled-in theme when no
/// file has that name, and a file never inherits from itself, so a user's own `dark.toml` may
/// say `inherits = "dark"` to tweak the shipped one.
public struct ThemeLoader: Sendable {
    /// Files that may hold the theme called `name`, best first (``ThemeLibrary/files(named:)``).
    public var locate: @Sendable (_ name: String) -> [URL]

    /// The longest `inherits` chain followed, counting the first file.
    public static let maximumInheritanceDepth = 8

    public init(locate: @escaping @Sendable (_ name: String) -> [URL] = { _ in [] }) {
        self.locate = locate
    }

    /// Loads the theme in the file at `url`.
    public func load(contentsOf url: URL) throws(ThemeError) -> LoadedTheme {
        let (definition, warnings) = try definition(at: url, chain: [], referencedAt: nil)
        return LoadedTheme(theme: try definition.resolved(), warnings: warnings, file: url)
    }

    /// Loads a theme from text; `file` names it in messages, and `inherits` paths are taken
    /// relative to `directory` (default: the current directory).
    public func load(source: String, file: String, directory: URL? = nil) throws(ThemeError) -> LoadedTheme {
        let (definition, warnings) = try definition(source: source, file: file, url: nil, directory: directory, chain: [file])
        return LoadedTheme(theme: try definition.resolved(), warnings: warnings)
    }

    // MARK: Following `inherits`

    /// `chain`: the files already being loaded, outermost first, to catch cycles.
    private func definition(
        at url: URL, chain: [String], referencedAt reference: SourceLocation?
    ) throws(ThemeError) -> (ThemeDefinition, [FileWarning]) {
        let identity = url.standardizedFileURL.path
        if chain.contains(identity) {
            let names = (chain + [identity]).map { ($0 as NSString).lastPathComponent }
            throw ThemeError("inherits cycle: \(names.joined(separator: " → "))", at: reference)
        }
        if chain.count >= Self.maximumInheritanceDepth {
            throw ThemeError("inherits chain longer than \(Self.maximumInheritanceDepth) themes", at: reference)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ThemeError("cannot read theme file \(url.path)", at: reference)
        }
        guard let source = String(data: data, encoding: .utf8) else {
            throw ThemeError("\(url.path): not UTF-8 text", at: reference)
        }
        return try definition(
            source: source, file: url.path, url: url, directory: url.deletingLastPathComponent(), chain: chain + [identity])
    }

    private func definition(
        source: String, file: String, url: URL?, directory: URL?, chain: [String]
    ) throws(ThemeError) -> (ThemeDefinition, [FileWarning]) {
        let defaultName = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let themeFile = try ThemeFile(source: source, file: file, defaultName: defaultName)
        guard let (parentReference, location) = themeFile.inherits else {
            return (themeFile.definition, themeFile.warnings)
        }
        let (parent, parentWarnings) = try parentDefinition(
            parentReference, referencedAt: location, from: url, directory: directory, chain: chain)
        return (themeFile.definition.inheriting(from: parent), parentWarnings + themeFile.warnings)
    }

    private func parentDefinition(
        _ reference: String, referencedAt location: SourceLocation, from url: URL?, directory: URL?, chain: [String]
    ) throws(ThemeError) -> (ThemeDefinition, [FileWarning]) {
        if ThemeLibrary.isPath(reference) {
            let parentURL = reference.hasPrefix("/")
                ? URL(fileURLWithPath: reference)
                : (directory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).appendingPathComponent(reference)
            return try definition(at: parentURL, chain: chain, referencedAt: location)
        }
        let ownPath = url?.standardizedFileURL.path
        if let parentURL = locate(reference).first(where: { $0.standardizedFileURL.path != ownPath }) {
            return try definition(at: parentURL, chain: chain, referencedAt: location)
        }
        if let builtIn = ThemeDefinition.builtIn[reference] { return (builtIn, []) }
        throw ThemeError("no theme named '\(reference)' to inherit from", at: location)
    }
}
