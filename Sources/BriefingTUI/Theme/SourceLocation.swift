/// A place in a theme or config file, for messages a person can jump to (`FILE:LINE`).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file as it was named when it was read (a path, or a label such as `<built-in>`).
    public var file: String
    /// 1-based line number.
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}
