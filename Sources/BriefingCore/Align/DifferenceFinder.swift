/// Finds how the outlets covering one event differ: wording of aligned quotes, coverage,
/// framing, attribution, dates, name spellings and numbers — each with the exact words.
public struct DifferenceFinder {
    let event: Event
    let articles: [String: Article]
    let extractions: [String: ArticleExtraction]
    let groups: [StatementGroup]
    private var statements: [String: Statement] = [:]

    public init(event: Event, articles: [String: Article], extractions: [String: ArticleExtraction], groups: [StatementGroup]) {
        self.event = event
        self.articles = articles
        self.extractions = extractions
        self.groups = groups
        for id in event.articleIDs { for s in extractions[id]?.statements ?? [] { statements[s.id] = s } }
    }

    public func differences() -> [Difference] {
        var found: [Difference] = []
        func add(_ kind: DifferenceKind, _ summary: String, speaker: String?, items: [Difference.Item], edits: [WordDiff.Edit]? = nil, minor: Bool = false, group: String? = nil) {
            found.append(Difference(id: "\(event.id)-d\(found.count + 1)", eventID: event.id, kind: kind, summary: summary, speaker: speaker,
                                    sources: Array(Set(items.compactMap(\.source))).sorted(), items: items, edits: edits, minor: minor, groupID: group))
        }
        let newsArticles = event.articleIDs.filter { $0 != event.transcriptID }
        let newsSources = Set(newsArticles.compactMap { articles[$0]?.source })

        for group in groups {
            let members = group.statementIDs.compactMap { statements[$0] }
            // Wording: each pair of quotes from two outlets that render the same passage (the
            // transcript's words first when there is one).
            let quotes = members.filter { $0.kind != .indirect }.sorted { a, b in
                (a.articleID == event.transcriptID ? 0 : 1, event.articleIDs.firstIndex(of: a.articleID) ?? 0, a.start)
                    < (b.articleID == event.transcriptID ? 0 : 1, event.articleIDs.firstIndex(of: b.articleID) ?? 0, b.start)
            }
            // Each quote is compared with the closest of each other outlet's quotes in the group (an
            // outlet may quote the passage twice, once in part), not with every one that shares words;
            // one long quote may be the closest of several short ones.
            for (i, reference) in quotes.enumerated() {
                var closest: [String: (other: Statement, edits: [WordDiff.Edit], fraction: Double, changes: Int)] = [:]
                for other in quotes[(i + 1)...] where other.articleID != reference.articleID {
                    let inner = WordDiff.trimmingOuterEdits(WordDiff.aligned(reference.text, other.text))
                    let shared = inner.filter { $0.op == .equal }.reduce(0) { $0 + WordDiff.wordCount($1.a) }
                    let shorter = min(WordDiff.wordCount(reference.text), WordDiff.wordCount(other.text))
                    guard shorter > 0, Double(shared) >= 0.6 * Double(shorter) else { continue }
                    let fraction = Double(shared) / Double(max(WordDiff.wordCount(reference.text), WordDiff.wordCount(other.text)))
                    let changes = inner.count { $0.op != .equal }
                    if let best = closest[other.articleID], (best.fraction, -best.changes) >= (fraction, -changes) { continue }
                    closest[other.articleID] = (other, inner, fraction, changes)
                }
                for articleID in quotes.map(\.articleID) where closest[articleID] != nil {
                    guard let (other, inner, _, _) = closest.removeValue(forKey: articleID) else { continue }
                    let changes = inner.filter { $0.op != .equal }
                    let real = changes.filter { !$0.isNoise && WordDiff.normalized($0.a) != WordDiff.normalized($0.b) }
                    guard !changes.isEmpty else { continue }
                    // Punctuation, case and editorial brackets alone make a minor difference.
                    let minor = real.isEmpty
                    let changed = minor ? changes.count : changes.count { !$0.isNoise }
                    let bracketed = changes.contains { WordDiff.Edit.isEditorial($0.a) || WordDiff.Edit.isEditorial($0.b) }
                    let kindOfMinor = bracketed ? "punctuation, case or bracket " : "punctuation or case "
                    let summary = "\(source(other)) words \(group.speaker ?? "the speaker")'s quote differently from \(source(reference)) (\(changed) \(minor ? kindOfMinor : "")change\(changed == 1 ? "" : "s"))"
                    add(.wording, summary, speaker: group.speaker, items: [item(reference), item(other)], edits: inner, minor: minor, group: group.id)
                }
            }
            // Dates: the same words dated to different days.
            let days = Dictionary(grouping: members.filter { $0.date?.day != nil }, by: { $0.date!.day! })
            if days.count > 1 {
                let described = days.keys.sorted().map { day in "\(day) (\(days[day]!.map(source).joined(separator: ", ")))" }.joined(separator: " vs ")
                add(.date, "Outlets date the same statement differently: \(described)", speaker: group.speaker, items: members.map(item), group: group.id)
            }
            // Framing: a loaded verb where others report neutrally.
            let loaded = members.filter { ($0.cue?.split(separator: " ").first).map { Lexicon.loadedCues.contains($0.lowercased()) } ?? false }
            if !loaded.isEmpty && loaded.count < members.count {
                for statement in loaded {
                    add(.framing, "\(source(statement)) reports it with “\(statement.cue!)” where others write \(Set(members.filter { !loaded.contains($0) }.compactMap(\.cue)).sorted().map { "“\($0)”" }.joined(separator: ", "))",
                        speaker: group.speaker, items: [item(statement)], group: group.id)
                }
            }
        }
        // Coverage: what only some outlets carry.
        if newsSources.count > 1 {
            var grouped = Set<String>()
            for group in groups { grouped.formUnion(group.statementIDs) }
            var carriers: [(statements: [Statement], sources: Set<String>)] = groups.map { group in
                let members = group.statementIDs.compactMap { statements[$0] }.filter { $0.articleID != event.transcriptID }
                return (members, Set(members.compactMap { articles[$0.articleID]?.source }))
            }
            for id in newsArticles { for s in extractions[id]?.statements ?? [] where !grouped.contains(s.id) && s.speaker != nil {
                carriers.append(([s], [articles[id]?.source ?? id]))
            } }
            // What most outlets carry first, then what holds the most check-worthy claim: a long article's
            // one-outlet asides come last instead of flooding the pane.
            var claimScore: [String: Double] = [:]
            for id in newsArticles {
                for claim in extractions[id]?.claims ?? [] {
                    if let statement = claim.statementID { claimScore[statement] = max(claimScore[statement] ?? 0, claim.score) }
                }
            }
            func rank(_ carrier: (statements: [Statement], sources: Set<String>)) -> (Int, Double) {
                (carrier.sources.count, carrier.statements.map { claimScore[$0.id] ?? 0 }.max() ?? 0)
            }
            let shownCarriers = carriers.filter { !$0.statements.isEmpty && $0.sources.count < newsSources.count }
            let order = shownCarriers.indices.sorted { a, b in
                let (ra, rb) = (rank(shownCarriers[a]), rank(shownCarriers[b]))
                return ra != rb ? ra > rb : a < b
            }
            for carrier in order.map({ shownCarriers[$0] }) {
                let first = carrier.statements[0]
                let shown = first.reportedText // "ruled out deploying …", not "deploying …"
                let preview = TextCut.words(shown, maximum: 90)
                add(.coverage, "Only in \(carrier.sources.sorted().joined(separator: ", ")): \(first.speaker ?? "unattributed") — “\(preview)”",
                    speaker: first.speaker, items: carrier.statements.map(item))
            }
        }
        // Framing: the outlets' own judgements; attribution: pronoun slips.
        for id in event.articleIDs {
            guard let article = articles[id], let extraction = extractions[id] else { continue }
            for assessment in extraction.assessments {
                let claim = extraction.claims.first { $0.assessments.contains(assessment) }
                add(.framing, "\(article.source ?? id) judges a claim \(assessment.label.rawValue): “\(assessment.cue)”\(claim.map { " — \($0.text.prefix(80))" } ?? "")",
                    speaker: claim?.speaker, items: [Difference.Item(articleID: id, source: article.source, text: assessment.cue, span: assessment.span)])
            }
            for statement in extraction.statements where statement.pronounMismatch {
                add(.attribution, "\(article.source ?? id) attributes \(statement.speaker ?? "a statement")'s words with “\(statement.speakerMention ?? "?")”",
                    speaker: statement.speaker, items: [Difference.Item(articleID: id, source: article.source, text: statement.speakerMention ?? "", span: statement.speakerSpan)])
            }
        }
        found += nameDifferences(startingAt: found.count)
        found += numberDifferences(startingAt: found.count)
        return found
    }

    private func source(_ statement: Statement) -> String { articles[statement.articleID]?.source ?? statement.articleID }

    private func item(_ statement: Statement) -> Difference.Item {
        Difference.Item(articleID: statement.articleID, source: articles[statement.articleID]?.source, text: statement.text,
                        span: TextSpan(statement.start, statement.end))
    }

    /// One entity spelled differently by different outlets ("Zelensky" / "Zelenskyy", "Dahlgren" / "Dahlgrén").
    func nameDifferences(startingAt count: Int) -> [Difference] {
        var forms: [String: [(article: String, form: String)]] = [:] // folded surname cluster key → forms
        var keys: [String] = []
        for id in event.articleIDs {
            guard let extraction = extractions[id] else { continue }
            // Sorted, so differences come out in the same order on every run; each article's
            // spelling of a surname once ("Ingrid Nyström" and "Nyström" are one item).
            var surnames = Set<String>()
            for form in Set(extraction.nameVariants.values.flatMap { $0 }).sorted() {
                guard let surname = form.split(separator: " ").last.map(String.init), surname.count >= 4,
                      surnames.insert(surname).inserted else { continue }
                let folded = ArticleSpeakers.fold(surname)
                let key = keys.first { $0 == folded || SpeakerCanonicalizer.isSpellingVariant($0, folded) } ?? folded
                if !keys.contains(key) { keys.append(key) }
                forms[key, default: []].append((id, surname))
            }
        }
        var result: [Difference] = []
        for key in keys {
            guard let rawEntries = forms[key] else { continue }
            // Capitals are typography ("LINDQVIST:" labels), not spelling.
            var byLowercase: [String: String] = [:]
            for entry in rawEntries where byLowercase[entry.form.lowercased()] == nil || entry.form != entry.form.uppercased() {
                byLowercase[entry.form.lowercased()] = entry.form
            }
            let entries = rawEntries.map { (article: $0.article, form: byLowercase[$0.form.lowercased()]!) }
            let spellings = Set(entries.map(\.form))
            guard spellings.count > 1, Set(entries.map(\.article)).count > 1 else { continue }
            var items: [Difference.Item] = []
            for (article, form) in entries {
                guard let text = articles[article]?.text, let range = text.range(of: form) else { continue }
                let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
                items.append(Difference.Item(articleID: article, source: articles[article]?.source, text: form, span: TextSpan(start, start + form.utf8.count)))
            }
            let listing = spellings.sorted().map { spelling in
                "\(spelling) (\(Set(entries.filter { $0.form == spelling }.compactMap { articles[$0.article]?.source }).sorted().joined(separator: ", ")))"
            }.joined(separator: " / ")
            result.append(Difference(id: "\(event.id)-d\(count + result.count + 1)", eventID: event.id, kind: .name,
                                     summary: "One name spelled \(spellings.count) ways: \(listing)", speaker: nil,
                                     sources: Array(Set(items.compactMap(\.source))).sorted(), items: items, edits: nil, minor: false, groupID: nil))
        }
        return result
    }

    /// The same claim with different quantities in different outlets: claims of two outlets that
    /// share most of their words but none of their numbers ("4.2 billion" / "4 billion").
    func numberDifferences(startingAt count: Int) -> [Difference] {
        var claims: [(claim: Claim, words: Set<UInt64>, numbers: Set<String>, units: Set<String>)] = []
        for id in event.articleIDs {
            for claim in extractions[id]?.claims ?? [] {
                let numbers = NumberMentions.numbers(in: claim.evidenceText)
                guard !numbers.isEmpty else { continue }
                let numberWords = ContentWords.of(numbers.joined(separator: " "))
                claims.append((claim, ContentWords.of(claim.evidenceText).subtracting(numberWords), numbers,
                               Set(NumberMentions.units(in: claim.evidenceText).values)))
            }
        }
        var result: [Difference] = []
        var reported = Set<String>()
        for i in claims.indices {
            for j in (i + 1)..<claims.count where claims[i].claim.articleID != claims[j].claim.articleID {
                let (a, b) = (claims[i], claims[j])
                guard a.numbers.isDisjoint(with: b.numbers) else { continue }
                // The numbers must count the same thing: "4 billion" / "4.2 billion", not "20 years" / "4.2 billion".
                guard !a.units.isDisjoint(with: b.units) else { continue }
                let shared = a.words.intersection(b.words).count
                let smaller = min(a.words.count, b.words.count)
                guard smaller >= 3, shared >= 3, Double(shared) / Double(smaller) >= 0.6 else { continue }
                let key = [a.claim.id, b.claim.id].sorted().joined(separator: "|")
                guard reported.insert(key).inserted else { continue }
                let items = [a.claim, b.claim].map { Difference.Item(articleID: $0.articleID, source: articles[$0.articleID]?.source, text: $0.evidenceText, span: $0.evidence) }
                let sa = articles[a.claim.articleID]?.source ?? "?", sb = articles[b.claim.articleID]?.source ?? "?"
                result.append(Difference(id: "\(event.id)-d\(count + result.count + 1)", eventID: event.id, kind: .number,
                                         summary: "The same claim with different numbers: \(a.numbers.sorted().joined(separator: ", ")) (\(sa)) vs \(b.numbers.sorted().joined(separator: ", ")) (\(sb))",
                                         speaker: a.claim.speaker ?? b.claim.speaker, sources: [sa, sb].sorted(), items: items,
                                         edits: nil, minor: false, groupID: a.claim.group == b.claim.group ? a.claim.group : nil))
            }
        }
        return result
    }
}

extension WordDiff {
    /// The edits between the first and last equal run: what differs where both outlets quote the
    /// same passage, not what one quotes and the other leaves out.
    static func trimmingOuterEdits(_ edits: [Edit]) -> [Edit] {
        // Equal runs of punctuation alone (a closing comma) do not anchor the shared passage.
        let anchors = edits.indices.filter { edits[$0].op == .equal && !normalized(edits[$0].a).isEmpty }
        guard let first = anchors.first, let last = anchors.last else { return edits }
        return Array(edits[first...last])
    }
}

import Foundation
