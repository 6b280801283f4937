import Foundation

/// Where a corpus's index lives by default: one file per corpus under the user's cache
/// directory, `$XDG_CACHE_HOME/briefing/<key>.sqlite` (`~/.cache/briefing/…` when unset), the
/// key a hash of the corpus's sorted absolute paths. `--index FILE` chooses another file.
public enum IndexLocation {
    public static func defaultPath(for paths: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let absolute = paths.map(CorpusIndexer.absolute).sorted()
        let key = String(ContentHash.of(absolute.joined(separator: "\n")), radix: 16)
        return cacheDirectory(environment: environment) + "/briefing/" + String(repeating: "0", count: max(0, 16 - key.count)) + key + ".sqlite"
    }

    static func cacheDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.cache"
    }
}

/// Opening a corpus through its index: what the browser and `briefing search` call.
public enum BriefingIndex {
    /// Opens the index for `paths` (at `index`, else the default location), creating it when
    /// missing, brings it up to date with the files, and returns it with what the update did.
    ///
    /// - Parameters:
    ///   - rebuild: delete the index file first (also replaces a foreign or damaged file).
    ///   - progress: called while files are read and the update is written.
    /// - Throws: ``IndexError`` when the file is not a usable index.
    /// Opens (or creates) the index for `paths` without updating it: the browser shows it at once
    /// and updates it in the background (``BackgroundIndexer``).
    ///
    /// - Returns: the store, its file, and the corpus to keep it up to date with: `paths`, or for
    ///   an index named without paths, the paths it was built from.
    public static func prepare(paths: [String], index: String? = nil, rebuild: Bool = false) throws -> (store: SQLiteBriefingStore, path: String, corpus: [String]) {
        let path = index ?? IndexLocation.defaultPath(for: paths)
        if rebuild { try SQLiteBriefingStore.remove(path: path) }
        let store = try SQLiteBriefingStore(path: path)
        let corpus = paths.isEmpty ? IndexCoding.strings(try store.meta("paths")) : paths
        return (store, path, corpus)
    }

    /// - Parameter byFolderTimes: trust folder change times for freshness
    ///   (``CorpusIndexer/isCurrentByFolderTimes(paths:)``): a search answers at once from an index
    ///   whose folders did not change, without a `stat` per file.
    public static func open(paths: [String], index: String? = nil, rebuild: Bool = false, aliases: SpeakerAliases = SpeakerAliases(),
                            outletNames: OutletNames = OutletNames(), followLinks: Bool = false, byFolderTimes: Bool = false,
                            progress: ((IndexProgress) -> Void)? = nil) throws -> (store: SQLiteBriefingStore, report: IndexReport) {
        // Held from before the file is opened (or made) to the end of the update: another
        // process's build of this index is waited for, not raced.
        let lock = IndexWriteLock.acquire(indexPath: index ?? IndexLocation.defaultPath(for: paths)) {
            progress?(IndexProgress(phase: .waiting, filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0, elapsed: 0, note: nil))
        }
        defer { withExtendedLifetime(lock) {} }
        let (store, _, corpus) = try prepare(paths: paths, index: index, rebuild: rebuild)
        guard !corpus.isEmpty else { return (store, IndexReport()) }
        let indexer = CorpusIndexer(store: store, aliases: aliases)
        indexer.outletNames = outletNames
        indexer.followLinks = followLinks
        indexer.progress = progress
        if byFolderTimes, !rebuild, try indexer.isCurrentByFolderTimes(paths: corpus) {
            var report = IndexReport()
            report.articles = try store.overview().articles
            report.checkedByFolderTimes = true
            return (store, report)
        }
        let report = try indexer.update(paths: corpus)
        return (store, report)
    }
}
