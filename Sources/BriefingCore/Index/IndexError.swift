/// Why an index file cannot be used, in one line that names the file.
public struct IndexError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }

    static func notAnIndex(_ path: String) -> IndexError {
        IndexError("\(path): not a briefing index (it holds other data); choose another --index, or --rebuild to replace it")
    }
    static func notADatabase(_ path: String) -> IndexError {
        IndexError("\(path): not a briefing index (not an SQLite database, or damaged); --rebuild replaces it")
    }
    static func newer(_ path: String) -> IndexError {
        IndexError("\(path): made by a newer briefing; upgrade briefing, or --rebuild to replace it")
    }
    /// The index (or the folder it lives in) may not be written by this user.
    static func readOnly(_ path: String, folder: String) -> IndexError {
        IndexError("\(path): cannot write the index (\(folder) is read-only for this user); give a writable --index FILE or XDG_CACHE_HOME, or use --no-index")
    }
    static func busy(_ path: String) -> IndexError {
        IndexError("\(path): another briefing process is updating this index; try again when it is done")
    }
}
