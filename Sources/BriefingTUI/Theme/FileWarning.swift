/// Something in a theme or config file that was ignored but is probably a mistake (an unknown
/// role, an unknown setting). Loading goes on; the browser may show ``description``
/// (`FILE:LINE: message`).
public struct FileWarning: Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, at location: SourceLocation) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}
