import BriefingCore
import Foundation

extension Browser {
    /// Follows a background update of the browser's index: the status line shows its progress,
    /// and each update it commits is read at the next ``poll()``.
    public func follow(_ indexer: BackgroundIndexer) {
        self.indexer = indexer
        seenCommits = 0
        reportedFinish = false
        seenArrivals = 0
        _ = poll()
    }

    /// Reads the followed update's status: after a commit, reads the store again (keeping the
    /// selected statement and re-running the search); refreshes the progress text; reports how
    /// it ended. Cheap: the adapter calls it between keys. Returns whether the screen changed.
    public func poll() -> Bool {
        guard let indexer else { return false }
        let status = indexer.status
        var changed = false
        if status.commits != seenCommits {
            seenCommits = status.commits
            storeDidChange()
            changed = true
        }
        let text = status.finished && !status.updating ? nil : Browser.indexingText(status)
        if text != indexingText {
            indexingText = text
            changed = true
        }
        if status.finished && !reportedFinish {
            reportedFinish = true
            if let error = status.error {
                show("Indexing stopped: \(error)", error: true)
            } else if let first = status.problems.first(where: { !$0.isWarning }) {
                let count = status.problems.filter { !$0.isWarning }.count
                show(count == 1 ? "Could not read \(first)" : "\(count) files could not be read; first: \(first)", error: true)
            } else if (overview?.articles ?? 0) == 0 {
                show("No article could be read from this corpus", error: true)
            }
            changed = true
        }
        // The watcher brought something: say what ("+12 articles from 3 outlets").
        if status.arrivals != seenArrivals {
            seenArrivals = status.arrivals
            if let arrival = status.lastArrival { show(arrival) }
            changed = true
        }
        return changed
    }

    /// "indexing 3,400/100,000 files · 12.5 MB/s", "first look: 340/1,000 files", "checking files…".
    static func indexingText(_ status: BackgroundIndexer.Status) -> String {
        guard let progress = status.progress else { return status.updating ? "files changed: checking…" : "checking the files…" }
        let look = status.isFirstLook ? "first look: " : status.updating ? "updating: " : ""
        switch progress.phase {
        case .reading:
            let rate = progress.elapsed > 0 ? Double(progress.bytesDone) / 1e6 / progress.elapsed : 0
            if let note = progress.note {
                // "rules changed: re-extracting 9,000 files · 1,200/9,000 · 12.5 MB/s"
                return "\(note) · \(grouped(progress.filesDone))/\(grouped(progress.filesTotal)) · " + String(format: "%.1f MB/s", rate)
            }
            return "\(look)indexing \(grouped(progress.filesDone))/\(grouped(progress.filesTotal)) files · " + String(format: "%.1f MB/s", rate)
        case .waiting: return "\(look)indexing: another briefing process is updating this index; waiting…"
        case .analysing: return "\(look)indexing: analysing the corpus (speakers, events, differences)…"
        case .writing: return "\(look)indexing: writing the index…"
        }
    }

    /// 100000 as "100,000".
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// After the store changed under the browser: drop what was read from it, keep the selected
    /// statement where it still exists, and run the active search again (positions moved).
    func storeDidChange() {
        store.reload()
        overview = read { try $0.overview() }
        countCache = nil
        selectionCache = nil
        sourceCache = nil
        articleSources = [:]
        summaryCache = [:]
        if let query = state.query {
            state.filter.positions = nil
            state.query = nil
            state.highlightTerms = []
            let message = state.message
            runSearch(query)
            if state.query == nil { state.message = message }
        }
        refilter(state.filter)
        if state.selectedID == nil { select(index: 0) }
        openOverviewIfManyEvents()
    }
}
