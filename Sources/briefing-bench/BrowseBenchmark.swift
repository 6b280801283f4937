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

        let before = residentMB()
        var browser: Browser?
        var timed: TimedStore?
        var frame = ScreenBuffer(width: 0, height: 0)
        let first = seconds {
            guard let store = try? SQLiteBriefingStore(path: path) else { return }
            timed = TimedStore(store)
            browser = Browser(store: timed!, corpusName: "bench", width: 200, height: 60)
            frame = browser!.render()
        }
        guard let browser else { throw ValidationError("cannot open \(path)") }
        print(String(format: "open the index and draw the first 200×60 frame: %.1f ms (%d timeline entries)", first * 1000, browser.timelineCount()))

        // A reading session: down the timeline, across outlets, through the panes, page jumps.
        let script: [Key] = [.character("j"), .character("j"), .character("]"), .character("j"), .tab, .character("j"), .tab,
                             .character("j"), .backTab, .backTab, .character("["), .pageDown, .character("k"), .control("d"),
                             .character("G"), .character("k"), .character("g"), .character("l"), .character("h"), .character("s"), .escape]
        var times: [Double] = []
        var handling: [String: Double] = [:]
        for i in 0..<presses {
            let key = script[i % script.count]
            times.append(seconds {
                let handled = seconds { browser.handle(key) }
                handling[key.description] = max(handling[key.description] ?? 0, handled)
                frame = browser.render()
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

        var searches: [Double] = []
        var perQuery: [String] = []
        for query in ["water", "drought protocol", "accord", "strike", "ferry OR harbour", "talks -water", "guarantee*", "speaker:lindqvist water",
                      "\"water flowing\"", "is:claim price", "date:2026-03-10 minister", "has:diff accord"] {
            searches.append(seconds {
                browser.runSearch(query)
                frame = browser.render()
            })
            perQuery.append(String(format: "%@ %.0f ms", query, searches.last! * 1000))
            browser.run(.clear)
        }
        report("search (query + filtered timeline + frame)", searches)
        print("  per query: " + perQuery.joined(separator: ", "))
        print(String(format: "resident memory: %.0f MB (%.0f MB before opening the index), peak %.0f MB", residentMB(), before, residentMB("VmHWM")))
    }

    func report(_ label: String, _ samples: [Double]) {
        print("\(label): \(latencySummary(samples.map { $0 * 1000 })) over \(samples.count)")
    }
}
