import Foundation

/// The articles of a corpus and what could not be read.
public struct Corpus: Sendable {
    public var articles: [Article]
    public var problems: [CorpusProblem]
    /// Bytes read from disk.
    public var bytesRead: Int

    public init(articles: [Article] = [], problems: [CorpusProblem] = [], bytesRead: Int = 0) {
        self.articles = articles
        self.problems = problems
        self.bytesRead = bytesRead
    }
}

/// Reads a corpus: walks the paths, reads every file with the reader its content calls for,
/// completes each article (id, outlet from dateline, folder or file name; place; normalised
/// text) and drops articles whose normalised body was already read from another file.
///
/// Never throws for bad input: every unreadable file becomes one ``CorpusProblem``.
public struct CorpusReader: Sendable {
    /// Follow links that lead out of the folders given (see ``CorpusScanner/scan(_:followLinks:)``).
    public var followLinks: Bool
    /// The user's names for outlets (config `[outlets]`, the corpus's `outlets.toml`).
    public var outletNames: OutletNames

    public init(followLinks: Bool = false, outletNames: OutletNames = OutletNames()) {
        self.followLinks = followLinks
        self.outletNames = outletNames
    }

    public func read(paths: [String], concurrently: Bool = true) -> Corpus {
        let scan = CorpusScanner.scan(paths, followLinks: followLinks)
        var corpus = read(files: scan.files, concurrently: concurrently)
        corpus.problems.insert(contentsOf: scan.problems, at: 0)
        return corpus
    }

    /// The result of reading one file.
    public struct FileResult: Sendable {
        public var file: CorpusFile
        public var articles: [Article]
        public var problems: [CorpusProblem]
        public var size: Int
        public var modified: Int64
    }

    public func read(files: [CorpusFile], concurrently: Bool = true) -> Corpus {
        let results = ParallelMap.map(files, concurrently: concurrently) { readFile($0) }
        var corpus = Corpus()
        var bodies = BodyDeduplicator()
        for result in results {
            corpus.bytesRead += result.size
            corpus.problems.append(contentsOf: result.problems)
            for article in result.articles where bodies.admit(article.text) { corpus.articles.append(article) }
        }
        return corpus
    }

    /// Reads one file into complete articles.
    public func readFile(_ file: CorpusFile) -> FileResult {
        do throws(ReadFailure) {
            return readFile(file, loaded: try FileLoader.load(file.path))
        } catch {
            return FileResult(file: file, articles: [], problems: [CorpusProblem(path: file.path, message: error.message)], size: 0, modified: 0)
        }
    }

    /// Reads one file's articles from bytes already loaded (the indexer hashes them first).
    func readFile(_ file: CorpusFile, loaded: FileLoader.Loaded) -> FileResult {
        var result = FileResult(file: file, articles: [], problems: [], size: 0, modified: 0)
        do throws(ReadFailure) {
            result.size = loaded.size
            result.modified = loaded.modified
            let decoded: TextDecoder.Decoded
            do {
                decoded = try TextDecoder.decode(loaded.data)
            } catch {
                throw ReadFailure(error.description)
            }
            if let warning = decoded.warning {
                result.problems.append(CorpusProblem(path: file.path, message: warning, isWarning: true))
            }
            let fileName = (file.relativePath as NSString).lastPathComponent
            let detected = FormatDetector.detect(decoded.text, fileName: fileName)
            var warnings: [String] = []
            let drafts = try FormatDetector.reader(for: detected).read(decoded.text, fileName: fileName, warnings: &warnings)
            result.problems += warnings.map { CorpusProblem(path: file.path, message: $0, isWarning: true) }
            result.articles = drafts.enumerated().map { complete($0.element, position: $0.offset, file: file) }
        } catch {
            result.problems.append(CorpusProblem(path: file.path, message: error.message))
        }
        return result
    }

    /// Fills in what the reader could not know: id, normalised text, dateline outlet and place,
    /// and the folder or file name as a last resort for the outlet.
    func complete(_ draft: ArticleDraft, position: Int, file: CorpusFile) -> Article {
        let text = TextNormalizer.normalize(draft.text)
        let firstParagraph = text.prefix(while: { $0 != "\n" })
        let dateline = Dateline.parse(firstParagraph)
        var source = draft.source?.trimmingCharacters(in: .whitespacesAndNewlines)
        if source?.isEmpty == true { source = nil }
        if source == nil { source = dateline?.outlet }
        if let found = source {
            source = outletNames.displayName(for: found) ?? found
        } else {
            source = fallbackOutlet(file)
        }
        let headline = draft.headline.map { TextNormalizer.normalize($0) }.flatMap { $0.isEmpty ? nil : $0 }
        return Article(id: ArticleID.make(relativePath: file.relativePath, position: position), path: file.path,
                       format: draft.format, source: source, date: draft.date, headline: headline,
                       place: draft.place ?? dateline?.place, url: draft.url, author: draft.author, text: text)
    }
}

extension CorpusReader {
    /// The outlet of a file that names none: the user's name for its folder or file, else the
    /// first readable of its folder's name, its file name and the folder the user gave (a seed
    /// file `000_8dfa6c59e7403e27.txt` in `seeds/` is "seeds"), else the folder or file name.
    func fallbackOutlet(_ file: CorpusFile) -> String {
        let fileName = (file.relativePath as NSString).lastPathComponent
        let stem = (fileName as NSString).deletingPathExtension
        if let folder = file.folderName, let named = outletNames.displayName(for: folder) { return named }
        if let named = outletNames.displayName(for: fileName) { return named }
        if let folder = file.folderName, OutletNames.isReadable(folder) { return folder }
        if OutletNames.isReadable(stem) { return stem }
        if file.folderName == nil {
            // A file directly in the folder the user named: that folder's name.
            let container = (URL(fileURLWithPath: file.path).standardizedFileURL.deletingLastPathComponent().lastPathComponent)
            if let named = outletNames.displayName(for: container) { return named }
            if OutletNames.isReadable(container) { return container }
        }
        return file.folderName ?? stem
    }
}

/// Stable article ids: 12 hex digits of FNV-1a over the relative path and the position in the file.
public enum ArticleID {
    public static func make(relativePath: String, position: Int) -> String {
        var hash = FNV1a.add(FNV1a.offsetBasis, relativePath)
        hash = FNV1a.add(hash, 0x23)
        hash = FNV1a.add(hash, String(position))
        // Finalise (SplitMix64) so ids of neighbouring positions differ in every digit.
        hash ^= hash >> 30; hash &*= 0xbf58_476d_1ce4_e5b9
        hash ^= hash >> 27; hash &*= 0x94d0_49bb_1331_11eb
        hash ^= hash >> 31
        let hex = String(hash, radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
        return String(padded.prefix(12))
    }
}
