import ArgumentParser
import BriefingCore
import Foundation

/// Options of the commands that read through the index (`index`, `search`, the browser).
public struct IndexOptions: ParsableArguments {
    @Option(name: .customLong("index"), help: ArgumentHelp(
        "Index file (default: one per corpus under $XDG_CACHE_HOME/briefing, else ~/.cache/briefing).", valueName: "file"))
    var file: String?

    @Flag(help: "Delete the index file first and index everything again (also replaces a file that is not an index).")
    var rebuild = false

    public init() {}

    /// Opens the corpus's index as it is, and a ``BackgroundIndexer`` (not started) to bring it up
    /// to date: what the browser calls. The indexer is nil when there is no corpus to follow (an
    /// index named without paths that does not know its own).
    func openInBackground(corpus: CorpusOptions) throws -> (store: SQLiteBriefingStore, indexer: BackgroundIndexer?) {
        let paths = corpus.paths.isEmpty && file != nil ? [] : try corpus.resolvedPaths()
        do {
            let (store, path, followed) = try BriefingIndex.prepare(paths: paths, index: file, rebuild: rebuild)
            let indexer = followed.isEmpty ? nil : BackgroundIndexer(path: path, paths: followed, aliases: UserAliases.load(),
                                                                         outletNames: UserOutletNames.load(corpus: followed), followLinks: corpus.followLinks)
            return (store, indexer)
        } catch let error as IndexError where error.readableIndex != nil && !rebuild {
            return (try readOnly(error), nil)
        } catch let error as IndexError {
            StandardError.line("briefing: \(error.message)")
            throw ExitCode(2)
        }
    }

    /// Opens the corpus's index, brings it up to date (progress on stderr, one line per file
    /// that cannot be read) and returns it: what `search` and `index` call.
    ///
    /// With no PATH and no `--index`, the bundled demo briefing is indexed; with `--index` and
    /// no PATH, the index is refreshed from the paths it was built from.
    /// - Parameter byFolderTimes: trust folder change times for freshness (what `search` does:
    ///   an answer without a `stat` per file; `index` always looks at every file).
    func openStore(corpus: CorpusOptions, byFolderTimes: Bool = false) throws -> (store: SQLiteBriefingStore, report: IndexReport) {
        let paths = corpus.paths.isEmpty && file != nil ? [] : try corpus.resolvedPaths()
        let reporter = ProgressReporter()
        do {
            let opened = try BriefingIndex.open(paths: paths, index: file, rebuild: rebuild, aliases: UserAliases.load(),
                                                outletNames: UserOutletNames.load(corpus: paths), followLinks: corpus.followLinks,
                                                byFolderTimes: byFolderTimes, progress: reporter.report)
            reporter.finish()
            for problem in opened.report.problems { StandardError.line(problem.description) }
            return opened
        } catch let error as IndexError where error.readableIndex != nil && !rebuild {
            reporter.finish()
            let store = try readOnly(error)
            var report = IndexReport()
            report.articles = (try? store.overview().articles) ?? 0
            return (store, report)
        } catch let error as IndexError {
            reporter.finish()
            StandardError.line("briefing: \(error.message)")
            throw ExitCode(2)
        }
    }
}

extension IndexOptions {
    /// An index this user may not write: read as it is, with one line saying so (status 2 when
    /// even that fails).
    func readOnly(_ error: IndexError) throws -> SQLiteBriefingStore {
        guard let path = error.readableIndex else { throw ExitCode(2) }
        do {
            let store = try SQLiteBriefingStore(readingOnly: path)
            StandardError.line("briefing: \(path) is read-only for this user: answering from it as it is, without checking the files "
                               + "(a writable --index FILE or XDG_CACHE_HOME keeps it current)")
            return store
        } catch let readError as IndexError {
            StandardError.line("briefing: \(readError.message)")
            throw ExitCode(2)
        }
    }

    /// ``openStore(corpus:)``, then `parts` of the analysis it holds; a one-line error when the
    /// index cannot be read.
    func analysis(corpus: CorpusOptions, parts: AnalysisParts) throws -> (analysis: BriefingAnalysis, report: IndexReport) {
        let (store, report) = try openStore(corpus: corpus)
        do {
            return (try store.analysis(parts), report)
        } catch {
            StandardError.line("briefing: \(error.message)")
            throw ExitCode(2)
        }
    }
}

/// Shows index progress on stderr: a bar redrawn in place on a terminal (files, MB/s, ETA),
/// otherwise a plain line every few seconds and at each phase.
final class ProgressReporter {
    let isTerminal = isatty(2) != 0
    private var lastDraw = -1.0
    private var lastPhase: IndexProgress.Phase?
    private var drewBar = false
    /// Seconds between plain lines when stderr is not a terminal.
    static let lineInterval = 5.0

    func report(_ progress: IndexProgress) {
        let phaseChanged = progress.phase != lastPhase
        lastPhase = progress.phase
        if progress.phase == .waiting {
            write(isTerminal ? "\r\u{1B}[2Kanother briefing process is updating this index; waiting for it…" : "indexing: another briefing process is updating this index; waiting for it\n")
            drewBar = isTerminal
            return
        }
        // Small updates are not worth a line (unless rules changed: that is news).
        if progress.filesTotal < 200 && progress.elapsed < 1 && progress.note == nil { return }
        let mb = Double(progress.bytesDone) / 1e6
        let rate = progress.elapsed > 0 ? mb / progress.elapsed : 0
        if phaseChanged, progress.phase == .reading, let note = progress.note {
            // "rules changed: re-extracting 9,000 files", once, above the bar.
            write(isTerminal ? "\r\u{1B}[2K\(note)\n" : "indexing: \(note)\n")
        }
        switch progress.phase {
        case .reading:
            if isTerminal {
                guard phaseChanged || progress.elapsed - lastDraw >= 0.1 || progress.filesDone == progress.filesTotal else { return }
                let fraction = progress.bytesTotal > 0 ? Double(progress.bytesDone) / Double(progress.bytesTotal) : 1
                let width = 30
                let filled = Int((fraction * Double(width)).rounded(.down))
                let remaining = fraction > 0.01 ? progress.elapsed * (1 - fraction) / fraction : nil
                let eta = remaining.map { String(format: "ETA %.0f s", $0) } ?? "ETA …"
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                write("\r\u{1B}[2Kindexing \(bar) \(progress.filesDone)/\(progress.filesTotal) files  \(String(format: "%.1f MB/s", rate))  \(eta)")
                drewBar = true
            } else {
                guard phaseChanged || progress.elapsed - lastDraw >= ProgressReporter.lineInterval else { return }
                write(String(format: "indexing: %d/%d files, %.1f MB, %.1f MB/s, %.0f s\n", progress.filesDone, progress.filesTotal, mb, rate, progress.elapsed))
            }
        case .waiting:
            return
        case .analysing, .writing:
            guard phaseChanged else { return }
            let text = progress.phase == .analysing ? "analysing the corpus (speakers, claims, events, differences)" : "writing the index"
            write(isTerminal ? "\r\u{1B}[2K\(text)…" : String(format: "indexing: %@ (%.0f s)\n", text, progress.elapsed))
            drewBar = isTerminal
        }
        lastDraw = progress.elapsed
    }

    func finish() {
        if drewBar { write("\r\u{1B}[2K") }
        drewBar = false
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Where the commands that print the analysis (`statements`, `claims`, `dates`, `diff`, `events`,
/// `articles`) take it from: the corpus's index, brought up to date first, or with `--no-index`
/// the files, read and analysed in memory without touching an index.
struct AnalysisOptions: ParsableArguments {
    @OptionGroup var index: IndexOptions

    @Flag(name: .customLong("no-index"), help: "Read and analyse the files in memory; neither read nor write an index.")
    var noIndex = false

    /// The analysis of the corpus (from the index, only `parts` of it); fails with a one-line
    /// message when no article could be read.
    func analysis(corpus: CorpusOptions, parts: AnalysisParts) throws -> BriefingAnalysis {
        if noIndex { return corpus.analyse(try corpus.readCorpus()) }
        let analysis = try index.analysis(corpus: corpus, parts: parts).analysis
        if analysis.articles.isEmpty {
            StandardError.line("briefing: no article could be read from \(corpus.paths.isEmpty ? "the demo briefing" : corpus.paths.joined(separator: " "))")
            throw ExitCode(2)
        }
        return analysis
    }
}
