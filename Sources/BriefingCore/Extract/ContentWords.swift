import Foundation

/// The words that carry content (no function words, no short words), as hashes, with a light
/// stemming so that "guarantees" and "guarantee" agree. Used to match claims across outlets and
/// judgements to the claims they are about.
public enum ContentWords {
    static let stopwords: WordSet = WordHash.set([
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "that", "this", "these",
        "those", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "should",
        "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "your", "him", "them", "us", "me", "my",
        "not", "no", "as", "so", "than", "then", "there", "here", "what", "which", "who", "whom", "when", "where", "why", "how",
        "all", "any", "both", "each", "also", "just", "very", "well", "about", "into", "over", "after", "before", "again", "said",
        "says", "'s", "n't", "do", "does", "did", "up", "out", "more", "most", "some", "such", "only", "own", "same", "too",
    ])

    /// The endings stripped, tried in this order: "ingly", "ally", "ing", "ies", "ed", "es", "ly", "s", "e".
    static let suffixesEndingInY: [[UInt8]] = ["ingly", "ally", "ly"].map { Array($0.utf8) }
    static let suffixesEndingInS: [[UInt8]] = ["ies", "es", "s"].map { Array($0.utf8) }
    static let ing = Array("ing".utf8), ed = Array("ed".utf8), e = Array("e".utf8)

    /// Content words of the tokens in `range`.
    public static func of(_ text: TokenizedText, tokens range: Range<Int>) -> Set<UInt64> {
        var words = Set<UInt64>()
        forEachWord(text, tokens: range) { words.insert($0) }
        return words
    }

    /// Content words of the tokens in `range`, sorted and without repeats: cheaper to build and
    /// intersect than a `Set` when there are few words.
    static func sorted(_ text: TokenizedText, tokens range: Range<Int>) -> [UInt64] {
        var words: [UInt64] = []
        forEachWord(text, tokens: range) { words.append($0) }
        words.sort()
        var unique = 0
        for word in words where unique == 0 || words[unique - 1] != word {
            words[unique] = word
            unique += 1
        }
        words.removeLast(words.count - unique)
        return words
    }

    static func sorted(_ string: String) -> [UInt64] {
        let text = TokenizedText(string)
        return sorted(text, tokens: 0..<text.tokens.count)
    }

    /// The stem of every content word in `range`, in text order.
    private static func forEachWord(_ text: TokenizedText, tokens range: Range<Int>, _ body: (UInt64) -> Void) {
        let stopwords = ContentWords.stopwords
        for k in range {
            let token = text.tokens[k]
            guard token.kind == .word || token.kind == .number, token.length >= 3 || token.kind == .number, !stopwords.contains(token.hash) else { continue }
            body(stem(text, k))
        }
    }

    /// Calls `body` with each word two sorted lists share, in order.
    static func forEachShared(_ a: [UInt64], _ b: [UInt64], _ body: (UInt64) -> Void) {
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { body(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
    }

    /// How many words two sorted lists share.
    static func sharedCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var shared = 0
        forEachShared(a, b) { _ in shared += 1 }
        return shared
    }

    public static func of(_ string: String) -> Set<UInt64> {
        let text = TokenizedText(string)
        return of(text, tokens: 0..<text.tokens.count)
    }

    /// The hash of the word without a plural or verbal ending ("guarantees" → "guarantee",
    /// "crucially" → "crucial", "ensuring" → "ensur", "ensure" → "ensur").
    static func stem(_ text: TokenizedText, _ k: Int) -> UInt64 {
        let token = text.tokens[k]
        var end = Int(token.end)
        let start = Int(token.start)
        func endsWith(_ b: [UInt8]) -> Bool {
            guard end - start > b.count + 2 else { return false }
            for j in 0..<b.count where text.bytes[end - b.count + j] | 0x20 != b[j] { return false }
            return true
        }
        // The endings in the order they are tried, picked by the last letter (most words have none).
        switch text.bytes[end - 1] | 0x20 {
        case 0x79: // y
            for suffix in ContentWords.suffixesEndingInY where endsWith(suffix) { end -= suffix.count; break }
        case 0x73: // s
            for suffix in ContentWords.suffixesEndingInS where endsWith(suffix) { end -= suffix.count; break }
        case 0x67: if endsWith(ContentWords.ing) { end -= 3 } // g
        case 0x64: if endsWith(ContentWords.ed) { end -= 2 } // d
        case 0x65: if endsWith(ContentWords.e) { end -= 1 } // e
        default: break
        }
        var hash = WordHash.seed
        for i in start..<end { hash = WordHash.fold(hash, text.bytes[i]) }
        return hash
    }
}

/// Attaches an outlet's judgements to the claims they are about: the claim nearby that shares
/// the most content words with the judging sentence.
enum ClaimAttacher {
    static func attach(_ assessments: [Assessment], to claims: inout [Claim], text: TokenizedText) {
        guard !assessments.isEmpty, !claims.isEmpty else { return }
        // Only claims near a judgement can be what it judges.
        var claimWords = [[UInt64]](repeating: [], count: claims.count)
        // Claims are read by index: iterating them would copy each one (and retain its strings).
        let evidence = claims.map(\.evidence)
        for (i, span) in evidence.enumerated() where assessments.contains(where: { abs(span.start - $0.sentence.start) < 4000 }) {
            claimWords[i] = ContentWords.sorted(text, tokens: tokenRange(text, span))
        }
        // Words that occur in few of the article's claims say most about which one is meant
        // ("India", "Pakistan" rather than "Trump").
        let everyWord = claimWords.flatMap { $0 }.sorted()
        func weight(_ word: UInt64) -> Double {
            let first = firstIndex(everyWord) { $0 >= word }
            let count = firstIndex(everyWord, from: first) { $0 > word } - first
            return log(1 + Double(claims.count) / Double(max(1, count)))
        }
        for assessment in assessments {
            let cueWords = ContentWords.of(assessment.cue)
            let words = ContentWords.sorted(text, tokens: tokenRange(text, assessment.sentence)).filter { !cueWords.contains($0) }
            var best: (index: Int, score: Double, distance: Int)?
            for (i, span) in evidence.enumerated() {
                let distance = span.start - assessment.sentence.start
                guard abs(distance) < 4000 else { continue }
                var shared = 0
                var sharedWeight = 0.0
                ContentWords.forEachShared(words, claimWords[i]) { shared += 1; sharedWeight += weight($0) }
                let inside = span.start >= assessment.sentence.start && span.end <= assessment.sentence.end
                guard shared >= 2 || inside else { continue }
                // A judgement usually precedes the words it judges ("falsely credited …" then the quote).
                let score = sharedWeight + (inside ? 2 : 0) + (distance > 0 ? 0.5 : 0)
                if best == nil || score > best!.score || (score == best!.score && abs(distance) < abs(best!.distance)) {
                    best = (i, score, distance)
                }
            }
            if let best { claims[best.index].assessments.append(assessment) }
        }
    }

    /// The first index of `sorted` at or after `from` whose word satisfies `isPast` (a predicate
    /// false for a prefix of the list and true after it).
    private static func firstIndex(_ sorted: [UInt64], from: Int = 0, where isPast: (UInt64) -> Bool) -> Int {
        var lo = from, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isPast(sorted[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    static func tokenRange(_ text: TokenizedText, _ span: TextSpan) -> Range<Int> {
        var lo = 0, hi = text.tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if Int(text.tokens[mid].start) < span.start { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < text.tokens.count, Int(text.tokens[end].end) <= span.end { end += 1 }
        return lo..<end
    }
}
