/// A colour as a theme file writes it (`"green"`, `"#98c379"`, `208`, or a palette name), kept
/// unresolved until the theme is complete so that a theme inheriting this one can change the
/// palette entries it names.
struct ColourReference: Sendable {
    /// The text as written; an integer index is kept as its decimal digits.
    var text: String
    /// Where it was written, for errors found when resolving it.
    var location: SourceLocation

    /// The colour `text` names: a palette entry first, then `default`, a colour name, `#rrggbb`
    /// or an index 0–255.
    func resolved(in palette: [String: ThemeColor]) throws(ThemeError) -> ThemeColor {
        if let colour = palette[text] { return colour }
        if let colour = try Self.literal(text, location: location) { return colour }
        throw ThemeError("unknown colour or palette name '\(text)'", at: location)
    }

    /// The colour a literal names, nil if `text` is not written like a colour at all (it may then
    /// be a palette name); throws for malformed `#` colours and out-of-range indices.
    static func literal(_ text: String, location: SourceLocation) throws(ThemeError) -> ThemeColor? {
        if let colour = ThemeColor(parsing: text) { return colour }
        if text.hasPrefix("#") {
            throw ThemeError("bad colour '\(text)': expected #rrggbb", at: location)
        }
        if !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) {
            guard let index = Int(text), (0...255).contains(index) else {
                throw ThemeError("colour index \(text) is out of range 0–255", at: location)
            }
            return .indexed(UInt8(index))
        }
        return nil
    }
}
