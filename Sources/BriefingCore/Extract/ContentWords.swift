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

    static let suffixes: [[UInt8]] = ["ingly", "ally", "ing", "ies", "ed", "es", "ly", "s", "e"].map { Array($0.utf8) }

    /// Content words of the tokens in `range`.
    public static func of(_ text: TokenizedText, tokens range: Range<Int>) -> Set<UInt64> {
        var words = Set<UInt64>()
        for k in range {
            let token = text.tokens[k]
            guard token.kind == .word || token.kind == .number, token.length >= 3 || token.kind == .number, !stopwords.contains(token.hash) else { continue }
            words.insert(stem(text, k))
        }
        return words
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
        for suffix in ContentWords.suffixes where endsWith(suffix) {
            end -= suffix.count
            break
        }
        var hash = WordHash.seed
        for i in start..<end { hash = WordHash.fold(hash, text.bytes[i]) }
        return hash
    }
}

/// Attaches an outlet's judgements to the claims they are about: the claim nearby that shares
/// the most content words with the judging sentence.
enum ClaimAttacher {
    static func attach(_ assessments: [Assessment], to claims: [Claim], text: TokenizedText) -> [Claim] {
        guard !assessments.isEmpty, !claims.isEmpty else { return claims }
        var claims = claims
        // Only claims near a judgement can be what it judges.
        var claimWords = [Set<UInt64>](repeating: [], count: claims.count)
        for (i, claim) in claims.enumerated() where assessments.contains(where: { abs(claim.evidence.start - $0.sentence.start) < 4000 }) {
            claimWords[i] = ContentWords.of(text, tokens: tokenRange(text, claim.evidence))
        }
        // Words that occur in few of the article's claims say most about which one is meant
        // ("India", "Pakistan" rather than "Trump").
        var frequency: [UInt64: Int] = [:]
        for words in claimWords { for word in words { frequency[word, default: 0] += 1 } }
        func weight(_ word: UInt64) -> Double { log(1 + Double(claims.count) / Double(frequency[word] ?? 1)) }
        for assessment in assessments {
            let words = ContentWords.of(text, tokens: tokenRange(text, assessment.sentence)).subtracting(ContentWords.of(assessment.cue))
            var best: (index: Int, score: Double, distance: Int)?
            for (i, claim) in claims.enumerated() {
                let distance = claim.evidence.start - assessment.sentence.start
                guard abs(distance) < 4000 else { continue }
                let shared = words.intersection(claimWords[i])
                let inside = claim.evidence.start >= assessment.sentence.start && claim.evidence.end <= assessment.sentence.end
                guard shared.count >= 2 || inside else { continue }
                // A judgement usually precedes the words it judges ("falsely credited …" then the quote).
                let score = shared.reduce(0) { $0 + weight($1) } + (inside ? 2 : 0) + (distance > 0 ? 0.5 : 0)
                if best == nil || score > best!.score || (score == best!.score && abs(distance) < abs(best!.distance)) {
                    best = (i, score, distance)
                }
            }
            if let best { claims[best.index].assessments.append(assessment) }
        }
        return claims
    }

    static func tokenRange(_ text: TokenizedText, _ span: TextSpan) -> Range<Int> {
        var lo = 0, hi = text.tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if Int(text.tokens[mid].start) < span.start { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < text.tokens.count, Int(text.tokens[end].end) <= span.end { end += 1 }
        return lo..<end
    }
}
