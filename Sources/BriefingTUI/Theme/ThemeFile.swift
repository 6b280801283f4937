import TOMLKit

/// One theme file read on its own: its definition, the theme it inherits from (not yet
/// loaded), and the warnings it gave. ``ThemeLoader`` follows `inherits` and resolves colours.
///
/// The format (see `Themes/README.md`):
/// ```toml
/// name = "mine"
/// inherits = "dark"                       # optional
/// [palette]
/// accent = "#e5c07b"
/// [roles]
/// "diff.insert" = "green"                  # foreground shorthand
/// "timeline.selected" = { fg = "accent", bg = "default", bold = true }
/// ```
struct ThemeFile {
    var definition: ThemeDefinition
    /// The name or path after `inherits =`, and where it was written.
    var inherits: (reference: String, location: SourceLocation)?
    var warnings: [FileWarning] = []

    static let styleAttributes = ["bold", "underline", "reverse", "dim", "italic"]
    static let colourAttributes = ["fg", "bg"]

    private let file: String
    private let keyLines: TOMLKeyLines

    /// Parses `source`, read from `file` (the name used in messages). `defaultName` is the theme's
    /// name if the file gives none (usually the file name without `.toml`).
    init(source: String, file: String, defaultName: String) throws(ThemeError) {
        self.file = file
        self.keyLines = TOMLKeyLines(source: source)
        self.definition = ThemeDefinition(name: defaultName, palette: [:], roles: [:])
        let document: TOMLTable
        do {
            document = try TOMLDocument.parse(source)
        } catch {
            throw ThemeError(error.message, at: SourceLocation(file: file, line: error.line))
        }
        try read(document)
        // TOMLKit hands keys over sorted by name; report in file order.
        warnings.sort { $0.location.line < $1.location.line }
    }

    private func location(_ path: [String]) -> SourceLocation {
        SourceLocation(file: file, line: keyLines.line(of: path) ?? 1)
    }

    private mutating func read(_ document: TOMLTable) throws(ThemeError) {
        for (key, value) in document {
            switch key {
            case "name":
                definition.name = try string(value, path: [key], what: "name")
            case "inherits":
                inherits = (try string(value, path: [key], what: "inherits"), location([key]))
            case "palette":
                try readPalette(try table(value, path: [key]))
            case "roles":
                try readRoles(Array(try table(value, path: [key])), rolePrefix: [], path: [key])
            default:
                warnings.append(FileWarning(
                    "unknown setting '\(key)' (a theme has name, inherits, [palette] and [roles])",
                    at: location([key])))
            }
        }
    }

    private mutating func readPalette(_ palette: TOMLTable) throws(ThemeError) {
        for (name, value) in palette {
            let path = ["palette", name]
            let reference = try colourReference(value, path: path, what: "palette entry '\(name)'")
            guard let colour = try ColourReference.literal(reference.text, location: reference.location) else {
                throw ThemeError(
                    "unknown colour '\(reference.text)' for palette entry '\(name)' "
                        + "(expected a colour name, #rrggbb or 0–255)", at: reference.location)
            }
            definition.palette[name] = colour
        }
    }

    /// Reads role entries. Keys are role names; a bare dotted key (`diff.insert = "green"`) or a
    /// `[roles.diff]` header nests tables, so a non-inline table may hold attributes of its own role
    /// and entries for longer roles. Inline tables hold attributes only.
    private mutating func readRoles(_ roles: [(String, TOMLValueConvertible)], rolePrefix: [String], path: [String]) throws(ThemeError) {
        for (key, value) in roles {
            let roleSegments = rolePrefix + [key]
            let entryPath = path + [key]
            let roleName = roleSegments.joined(separator: ".")
            switch value.type {
            case .string, .int:
                let foreground = try colourReference(value, path: entryPath, what: "role '\(roleName)'")
                add(StyleSpecification(foreground: foreground, location: location(entryPath)), role: roleName)
            case .table:
                guard let table = value.table else { continue }
                try readStyleTable(table, roleSegments: roleSegments, path: entryPath)
            default:
                throw ThemeError(
                    "role '\(roleName)' must be a colour or a table like { fg = \"green\", bold = true }, "
                        + "not \(Self.describe(value.type))", at: location(entryPath))
            }
        }
    }

    private mutating func readStyleTable(_ table: TOMLTable, roleSegments: [String], path: [String]) throws(ThemeError) {
        let roleName = roleSegments.joined(separator: ".")
        var specification = StyleSpecification(location: location(path))
        var setsSomething = table.inline
        var nestedRoles: [(String, TOMLValueConvertible)] = []
        for (key, value) in table {
            let attributePath = path + [key]
            if key == "fg" || key == "bg" {
                let reference = try colourReference(value, path: attributePath, what: "\(key) of '\(roleName)'")
                if key == "fg" { specification.foreground = reference } else { specification.background = reference }
                setsSomething = true
            } else if Self.styleAttributes.contains(key) {
                guard let flag = value.bool else {
                    throw ThemeError(
                        "\(key) of '\(roleName)' must be true or false, not \(Self.describe(value.type))",
                        at: location(attributePath))
                }
                specification.attributes.setFlag(key, to: flag)
                setsSomething = true
            } else if !table.inline, value.type == .string || value.type == .int || value.type == .table {
                nestedRoles.append((key, value))
            } else {
                throw ThemeError(
                    "unknown style attribute '\(key)' in '\(roleName)' "
                        + "(expected \((Self.colourAttributes + Self.styleAttributes).joined(separator: ", ")))",
                    at: location(attributePath))
            }
        }
        if setsSomething { add(specification, role: roleName) }
        if !nestedRoles.isEmpty { try readRoles(nestedRoles, rolePrefix: roleSegments, path: path) }
    }

    private mutating func add(_ specification: StyleSpecification, role roleName: String) {
        if !Role(roleName).isThemeable {
            warnings.append(FileWarning("unknown role '\(roleName)' (not in the role catalogue)", at: specification.location))
        }
        if definition.roles[roleName] != nil {
            warnings.append(FileWarning("role '\(roleName)' is set twice; the first entry is used", at: specification.location))
            return
        }
        definition.roles[roleName] = specification
    }

    // MARK: Values

    private func string(_ value: TOMLValueConvertible, path: [String], what: String) throws(ThemeError) -> String {
        guard let text = value.string else {
            throw ThemeError("\(what) must be a string, not \(Self.describe(value.type))", at: location(path))
        }
        return text
    }

    private func table(_ value: TOMLValueConvertible, path: [String]) throws(ThemeError) -> TOMLTable {
        guard let table = value.table else {
            throw ThemeError("[\(path.joined(separator: "."))] must be a table, not \(Self.describe(value.type))", at: location(path))
        }
        return table
    }

    private func colourReference(_ value: TOMLValueConvertible, path: [String], what: String) throws(ThemeError) -> ColourReference {
        let here = location(path)
        if let index = value.int {
            guard (0...255).contains(index) else { throw ThemeError("colour index \(index) is out of range 0–255", at: here) }
            return ColourReference(text: String(index), location: here)
        }
        guard let text = value.string else {
            throw ThemeError("\(what) must be a colour string, not \(Self.describe(value.type))", at: here)
        }
        return ColourReference(text: text, location: here)
    }

    static func describe(_ type: TOMLType) -> String {
        switch type {
        case .table: return "a table"
        case .array: return "an array"
        case .string: return "a string"
        case .int: return "an integer"
        case .double: return "a number"
        case .bool: return "a boolean"
        case .date, .time, .dateTime: return "a date or time"
        }
    }
}

fileprivate extension Style {
    /// Sets the attribute a theme file names (`bold`, `underline`, `reverse`, `dim`, `italic`).
    mutating func setFlag(_ name: String, to value: Bool) {
        switch name {
        case "bold": bold = value
        case "underline": underline = value
        case "reverse": reverse = value
        case "dim": dim = value
        case "italic": italic = value
        default: break
        }
    }
}
