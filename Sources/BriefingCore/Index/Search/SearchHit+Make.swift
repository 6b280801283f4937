extension SearchHit {
    /// A hit for a statement or claim: the snippet comes from its text, the span is the
    /// statement's words (a claim's evidence sentence) in the article, UTF-8 bytes.
    public static func make(kind: SearchHitKind, id: String, articleID: String, source: String?, speaker: String?, date: Day?,
                            statementID: String?, text: String, span: TextSpan, terms: [SearchTerm], score: Double) -> SearchHit {
        let snippet = SearchSnippet(of: text, marking: terms)
        return SearchHit(kind: kind, id: id, articleID: articleID, source: source, speaker: speaker, date: date,
                         statementID: statementID, snippet: snippet.text, matches: snippet.matches, span: span, score: score)
    }

    /// A hit for an article: the snippet comes from the body around the first match (the
    /// headline when only the headline matched); the span is that first matched word.
    public static func article(_ article: Article, terms: [SearchTerm], score: Double) -> SearchHit {
        var snippet = SearchSnippet(of: article.text, marking: terms)
        var span = snippet.firstMatch.map(TextSpan.init) ?? TextSpan(0, 0)
        if snippet.firstMatch == nil, let headline = article.headline {
            let titled = SearchSnippet(of: headline, marking: terms)
            if titled.firstMatch != nil { snippet = titled; span = TextSpan(0, 0) }
        }
        return SearchHit(kind: .article, id: article.id, articleID: article.id, source: article.source, speaker: nil,
                         date: article.date, statementID: nil, snippet: snippet.text, matches: snippet.matches, span: span, score: score)
    }

    /// Relevance first (higher is better), then the most recent, then kind and id, so equal
    /// scores come out in a stable order.
    public static func ranked(_ a: SearchHit, _ b: SearchHit) -> Bool {
        if a.score != b.score { return a.score > b.score }
        let da = a.date?.ordinal ?? Int.min, db = b.date?.ordinal ?? Int.min
        if da != db { return da > db }
        if a.kind != b.kind { return SearchHitKind.allCases.firstIndex(of: a.kind)! < SearchHitKind.allCases.firstIndex(of: b.kind)! }
        return a.id < b.id
    }
}
