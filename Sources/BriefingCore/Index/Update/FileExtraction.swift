import Foundation

/// The extract stage of an update: each file the plan names is read once — hashed, and when its
/// content is not what the index holds, parsed and extracted from the same bytes.
struct FileExtraction: Sendable {
    var file: CorpusFile
    var absolute: String
    var size: Int
    /// Modification time in nanoseconds since 1970.
    var modified: Int64
    var hash: String
    /// Nil when the content hash matched the stored one: nothing to re-read.
    var articles: [Article]?
    var extractions: [ArticleExtraction]
    var problems: [CorpusProblem]

    /// Whether the file could be read (warnings aside): only then does it get a fingerprint.
    var isReadable: Bool { problems.allSatisfy(\.isWarning) }

    /// Reads `entry`: hashes its content; when the hash differs from the stored one (or the plan
    /// wants it read whatever its content), reads its articles from the same bytes and extracts them.
    static func read(_ entry: IndexPlan.FileToRead, outletNames: OutletNames) -> FileExtraction {
        var result = FileExtraction(file: entry.file, absolute: entry.absolute, size: 0, modified: 0, hash: "", articles: nil,
                                    extractions: [], problems: [])
        let loaded: FileLoader.Loaded
        do throws(ReadFailure) {
            loaded = try FileLoader.load(entry.file.path)
        } catch {
            result.problems = [CorpusProblem(path: entry.file.path, message: error.message)]
            return result
        }
        result.size = loaded.size
        result.modified = loaded.modified
        result.hash = String(ContentHash.of(loaded.data), radix: 16)
        if result.hash == entry.storedHash { return result }
        let read = CorpusReader(outletNames: outletNames).readFile(entry.file, loaded: loaded)
        result.problems = read.problems
        result.articles = read.articles
        result.extractions = read.articles.map { StatementExtractor().extract($0) }
        return result
    }
}

/// Leaves out articles whose normalised body was already read from another file (a 64-bit hash,
/// confirmed byte for byte): the one rule ``CorpusReader`` and the indexer both apply.
struct BodyDeduplicator {
    private var seen: [UInt64: [String]] = [:]

    /// Whether `text` is a body not seen before; remembers it when it is.
    mutating func admit(_ text: String, hash: UInt64) -> Bool {
        if let earlier = seen[hash], earlier.contains(where: { $0.utf8.elementsEqual(text.utf8) }) { return false }
        seen[hash, default: []].append(text)
        return true
    }

    mutating func admit(_ text: String) -> Bool { admit(text, hash: ContentHash.of(text)) }
}
