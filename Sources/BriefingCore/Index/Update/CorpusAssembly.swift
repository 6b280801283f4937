/// The corpus an update analyses, in scan order, each file's articles in position order: stored
/// articles of files not read again, and the fresh extractions of files that were (or of stored
/// articles whose claims are scored again). Bodies already read from an earlier file are left out,
/// as ``CorpusReader`` does.
struct CorpusAssembly {
    enum Origin {
        /// An article the index holds, its rows kept (and refreshed where corpus-wide values changed).
        case kept(StoredArticle)
        /// An article whose rows are written anew.
        case fresh(file: String, position: Int, hash: UInt64, extracted: ExtractedValues)

        var isFresh: Bool { if case .fresh = self { true } else { false } }
    }

    var articles: [Article] = []
    /// As extraction returned them (speakers not unified, claims not grouped); `extracted[i]` belongs to `articles[i]`.
    var extracted: [ArticleExtraction] = []
    var origins: [Origin] = []
    /// Stored articles whose body an earlier file now holds: deleted by the write.
    var duplicates: [String] = []
    /// Stored articles extracted again from their stored text (the claims rules changed): their
    /// rows are replaced.
    var rescored: [String] = []

    /// Kept articles by id (those whose rows stay).
    var keptByID: [String: StoredArticle] {
        var result: [String: StoredArticle] = [:]
        for origin in origins { if case .kept(let item) = origin { result[item.article.id] = item } }
        return result
    }

    /// - Parameters:
    ///   - files: every file of the corpus (absolute paths), in scan order.
    ///   - kept: stored articles of files not read again, by file.
    ///   - fresh: files read in this update, by absolute path.
    ///   - rescore: files whose stored articles are extracted again from their stored text.
    static func make(files: [String], kept: [String: [StoredArticle]], fresh: [String: FileExtraction], rescore: Set<String>,
                     concurrently: Bool) -> CorpusAssembly {
        // Extracted again on all cores before the corpus is put together.
        let toRescore = files.filter(rescore.contains).flatMap { kept[$0] ?? [] }
        let rescored = ParallelMap.map(toRescore, concurrently: concurrently) { StatementExtractor().extract($0.article) }
        var rescoredByID = Dictionary(zip(toRescore.map(\.article.id), rescored), uniquingKeysWith: { first, _ in first })
        var corpus = CorpusAssembly()
        var bodies = BodyDeduplicator()
        for file in files {
            if let list = kept[file] {
                for item in list {
                    guard bodies.admit(item.article.text, hash: item.bodyHash) else {
                        corpus.duplicates.append(item.article.id)
                        continue
                    }
                    corpus.articles.append(item.article)
                    if let extraction = rescoredByID.removeValue(forKey: item.article.id) {
                        corpus.rescored.append(item.article.id)
                        corpus.extracted.append(extraction)
                        corpus.origins.append(.fresh(file: file, position: item.position, hash: item.bodyHash, extracted: ExtractedValues(extraction)))
                    } else {
                        corpus.extracted.append(item.extracted)
                        corpus.origins.append(.kept(item))
                    }
                }
            } else if let read = fresh[file], let articles = read.articles {
                for (position, (article, extraction)) in zip(articles, read.extractions).enumerated() {
                    let hash = ContentHash.of(article.text)
                    guard bodies.admit(article.text, hash: hash) else { continue }
                    corpus.articles.append(article)
                    corpus.extracted.append(extraction)
                    corpus.origins.append(.fresh(file: file, position: position, hash: hash, extracted: ExtractedValues(extraction)))
                }
            }
        }
        return corpus
    }
}
