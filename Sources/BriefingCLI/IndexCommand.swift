import ArgumentParser
import BriefingCore
import Foundation

/// `briefing index PATH...`: builds or updates the corpus's index and says what changed.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or update the index of PATHs (only new, changed and deleted files are read).")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var index: IndexOptions

    @Flag(help: "Then keep watching the folders and update the index when files come, change or go (Ctrl-C ends).")
    var watch = false

    func run() throws {
        let (store, report) = try index.openStore(corpus: corpus)
        let out = StandardOutput()
        defer { out.flush() }
        let overview = try store.overview()
        out.line("\(store.path ?? "index"): \(overview.articles) articles, \(overview.statements) statements, \(overview.claims) claims, \(overview.events) events")
        if report.wasCurrent {
            out.line(String(format: "up to date (%d files checked in %.2f s)", report.unchanged, report.seconds))
        } else {
            out.line(String(format: "%d added, %d changed, %d removed, %d unchanged files%@ in %.2f s",
                            report.added.count, report.changed.count, report.removed.count, report.unchanged,
                            report.touched > 0 ? ", \(report.touched) touched but unchanged" : "", report.seconds))
            if let note = report.rulesNote { out.line(note) }
            for path in report.added.prefix(20) { out.line("  + \(VisibleText.sanitized(path))") }
            for path in report.changed.prefix(20) { out.line("  ~ \(VisibleText.sanitized(path))") }
            for path in report.removed.prefix(20) { out.line("  - \(VisibleText.sanitized(path))") }
            let listed = min(20, report.added.count) + min(20, report.changed.count) + min(20, report.removed.count)
            let total = report.added.count + report.changed.count + report.removed.count
            if total > listed { out.line("  … and \(total - listed) more") }
        }
        out.flush()
        if watch { try watchFolders(out) }
    }

    /// Follows the corpus: a line for every update the watcher brings, until interrupted.
    private func watchFolders(_ out: StandardOutput) throws {
        let (_, background) = try index.openInBackground(corpus: corpus)
        guard let indexer = background else {
            StandardError.line("briefing: nothing to watch (no corpus folders known for this index)")
            throw ExitCode(2)
        }
        indexer.watch = true
        indexer.start()
        var seen = 0
        var announced = false
        let clock = DateFormatter()
        clock.dateFormat = "HH:mm:ss"
        while true {
            Thread.sleep(forTimeInterval: 0.2)
            let status = indexer.status
            if let method = status.watching, !announced {
                announced = true
                out.line("watching \(corpus.paths.isEmpty ? "the index's folders" : corpus.paths.joined(separator: " ")) (\(method)); Ctrl-C ends")
                out.flush()
            }
            if status.arrivals != seen {
                seen = status.arrivals
                out.line("\(clock.string(from: Date()))  \(status.lastArrival ?? "updated") — \(status.articles) articles")
                out.flush()
            }
            if status.finished && status.watching == nil {
                if let error = status.error { StandardError.line("briefing: \(error)") }
                throw ExitCode(2)
            }
        }
    }
}
