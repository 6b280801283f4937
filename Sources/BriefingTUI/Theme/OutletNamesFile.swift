import BriefingCore
import Foundation
import TOMLKit

/// Reads outlet names from TOML: the `[outlets]` table of the user's config, and a corpus
/// folder's `outlets.toml`, whose keys are folder or file names (a top-level table, or one under
/// `[outlets]`):
/// ```toml
/// fox = "Fox News"
/// "huff-post" = "HuffPost"
/// ```
/// Never fatal: a value that is not a string is a ``FileWarning`` with file and line; the rest is used.
public enum OutletNamesFile {
    /// The names in the `outlets.toml` of each folder in `paths`, later folders over earlier ones.
    public static func load(corpus paths: [String]) -> (names: OutletNames, warnings: [FileWarning]) {
        var names = OutletNames()
        var warnings: [FileWarning] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            let file = (path as NSString).appendingPathComponent(OutletNames.corpusFileName)
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            let parsed = parse(String(decoding: data, as: UTF8.self), file: file)
            names = names.merging(parsed.names)
            warnings += parsed.warnings
        }
        return (names, warnings)
    }

    /// Parses an `outlets.toml`; `file` names it in warnings.
    public static func parse(_ source: String, file: String) -> (names: OutletNames, warnings: [FileWarning]) {
        let keyLines = TOMLKeyLines(source: source)
        func location(_ path: [String]) -> SourceLocation { SourceLocation(file: file, line: keyLines.line(of: path) ?? 1) }
        var warnings: [FileWarning] = []
        let document: TOMLTable
        do {
            document = try TOMLDocument.parse(source)
        } catch {
            return (OutletNames(), [FileWarning("\(error.message); outlet names ignored", at: SourceLocation(file: file, line: error.line))])
        }
        if let table = document["outlets"]?.table, document.keys.count == 1 {
            return (names(in: table, path: ["outlets"], location: location, warnings: &warnings), warnings)
        }
        return (names(in: document, path: [], location: location, warnings: &warnings), warnings)
    }

    /// Name → display name pairs of `table` (at `path` in its file).
    static func names(in table: TOMLTable, path: [String], location: ([String]) -> SourceLocation,
                      warnings: inout [FileWarning]) -> OutletNames {
        var names = OutletNames()
        for (raw, value) in table {
            guard let display = value.string, !display.trimmingCharacters(in: .whitespaces).isEmpty else {
                warnings.append(FileWarning(
                    "the outlet name for '\(raw)' must be a non-empty string like \"Fox News\", not \(ThemeFile.describe(value.type)); ignored",
                    at: location(path + [raw])))
                continue
            }
            names.add(raw, display)
        }
        return names
    }
}
