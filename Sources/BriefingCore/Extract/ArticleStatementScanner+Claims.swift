/// Claims: the check-worthy sentences inside statements, with hedges stripped and pronouns
/// replaced; and the outlet's own judgements of them.
extension ArticleStatementScanner {
    static let hedgeOpeners: [[UInt64]] = [
        "i can tell you that", "i can tell you", "i would also just add that", "i would also just add", "i would just add",
        "i would add", "i understand that", "i understand", "let me be clear", "let me tell you", "i can confirm that",
        "i can confirm", "as you know", "to my knowledge", "i'm told", "of course", "the fact is", "the truth is",
    ].map { $0.split(separator: " ").map { WordHash.of(String($0)) } }
    static let fillerWords: WordSet = WordHash.set(["well", "look", "so", "and", "but", "ultimately", "now", "also", "yes", "frankly", "listen", "again"])

    /// Claims of every statement, numbered in text order.
    func claims(for statements: [Statement]) -> [Claim] {
        var claims: [Claim] = []
        claims.reserveCapacity(statements.count * 2)
        var seenEvidence = Set<Int>()
        for statement in statements {
            // "He … So he …": within one statement, he/she keeps meaning the same person.
            var subject: String?
            for sentence in claimSentences(of: statement) {
                let bytes = Int(text.tokens[sentence.lowerBound].start)..<Int(text.tokens[sentence.upperBound - 1].end)
                // A sentence already made a claim (two statements share it) is not scored again.
                let verdict = seenEvidence.contains(bytes.lowerBound) ? nil : claimScorer.score(text, tokens: sentence)
                guard let verdict, verdict.score >= claimScorer.threshold else {
                    trackSubject(sentence, statement: statement, subject: &subject)
                    continue
                }
                seenEvidence.insert(bytes.lowerBound)
                let claimText = self.claimText(sentence, statement: statement, subject: &subject)
                claims.append(Claim(
                    id: article.id + "-c" + String(claims.count + 1), articleID: article.id, statementID: statement.id,
                    speaker: statement.speaker, date: statement.date?.day ?? article.date, text: claimText, evidence: TextSpan(bytes),
                    evidenceText: text.string(bytes), type: verdict.type, score: verdict.score, reasons: verdict.reasons))
            }
        }
        return claims
    }

    /// The sentences a statement's claims come from: each sentence of a quotation or turn; the
    /// clause of reported speech; the reporter's sentence around a partial quote.
    func claimSentences(of statement: Statement) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for span in statement.spans {
            guard let first = text.firstToken(atOrAfter: span.start), first < text.tokens.count, Int(text.tokens[first].start) < span.end else { continue }
            var last = first
            while last + 1 < text.tokens.count, Int(text.tokens[last + 1].end) <= span.end { last += 1 }
            if statement.kind == .partial {
                // The reporter's sentence holding the fragment.
                if let p = paragraphs.firstIndex(where: { $0.contains(first) }),
                   let sentence = sentences[p].first(where: { $0.contains(first) }), !result.contains(sentence) {
                    result.append(sentence)
                }
                continue
            }
            var start = first
            var k = first
            while k <= last {
                let token = text.tokens[k]
                if SentenceSplitter.isTerminal(token), k + 1 <= last, text.tokens[k + 1].spaceBefore,
                   text.tokens[k + 1].isCapitalized || text.tokens[k + 1].kind == .quote,
                   !(token.mark == 0x2E && k > first && SentenceSplitter.isAbbreviation(k - 1, in: text)) {
                    result.append(start..<(k + 1))
                    start = k + 1
                }
                k += 1
            }
            if start <= last { result.append(start..<(last + 1)) }
        }
        return result
    }

    /// The assertion: fillers and hedges ("Well,", "I can tell you that") stripped, a leading
    /// he/she replaced by who the article says it is, a closing comma made a full stop.
    func claimText(_ sentence: Range<Int>, statement: Statement, subject: inout String?) -> String {
        var k = sentence.lowerBound
        let end = sentence.upperBound
        // A partial quote's sentence opens with its attribution: "Leavitt described … as": drop it.
        if statement.kind == .partial, let mention = statement.speakerSpan, Int(text.tokens[k].start) == mention.start {
            while k < end, Int(text.tokens[k].end) <= mention.end { k += 1 }
            // "again falsely claimed that", "also described": adverbs, the cue and "that".
            while k < end, text.tokens[k].kind == .word,
                  text.tokens[k].isIn(WordClasses.adverb) || text.tokens[k].isIn(WordClasses.speechVerb)
                    || text.tokens[k].hash == Lexicon.that || (CheckWorthiness.endsInLy(text, k)) { k += 1 }
        }
        func skipCommas() { while k < end, text.tokens[k].kind == .punctuation, text.tokens[k].mark == 0x2C { k += 1 } }
        var changed = true
        while changed && k < end {
            changed = false
            if text.tokens[k].kind == .word, ArticleStatementScanner.fillerWords.contains(text.tokens[k].hash), k + 1 < end {
                k += 1; skipCommas(); changed = true; continue
            }
            for hedge in ArticleStatementScanner.hedgeOpeners where k + hedge.count < end {
                if hedge.enumerated().allSatisfy({ text.tokens[k + $0.offset].hash == $0.element }) {
                    k += hedge.count
                    skipCommas()
                    changed = true
                    break
                }
            }
        }
        guard k < end else { return text.string(tokens: sentence) }
        var prefix = ""
        let first = text.tokens[k]
        if first.kind == .word, let gender = Lexicon.pronouns[first.hash], gender == .male || gender == .female,
           let name = subject ?? referent(gender: gender, before: Int(first.start), excluding: statement.speaker) {
            prefix = name
            subject = name
            k += 1
            if k < end, text.tokens[k].hash == Lexicon.possessive {
                let next = k + 1 < end ? text.tokens[k + 1] : nil
                let participle = next.map { $0.kind == .word && (CheckWorthiness.isPastForm(text, k + 1) || ArticleStatementScanner.participles2.contains($0.hash)) } ?? false
                prefix += participle ? " has" : " is"
                k += 1
            }
        }
        if prefix.isEmpty, first.kind == .word, first.isCapitalized, let index = entityNamed(k) {
            subject = speakers.entity(index).name // the sentence is about someone named: later he/she mean them
        }
        if prefix.isEmpty, first.hash == Lexicon.the, k + 1 < end, text.tokens[k + 1].isIn(WordClasses.descriptionHead),
           let index = speakers.resolveDescription(head: text.tokens[k + 1].hash, roleHashes: [text.tokens[k + 1].hash]) {
            subject = speakers.entity(index).name
        }
        // "ruled out deploying troops": the cue carries the meaning of the clause.
        if let cue = statement.negatingCue {
            prefix = prefix.isEmpty ? cue : prefix + " " + cue
        }
        // Built on bytes: the claim's words, a capital first letter, trailing ",;" and spaces
        // dropped, a full stop unless it already ends a sentence or a quotation.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(prefix.utf8.count + 2 + (k < end ? Int(text.tokens[end - 1].end - text.tokens[k].start) : 0))
        bytes.append(contentsOf: prefix.utf8)
        if k < end {
            if !prefix.isEmpty { bytes.append(0x20) }
            let bodyStart = bytes.count
            bytes.append(contentsOf: text.bytes[Int(text.tokens[k].start)..<Int(text.tokens[end - 1].end)])
            if prefix.isEmpty, statement.kind != .indirect {
                let first = bytes[bodyStart]
                if first >= 0x61 && first <= 0x7A {
                    bytes[bodyStart] = first - 0x20
                } else if first >= 0x80 {
                    // A non-ASCII first letter ("élan"): Unicode's case mapping.
                    let body = String(decoding: bytes[bodyStart...], as: UTF8.self)
                    if let f = body.first, f.isLowercase {
                        bytes.removeSubrange(bodyStart...)
                        bytes.append(contentsOf: (f.uppercased() + body.dropFirst()).utf8)
                    }
                }
            }
        }
        while let last = bytes.last, last == 0x2C || last == 0x20 || last == 0x3B { bytes.removeLast() }
        if let last = bytes.last {
            let closesSentence = last == 0x2E || last == 0x21 || last == 0x3F || last == 0x22
                || (bytes.count >= 3 && bytes[bytes.count - 3] == 0xE2 && bytes[bytes.count - 2] == 0x80 && (last == 0x9D || last == 0x99))
            if !closesSentence { bytes.append(0x2E) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Keeps track of whom he/she mean through sentences that are not claims, without building text.
    func trackSubject(_ sentence: Range<Int>, statement: Statement, subject: inout String?) {
        var k = sentence.lowerBound
        while k < sentence.upperBound, text.tokens[k].kind != .word || ArticleStatementScanner.fillerWords.contains(text.tokens[k].hash) { k += 1 }
        guard k < sentence.upperBound else { return }
        let first = text.tokens[k]
        if let gender = Lexicon.pronouns[first.hash], gender == .male || gender == .female {
            if subject == nil { subject = referent(gender: gender, before: Int(first.start), excluding: statement.speaker) }
        } else if first.isCapitalized, let index = entityNamed(k) {
            subject = speakers.entity(index).name
        }
    }

    /// The entity a capitalised token names ("Leavitt" → Karoline Leavitt), if any.
    func entityNamed(_ k: Int) -> Int? {
        let token = text.tokens[k]
        // Keyed on the token's bytes, without a string, unless tidying would change the word
        // (a final dot: "U.S.") or the letters need Foundation's folding.
        if text.bytes[Int(token.end) - 1] != 0x2E, let key = ArticleSpeakers.latinKey(text.bytes[token.range]) {
            return speakers.lookup(key: key)
        }
        return speakers.lookup(name: text.string(token.range))
    }

    static let participles2: WordSet = WordHash.set(["been", "done", "said", "spoken", "talked", "made", "given", "taken", "seen", "got", "gotten", "ruled", "told", "shown", "known", "won", "lost", "had"])

    /// Who "he" or "she" in a quotation means: the nearest person before it, named or described
    /// ("the president"), other than the speaker.
    func referent(gender: Gender, before offset: Int, excluding speaker: String?) -> String? {
        guard var k = text.firstToken(atOrAfter: offset) else { return nil }
        var steps = 0
        while k > 0 && steps < 200 {
            k -= 1
            steps += 1
            let token = text.tokens[k]
            guard token.kind == .word else { continue }
            if token.isIn(WordClasses.descriptionHead), k > 0, text.tokens[k - 1].hash == Lexicon.the,
               let index = speakers.resolveDescription(head: token.hash, roleHashes: [token.hash]) {
                let entity = speakers.entity(index)
                if entity.name != speaker, gender.isCompatible(with: entity.gender) { return entity.name }
            }
            if token.isCapitalized, let index = entityNamed(k) {
                let entity = speakers.entity(index)
                if !entity.isOrganisation, entity.name != speaker, gender.isCompatible(with: entity.gender) { return entity.name }
            }
        }
        return nil
    }

    /// The outlet's judgements: in its own sentences, outside quotations and reported clauses.
    func assessments(statements: [Statement]) -> [Assessment] {
        let reported = statements.filter { $0.kind != .partial }.flatMap(\.spans)
        var result: [Assessment] = []
        // Tokens not in the outlet's voice: quotations and reported clauses, marked once (on the stack).
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: max(1, quoteAt.count)) { outside in
            for k in quoteAt.indices { outside[k] = quoteAt[k] >= 0 }
            for span in reported {
                guard var k = text.firstToken(atOrAfter: span.start) else { continue }
                while k < text.tokens.count, Int(text.tokens[k].start) < span.end { outside[k] = true; k += 1 }
            }
            AssessmentFinder.find(in: text, sentences: sentences, excluded: { outside[$0] }) { sentence, tokens, label in
                let cue = Int(text.tokens[tokens.lowerBound].start)..<Int(text.tokens[tokens.upperBound - 1].end)
                let whole = Int(text.tokens[sentence.lowerBound].start)..<Int(text.tokens[sentence.upperBound - 1].end)
                result.append(Assessment(articleID: article.id, source: article.source, label: label, cue: text.string(cue),
                                         span: TextSpan(cue), sentence: TextSpan(whole)))
            }
        }
        return result
    }
}
