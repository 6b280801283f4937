/// Why a theme could not be used: a TOML syntax error, a value that makes no sense, an unreadable
/// file or a name no file has. The browser shows ``description`` (`FILE:LINE: message`) and falls
/// back to the default theme.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is; nil only when no line is to blame (a missing or unreadable file, a
    /// theme name that matches no file), and then the message names the file or name.
    public var location: SourceLocation?
    public var message: String

    public init(_ message: String, at location: SourceLocation?) {
        self.location = location
        self.message = message
    }

    public var description: String { location.map { "\($0): \(message)" } ?? message }
}
