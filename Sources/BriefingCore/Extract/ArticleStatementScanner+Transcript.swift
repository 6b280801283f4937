/// Transcripts: every turn is a direct statement of its labelled speaker (`MS. LEAVITT:`,
/// `THE PRESIDENT:`, `Q:`), dated to the transcript's day; paragraphs without a label continue
/// the turn before them.
extension ArticleStatementScanner {
    mutating func scanTranscript() {
        var current: Found?
        for (p, paragraph) in paragraphs.enumerated() {
            let start = Int(text.tokens[paragraph.lowerBound].start)
            let end = Int(text.tokens[paragraph.upperBound - 1].end)
            let line = text.string(start..<end)
            if let length = TranscriptLabel.length(atStartOf: line[...]) {
                if let turn = current { record(turn) }
                let labelEnd = start + line.prefix(length).utf8.count
                let labelTokens = paragraph.filter { Int(text.tokens[$0].end) <= labelEnd && text.tokens[$0].kind == .word }
                let (speaker, mention) = transcriptSpeaker(labelTokens, paragraph: p)
                let contentStart = paragraph.first { Int(text.tokens[$0].start) >= labelEnd }.map { Int(text.tokens[$0].start) } ?? end
                guard contentStart < end else { current = nil; continue }
                current = Found(kind: .direct, pieces: [contentStart..<end], speaker: speaker, mention: mention, cue: nil, mismatch: false,
                                date: article.date.map { (.day($0), nil, .transcript) }, paragraph: p)
            } else if current != nil {
                current!.pieces.append(start..<end)
            }
        }
        if let turn = current { record(turn) }
    }

    /// The speaker a label names: `MS. LEAVITT` → Leavitt (female), `SECRETARY RUBIO` → Rubio
    /// (Secretary), `THE PRESIDENT` → the president named in the transcript, `Q` → a reporter (nil).
    private mutating func transcriptSpeaker(_ labelTokens: [Int], paragraph p: Int) -> (Int?, Mention?) {
        guard let first = labelTokens.first, let last = labelTokens.last else { return (nil, nil) }
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
            if Lexicon.determiners.contains(token.hash) { continue }
            if Lexicon.roleWords.contains(token.hash) || Lexicon.demonyms.contains(token.hash) {
                roleWords.append(ArticleStatementScanner.titleCased(word))
                roleHashes.insert(token.hash)
            } else {
                nameWords.append(ArticleStatementScanner.titleCased(word))
            }
        }
        let mention = Mention(kind: nameWords.isEmpty ? .description : .name, tokens: range, nameTokens: nil,
                              role: roleWords.isEmpty ? nil : roleWords.joined(separator: " "), gender: gender, head: text.tokens[last].hash)
        if nameWords.isEmpty {
            return (speakers.resolveDescription(head: text.tokens[last].hash, roleHashes: roleHashes), mention)
        }
        let index = speakers.register(name: nameWords.joined(separator: " "), role: mention.role, gender: gender, isOrganisation: false, roleHashes: roleHashes)
        return (index >= 0 ? index : nil, mention)
    }

    private func lastInterviewee() -> Int? {
        found.last(where: { $0.speaker != nil })?.speaker ?? speakers.entities.indices.last
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
