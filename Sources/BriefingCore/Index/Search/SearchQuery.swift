/// A parsed query of the search language.
///
/// - words must all match, stemmed (`guarantee` finds "guarantees");
/// - `"exact phrase"`, `prefix*`, `-excluded` (or `NOT word`), `a OR b`, `( … )`, an optional `AND`;
/// - filters, which apply to the whole query: `speaker:`, `source:`, `kind:direct|partial|indirect`,
///   `type:` (claim type), `date:YYYY-MM-DD`, `date:A..B` (either end may be left open; `YYYY-MM`
///   and `YYYY` also work), `is:statement|claim|article`, `has:diff`. A filter given twice
///   accepts either value; different filters must all hold.
///
/// Words are kept folded (lowercase, diacritics removed) and never as raw text: the MATCH
/// pattern is rebuilt from them, quoted (``fts5Pattern``).
public struct SearchQuery: Sendable, Equatable {
    /// Every one of these must match.
    public var including: [SearchExpression]
    /// None of these may match.
    public var excluding: [SearchExpression]
    public var filters: SearchFilters

    /// The longest query accepted, in characters.
    public static let maximumLength = 1_000

    public init(including: [SearchExpression], excluding: [SearchExpression] = [], filters: SearchFilters = SearchFilters()) {
        self.including = including
        self.excluding = excluding
        self.filters = filters
    }

    public init(parsing text: String) throws(SearchQueryError) {
        guard text.count <= SearchQuery.maximumLength else {
            throw SearchQueryError("the query is too long (more than \(SearchQuery.maximumLength) characters)")
        }
        var parser = SearchQueryParser(lexemes: try SearchQueryLexer.lex(text))
        self = try parser.parse(original: text)
    }

    /// Terms that must or may match (not the excluded ones): the words a snippet marks.
    public var markedTerms: [SearchTerm] {
        var terms: [SearchTerm] = []
        func collect(_ e: SearchExpression) {
            switch e {
            case .term(let t): terms.append(t)
            case .all(let inc, _): inc.forEach(collect)
            case .any(let branches): branches.forEach(collect)
            }
        }
        including.forEach(collect)
        return terms
    }

    /// True when the query has words to match, not only filters.
    public var hasWords: Bool { !including.isEmpty }
}

/// A word (`guarantee`, `guarant*`) or a phrase (`"no boots on the ground"`), folded.
public struct SearchTerm: Sendable, Equatable, Hashable {
    /// Folded words in order: one for a word, several for a phrase or a word with inner
    /// punctuation (`covid-19` is the phrase `covid 19`, as the index splits it).
    public var words: [String]
    /// The last word is a prefix.
    public var isPrefix: Bool

    public init(words: [String], isPrefix: Bool = false) {
        self.words = words
        self.isPrefix = isPrefix
    }
}

/// The boolean structure of a query.
public indirect enum SearchExpression: Sendable, Equatable {
    case term(SearchTerm)
    /// All of `including` (never empty) and none of `excluding`.
    case all(including: [SearchExpression], excluding: [SearchExpression])
    case any([SearchExpression])
}

/// Restrictions on what a search returns. Empty lists and sets restrict nothing.
public struct SearchFilters: Sendable, Equatable {
    /// Folded name fragments: a speaker matches when one starts one of its words (`leavitt`
    /// matches "Karoline Leavitt"). Articles never match a speaker filter.
    public var speakers: [String] = []
    /// Folded outlet fragments, matched like speakers.
    public var sources: [String] = []
    /// Statements of these kinds, and the claims inside them.
    public var statementKinds: Set<StatementKind> = []
    /// Claims of these types (statements and articles are left out).
    public var claimTypes: Set<ClaimType> = []
    /// Ranges of ``Day/ordinal``: the day words were said (an article's publication day).
    public var days: [ClosedRange<Int>] = []
    public var hitKinds: Set<SearchHitKind> = []
    /// Only what a difference between outlets concerns.
    public var hasDifference = false

    public init() {}

    public var isEmpty: Bool {
        speakers.isEmpty && sources.isEmpty && statementKinds.isEmpty && claimTypes.isEmpty && days.isEmpty && hitKinds.isEmpty && !hasDifference
    }

    /// The kinds of hits the filters allow at all.
    public var allowedKinds: [SearchHitKind] {
        SearchHitKind.allCases.filter { kind in
            if !hitKinds.isEmpty && !hitKinds.contains(kind) { return false }
            if kind == .article && (!speakers.isEmpty || !statementKinds.isEmpty) { return false }
            if kind != .claim && !claimTypes.isEmpty { return false }
            return true
        }
    }

    /// Whether `name` matches one of `fragments` (folded): a fragment must start a word of the
    /// name and may run over several words (`source:"harbour t"`).
    public static func name(_ name: String?, matches fragments: [String]) -> Bool {
        guard let name else { return false }
        return folded(foldedName(name), matches: fragments)
    }

    /// `name` as ``name(_:matches:)`` compares it: folded words, each after a space. Folding costs
    /// tens of microseconds on Linux, so a store folds its names once.
    public static func foldedName(_ name: String) -> String {
        " " + SearchText.foldedWords(name).joined(separator: " ")
    }

    /// ``name(_:matches:)`` for a name already folded by ``foldedName(_:)``.
    public static func folded(_ folded: String, matches fragments: [String]) -> Bool {
        fragments.contains { folded.contains(" " + $0) }
    }

    /// Whether a candidate with these properties passes every filter.
    public func admits(kind: SearchHitKind, speaker: String?, source: String?, day: Day?, statementKind: StatementKind?,
                       claimType: ClaimType?, hasDifference: Bool) -> Bool {
        guard allowedKinds.contains(kind) else { return false }
        if !speakers.isEmpty && !SearchFilters.name(speaker, matches: speakers) { return false }
        if !sources.isEmpty && !SearchFilters.name(source, matches: sources) { return false }
        if !statementKinds.isEmpty && !(statementKind.map(statementKinds.contains) ?? false) { return false }
        if !claimTypes.isEmpty && !(claimType.map(claimTypes.contains) ?? false) { return false }
        if !days.isEmpty {
            guard let ordinal = day?.ordinal, days.contains(where: { $0.contains(ordinal) }) else { return false }
        }
        if self.hasDifference && !hasDifference { return false }
        return true
    }
}
