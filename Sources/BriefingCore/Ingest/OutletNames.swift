import Foundation

/// The names outlets are shown under, as the user gives them: folder or file name (or a name found
/// in the files) → display name, from the `[outlets]` table of the user's config and from an
/// `outlets.toml` in the corpus folder (which wins). A name found inside a file (metadata, a
/// dateline, a feed title) is used first, as found, unless the user renames it too.
///
/// When nothing names an outlet, the fallback is readable: the file's folder when its name is more
/// than a number or an id (`fox/`, `seeds/`), else the file's name.
public struct OutletNames: Sendable, Equatable {
    /// The file in a corpus folder that names its outlets; the scanner does not read it as an article.
    public static let corpusFileName = "outlets.toml"

    /// Folded name (lower case, without extension for file names) → display name.
    public private(set) var names: [String: String] = [:]

    public init(_ names: [String: String] = [:]) {
        for (raw, display) in names { add(raw, display) }
    }

    public var isEmpty: Bool { names.isEmpty }

    /// Adds or replaces one name (a later source of names overrides an earlier one).
    public mutating func add(_ raw: String, _ display: String) {
        let shown = display.trimmingCharacters(in: .whitespaces)
        guard !shown.isEmpty else { return }
        names[Self.fold(raw)] = shown
    }

    /// The names of `other` over these.
    public func merging(_ other: OutletNames) -> OutletNames {
        var merged = self
        for (key, value) in other.names { merged.names[key] = value }
        return merged
    }

    /// The display name for a folder, file or found name; nil when the user named none.
    public func displayName(for raw: String) -> String? {
        names.isEmpty ? nil : names[Self.fold(raw)]
    }

    /// A short fingerprint of the names: an index made with other names reads its files again.
    public var key: String {
        guard !names.isEmpty else { return "" }
        let text = names.keys.sorted().map { "\($0)=\(names[$0]!)" }.joined(separator: "\n")
        return String(ContentHash.of(text), radix: 16)
    }

    static func fold(_ raw: String) -> String {
        var name = raw.trimmingCharacters(in: .whitespaces).lowercased()
        // "fox.txt" and "fox" name the same file.
        if let dot = name.lastIndex(of: "."), dot != name.startIndex,
           name[name.index(after: dot)...].allSatisfy({ $0.isLetter }), name.distance(from: dot, to: name.endIndex) <= 6 {
            name = String(name[..<dot])
        }
        return name
    }

    /// Whether a folder or file name reads as a name ("fox", "seeds", "ani-2025") rather than a
    /// number, a date or an id ("2025-08-19", "000_8dfa6c59e7403e27").
    public static func isReadable(_ name: String) -> Bool {
        var run = ""
        func readable(_ run: String) -> Bool {
            let letters = run.filter(\.isLetter)
            guard letters.count >= 2 else { return false }
            let hasDigit = run.contains(where: \.isNumber)
            let hexOnly = letters.allSatisfy { "abcdefABCDEF".contains($0) }
            return !(hasDigit && hexOnly)
        }
        for character in name {
            if character.isLetter || character.isNumber {
                run.append(character)
            } else {
                if readable(run) { return true }
                run = ""
            }
        }
        return readable(run)
    }
}
