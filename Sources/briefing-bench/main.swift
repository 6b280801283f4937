import ArgumentParser
import BriefingCore
import Foundation

/// `briefing-bench`: benchmarks of the real code paths over a generated corpus. Build in release:
/// `swift run -c release briefing-bench all`.
struct BriefingBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing-bench",
        abstract: "Generate a synthetic corpus and measure reading and extraction speed.",
        subcommands: [Generate.self, Read.self, Extract.self, Events.self, IndexBench.self, SearchBench.self, Browse.self, All.self],
        defaultSubcommand: All.self
    )
}

struct CorpusOption: ParsableArguments {
    @Option(help: "Folder of the generated corpus (created if missing; default: /tmp/briefing-bench-corpus-ARTICLES, -sSEED for another seed).")
    var corpus: String?
    @Option(help: "Number of articles to generate.") var articles = 10_000
    @Option(help: "Generator seed.") var seed: UInt64 = 1

    /// The corpus folder: one per size and seed unless given, so a run at another size does not
    /// write over the corpus (and stale the index) of the last one.
    var folder: String { corpus ?? "/tmp/briefing-bench-corpus-\(articles)" + (seed == 1 ? "" : "-s\(seed)") }

    /// Generates the corpus unless a corpus of that size and seed is already there.
    func ensure() throws -> String {
        let corpus = folder
        let marker = corpus + "/.generated-\(articles)-\(seed)"
        if FileManager.default.fileExists(atPath: marker) { return corpus }
        try? FileManager.default.removeItem(atPath: corpus)
        let start = Date()
        let bytes = try SyntheticCorpus(seed: seed, articleCount: articles).write(to: URL(fileURLWithPath: corpus))
        FileManager.default.createFile(atPath: marker, contents: nil)
        print(String(format: "generated %d articles, %.1f MB in %.2f s", articles, Double(bytes) / 1e6, Date().timeIntervalSince(start)))
        return corpus
    }
}

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the synthetic corpus.")
    @OptionGroup var options: CorpusOption
    @Option(help: "Also write the generator's truth: one line per article, its relative path and event number (-1: no briefing).")
    var truth: String?
    func run() throws {
        _ = try options.ensure()
        guard let truth else { return }
        let generator = SyntheticCorpus(seed: options.seed, articleCount: options.articles)
        var lines = ""
        for index in 0..<options.articles {
            lines += "\(generator.article(at: index).path)\t\(generator.eventNumber(at: index) ?? -1)\n"
        }
        try lines.write(toFile: truth, atomically: true, encoding: .utf8)
    }
}

struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Read the corpus (walk, decode, detect, parse, normalise) on one core.")
    @OptionGroup var options: CorpusOption
    func run() throws {
        let path = try options.ensure()
        var corpus = Corpus()
        _ = CorpusReader().read(paths: [path], concurrently: false) // warm the page cache
        let time = seconds { corpus = CorpusReader().read(paths: [path], concurrently: false) }
        let mb = Double(corpus.bytesRead) / 1e6
        print(String(format: "read: %d articles, %.1f MB in %.3f s — %.0f articles/s, %.1f MB/s (one core)",
                     corpus.articles.count, mb, time, Double(corpus.articles.count) / time, mb / time))
        let parallel = seconds { corpus = CorpusReader().read(paths: [path], concurrently: true) }
        print(String(format: "read: %.1f MB/s on all cores", mb / parallel))
    }
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Extract statements and dates from the read corpus on one core.")
    @OptionGroup var options: CorpusOption
    enum Pass: String, ExpressibleByArgument { case statements, claims }
    @Option(help: "Run only one pass, five times, and print nothing, for a profiler: 'statements' (without claims) or 'claims' (with them).") var profile: Pass?
    func run() throws {
        let path = try options.ensure()
        let articles = CorpusReader().read(paths: [path]).articles
        let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
        let extractor = StatementExtractor()
        if let profile {
            for _ in 0..<5 { for article in articles { _ = extractor.extract(article, claims: profile == .claims) } }
            return
        }
        var statements = 0
        var dates = 0
        var claims = 0
        var extractions: [ArticleExtraction] = []
        extractions.reserveCapacity(articles.count)
        // The real path (statements, dates and claims), and the same pass without claims, so the
        // cost of claims is the difference. The two run article by article in turn (which goes
        // first alternates), so the machine's drift from second to second (±10% here) falls on
        // both alike; five rounds, the fastest total of each kept (the first warms up).
        var time = Double.infinity
        var withoutClaims = Double.infinity
        for round in 0..<5 {
            var with = 0.0, without = 0.0
            for (i, article) in articles.enumerated() {
                var extraction: ArticleExtraction?
                if (i + round) % 2 == 0 {
                    without += seconds { _ = extractor.extract(article, claims: false) }
                    with += seconds { extraction = extractor.extract(article) }
                } else {
                    with += seconds { extraction = extractor.extract(article) }
                    without += seconds { _ = extractor.extract(article, claims: false) }
                }
                if round == 0, let extraction {
                    statements += extraction.statements.count
                    dates += extraction.dates.count
                    claims += extraction.claims.count
                    extractions.append(extraction)
                }
            }
            time = min(time, with)
            withoutClaims = min(withoutClaims, without)
        }
        let grouping = seconds { ClaimGrouper.group(&extractions) }
        let mb = Double(bytes) / 1e6
        print(String(format: "statements+dates: %.1f MB/s (one core) — %d articles, %.1f MB of text in %.3f s; %d statements, %d date expressions",
                     mb / withoutClaims, articles.count, mb, withoutClaims, statements, dates))
        print(String(format: "claims: +%.3f s (%.0f%% of statement extraction), %d claims; grouping across outlets %.3f s",
                     time - withoutClaims, 100 * (time - withoutClaims) / withoutClaims, claims, grouping))
    }
}

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The whole analysis on all cores (extraction, events, alignment, differences), and how well events match the generator's truth.")
    @OptionGroup var options: CorpusOption
    func run() throws {
        let path = try options.ensure()
        var corpus = Corpus()
        let readTime = seconds { corpus = CorpusReader().read(paths: [path]) }
        var analysis: BriefingAnalysis?
        let analysisTime = seconds { analysis = BriefingAnalysis(articles: corpus.articles) }
        guard let analysis else { return }
        print(String(format: "analysis of %d articles on all cores: read %.2f s, whole analysis %.2f s; %d events, %d statement groups, %d differences",
                     corpus.articles.count, readTime, analysisTime, analysis.events.count, analysis.statementGroups.count, analysis.differences.count))
        // The phases after extraction, timed on their own.
        var extractions = analysis.extractions
        let grouping = seconds { ClaimGrouper.group(&extractions) }
        var events: [Event] = []
        let clustering = seconds { events = EventClusterer.cluster(articles: corpus.articles, extractions: extractions) }
        let articleByID = Dictionary(corpus.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let extractionByID = Dictionary(zip(corpus.articles.map(\.id), extractions), uniquingKeysWith: { a, _ in a })
        let aligning = seconds {
            _ = ParallelMap.map(events) { event in
                let groups = StatementAligner.align(event: event, articles: articleByID, extractions: extractionByID)
                return DifferenceFinder(event: event, articles: articleByID, extractions: extractionByID, groups: groups).differences().count
            }
        }
        print(String(format: "  claim groups %.2f s (one core), events %.2f s (all cores), alignment and differences %.2f s (all cores); in the analysis claim groups and events run at once", grouping, clustering, aligning))
        print(String(format: "  grouping and alignment together (events + alignment and differences): %.2f s; peak memory of this process %.0f MB (in-process figures)",
                     clustering + aligning, ProcessMemory.peakMB))
        // Pairwise precision and recall of events against the generator's events.
        let generator = SyntheticCorpus(seed: options.seed, articleCount: options.articles)
        var truth: [String: Int] = [:]
        for article in corpus.articles {
            let name = (article.path as NSString).lastPathComponent
            if let index = Int(name.prefix(8)), index < options.articles, let event = generator.eventNumber(at: index) { truth[article.id] = event }
        }
        var predicted: [String: String] = [:]
        for event in analysis.events { for id in event.articleIDs { predicted[id] = event.id } }
        var byTruth: [Int: [String]] = [:]
        for (id, event) in truth { byTruth[event, default: []].append(id) }
        var byPrediction: [String: [String]] = [:]
        for (id, event) in predicted where truth[id] != nil { byPrediction[event, default: []].append(id) }
        func pairs(_ n: Int) -> Int { n * (n - 1) / 2 }
        let truePairs = byTruth.values.reduce(0) { $0 + pairs($1.count) }
        let predictedPairs = byPrediction.values.reduce(0) { $0 + pairs($1.count) }
        var agreeing = 0
        for members in byPrediction.values {
            var counts: [Int: Int] = [:]
            for id in members { counts[truth[id]!, default: 0] += 1 }
            agreeing += counts.values.reduce(0) { $0 + pairs($1) }
        }
        let precision = Double(agreeing) / Double(max(1, predictedPairs)), recall = Double(agreeing) / Double(max(1, truePairs))
        print(String(format: "events vs generator truth: pairwise precision %.3f, recall %.3f, F1 %.3f", precision, recall, 2 * precision * recall / max(1e-9, precision + recall)))
        // Which briefings were put together, by what they share: a follow-up (the same official
        // the next day on another topic), one topic within a week, one of the official's stock lines.
        var joined: [(Int, Int)] = []
        for members in byPrediction.values {
            let numbers = Set(members.compactMap { truth[$0] }).sorted()
            for (i, a) in numbers.enumerated() { for b in numbers[(i + 1)...] { joined.append((a, b)) } }
        }
        var followUps = 0, sameTopic = 0, sharedLine = 0, other = 0
        for (a, b) in joined {
            let x = generator.facts(ofEvent: a), y = generator.facts(ofEvent: b)
            if y.followsUp && b == a + 1 { followUps += 1 }
            else if x.topic == y.topic { sameTopic += 1 }
            else if !Set(x.stockLines).isDisjoint(with: y.stockLines) && x.speaker == y.speaker { sharedLine += 1 }
            else { other += 1 }
        }
        let allFollowUps = Set(truth.values).filter { generator.facts(ofEvent: $0).followsUp && byTruth[$0 - 1] != nil }.count
        print("  briefings put together: \(joined.count) pair\(joined.count == 1 ? "" : "s") — \(followUps) follow-ups of \(allFollowUps) (same official, next day, other topic), "
              + "\(sameTopic) on one topic, \(sharedLine) sharing only a stock line of one official, \(other) other")
    }
}

struct All: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Every benchmark.")
    @OptionGroup var options: CorpusOption
    func run() throws {
        var read = Read()
        read.options = options
        try read.run()
        var extract = Extract()
        extract.options = options
        try extract.run()
    }
}

MallocArenas.limit()
BriefingBench.main()
