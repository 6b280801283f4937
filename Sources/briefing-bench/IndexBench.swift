import ArgumentParser
import BriefingCore
import Foundation

func fileMB(_ path: String) -> Double {
    var total = 0
    for suffix in ["", "-wal"] {
        total += ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size]) as? Int) ?? 0
    }
    return Double(total) / 1e6
}

struct IndexOption: ParsableArguments {
    @Option(help: "Index file (default: /tmp/briefing-bench-<articles>.sqlite).") var index: String?
    func path(_ articles: Int) -> String { index ?? "/tmp/briefing-bench-\(articles).sqlite" }
}

/// `briefing-bench index`: build the index of the generated corpus from nothing, re-index it
/// unchanged, and re-index after one file changed.
struct IndexBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "index", abstract: "Index the corpus from scratch, unchanged, after one change, one deletion and a day's 300 new files.")
    @OptionGroup var options: CorpusOption
    @OptionGroup var indexOption: IndexOption

    func run() throws {
        let corpus = try options.ensure()
        let path = indexOption.path(options.articles)
        try SQLiteBriefingStore.remove(path: path)
        var phases: [(IndexProgress.Phase, Double)] = []
        var bytes = 0
        var report = IndexReport()
        let full = seconds {
            report = try! BriefingIndex.open(paths: [corpus], index: path) { progress in
                bytes = progress.bytesTotal
                if phases.last?.0 != progress.phase { phases.append((progress.phase, progress.elapsed)) }
            }.report
        }
        let mb = Double(bytes) / 1e6
        print(String(format: "index from scratch: %d files, %d articles, %.1f MB in %.1f s — %.1f MB/s; index file %.0f MB; peak RSS %.0f MB",
                     report.added.count, report.articles, mb, full, mb / full, fileMB(path), ProcessMemory.peakMB))
        let marks = phases.map { $0.1 } + [full]
        print("  phases: " + phases.enumerated().map { String(format: "%@ %.1f s", $0.element.0.rawValue, marks[$0.offset + 1] - $0.element.1) }.joined(separator: ", "))
        var unchanged = IndexReport()
        let again = seconds { unchanged = try! BriefingIndex.open(paths: [corpus], index: path).report }
        print(String(format: "re-index unchanged: %.3f s (%d files checked, up to date: %@)", again, unchanged.unchanged, unchanged.wasCurrent ? "yes" : "no"))
        // Change one file: append a sentence (restored afterwards so the corpus stays the benchmark's).
        let files = CorpusScanner.scan([corpus]).files
        guard let victim = files.dropFirst(files.count / 2).first?.path else { return }
        let original = try Data(contentsOf: URL(fileURLWithPath: victim))
        defer { try? original.write(to: URL(fileURLWithPath: victim)) }
        try (original + Data("\n\n\"We changed one file,\" the benchmark said on Tuesday.\n".utf8)).write(to: URL(fileURLWithPath: victim))
        var one = IndexReport()
        let incremental = seconds { one = try! BriefingIndex.open(paths: [corpus], index: path).report }
        print(String(format: "re-index after one changed file: %.1f s (%d changed; %d of %d events aligned again)",
                     incremental, one.changed.count, one.realignedEvents, one.events))
        try original.write(to: URL(fileURLWithPath: victim))
        _ = try BriefingIndex.open(paths: [corpus], index: path)

        // Delete one file (moved aside and back).
        let aside = NSTemporaryDirectory() + "briefing-bench-aside-" + UUID().uuidString
        try FileManager.default.moveItem(atPath: victim, toPath: aside)
        var removed = IndexReport()
        let deletion = seconds { removed = try! BriefingIndex.open(paths: [corpus], index: path).report }
        try FileManager.default.moveItem(atPath: aside, toPath: victim)
        print(String(format: "re-index after one deleted file: %.1f s (%d removed)", deletion, removed.removed.count))
        _ = try BriefingIndex.open(paths: [corpus], index: path)

        // A day's articles: 300 files of another seed in a folder of their own, then taken away.
        let day = corpus + "/zz-new-day"
        _ = try SyntheticCorpus(seed: options.seed &+ 1, articleCount: 300).write(to: URL(fileURLWithPath: day))
        defer { try? FileManager.default.removeItem(atPath: day) }
        var added = IndexReport()
        let addition = seconds { added = try! BriefingIndex.open(paths: [corpus], index: path).report }
        print(String(format: "re-index after a day's 300 new files: %.1f s (%d added)", addition, added.added.count))
        try FileManager.default.removeItem(atPath: day)
        _ = try BriefingIndex.open(paths: [corpus], index: path)
        print("(in-process: BriefingIndex.open as `briefing index` calls it; a process adds its start, about 10 ms)")
    }
}

/// `briefing-bench search`: open the index, answer 1–3 word queries with and without filters,
/// and compare with grep or rg over the same files.
struct SearchBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Search latency (median, p99), open + first query, RSS, against rg/grep.")
    @OptionGroup var options: CorpusOption
    @OptionGroup var indexOption: IndexOption
    @Option(help: "Number of queries.") var queries = 300
    @Option(help: "Time only this query (repeatable), 20 runs each, instead of the generated list.") var query: [String] = []

    func run() throws {
        let corpus = try options.ensure()
        let path = indexOption.path(options.articles)
        if !FileManager.default.fileExists(atPath: path) { _ = try BriefingIndex.open(paths: [corpus], index: path) }
        var store: SQLiteBriefingStore!
        var firstHits = 0
        let open = seconds {
            store = try! SQLiteBriefingStore(path: path)
            firstHits = try! store.search("minister water", limit: 20).count
        }
        print(String(format: "open + first query: %.1f ms (%d hits)", open * 1000, firstHits))

        // Queries: 1–3 words of real statements (so they find something), half with a filter.
        let overview = try store.overview()
        var generator = SynthRNG(seed: 42)
        var list: [String] = []
        let speakers = try store.speakers().map(\.name)
        let sources = try store.sources().map(\.name)
        let entries = try store.timeline(.all, range: 0..<min(5_000, try store.timelineCount(.all)))
        while list.count < queries && !entries.isEmpty {
            let entry = entries[Int(generator.next() % UInt64(entries.count))]
            let words = entry.text.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }.filter { $0.count >= 5 }
            guard !words.isEmpty else { continue }
            let count = 1 + list.count % 3
            var query = (0..<count).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: " ")
            switch list.count % 6 {
            case 1: if let s = speakers.first.map({ _ in speakers[Int(generator.next() % UInt64(speakers.count))] }), let last = s.split(separator: " ").last { query += " speaker:\(last.lowercased())" }
            case 3: if !sources.isEmpty { query += " source:\"\(sources[Int(generator.next() % UInt64(sources.count))].lowercased())\"" }
            case 5: if let day = entry.day { query += " date:\(day.adding(days: -3))..\(day.adding(days: 3)) is:statement" }
            default: break
            }
            list.append(query)
        }
        if !query.isEmpty {
            for text in query {
                var runs: [Double] = []
                var hits = 0
                for _ in 0..<20 { runs.append(seconds { hits = (try? store.search(text, limit: 20).count) ?? 0 } * 1000) }
                print("\(text): \(hits) hits, " + latencySummary(runs))
            }
            return
        }
        var times: [(Double, Bool)] = []
        var total = 0
        for query in list {
            var hits = 0
            let t = seconds { hits = (try? store.search(query, limit: 20).count) ?? 0 }
            total += hits
            times.append((t * 1000, query.contains(":")))
        }
        print("search, \(list.count) queries over \(overview.articles) articles (\(overview.statements) statements, \(overview.claims) claims), \(total) hits:")
        print("  all:          " + latencySummary(times.map(\.0)))
        print("  words only:   " + latencySummary(times.filter { !$0.1 }.map(\.0)))
        print("  with filters: " + latencySummary(times.filter { $0.1 }.map(\.0)))
        let slowest = zip(list, times).sorted { $0.1.0 > $1.1.0 }.prefix(5)
        print("  slowest: " + slowest.map { String(format: "%@ %.0f ms", $0.0, $0.1.0) }.joined(separator: "; "))
        print(String(format: "RSS while serving: %.0f MB (peak %.0f MB)", ProcessMemory.residentMB, ProcessMemory.peakMB))

        // What a user runs: `briefing search WORD CORPUS --index FILE`, a whole process (start,
        // the index brought up to date — every file checked —, the query, each hit's article
        // read, output), timed like the line-oriented tool beside it: one process per query,
        // the same first words, output to /dev/null.
        let tool = ["/usr/bin/rg", "/usr/local/bin/rg"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let sample = list.prefix(10).map { String($0.split(separator: " ")[0]) }
        func timeProcess(_ executable: String, _ arguments: [String]) -> Double {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return seconds { try? process.run(); process.waitUntilExit() } * 1000
        }
        let briefing = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("briefing").path
        var commandTimes: [Double] = [], toolTimes: [Double] = []
        for word in sample {
            if FileManager.default.isExecutableFile(atPath: briefing) {
                commandTimes.append(timeProcess(briefing, ["search", word, corpus, "--index", path, "--limit", "20"]))
            }
            toolTimes.append(timeProcess(tool ?? "/usr/bin/grep", tool != nil ? ["-l", "-i", "-F", word, corpus] : ["-r", "-l", "-i", "-F", word, corpus]))
        }
        let name = tool != nil ? "rg -l -i" : "grep -rli (rg is not installed)"
        let median = times.map(\.0).sorted()[times.count / 2]
        let toolMedian = toolTimes.sorted()[toolTimes.count / 2]
        print(String(format: "%@ over the files, one word, whole process: median %.0f ms", name, toolMedian))
        if commandTimes.isEmpty {
            print("briefing search as a process: not timed (no release `briefing` next to briefing-bench; run `swift build -c release`)")
        } else {
            let commandMedian = commandTimes.sorted()[commandTimes.count / 2]
            print(String(format: "briefing search WORD CORPUS --index FILE, whole process: median %.0f ms, max %.0f ms — %@",
                         commandMedian, commandTimes.max()!,
                         commandMedian < toolMedian ? String(format: "%.1f× faster than %@", toolMedian / commandMedian, name)
                                                    : String(format: "%.1f× slower than %@", commandMedian / toolMedian, name)))
        }
        print(String(format: "in-process (a library call on an index already open; not what a user waits for): median %.2f ms, %.0f× under the tool's process", median, toolMedian / median))
    }
}

/// "median 3.50 ms, p99 9.10 ms, max 12.00 ms" for times in milliseconds.
func latencySummary(_ milliseconds: [Double]) -> String {
    let sorted = milliseconds.sorted()
    guard !sorted.isEmpty else { return "none" }
    let median = sorted[sorted.count / 2], p99 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))]
    return String(format: "median %.2f ms, p99 %.2f ms, max %.2f ms", median, p99, sorted.last!)
}
