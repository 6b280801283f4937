import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A deterministic synthetic news corpus: many fictional outlets covering many fictional briefings.
///
/// Articles are laid out in blocks of 20 consecutive indices. Each full block holds five briefing
/// events covered by 3–5 different outlets each (19 articles, shuffled within the block) and one
/// unrelated story, so the event number is roughly `index / 4` and 1 article in 20 is not about a
/// briefing. A trailing partial block is laid out so every event still has at least two articles.
/// Every article is a pure function of `(seed, articleCount, index)`: random access, identical on
/// every platform and run, and a corpus is a prefix of any larger one with the same seed up to its
/// last full block.
public struct SyntheticCorpus: Sendable {
    public let seed: UInt64
    public let articleCount: Int

    static let blockSize = 20
    static let eventsPerBlock = 5

    public init(seed: UInt64, articleCount: Int) {
        precondition(articleCount >= 0, "articleCount must not be negative")
        self.seed = seed
        self.articleCount = articleCount
    }

    /// Folder names, one per outlet.
    public static var outletFolders: [String] { synthOutlets.map(\.slug) }

    /// The article at `index` (0..<articleCount): a relative path like "valdoria-wire/00001234.txt"
    /// (one folder per outlet) and the file contents.
    public func article(at index: Int) -> (path: String, contents: String) {
        precondition(index >= 0 && index < articleCount, "article index out of range")
        let slot = self.slot(at: index)
        var rng = SynthRNG(seed: seed, stream: 3, index: UInt64(index))
        var path = synthOutlets[slot.outlet].slug
        path.append("/")
        SynthText.appendPadded(index, width: 8, to: &path)
        path.append(".txt")

        if let number = slot.event {
            let event = SynthEvent(seed: seed, number: number)
            let pubDay = event.day + (rng.chance(300) ? 1 : 0)
            // Target length 1.5–5.9 KB, triangular around ~3.6 KB.
            let target = max(1520, 1500 + rng.int(2200) + rng.int(2200))
            var writer = SynthWriter(rng: rng, outletIndex: slot.outlet, pubDay: pubDay, event: event)
            writer.writeEventArticle(target: target)
            return (path, writer.out)
        }
        let pubDay = SynthDate.firstEventDay + rng.int(SynthDate.eventDaySpan)
        let target = 1600 + rng.int(700)
        var writer = SynthWriter(rng: rng, outletIndex: slot.outlet, pubDay: pubDay, event: nil)
        writer.writeUnrelatedArticle(target: target)
        return (path, writer.out)
    }

    /// The briefing event the article at `index` covers, or nil for an unrelated story.
    /// Articles with the same event number report the same briefing.
    public func eventNumber(at index: Int) -> Int? {
        precondition(index >= 0 && index < articleCount, "article index out of range")
        return slot(at: index).event
    }

    /// What the generator knows of briefing `number`: its truth for judging a grouping.
    public func facts(ofEvent number: Int) -> SyntheticEventFacts {
        let event = SynthEvent(seed: seed, number: number)
        return SyntheticEventFacts(day: event.day, speaker: event.speaker, topic: event.topic, followsUp: event.followsUp,
                                   happening: event.happening, stockLines: event.stockLines)
    }

    /// Writes every article under `directory` (creating folders); returns total bytes written.
    public func write(to directory: URL) throws -> Int {
        let fm = FileManager.default
        try fm.createDirectory(at: directory, withIntermediateDirectories: true)
        for outlet in synthOutlets {
            try fm.createDirectory(at: directory.appendingPathComponent(outlet.slug, isDirectory: true),
                                   withIntermediateDirectories: true)
        }
        var total = 0
        for index in 0..<articleCount {
            let (path, contents) = article(at: index)
            total += try SyntheticCorpus.writeFile(directory.appendingPathComponent(path, isDirectory: false).path,
                                                   contents)
        }
        return total
    }

    /// Plain C stdio: several times faster than `Data.write(to:)` for 100,000 small files.
    private static func writeFile(_ path: String, _ contents: String) throws -> Int {
        guard let file = fopen(path, "wb") else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        var contents = contents
        let written = contents.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
        let closed = fclose(file)
        guard written == contents.utf8.count, closed == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        return written
    }

    // MARK: Layout

    struct Slot: Equatable {
        /// nil for an unrelated story.
        let event: Int?
        let outlet: Int
    }

    /// Which event and outlet the article at `index` belongs to.
    func slot(at index: Int) -> Slot {
        let block = index / SyntheticCorpus.blockSize
        let start = block * SyntheticCorpus.blockSize
        let n = min(SyntheticCorpus.blockSize, articleCount - start)
        var rng = SynthRNG(seed: seed, stream: 1, index: UInt64(block))
        let full = n == SyntheticCorpus.blockSize
        let unrelated = (full || n >= 10 || n == 1) ? 1 : 0
        let m = n - unrelated
        let events = m == 0 ? 0 : (full ? SyntheticCorpus.eventsPerBlock : (m + 3) / 4)

        var sizes = [Int](repeating: events == 0 ? 0 : m / events, count: events)
        if events > 0 {
            for k in 0..<(m % events) { sizes[k] += 1 }
        }
        if full {
            for _ in 0..<3 {
                let i = rng.int(events), j = rng.int(events)
                if i != j && sizes[i] > 3 && sizes[j] < 5 {
                    sizes[i] -= 1
                    sizes[j] += 1
                }
            }
        }
        var slots: [Int] = []
        slots.reserveCapacity(n)
        for k in 0..<events {
            for _ in 0..<sizes[k] { slots.append(k) }
        }
        for _ in 0..<unrelated { slots.append(-1) }
        rng.shuffle(&slots)

        let position = index - start
        let k = slots[position]
        if k < 0 {
            return Slot(event: nil, outlet: rng.int(synthOutlets.count))
        }
        // Distinct outlets for each event, in order of appearance within the block.
        var outletsOfEvent: [Int] = []
        for e in 0...k {
            var all = Array(synthOutlets.indices)
            rng.shuffle(&all)
            if e == k { outletsOfEvent = Array(all.prefix(sizes[k])) }
        }
        var ordinal = 0
        for p in 0..<position where slots[p] == k { ordinal += 1 }
        return Slot(event: block * SyntheticCorpus.eventsPerBlock + k, outlet: outletsOfEvent[ordinal])
    }
}

/// One generated briefing as the generator made it: when, who, on what, and what it shares with
/// other briefings (its official's stock lines; a follow-up's official and day).
public struct SyntheticEventFacts: Sendable, Equatable {
    /// Days since 1970-01-01.
    public let day: Int
    /// The official who briefed (an index into the generator's officials).
    public let speaker: Int
    /// The topic (an index into the generator's topics).
    public let topic: Int
    /// The same official as the briefing numbered one less, the next day, on another topic.
    public let followsUp: Bool
    /// What occurred that the briefing answers ("the Ravholm dam breach").
    public let happening: String
    /// The official's stock lines said at this briefing (indices into the generator's stock
    /// lines; one line is the same words at every briefing of its official).
    public let stockLines: [Int]
}
