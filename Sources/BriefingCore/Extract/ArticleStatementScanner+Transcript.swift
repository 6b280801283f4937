/// Transcripts: every turn is a direct statement of its labelled speaker (`MS. LEAVITT:`,
/// `THE PRESIDENT:`, `Q:`), dated to the transcript's day; paragraphs without a label continue
/// the turn before them.
extension ArticleStatementScanner {
    mutating func scanTranscript() {
        var current: Found?
        // The header before the first turn dates the transcript and may name who is who
        // ("Witness: Peter Lusk", "Presiding: Judge Miriam Cole").
        let firstTurn = paragraphs.firstIndex { TranscriptLabel.length(atStartOf: text.string(tokens: $0)[...]) != nil } ?? 0
        var transcriptDay: (value: DateValue, expression: Int?)? = article.date.map { (.day($0), nil) }
        if firstTurn > 0 {
            let headerEnd = paragraphs[firstTurn - 1].upperBound
            if let d = dates.indices.first(where: { dates[$0].tokens.upperBound <= headerEnd && usableDate($0) && dates[$0].value?.day != nil }) {
                transcriptDay = (dates[d].value!, d)
            }
            for paragraph in paragraphs[..<firstTurn] { readHeaderRoles(paragraph) }
        }
        for (p, paragraph) in transcriptLines() {
            let start = Int(text.tokens[paragraph.lowerBound].start)
            let end = Int(text.tokens[paragraph.upperBound - 1].end)
            let line = text.string(start..<end)
            // "(APPLAUSE)", "[CROSSTALK]": stage directions are nobody's words.
            if ArticleStatementScanner.isStageDirection(line) { continue }
            if let length = TranscriptLabel.length(atStartOf: line[...]) {
                if let turn = current { record(turn) }
                let labelEnd = start + line.prefix(length).utf8.count
                let labelTokens = paragraph.filter { Int(text.tokens[$0].end) <= labelEnd && text.tokens[$0].kind == .word }
                // "SYSTEM: recording started": a machine's line, not speech.
                if labelTokens.count == 1, text.tokens[labelTokens[0]].hash == ArticleStatementScanner.systemHash {
                    current = nil
                    continue
                }
                let (speaker, mention) = transcriptSpeaker(labelTokens, paragraph: p)
                let contentStart = paragraph.first { Int(text.tokens[$0].start) >= labelEnd }.map { Int(text.tokens[$0].start) } ?? end
                guard contentStart < end else { current = nil; continue }
                current = Found(kind: .direct, pieces: [contentStart..<end], speaker: speaker, mention: mention, cue: nil, mismatch: false,
                                date: transcriptDay.map { ($0.value, $0.expression, .transcript) }, paragraph: p)
            } else if current != nil, p >= firstTurn {
                current!.pieces.append(start..<end)
            }
        }
        if let turn = current { record(turn) }
    }

    /// The transcript's lines as token ranges with their paragraph: a paragraph of several lines
    /// (one turn per line, no blank line between turns — the usual shape of debate transcripts)
    /// is read line by line, so every labelled line starts a turn of its own.
    func transcriptLines() -> [(paragraph: Int, tokens: Range<Int>)] {
        var lines: [(paragraph: Int, tokens: Range<Int>)] = []
        let bytes = text.bytes
        for (p, paragraph) in paragraphs.enumerated() {
            var lineStart = paragraph.lowerBound
            var k = paragraph.lowerBound + 1
            while k < paragraph.upperBound {
                // A newline between the previous token and this one ends a line.
                let gap = Int(text.tokens[k - 1].end)..<Int(text.tokens[k].start)
                if gap.contains(where: { bytes[$0] == 0x0A }) {
                    lines.append((p, lineStart..<k))
                    lineStart = k
                }
                k += 1
            }
            if lineStart < paragraph.upperBound { lines.append((p, lineStart..<paragraph.upperBound)) }
        }
        return lines
    }

    /// A line that is all one parenthesised or bracketed remark: "(APPLAUSE)", "[LAUGHTER]".
    static func isStageDirection(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first, let last = trimmed.last else { return false }
        return (first == "(" && last == ")") || (first == "[" && last == "]")
    }

    /// The speaker a label names: `MS. LEAVITT` → Leavitt (female), `SECRETARY RUBIO` → Rubio
    /// (Secretary), `THE PRESIDENT` → the president named in the transcript, `Q` → a reporter (nil).
    private mutating func transcriptSpeaker(_ labelTokens: [Int], paragraph p: Int) -> (Int?, Mention?) {
        guard var first = labelTokens.first, var last = labelTokens.last else { return (nil, nil) }
        var labelTokens = labelTokens
        // "The Minister for Transport (Ruth Calloway)": the name in the parenthesis when the part
        // before it is a title; "Daniel Okoro (Brellin North)": the part before it.
        if let open = (first...last).first(where: { text.isMark($0, "(") }) {
            let outer = labelTokens.filter { $0 < open }
            let inner = labelTokens.filter { $0 > open }
            let outerIsTitle = outer.allSatisfy { text.tokens[$0].isIn(WordClasses.roleWord) || text.tokens[$0].isIn(WordClasses.determiner) || !text.tokens[$0].isCapitalized || text.tokens[$0].isIn(WordClasses.organisationHead) } || outer.first.map { text.tokens[$0].isIn(WordClasses.determiner) } == true
            labelTokens = outerIsTitle && !inner.isEmpty ? inner : outer
            guard let f = labelTokens.first, let l = labelTokens.last else { return (nil, nil) }
            first = f
            last = l
        }
        let range = first..<(last + 1)
        if labelTokens.count == 1 && text.tokens[first].length == 1 && (text.bytes[Int(text.tokens[first].start)] == UInt8(ascii: "Q") || text.bytes[Int(text.tokens[first].start)] == UInt8(ascii: "A")) {
            let mention = Mention(kind: .group, tokens: range, nameTokens: nil, role: nil, gender: .unknown, head: text.tokens[first].hash)
            if text.bytes[Int(text.tokens[first].start)] == UInt8(ascii: "A"), let last = lastInterviewee() { return (last, mention) }
            return (nil, mention)
        }
        var gender: Gender = .unknown
        var nameWords: [String] = []
        var roleWords: [String] = []
        var roleHashes = Set<UInt64>()
        for k in labelTokens {
            let token = text.tokens[k]
            let word = text.string(token.range)
            if let g = Lexicon.honorifics[token.hash] { if g != .unknown { gender = g }; continue }
            if token.isIn(WordClasses.determiner) { continue }
            if token.isIn(WordClasses.roleWord) || token.isIn(WordClasses.demonym) {
                roleWords.append(ArticleStatementScanner.titleCased(word))
                roleHashes.insert(token.hash)
            } else {
                nameWords.append(ArticleStatementScanner.titleCased(word))
            }
        }
        let hasArticle = labelTokens.contains { text.tokens[$0].hash == Lexicon.the }
        let isDescription = nameWords.isEmpty || (hasArticle && !labelTokens.contains { text.tokens[$0].isCapitalized && !text.tokens[$0].isAllCaps })
        var role: MentionRole?
        if !roleWords.isEmpty {
            labelRoles.append(roleWords.joined(separator: " "))
            role = .label(labelRoles.count - 1)
        }
        let mention = Mention(kind: isDescription ? .description : .name, tokens: range, nameTokens: nil,
                              role: role, gender: gender, head: text.tokens[last].hash)
        if labelTokens.contains(where: { text.tokens[$0].isIn(WordClasses.groupWord) || ArticleStatementScanner.audienceWords.contains(text.tokens[$0].hash) }) {
            return (nil, mention) // "AUDIENCE MEMBER", "PARTICIPANTS"
        }
        if isDescription {
            for k in labelTokens {
                for key in ArticleStatementScanner.headerSynonyms(text.tokens[k].hash) {
                    if let entity = headerRoles[key] { return (entity, mention) }
                }
            }
            return (speakers.resolveDescription(head: text.tokens[last].hash, roleHashes: roleHashes.union(labelTokens.map { text.tokens[$0].hash })), mention)
        }
        let index = speakers.register(name: nameWords.joined(separator: " "), role: roleText(mention.role), gender: gender, isOrganisation: false, roleHashes: Array(roleHashes))
        return (index >= 0 ? index : nil, mention)
    }

    private static let courtHash = WordHash.of("court")
    static let systemHash = WordHash.of("system")
    private static let courtSynonyms = ["presiding", "judge", "court"].map(WordHash.of)
    static let audienceWords: WordSet = WordHash.set(["audience", "crowd", "participant", "participants", "voice", "voices", "reporter", "reporters", "moderator", "unidentified"])

    /// Words a transcript label uses for a header role: THE COURT is who presides.
    static func headerSynonyms(_ hash: UInt64) -> [UInt64] {
        if hash == courtHash { return courtSynonyms }
        return [hash]
    }

    /// "Witness: Peter Lusk. Presiding: Judge Miriam Cole." in a transcript's header.
    mutating func readHeaderRoles(_ paragraph: Range<Int>) {
        var k = paragraph.lowerBound
        while k + 2 < paragraph.upperBound {
            if text.tokens[k].kind == .word, text.tokens[k].isCapitalized, text.isMark(k + 1, ":"),
               let mention = parser.parseForward(from: k + 2, upperBound: paragraph.upperBound), mention.kind == .name,
               let entity = register(mention) {
                headerRoles[text.tokens[k].hash] = entity
                if let role = mention.nameTokens.map({ mention.tokens.lowerBound..<$0.lowerBound }) {
                    for r in role where text.tokens[r].kind == .word { headerRoles[text.tokens[r].hash] = entity }
                }
            }
            k += 1
        }
    }

    private func lastInterviewee() -> Int? {
        // The person the header introduces ("Council leader Neil Ashdown took questions …").
        found.last(where: { $0.speaker != nil })?.speaker
            ?? speakers.mentions.first(where: { !speakers.entity($0.entity).isOrganisation })?.entity
    }

    static func titleCased(_ word: String) -> String {
        guard word == word.uppercased(), word.count > 1 else { return word }
        var out = ""
        var startOfPart = true
        for ch in word {
            out.append(contentsOf: startOfPart ? String(ch).uppercased() : String(ch).lowercased())
            startOfPart = ch == "-" || ch == "'" || ch == "’"
        }
        return out
    }
}

import Foundation
