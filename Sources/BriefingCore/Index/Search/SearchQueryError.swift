/// Why a search query cannot run, in one line a person can act on ("unclosed quotation mark:
/// add the closing \""). Never the text of an SQLite error.
public struct SearchQueryError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
