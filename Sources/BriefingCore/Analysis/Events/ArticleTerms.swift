/// The words an article is about, weighted, for telling which articles cover one story: headline
/// and body, stopwords and short numbers left out, a plural folded to its singular ("tariffs" →
/// "tariff"), possessives cut ("Trump's" → "trump"), hyphenated words split.
///
/// Weights per occurrence: 1; ×3 for a capitalised word that does not start a sentence (names
/// of people, places and organisations) — but not for the names of the article's own speakers:
/// a spokesperson briefs on many stories, and who spoke says less about which story it is than
/// what else is named; ×1.5 for a number of three digits or more; ×0.5 inside a quotation
/// (officials recycle their lines from one briefing to the next; a shared quote counts, but less
/// than the reporter's account of what happened); headline words ×3; the first 100 words of the
/// body ×2 (the lede says what the story is). `lead` holds the headline and the first 60 words
/// of the body only: two stories about the same people that differ in what happened differ most
/// there.
///
/// Terms are FNV-1a hashes of the folded words (``FNV1a``), counts are weighted occurrences.
struct ArticleTerms: Sendable {
    var full: [UInt64: Double] = [:]
    var lead: [UInt64: Double] = [:]

    static let capitalisedWeight = 3.0
    static let numberWeight = 1.5
    static let headlineWeight = 3.0
    static let quotedWeight = 0.5
    static let ledeWeight = 2.0
    /// Body words counted double in `full`, and body words in `lead`.
    static let ledeWords = 100
    static let leadWords = 60

    /// - Parameter extraction: the article's statements: quotations are weighed down, and its
    ///   speakers' names are not weighed up as names.
    init(_ article: Article, _ extraction: ArticleExtraction? = nil) {
        var names = Set<String>()
        var quoted: [Range<Int>] = []
        for statement in extraction?.statements ?? [] {
            if let speaker = statement.speaker { names.insert(speaker) }
            if let mention = statement.speakerMention { names.insert(mention) }
            if statement.kind != .indirect { quoted += statement.spans.map { $0.start..<$0.end } }
        }
        // Each name once: an article repeats its few speakers in many statements.
        var speakerTerms = Set<UInt64>()
        for name in names { Self.scan(name) { term, _ in speakerTerms.insert(term); return true } }
        quoted.sort { $0.lowerBound < $1.lowerBound }
        if let headline = article.headline {
            Self.scan(headline, speakers: speakerTerms) { term, weight in
                full[term, default: 0] += weight * Self.headlineWeight
                lead[term, default: 0] += weight * Self.headlineWeight
                return true
            }
        }
        var words = 0
        Self.scan(article.text, quoted: quoted, speakers: speakerTerms) { term, weight in
            full[term, default: 0] += words < Self.ledeWords ? weight * Self.ledeWeight : weight
            if words < Self.leadWords { lead[term, default: 0] += weight }
            words += 1
            return true
        }
    }

    /// Calls `body` with each term of `text` and its weight (names, numbers, quotations), in
    /// text order, while it returns true.
    ///
    /// - Parameters:
    ///   - quoted: byte ranges of quotations, ascending.
    ///   - speakers: terms of names that are not weighed up (the speakers').
    static func scan(_ text: String, quoted: [Range<Int>] = [], speakers: Set<UInt64> = [],
                     _ body: (_ term: UInt64, _ weight: Double) -> Bool) {
        let tokenized = TokenizedText(text)
        let bytes = tokenized.bytes
        var nextQuote = 0
        /// ×0.5 when the token at `start` lies in a quotation.
        func quoteFactor(_ start: Int) -> Double {
            while nextQuote < quoted.count && quoted[nextQuote].upperBound <= start { nextQuote += 1 }
            return nextQuote < quoted.count && quoted[nextQuote].contains(start) ? quotedWeight : 1
        }
        var sentenceStart = true
        var previousWasAbbreviation = false
        var part: [UInt8] = []
        part.reserveCapacity(32)
        for token in tokenized.tokens {
            switch token.kind {
            case .paragraphBreak, .quote:
                sentenceStart = true
                continue
            case .punctuation:
                if token.mark == 0x21 || token.mark == 0x3F || token.mark == 0x3A || (token.mark == 0x2E && !previousWasAbbreviation) {
                    sentenceStart = true
                }
                continue
            case .number:
                sentenceStart = false
                previousWasAbbreviation = false
                var hash = FNV1a.offsetBasis
                var digits = 0
                for i in token.range where bytes[i] >= 0x30 && bytes[i] <= 0x39 {
                    hash = FNV1a.add(hash, bytes[i])
                    digits += 1
                }
                if digits >= 3 && !body(hash, numberWeight * quoteFactor(token.range.lowerBound)) { return }
                continue
            case .word:
                break
            }
            if token.newlineBefore { sentenceStart = true }
            let initial = sentenceStart
            sentenceStart = false
            previousWasAbbreviation = abbreviations.contains(token.hash)
            let quote = quoteFactor(token.range.lowerBound)
            // Parts split at hyphens and dots ("Putin-Zelensky", "U.S."), each a term of its own.
            var i = token.range.lowerBound
            let end = token.range.upperBound
            while i < end {
                part.removeAll(keepingCapacity: true)
                let capitalised = (bytes[i] >= 0x41 && bytes[i] <= 0x5A) || (bytes[i] >= 0xC3 && token.isCapitalized && i == token.range.lowerBound)
                while i < end && bytes[i] != 0x2D && bytes[i] != 0x2E {
                    let b = bytes[i]
                    if b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 {
                        part.append(0x27) // ’ as '
                        i += 3
                        continue
                    }
                    part.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                    i += 1
                }
                i += 1
                guard let term = term(&part) else { continue }
                let name = capitalised && !initial && !speakers.contains(term)
                if !body(term, (name ? capitalisedWeight : 1) * quote) { return }
            }
        }
    }

    /// The term of one lowercase word part, or nil for a stopword or a single letter.
    static func term(_ part: inout [UInt8]) -> UInt64? {
        // "trump's" → "trump", "protesters'" → "protesters".
        if part.count >= 2 && part[part.count - 2] == 0x27 && part[part.count - 1] == 0x73 { part.removeLast(2) }
        else if part.last == 0x27 { part.removeLast() }
        guard part.count >= 2 else { return nil }
        var hash = FNV1a.offsetBasis
        for b in part { hash = FNV1a.add(hash, b) }
        if stopwords.contains(hash) { return nil }
        // Plurals: "-ies" → "-y", "-s" → "" (not "-ss", "-us", "-is"), in words of five letters or more.
        let n = part.count
        if n > 4 && part[n - 3] == 0x69 && part[n - 2] == 0x65 && part[n - 1] == 0x73 {
            part.removeLast(3)
            part.append(0x79)
        } else if n > 4 && part[n - 1] == 0x73 && part[n - 2] != 0x73 && part[n - 2] != 0x75 && part[n - 2] != 0x69 {
            part.removeLast()
        } else {
            return hash
        }
        hash = FNV1a.offsetBasis
        for b in part { hash = FNV1a.add(hash, b) }
        return hash
    }

    /// Titles before a name whose dot does not end a sentence.
    static let abbreviations: WordSet = WordHash.set([
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "st", "jr", "lt", "gen", "sgt", "col", "rev", "prof", "u", "mr.", "mrs.", "ms.", "dr.",
        "sen.", "rep.", "gov.", "st.", "jr.", "lt.", "gen.", "sgt.", "col.", "rev.", "prof.",
    ])

    /// Words that say nothing about which story an article tells: function words, contractions,
    /// reporting verbs, calendar words (dates are compared as days), titles. What is left common
    /// in a corpus, its word rarity weighs down.
    static let stopwords: WordSet = WordHash.set("""
        a about above across after afterwards again against all almost alone along already also although always am among amongst an \
        and another any anyhow anyone anything anyway anywhere are around as at back be became because become becomes becoming been \
        before beforehand behind being below beside besides between beyond both but by can cannot could did do does doing done down due \
        during each either else elsewhere enough etc even ever every everyone everything everywhere except few first for former formerly \
        from further get gets got had has have having he her here hereafter hereby herein hers herself him himself his how however i if in \
        indeed into is it its itself just last latter least less made make many may me meanwhile might more moreover most mostly much must \
        my myself neither never nevertheless next no nobody none noone nor not nothing now nowhere of off often on once one only onto or \
        other others otherwise our ours ourselves out over own per perhaps please put rather re said same say says see seem seemed seeming \
        seems several she should since so some somehow someone something sometime sometimes somewhere still such than that the their \
        theirs them themselves then thence there thereafter thereby therefore therein thereupon these they this those though through \
        throughout thus to together too toward towards under until up upon us very via was we well were what whatever when whence \
        whenever where whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why \
        will with within without would yet you your yours yourself yourselves mr mrs ms dr told according including new like want wants \
        wanted going go goes went come comes came take took know think thought year years day days week weeks time times people way ways \
        thing things lot really don't doesn't didn't isn't aren't wasn't weren't can't won't wouldn't couldn't shouldn't i'm i've i'd \
        i'll you're you've we're we've they're they've he's she's it's that's there's what's let's monday tuesday wednesday thursday \
        friday saturday sunday today yesterday tomorrow tonight january february march april may june july august september october \
        november december
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
