/// The versions of the rules each stage of an update applies, stored in the index beside what
/// they made, so a newer `briefing` re-runs exactly the stages whose rules changed — on the files
/// and events they affect — instead of showing stale results until someone thinks of `--rebuild`.
///
/// - `extraction` and `claims` are per file (the `files` table): a file whose stored version
///   differs is read and extracted again (extraction), or extracted again from its stored text
///   (claims). Per file, so an update interrupted half way, or a first look that read only some
///   files, leaves every other file marked as still to do.
/// - `grouping` and `alignment` are per index (`meta`): a change re-runs the cross-article
///   analysis once; events whose alignment was made by another version are aligned again.
///
/// Raise a version whenever the output of its stage can change for the same input. An index made
/// before versions were stored counts as version 1 of each stage (alignment: 2, as it recorded).
public struct IndexVersions: Sendable, Equatable {
    /// Reading and extraction: formats, statements, speakers within an article, dates, name
    /// variants, judgements (``StatementExtractor``, the readers, ``CorpusReader``).
    public var extraction: String
    /// Which sentences are claims, their type, score and reasons (``ClaimScorer``).
    public var claims: String
    /// Speakers unified across articles, claim groups, events (``EventClusterer``, ``ClaimGrouper``).
    public var grouping: String
    /// Statement alignment, word diffs, differences (``StatementAligner``, ``DifferenceFinder``,
    /// ``WordDiff``, the claim-to-statement rules they read) and the timeline's rows.
    public var alignment: String

    public init(extraction: String, claims: String, grouping: String, alignment: String) {
        self.extraction = extraction
        self.claims = claims
        self.grouping = grouping
        self.alignment = alignment
    }

    /// The rules of this build. History:
    /// - alignment 2: timeline entries keep a negating cue (``Statement/reportedText``);
    /// - grouping 2: events by what whole articles are about, average link (``EventGrouper``),
    ///   titled by a representative headline;
    /// - alignment 3: coverage differences ranked (most outlets, then the most check-worthy claim),
    ///   previews cut at a word;
    /// - extraction 2: a reported clause ends before the outlet's own participle clause
    ///   (", ending weeks of speculation");
    /// - alignment 4: a transcript's question is the timeline's "Reporter", not unattributed;
    /// - extraction 3: reported speech on real news — stance verbs ("wants", "called for",
    ///   "found"), unnamed sources ("experts say", "a new poll shows"), attributions inside or
    ///   after the clause, names with middle initials;
    /// - alignment 5: a timeline entry keeps a cue that states a position ("called for …");
    /// - extraction 4: dates at their own precision (quarters, halves, seasons, holidays, years,
    ///   `PAST_REF`/`PRESENT_REF`/`FUTURE_REF`), the tense of the clause for days and months;
    /// - extraction 5: reported speech after a perfect auxiliary or with an object as content
    ///   ("had mocked the complaint"), "is saying that", "which X says …", subjects with their
    ///   prepositional phrase ("Experts on North Korea said", "A 2014 study by … found"),
    ///   dash sign-offs and second attributions ending a reported clause;
    /// - extraction 6: a participle clause's subject is never the dateline opening the sentence
    ///   ("ESTAVIK, Valdoria — The government …, pledging …"); outlet names (`+outlets-…`);
    /// - alignment 6: a quote's wording is compared with the closest quote of each other outlet;
    ///   punctuation alone and editorial brackets ("[President Barack]") are no word change.
    /// - extraction 7: subjects before an aside ("Ana Ruiz, 59, of Tolvane, who …, said"),
    ///   quantified subjects ("Many of …", "A majority of …"), requests ("asked X to …"), topics
    ///   ("spoke out on Tuesday about …"), nouns of saying ("the ministry's claim that …", "a
    ///   Gazette report that …"), feelings ("were frustrated that …"), "as" asides and "as" meaning
    ///   while, passives without a source ("is expected to …", "have been blamed for …"), chained
    ///   stances ("appeared to suggest that …"), headline attributions ("Pence: …", "…, X Says."),
    ///   `''…''` ending a sentence, "it says" after a document, the horizontal bar read as a dash,
    ///   "the mother of three replied", colon introductions across paragraphs, participles after a
    ///   comma attributed to the main clause.
    /// - extraction 8: a quotation after a colon belongs to the subject of the clause the colon
    ///   ends ("Obama is rolling out a new message: "…""); "X laughed and said" takes the subject
    ///   before the first verb; "a few questions" and "his answer" are nouns, not cues; a comma
    ///   after "said" ends its reported clause.
    /// - extraction 9: a reported clause ends at a dash before a relative attribution ("-- a delay
    ///   X said is needed …") and at "…," but he said …"; "he"/"she" is the person of unknown
    ///   gender who just spoke in the paragraph; a coordinated verb in a subordinate clause takes
    ///   its subject ("after she attacked … and blamed"); a stance inside a clause that a verb of
    ///   speech reports is that verb's ("said she wanted to speak "…""); a clause ends where a
    ///   quotation with its own attribution opens; "I" outside quotations is the unnamed writer.
    /// - extraction 10: "that" before a name or a determiner is the conjunction, not part of the
    ///   mention ("claimed that the government had said"); a gerund opening a sentence is no given
    ///   name ("Injecting Clinton's troubles …"); "the obligations that X was seeking" reports nothing.
    /// - extraction 11: a trailing attribution's subject may run to twenty words with a plural noun
    ///   in it ("Scott Pruitt, …, one of the states suing the EPA, said"); sung and chanted words.
    /// - extraction 12: quoted section headings on a line of their own and titles with their full
    ///   stop inside the marks are no statements; "said on CNN's …" opens no clause; "asking, "…"".
    /// - extraction 13: "advisers to X say" (the advisers speak); a subject before a date ("a
    ///   panel in 2001 found").
    /// - grouping 3: a surname shared by two full names as frequent and as long as each other goes
    ///   to the first in alphabetical order (it went by hash order: two runs could differ).
    public static let current = IndexVersions(extraction: "13", claims: "2", grouping: "3", alignment: "6")

    /// What an index made before versions were stored was made by.
    static let unrecorded = IndexVersions(extraction: "1", claims: "1", grouping: "1", alignment: "2")

    /// The corpus-wide versions as `meta` holds them (`grouping`, `alignment`); an absent key is
    /// version 1 of grouping, and no alignment at all (an index that never finished one).
    static func corpusWide(meta: [String: String]) -> (grouping: String, alignment: String?) {
        (meta[MetaKey.grouping] ?? unrecorded.grouping, meta[MetaKey.alignment])
    }

    enum MetaKey {
        static let grouping = "grouping"
        /// The key an alignment version was stored under before the other stages had one.
        static let alignment = "alignment"
    }
}
