import Foundation

/// What earlier fetches of a corpus saw, kept in the corpus folder (a hidden file, never read as
/// an article): each feed's validators for conditional requests, and the items already written,
/// so an item is written once even after its file was moved or deleted.
public struct FetchState: Codable, Sendable, Equatable {
    public struct Feed: Codable, Sendable, Equatable {
        public var etag: String?
        public var lastModified: String?
        /// Keys of items written (link, else guid-like text), newest last; the last
        /// ``FetchState/rememberedItems`` only.
        public var items: [String] = []
    }

    /// Feeds by URL.
    public var feeds: [String: Feed] = [:]

    public static let fileName = ".briefing-fetch.json"
    /// Items remembered per feed: far more than a feed holds at once.
    static let rememberedItems = 5_000

    public init() {}

    /// The state kept in `folder`; empty when there is none. A file that cannot be read is an
    /// error (fetching again would write every item twice).
    public static func load(from folder: String) throws -> FetchState {
        let path = folder + "/" + fileName
        guard FileManager.default.fileExists(atPath: path) else { return FetchState() }
        do {
            return try JSONDecoder().decode(FetchState.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw FetchError("\(path): not a fetch state file (\(error.localizedDescription)); move it away to fetch every item again")
        }
    }

    /// Writes the state into `folder`, replacing the old file in one step.
    public func save(to folder: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try FeedItemFile.writeAtomically(try encoder.encode(self), to: folder + "/" + Self.fileName)
    }

    mutating func remember(_ keys: [String], of feed: String) {
        var entry = feeds[feed] ?? Feed()
        entry.items += keys
        if entry.items.count > Self.rememberedItems { entry.items.removeFirst(entry.items.count - Self.rememberedItems) }
        feeds[feed] = entry
    }
}

/// A fetch that cannot start: one line, naming the file or feed.
public struct FetchError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
