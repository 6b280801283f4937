import Foundation
@testable import BriefingCore

/// A small corpus written for the index tests: three outlets (one folder each), two briefings
/// and an editorial, with curly quotes, pronoun attributions and a diacritic or two.
enum IndexFixture {
    static let files: [(path: String, text: String)] = [
        ("wire/halden.txt", """
            date 2026-03-10
            Halden dam deal guarantees water for Korsland

            Prime Minister Mara Lindqvist said on Tuesday that Valdoria would guarantee the release of water from the Halden Dam. “We will not cut the flow in a drought year,” Lindqvist told reporters. “This is the largest guaranteed release in the history of the dam,” she said.

            Finance Minister Olaf Brandt said the accord would cost 40 million euros over ten years.
            """),
        ("ledger/halden.txt", """
            date 2026-03-10
            Lindqvist promises steady flow

            Mara Lindqvist promised on Tuesday that the flow would not be cut. "We won't cut the flow in a drought year," she said. "This is the largest guaranteed release in the dam's history," Lindqvist said.

            Critics said the plan was misleading. Olaf Brandt said the costs were modest.
            """),
        ("coastal/tariffs.txt", """
            date 2026-03-12
            Brandt defends steel tariffs

            Finance Minister Olaf Brandt defended the steel tariffs on Thursday. “The tariffs protect our workers,” Brandt said. “Steel imports fell by 12 percent last year,” he said.

            Café owners in Nørby said they were worried about prices.
            """),
        ("wire/tariffs.txt", """
            date 2026-03-12
            Tariffs stay, minister says

            “The tariffs protect our workers and our towns,” Finance Minister Olaf Brandt said on Thursday. He said the duties would stay until 2027.
            """),
        ("ledger/editorial.txt", """
            date 2026-03-14
            A naïve plan for the river

            Nothing is quoted here. The résumé of this government on water is thin, and the river deserves better than promises.
            """),
    ]

    /// Writes the corpus into `corpus` and returns its root.
    @discardableResult
    static func write(into corpus: TemporaryCorpus) -> String {
        for file in files { corpus.write(file.path, file.text) }
        return corpus.root
    }

    /// The corpus analysed in memory, the reference for the index.
    static func memoryStore(_ root: String) -> MemoryBriefingStore {
        MemoryBriefingStore(analysis: BriefingAnalysis(articles: CorpusReader().read(paths: [root]).articles))
    }

    /// An in-memory index of the corpus.
    static func sqliteStore(_ root: String) throws -> SQLiteBriefingStore {
        let store = try SQLiteBriefingStore()
        try CorpusIndexer(store: store).update(paths: [root])
        return store
    }
}
