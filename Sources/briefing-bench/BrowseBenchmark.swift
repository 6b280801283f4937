import ArgumentParser
import BriefingCore
import BriefingTUI
import Foundation

/// `briefing-bench browse`: the browser on the virtual screen, driven by scripted keys over a
/// generated corpus: time per keypress (handle + render a 200×60 frame), per search, and the
/// process's resident memory.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Keypress and search latency of the browser on a 200×60 virtual screen.")
    @OptionGroup var options: CorpusOption
    @Option(help: "Keys to press per measurement round.") var presses = 400

    func run() throws {
        let folder = try options.ensure()
        var analysis: BriefingAnalysis?
        let analyse = seconds {
            let corpus = CorpusReader().read(paths: [folder])
            analysis = BriefingAnalysis(articles: corpus.articles)
        }
        var store: MemoryBriefingStore?
        let build = seconds { store = MemoryBriefingStore(analysis: analysis!) }
        let browser = Browser(store: store!, corpusName: "bench", width: 200, height: 60)
        var frame = ScreenBuffer(width: 0, height: 0)
        let first = seconds { frame = browser.render() }
        print(String(format: "%d articles: analysis %.2f s, in-memory store %.2f s, first frame %.1f ms (%d cells)",
                     options.articles, analyse, build, first * 1000, frame.cells.count))

        // A reading session: down the timeline, across outlets, through the panes, page jumps.
        let script: [Key] = [.character("j"), .character("j"), .character("]"), .character("j"), .tab, .character("j"), .tab,
                             .character("j"), .backTab, .backTab, .character("["), .pageDown, .character("k"), .control("d"), .character("G"),
                             .character("g"), .character("l"), .character("h")]
        var times: [Double] = []
        for i in 0..<presses {
            let key = script[i % script.count]
            times.append(seconds {
                browser.handle(key)
                frame = browser.render()
            })
        }
        report("keypress (handle + 200×60 frame)", times)

        var searches: [Double] = []
        for query in ["water", "drought protocol", "accord", "strike", "ferry", "minister", "talks", "guarantee"] {
            searches.append(seconds {
                browser.runSearch(query)
                frame = browser.render()
            })
            browser.run(.clear)
        }
        report("search (query + filtered timeline + frame)", searches)
        print(String(format: "resident memory: %.0f MB", residentMegabytes()))
    }

    func report(_ label: String, _ samples: [Double]) {
        let sorted = samples.sorted()
        let median = sorted[sorted.count / 2] * 1000
        let p99 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))] * 1000
        print(String(format: "%@: median %.2f ms, p99 %.2f ms, max %.2f ms over %d", label, median, p99, sorted.last! * 1000, sorted.count))
    }
}

/// VmRSS of this process, from /proc.
func residentMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
          let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kilobytes / 1024
}
