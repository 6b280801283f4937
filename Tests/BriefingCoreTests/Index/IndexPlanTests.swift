import Testing
@testable import BriefingCore

/// The plan stage of an update: what to read, re-score, remove and analyse, worked out from the
/// scan, the stored fingerprints and the rule versions alone — no SQLite, no files.
@Suite("Planning an index update")
struct IndexPlanTests {
    static let versions = IndexVersions(extraction: "3", claims: "2", grouping: "4", alignment: "5")
    static let aliases = "aliases-key"
    static let paths = ["/corpus"]

    static func scanned(_ relative: String, size: Int = 100, modified: Int64 = 7, folder: String? = nil) -> IndexPlan.ScannedFile {
        IndexPlan.ScannedFile(file: CorpusFile(path: "/corpus/" + relative, relativePath: relative, folderName: folder ?? relative.split(separator: "/").dropLast().last.map(String.init)),
                              absolute: "/corpus/" + relative, size: size, modified: modified)
    }

    static func stored(_ scanned: IndexPlan.ScannedFile, order: Int = 0, extraction: String = versions.extraction,
                       claims: String = versions.claims) -> IndexPlan.StoredFile {
        IndexPlan.StoredFile(size: scanned.size ?? 0, modified: scanned.modified ?? 0, hash: "h-" + scanned.absolute, scanOrder: order,
                             relativePath: scanned.file.relativePath, folder: scanned.file.folderName, extraction: extraction, claims: claims)
    }

    /// `meta` as a finished update with these versions leaves it.
    static var currentMeta: [String: String] {
        ["aliases": aliases, "complete": "1", "grouping": versions.grouping, "alignment": versions.alignment, "paths": IndexCoding.json(paths)]
    }

    static func plan(_ scanned: [IndexPlan.ScannedFile], _ stored: [String: IndexPlan.StoredFile], meta: [String: String] = currentMeta,
                     versions: IndexVersions = versions, firstFiles: Int? = nil) -> IndexPlan {
        IndexPlan.make(scanned: scanned, stored: stored, meta: meta, versions: versions, aliasesKey: aliases, paths: paths, firstFiles: firstFiles)
    }

    let a = Self.scanned("wire/a.txt"), b = Self.scanned("wire/b.txt"), c = Self.scanned("ledger/c.txt")
    var storedABC: [String: IndexPlan.StoredFile] {
        [a.absolute: Self.stored(a, order: 0), b.absolute: Self.stored(b, order: 1), c.absolute: Self.stored(c, order: 2)]
    }

    @Test func anUnchangedCorpusPlansNothing() {
        let plan = Self.plan([a, b, c], storedABC)
        #expect(plan.isEmpty)
        #expect(plan.unchanged == 3)
        #expect(plan.rulesNote == nil)
    }

    @Test func aNewFileIsReadWhateverItsContent() {
        let d = Self.scanned("ledger/d.txt")
        let plan = Self.plan([a, b, c, d], storedABC)
        #expect(plan.read == [IndexPlan.FileToRead(file: d.file, absolute: d.absolute, reason: .new, storedHash: nil, size: 100)])
        #expect(plan.unchanged == 3 && plan.removed.isEmpty && plan.analysisReasons.isEmpty)
    }

    @Test func aFileWhoseSizeOrTimeChangedIsHashedAgainstWhatTheIndexHolds() {
        var grown = b
        grown.size = 120
        var touched = c
        touched.modified = 8
        let plan = Self.plan([a, grown, touched], storedABC)
        #expect(plan.read.map(\.absolute) == [grown.absolute, touched.absolute])
        #expect(plan.read.allSatisfy { $0.reason == .changed })
        // The stored hash goes with it: equal content means only the time changed.
        #expect(plan.read.map(\.storedHash) == ["h-" + grown.absolute, "h-" + touched.absolute])
        #expect(plan.unchanged == 1)
    }

    @Test func aDeletedFileIsRemoved() {
        let plan = Self.plan([c, a], storedABC)
        #expect(plan.removed == [b.absolute])
        #expect(plan.read.isEmpty && plan.unchanged == 2)
    }

    @Test func aRenamedFileIsANewFileAndAGoneOne() {
        let renamed = Self.scanned("wire/a-renamed.txt")
        let plan = Self.plan([renamed, b, c], storedABC)
        #expect(plan.read.map(\.reason) == [.new])
        #expect(plan.read.map(\.absolute) == [renamed.absolute])
        #expect(plan.removed == [a.absolute])
    }

    @Test func aFileReachedThroughAnotherFolderIsReadAgain() {
        // Same absolute path, but the user now names its parent: ids and the folder outlet change.
        var moved = a
        moved.file.relativePath = "corpus/wire/a.txt"
        let plan = Self.plan([moved, b, c], storedABC)
        #expect(plan.read.map(\.reason) == [.moved])
        #expect(plan.read.first?.storedHash == nil)
    }

    @Test func newExtractionRulesReadEveryFileMadeByOldOnes() {
        var stored = storedABC
        stored[a.absolute]?.extraction = "2"
        stored[c.absolute]?.extraction = "2"
        let plan = Self.plan([a, b, c], stored)
        #expect(plan.read.map(\.absolute) == [a.absolute, c.absolute])
        #expect(plan.read.allSatisfy { $0.reason == .extractionRules && $0.storedHash == nil })
        #expect(plan.reextracted == 2)
        #expect(plan.unchanged == 1)
        #expect(plan.rulesNote == "rules changed: re-extracting 2 files")
    }

    @Test func newClaimsRulesScoreStoredArticlesAgainWithoutReadingTheirFiles() {
        var stored = storedABC
        stored[b.absolute]?.claims = "1"
        let plan = Self.plan([a, b, c], stored)
        #expect(plan.read.isEmpty)
        #expect(plan.rescore == [b.absolute])
        #expect(plan.unchanged == 2)
        #expect(!plan.isEmpty)
        #expect(plan.rulesNote == "rules changed: scoring the claims of 1 file again")
    }

    @Test func aChangedFileWithOldClaimsIsReadWhateverItsContent() {
        var stored = storedABC
        stored[b.absolute]?.claims = "1"
        var touched = b
        touched.modified = 99
        let plan = Self.plan([a, touched, c], stored)
        #expect(plan.read.map(\.absolute) == [b.absolute])
        #expect(plan.read.first?.storedHash == nil, "a touch must not skip the re-scoring")
        #expect(plan.rescore.isEmpty)
    }

    @Test func newGroupingOrAlignmentRulesAnalyseTheCorpusAgain() {
        var meta = Self.currentMeta
        meta["grouping"] = "3"
        let grouping = Self.plan([a, b, c], storedABC, meta: meta)
        #expect(grouping.analysisReasons == [.groupingRules])
        #expect(!grouping.realignAll && grouping.read.isEmpty && grouping.unchanged == 3)
        meta = Self.currentMeta
        meta["alignment"] = "4"
        let alignment = Self.plan([a, b, c], storedABC, meta: meta)
        #expect(alignment.analysisReasons == [.alignmentRules])
        #expect(alignment.realignAll)
        #expect(alignment.rulesNote == "rules changed: aligning every event again")
    }

    @Test func anIndexWithoutRecordedVersionsWasMadeByVersionOne() {
        var meta = Self.currentMeta
        meta["grouping"] = nil
        let plan = Self.plan([a, b, c], storedABC, meta: meta, versions: IndexVersions(extraction: "3", claims: "2", grouping: "1", alignment: "5"))
        #expect(plan.isEmpty)
    }

    @Test func aNewIndexSaysNothingOfChangedRules() {
        var meta = Self.currentMeta
        meta["complete"] = nil
        meta["grouping"] = nil
        meta["alignment"] = nil
        let plan = Self.plan([a], [:], meta: meta)
        #expect(plan.analysisReasons == [.incomplete])
        #expect(plan.rulesNote == nil)
        #expect(plan.realignAll)
    }

    @Test func otherAliasesAnotherPathOrderOrAnUnfinishedUpdateAnalyseAgain() {
        var meta = Self.currentMeta
        meta["aliases"] = "other"
        meta["complete"] = nil
        meta["paths"] = IndexCoding.json(["/elsewhere", "/corpus"])
        let plan = Self.plan([a, b, c], storedABC, meta: meta)
        #expect(plan.analysisReasons == [.aliasesChanged, .incomplete, .pathOrder])
        #expect(plan.read.isEmpty && plan.rulesNote == nil)
    }

    @Test func aFirstLookTakesFilesInTurnFromEachFolderAndRemovesNothing() {
        let files = (0..<4).map { Self.scanned("wire/w\($0).txt") } + (0..<2).map { Self.scanned("ledger/l\($0).txt") }
        let stored = [files[0].absolute: Self.stored(files[0]), "/corpus/gone.txt": Self.stored(Self.scanned("gone.txt"))]
        let plan = Self.plan(files, stored, meta: [:], firstFiles: 3)
        // Not yet indexed: w1, w2, w3, l0, l1; in turn from each folder: w1, l0, w2 (in scan order).
        #expect(plan.read.map(\.file.relativePath) == ["wire/w1.txt", "wire/w2.txt", "ledger/l0.txt"])
        #expect(plan.deferred == 2)
        #expect(plan.removed.isEmpty)
        #expect(!plan.analysisReasons.contains(.pathOrder))
    }
}
