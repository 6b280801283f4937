import ArgumentParser
import BriefingCore
import BriefingTUI
import Foundation

/// `briefing-bench browse`: the browser on the SQLite index of the generated corpus, driven by
/// scripted keys on a 200×60 virtual screen: opening the index and drawing the first frame, time
/// per keypress (handle + render), per search, and the process's resident memory.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "First frame, keypress and search latency of the browser on the index (200×60 virtual screen).")
    @OptionGroup var options: CorpusOption
    @OptionGroup var indexOption: IndexOption
    @Option(help: "Keys to press.") var presses = 600

    func run() throws {
        let corpus = try options.ensure()
        let path = indexOption.path(options.articles)
        // The index is built by an earlier run; building it here would count the build's memory.
        if !FileManager.default.fileExists(atPath: path) {
            let build = seconds { _ = try? BriefingIndex.open(paths: [corpus], index: path) }
            print(String(format: "built %@ in %.1f s; run again to measure browsing without the build in memory", path, build))
            return
        }

        let before = ProcessMemory.residentMB
        var browser: Browser?
        var timed: TimedStore?
        let first = seconds {
            guard let store = try? SQLiteBriefingStore(path: path) else { return }
            timed = TimedStore(store)
            browser = Browser(store: timed!, corpusName: "bench", width: 200, height: 60)
            _ = browser!.render()
        }
        guard let browser else { throw ValidationError("cannot open \(path)") }
        let opensOnOverview: Bool = { if case .events = browser.state.overlay { return true } else { return false } }()
        print(String(format: "open the index and draw the first 200×60 frame: %.1f ms (%d timeline entries, %d events; first frame: %@)",
                     first * 1000, browser.timelineCount(), browser.overview?.events ?? 0, opensOnOverview ? "events overview" : "timeline"))
        if opensOnOverview {
            // The overview: down its rows a page at a time, then one event opened.
            var overviewTimes: [Double] = []
            for key in Array(repeating: Key.character("j"), count: 40) + [.pageDown, .pageDown, .character("k"), .enter] {
                overviewTimes.append(seconds {
                    browser.handle(key)
                    _ = browser.render()
                })
            }
            report("events overview keypress (handle + frame; the last opens an event)", overviewTimes)
        }

        // A reading session: down the timeline, across outlets, through the panes, page jumps.
        let script: [Key] = [.character("j"), .character("j"), .character("]"), .character("j"), .tab, .character("j"), .tab,
                             .character("j"), .backTab, .backTab, .character("["), .pageDown, .character("k"), .control("d"),
                             .character("G"), .character("k"), .character("g"), .character("l"), .character("h"), .character("s"), .escape,
                             .character("}"), .character("}"), .character("{"), .character("z"), .character("j"), .character("z")]
        var times: [Double] = []
        var handling: [String: Double] = [:]
        for i in 0..<presses {
            let key = script[i % script.count]
            times.append(seconds {
                let handled = seconds { browser.handle(key) }
                handling[key.description] = max(handling[key.description] ?? 0, handled)
                _ = browser.render()
            })
        }
        report("keypress (handle + 200×60 frame)", times)
        if let timed {
            let busiest = timed.totals.sorted { $0.value.seconds > $1.value.seconds }.prefix(5)
            print("  store time over the session: " + busiest.map { String(format: "%@ %.0f ms in %d calls", $0.key, $0.value.seconds * 1000, $0.value.calls) }.joined(separator: ", "))
        }
        var slowest: [String: Double] = [:]
        for (i, time) in times.enumerated() { slowest[script[i % script.count].description] = max(slowest[script[i % script.count].description] ?? 0, time) }
        print("  slowest handling: " + handling.sorted { $0.value > $1.value }.prefix(3).map { String(format: "%@ %.1f ms", $0.key, $0.value * 1000) }.joined(separator: ", "))
        print("  slowest keys: " + slowest.sorted { $0.value > $1.value }.prefix(4).map { String(format: "%@ %.1f ms", $0.key, $0.value * 1000) }.joined(separator: ", "))

        timed?.reset()
        var searches: [Double] = []
        var perQuery: [String] = []
        for query in ["water", "drought protocol", "accord", "strike", "ferry OR harbour", "talks -water", "guarantee*", "speaker:lindqvist water",
                      "\"water flowing\"", "is:claim price", "date:2026-03-10 minister", "has:diff accord"] {
            searches.append(seconds {
                browser.runSearch(query)
                _ = browser.render()
            })
            perQuery.append(String(format: "%@ %.0f ms", query, searches.last! * 1000))
            browser.run(.clear)
        }
        report("search (query + filtered timeline + frame)", searches)
        if let timed {
            let busiest = timed.totals.sorted { $0.value.seconds > $1.value.seconds }.prefix(4)
            print("  store time over the searches: " + busiest.map { String(format: "%@ %.0f ms in %d calls", $0.key, $0.value.seconds * 1000, $0.value.calls) }.joined(separator: ", "))
        }
        print("  per query: " + perQuery.joined(separator: ", "))
        print(String(format: "resident memory: %.0f MB (%.0f MB before opening the index), peak %.0f MB", ProcessMemory.residentMB, before, ProcessMemory.peakMB))
        realFirstFrame(corpus: corpus, index: path)
    }

    /// The real `briefing` binary (next to this one) in a 200×60 tmux window: time from launching
    /// it to a screen showing the timeline with its statements, polled every 2 ms; three runs.
    func realFirstFrame(corpus: String, index: String) {
        let binary = (CommandLine.arguments[0] as NSString).deletingLastPathComponent + "/briefing"
        guard let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }),
              FileManager.default.isExecutableFile(atPath: binary) else {
            print("real binary first frame: skipped (needs tmux and \(binary))")
            return
        }
        // posix_spawn and waitpid, output to a file: Foundation's Process hangs once tmux forks its
        // server, which also inherits (and would hold open) a pipe.
        let file = NSTemporaryDirectory() + "briefing-bench-tmux.out"
        defer { unlink(file) }
        func run(_ arguments: [String], output: Bool = false) -> String {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, output ? file : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
            let all = [tmux, "-L", "briefing-bench"] + arguments
            let argv: [UnsafeMutablePointer<CChar>?] = all.map { strdup($0) } + [nil]
            defer { for p in argv { free(p) } }
            var pid: pid_t = 0
            guard posix_spawn(&pid, tmux, &actions, nil, argv, environ) == 0 else { return "" }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return output ? ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "") : ""
        }
        var times: [Double] = []
        for _ in 0..<3 {
            _ = run(["kill-server"])
            let command = "SWIFT_BACKTRACE=interactive=no TERM=xterm-256color \(binary) \(corpus) --index \(index)"
            let start = DispatchTime.now().uptimeNanoseconds
            _ = run(["new-session", "-d", "-s", "bench", "-x", "200", "-y", "60", command])
            var shown = false
            while !shown, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 < 10 {
                let screen = run(["capture-pane", "-p", "-t", "bench"], output: true)
                shown = (screen.contains("Timeline · ") && !screen.contains("Timeline · 0 statements")) || screen.contains("newest first · Enter opens")
                if !shown { usleep(2_000) }
            }
            if shown { times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
            _ = run(["kill-server"])
        }
        print("real binary in tmux, launch to first frame with content (statements or the events overview): " + (times.isEmpty ? "not seen within 10 s" : times.map { String(format: "%.0f ms", $0 * 1000) }.joined(separator: ", ")))
    }

    func report(_ label: String, _ samples: [Double]) {
        print("\(label): \(latencySummary(samples.map { $0 * 1000 })) over \(samples.count)")
    }
}
