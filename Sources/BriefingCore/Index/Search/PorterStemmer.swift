/// The Porter stemmer exactly as SQLite's FTS5 `porter` tokenizer applies it, so that text
/// searched in memory matches what the index matches ("guarantees" → "guarante").
///
/// Works on the bytes of an already folded (lowercase, diacritic-free) token. Tokens shorter
/// than 3 bytes or longer than 64 pass through unchanged, as in FTS5; bytes other than ASCII
/// letters count as consonants.
public enum PorterStemmer {
    public static func stem(_ token: String) -> String {
        let bytes = Array(token.utf8)
        guard bytes.count >= 3, bytes.count <= 64 else { return token }
        var word = bytes
        step1(&word)
        step(&word, rules: step2Rules, condition: measureAbove0)
        step(&word, rules: step3Rules, condition: measureAbove0)
        step4(&word)
        // Step 5a: a final e goes when the measure allows it.
        if word.last == e {
            let stem = Array(word.dropLast())
            if measureAbove1(stem) || (measureIs1(stem) && !endsCVC(stem)) { word.removeLast() }
        }
        // Step 5b: -ll → -l when m > 1.
        if word.count > 1, word[word.count - 1] == l, word[word.count - 2] == l, measureAbove1(Array(word.dropLast())) {
            word.removeLast()
        }
        return String(decoding: word, as: UTF8.self)
    }

    private static let ion = Array("ion".utf8)
    private static let e = UInt8(ascii: "e"), l = UInt8(ascii: "l"), s = UInt8(ascii: "s"), y = UInt8(ascii: "y")

    private static func isVowel(_ c: UInt8, yIsVowel: Bool) -> Bool {
        switch c {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): return true
        case UInt8(ascii: "y"): return yIsVowel
        default: return false
        }
    }

    /// Index just past the first vowel-consonant sequence (after `previousConsonant` state), or 0.
    private static func gobbleVC(_ w: ArraySlice<UInt8>, previousConsonant: Bool) -> Int {
        var consonant = previousConsonant
        var i = w.startIndex
        while i < w.endIndex {
            consonant = !isVowel(w[i], yIsVowel: consonant)
            if !consonant { break }
            i += 1
        }
        i += 1
        while i < w.endIndex {
            consonant = !isVowel(w[i], yIsVowel: consonant)
            if consonant { return i + 1 - w.startIndex }
            i += 1
        }
        return 0
    }

    private static func measureAbove0(_ w: [UInt8]) -> Bool { gobbleVC(w[...], previousConsonant: false) != 0 }

    private static func measureAbove1(_ w: [UInt8]) -> Bool {
        let n = gobbleVC(w[...], previousConsonant: false)
        return n != 0 && gobbleVC(w[n...], previousConsonant: true) != 0
    }

    private static func measureIs1(_ w: [UInt8]) -> Bool {
        let n = gobbleVC(w[...], previousConsonant: false)
        return n != 0 && gobbleVC(w[n...], previousConsonant: true) == 0
    }

    /// *o: ends consonant-vowel-consonant, the last not w, x or y.
    private static func endsCVC(_ w: [UInt8]) -> Bool {
        guard let last = w.last, last != UInt8(ascii: "w"), last != UInt8(ascii: "x"), last != y else { return false }
        var mask = 0
        var consonant = false
        for c in w {
            consonant = !isVowel(c, yIsVowel: consonant)
            mask = (mask << 1) + (consonant ? 1 : 0)
        }
        return mask & 7 == 5
    }

    /// *v*: the stem holds a vowel.
    private static func hasVowel(_ w: ArraySlice<UInt8>) -> Bool {
        for (offset, c) in w.enumerated() where isVowel(c, yIsVowel: offset > 0) { return true }
        return false
    }

    private static func ends(_ w: [UInt8], _ suffix: [UInt8]) -> Bool {
        w.count > suffix.count && w.suffix(suffix.count).elementsEqual(suffix)
    }

    private static func step1(_ w: inout [UInt8]) {
        // 1a: plurals.
        let n = w.count
        if w[n - 1] == s {
            if w[n - 2] == e {
                if (n > 4 && w[n - 4] == s && w[n - 3] == s) || (n > 3 && w[n - 3] == UInt8(ascii: "i")) {
                    w.removeLast(2)
                } else {
                    w.removeLast()
                }
            } else if w[n - 2] != s {
                w.removeLast()
            }
        }
        // 1b: -eed, -ed, -ing.
        var stripped = false
        if ends(w, Array("eed".utf8)) {
            if measureAbove0(Array(w.dropLast(3))) { w.removeLast() }
        } else if ends(w, Array("ed".utf8)) {
            if hasVowel(w.dropLast(2)) { w.removeLast(2); stripped = true }
        } else if ends(w, Array("ing".utf8)) {
            if hasVowel(w.dropLast(3)) { w.removeLast(3); stripped = true }
        }
        if stripped {
            if ends(w, Array("at".utf8)) || ends(w, Array("bl".utf8)) || ends(w, Array("iz".utf8)) {
                w.append(e)
            } else if w.count >= 2, let c = w.last, !isVowel(c, yIsVowel: false), c != l, c != s, c != UInt8(ascii: "z"), c == w[w.count - 2] {
                w.removeLast()
            } else if measureIs1(w), endsCVC(w) {
                w.append(e)
            }
        }
        // 1c: y → i after a vowel somewhere in the stem.
        if w.last == y, hasVowel(w.dropLast()) { w[w.count - 1] = UInt8(ascii: "i") }
    }

    private typealias Rule = (suffix: [UInt8], replacement: [UInt8])

    private static func rules(_ pairs: [(String, String)]) -> [Rule] { pairs.map { (Array($0.0.utf8), Array($0.1.utf8)) } }

    private static let step2Rules = rules([
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("logi", "log"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"),
        ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"),
        ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ])
    private static let step3Rules = rules([
        ("ical", "ic"), ("ness", ""), ("icate", "ic"), ("iciti", "ic"), ("ful", ""), ("ative", ""), ("alize", "al"),
    ])
    private static let step4Suffixes = rules([
        ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""), ("ant", ""),
        ("ement", ""), ("ment", ""), ("ent", ""), ("ion", ""), ("ou", ""), ("ism", ""), ("ate", ""), ("iti", ""),
        ("ous", ""), ("ive", ""), ("ize", ""),
    ])

    /// The first rule whose suffix ends the word decides; its condition may still refuse.
    private static func step(_ w: inout [UInt8], rules: [Rule], condition: ([UInt8]) -> Bool) {
        for rule in rules where ends(w, rule.suffix) {
            let stem = Array(w.dropLast(rule.suffix.count))
            if condition(stem) { w = stem + rule.replacement }
            return
        }
    }

    private static func step4(_ w: inout [UInt8]) {
        for rule in step4Suffixes where ends(w, rule.suffix) {
            let stem = Array(w.dropLast(rule.suffix.count))
            // -ion goes only after s or t.
            let allowed = rule.suffix == ion ? (stem.last == s || stem.last == UInt8(ascii: "t")) && measureAbove1(stem) : measureAbove1(stem)
            if allowed { w = stem }
            return
        }
    }
}
