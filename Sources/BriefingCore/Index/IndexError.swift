/// Why an index file cannot be used, in one line that names the file.
public struct IndexError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    /// For an index this user may not write: the existing index file, which can still be read
    /// (``SQLiteBriefingStore/init(readingOnly:)``); nil for every other error.
    public var readableIndex: String?
    public init(_ message: String, readableIndex: String? = nil) {
        self.message = message
        self.readableIndex = readableIndex
    }
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
    static func readOnly(_ path: String, folder: String, existing: Bool = false) -> IndexError {
        IndexError("\(path): cannot write the index (\(folder) is read-only for this user); give a writable --index FILE or XDG_CACHE_HOME, or use --no-index",
                   readableIndex: existing && SQLiteBriefingStore.hasIndexHeader(path) ? path : nil)
    }
    static func busy(_ path: String) -> IndexError {
        IndexError("\(path): another briefing process is updating this index; try again when it is done")
    }
}
