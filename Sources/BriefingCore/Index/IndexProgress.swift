/// Where an index update is, for a progress bar or periodic lines. The core only reports; the
/// command line decides how to show it.
public struct IndexProgress: Sendable, Equatable {
    public enum Phase: String, Sendable {
        /// Another process is updating this index; this one waits for it to finish.
        case waiting
        /// Reading and extracting new and changed files.
        case reading
        /// The cross-article steps: speakers, claim groups, events, alignment, differences, timeline.
        case analysing
        /// Writing the update in one transaction.
        case writing
    }

    public var phase: Phase
    public var filesDone: Int
    public var filesTotal: Int
    /// Bytes of the files read so far and in all (of those that need reading).
    public var bytesDone: Int
    public var bytesTotal: Int
    /// Seconds since the update started.
    public var elapsed: Double
    /// What changed rules make the update do ("rules changed: re-extracting 9,000 files"), or nil.
    public var note: String?

    public init(phase: Phase, filesDone: Int, filesTotal: Int, bytesDone: Int, bytesTotal: Int, elapsed: Double, note: String? = nil) {
        self.note = note
        self.phase = phase
        self.filesDone = filesDone
        self.filesTotal = filesTotal
        self.bytesDone = bytesDone
        self.bytesTotal = bytesTotal
        self.elapsed = elapsed
    }
}

/// What an index update did.
public struct IndexReport: Sendable {
    /// Absolute paths of files read for the first time, read again, and gone.
    public var added: [String] = []
    public var changed: [String] = []
    public var removed: [String] = []
    /// Files whose time changed but whose content did not (nothing was re-read from them).
    public var touched = 0
    public var unchanged = 0
    /// Files that could not be read, and warnings.
    public var problems: [CorpusProblem] = []
    /// Articles in the index after the update.
    public var articles = 0
    /// Whether the cross-article analysis was run again.
    public var reanalysed = false
    /// Events after the update, and how many of them were aligned again (the others kept the
    /// statement groups and differences stored for them: nothing they read had changed).
    public var events = 0
    public var realignedEvents = 0
    /// Files read and extracted again because the extraction rules changed, and articles whose
    /// claims were scored again from their stored text because the claims rules did.
    public var reextracted = 0
    public var rescored = 0
    /// What changed rules made the update do (``IndexPlan/rulesNote``), or nil.
    public var rulesNote: String?
    /// Judged current by folder change times alone, no file looked at (``BriefingIndex/open``).
    public var checkedByFolderTimes = false
    /// Files a first-look update (``CorpusIndexer/update(paths:firstFiles:)``) left for the next one.
    public var deferred = 0
    public var seconds = 0.0

    public init() {}

    /// Nothing had to be written.
    public var wasCurrent: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty && !reanalysed && touched == 0 && rescored == 0 }
}
