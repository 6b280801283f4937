/// What an update has to do, worked out without side effects from the scan (with each file's
/// `stat`), the fingerprints and rule versions the index holds, and the rules of this build: the
/// first stage of ``CorpusIndexer/update(paths:firstFiles:)``, testable without SQLite or files.
struct IndexPlan: Sendable, Equatable {
    /// A file as the index last saw it.
    struct StoredFile: Sendable, Equatable {
        var size: Int
        /// Modification time in nanoseconds since 1970.
        var modified: Int64
        var hash: String
        /// Where the file came in the last scan (rewritten only when it moved).
        var scanOrder: Int
        /// Ids and folder-named outlets derive from these: when they change, the file is read again.
        var relativePath: String
        var folder: String?
        /// The extraction and claims rules its articles were made by (``IndexVersions``).
        var extraction: String
        var claims: String
    }

    /// A file the scan found, with what `stat` said of it (nil: it could not be stat'ed).
    struct ScannedFile: Sendable, Equatable {
        var file: CorpusFile
        var absolute: String
        var size: Int?
        var modified: Int64?
    }

    /// Why a file is opened.
    enum ReadReason: String, Sendable, Equatable {
        /// Not in the index.
        case new
        /// Its size or time changed: its content hash decides whether it is read again.
        case changed
        /// Reached through another relative path or folder: its ids or outlet may change.
        case moved
        /// Its articles were made by other extraction rules.
        case extractionRules
        /// Its articles were made with other outlet names (the user's `[outlets]`, `outlets.toml`).
        case outletNames
        /// It holds no stored article — every body it had was a copy of another file's — and a
        /// file was removed or read again: its bodies may be the first of their kind now.
        case duplicatesFreed
    }

    /// A file to open in the extract stage.
    struct FileToRead: Sendable, Equatable {
        var file: CorpusFile
        var absolute: String
        var reason: ReadReason
        /// The hash whose match means "only the time changed"; nil when the file must be read
        /// whatever its content.
        var storedHash: String?
        /// Its size as `stat` said (progress in bytes).
        var size: Int
    }

    /// Why the cross-article analysis runs although no article changed.
    enum AnalysisReason: String, Sendable, Equatable {
        case aliasesChanged, incomplete, groupingRules, alignmentRules, pathOrder
    }

    /// The files to open, in scan order.
    var read: [FileToRead] = []
    /// Files whose articles are current but whose claims were scored by other rules: extracted
    /// again from the text the index holds, without opening the file.
    var rescore: [String] = []
    /// Files gone from the corpus, sorted.
    var removed: [String] = []
    /// Files neither opened nor re-scored.
    var unchanged = 0
    /// Files a first look leaves for the next update.
    var deferred = 0
    /// Why the analysis runs even if nothing was read, removed or re-scored.
    var analysisReasons: [AnalysisReason] = []
    /// Every event is aligned again: the stored alignments were made by other rules.
    var realignAll = false

    /// Nothing to read, re-score, remove or analyse: the index is current.
    var isEmpty: Bool { read.isEmpty && rescore.isEmpty && removed.isEmpty && analysisReasons.isEmpty }

    /// Files to extract again because the rules changed (not because the files did).
    var reextracted: Int { read.count { $0.reason == .extractionRules } }

    /// What changed rules make this update do, for progress and the report ("rules changed:
    /// re-extracting 9,000 files"); nil when no rule changed.
    var rulesNote: String? {
        var parts: [String] = []
        if reextracted > 0 { parts.append("re-extracting \(reextracted) file" + (reextracted == 1 ? "" : "s")) }
        let renamed = read.count { $0.reason == .outletNames }
        if renamed > 0 && parts.isEmpty && analysisReasons.isEmpty {
            return "outlet names changed: reading \(renamed) file" + (renamed == 1 ? "" : "s") + " again"
        }
        if !rescore.isEmpty { parts.append("scoring the claims of \(rescore.count) file" + (rescore.count == 1 ? "" : "s") + " again") }
        if analysisReasons.contains(.groupingRules) { parts.append("grouping events again") }
        if analysisReasons.contains(.alignmentRules) { parts.append("aligning every event again") }
        return parts.isEmpty ? nil : "rules changed: " + parts.joined(separator: ", ")
    }

    /// A file that was removed or is read again may have held the first copy of a body other
    /// files repeat (their copies were never stored): those files — known here as the files
    /// with no stored article (`empty`) — are read again too, so the index holds what a fresh
    /// build would. Does nothing when no stored file went or changed.
    mutating func readFilesOfFreedDuplicates(empty: Set<String>, scanned: [ScannedFile]) {
        guard !removed.isEmpty || read.contains(where: { $0.reason != .new }) else { return }
        let reading = Set(read.map(\.absolute))
        let freed = scanned.filter { empty.contains($0.absolute) && !reading.contains($0.absolute) }
        guard !freed.isEmpty else { return }
        unchanged -= freed.count
        read += freed.map { FileToRead(file: $0.file, absolute: $0.absolute, reason: .duplicatesFreed, storedHash: nil, size: $0.size ?? 0) }
        let order = Dictionary(scanned.enumerated().map { ($1.absolute, $0) }, uniquingKeysWith: { first, _ in first })
        read.sort { order[$0.absolute, default: 0] < order[$1.absolute, default: 0] }
    }

    /// - Parameters:
    ///   - scanned: every file of the corpus, in scan order.
    ///   - meta: the index's `meta` table (versions of the corpus-wide stages, the aliases key,
    ///     whether the last update finished, the paths it was given).
    ///   - paths: the absolute corpus paths of this update, in the user's order.
    ///   - firstFiles: a first look: only this many files not yet indexed, taken in turn from each
    ///     folder; nothing stored is removed.
    static func make(scanned: [ScannedFile], stored: [String: StoredFile], meta: [String: String],
                            versions: IndexVersions, aliasesKey: String, paths: [String], firstFiles: Int? = nil) -> IndexPlan {
        var plan = IndexPlan()
        let unindexed = firstFiles == nil ? [] : scanned.filter { stored[$0.absolute] == nil }
        let considered = firstFiles.map { sample(unindexed, count: $0) } ?? scanned
        for entry in considered {
            let size = entry.size ?? 0
            guard let known = stored[entry.absolute] else {
                plan.read.append(FileToRead(file: entry.file, absolute: entry.absolute, reason: .new, storedHash: nil, size: size))
                continue
            }
            if known.relativePath != entry.file.relativePath || known.folder != entry.file.folderName {
                plan.read.append(FileToRead(file: entry.file, absolute: entry.absolute, reason: .moved, storedHash: nil, size: size))
            } else if known.extraction != versions.extraction {
                // "5+outlets-…": the rules' version, then the outlet names' fingerprint.
                let sameRules = known.extraction.split(separator: "+").first == versions.extraction.split(separator: "+").first
                plan.read.append(FileToRead(file: entry.file, absolute: entry.absolute, reason: sameRules ? .outletNames : .extractionRules,
                                            storedHash: nil, size: size))
            } else if entry.size != known.size || entry.modified != known.modified {
                // A content match means only the time changed — unless its claims are due anyway.
                let hash = known.claims == versions.claims ? known.hash : nil
                plan.read.append(FileToRead(file: entry.file, absolute: entry.absolute, reason: .changed, storedHash: hash, size: size))
            } else if known.claims != versions.claims {
                plan.rescore.append(entry.absolute)
            } else {
                plan.unchanged += 1
            }
        }
        if let firstFiles {
            plan.deferred = unindexed.count - min(unindexed.count, firstFiles)
        } else {
            let present = Set(scanned.map(\.absolute))
            plan.removed = stored.keys.filter { !present.contains($0) }.sorted()
        }
        let (grouping, alignment) = IndexVersions.corpusWide(meta: meta)
        if meta["aliases"] != aliasesKey { plan.analysisReasons.append(.aliasesChanged) }
        if meta["complete"] != "1" {
            // Never finished an update: nothing stored was made by any rules yet.
            plan.analysisReasons.append(.incomplete)
            plan.realignAll = true
        } else {
            if grouping != versions.grouping { plan.analysisReasons.append(.groupingRules) }
            if alignment != versions.alignment {
                plan.analysisReasons.append(.alignmentRules)
                plan.realignAll = true
            }
        }
        // The paths in another order give the corpus another order (which outlet's quote is the
        // reference, how differences are numbered).
        if firstFiles == nil && meta["paths"] != IndexCoding.json(paths) { plan.analysisReasons.append(.pathOrder) }
        return plan
    }

    /// `count` of `files`, taken in turn from each folder, in scan order within a folder.
    static func sample(_ files: [ScannedFile], count: Int) -> [ScannedFile] {
        guard files.count > count else { return files }
        var folders: [String: Int] = [:]
        var lists: [[ScannedFile]] = []
        for entry in files {
            let folder = String(entry.absolute[..<(entry.absolute.lastIndex(of: "/") ?? entry.absolute.startIndex)])
            if let index = folders[folder] { lists[index].append(entry) } else { folders[folder] = lists.count; lists.append([entry]) }
        }
        var chosen: [ScannedFile] = []
        var depth = 0
        while chosen.count < count {
            for list in lists where depth < list.count && chosen.count < count { chosen.append(list[depth]) }
            depth += 1
        }
        let picked = Set(chosen.map(\.absolute))
        return files.filter { picked.contains($0.absolute) }
    }
}
