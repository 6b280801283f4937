/// A word-level diff between two renderings of the same words (two outlets' quotes).
///
/// Words and punctuation marks are compared case- and punctuation-sensitively; a difference
/// that vanishes when case and punctuation are ignored is *minor* ("option, and" / "option and").
public struct WordDiff: Sendable, Equatable {
    public enum Operation: String, Sendable, Codable { case equal, insert, delete, replace }

    public struct Edit: Sendable, Equatable {
        public var op: Operation
        /// The words of the first text (empty for an insertion), joined by their original spacing.
        public var a: String
        /// The words of the second text (empty for a deletion).
        public var b: String

        /// A change no reader counts as a different wording: punctuation alone on both sides
        /// ("--" for ",", a comma dropped), or an outlet's editorial brackets ("[President Barack]",
        /// "[the tariffs]") standing for at most four words or for none.
        public var isNoise: Bool {
            guard op != .equal else { return false }
            if WordDiff.normalized(a).isEmpty && WordDiff.normalized(b).isEmpty { return true }
            if Edit.isEditorial(a) && WordDiff.wordCount(b) <= 4 { return true }
            if Edit.isEditorial(b) && WordDiff.wordCount(a) <= 4 { return true }
            return false
        }

        /// Text in square brackets: what an outlet adds inside a quotation.
        static func isEditorial(_ text: String) -> Bool {
            text.hasPrefix("[") && text.hasSuffix("]") && text.count > 2
        }
    }

    public var edits: [Edit]

    /// No edit other than `equal`.
    public var isIdentical: Bool { edits.allSatisfy { $0.op == .equal } }

    /// The edits as a reader should see them: when some words really differ, edits of
    /// punctuation alone ("--" for ",", a dropped comma) and an outlet's editorial brackets
    /// ("[President Barack]" for a few words or none) are shown as plain text, not as changes.
    /// A diff of such edits only is shown as it is.
    public static func forDisplay(_ edits: [Edit]) -> [Edit] {
        guard edits.contains(where: { $0.op != .equal && !$0.isNoise }) else { return edits }
        var shown: [Edit] = []
        for edit in edits {
            var edit = edit
            if edit.op != .equal && edit.isNoise {
                // The bracket the outlet added, else the second outlet's punctuation.
                let text = Edit.isEditorial(edit.a) ? edit.a : Edit.isEditorial(edit.b) ? edit.b : edit.b.isEmpty ? edit.a : edit.b
                if text.isEmpty { continue }
                edit = Edit(op: .equal, a: text, b: text)
            }
            if edit.op == .equal, let last = shown.last, last.op == .equal {
                let joined = join([last.a, edit.a])
                shown[shown.count - 1] = Edit(op: .equal, a: joined, b: joined)
            } else {
                shown.append(edit)
            }
        }
        return shown
    }

    /// Every difference is one of case or punctuation.
    public var isMinor: Bool {
        edits.allSatisfy { $0.op == .equal || WordDiff.normalized($0.a) == WordDiff.normalized($0.b) }
    }

    /// Diffs `a` against `b`.
    ///
    /// - Complexity: O(n·m) in the number of words; quotations are short. Texts over 2,000 words
    ///   are compared by their common prefix and suffix only around one replaced middle.
    public init(_ a: String, _ b: String) {
        let x = WordDiff.words(a), y = WordDiff.words(b)
        edits = WordDiff.diff(x, y)
    }

    /// The diff of the shorter text against the passage of the longer one it best matches: a
    /// short quote inside a long one is compared with that passage only, and the rest of the long
    /// quote is not reported as inserted.
    public static func aligned(_ a: String, _ b: String) -> [Edit] {
        let x = words(a), y = words(b)
        let aIsShorter = x.count <= y.count
        let short = aIsShorter ? x : y, long = aIsShorter ? y : x
        guard let head = short.first, long.count > short.count + 3 else { return diff(x, y) }
        var best: (edits: [Edit], equal: Int, changes: Int)?
        for start in long.indices where long[start].lowercased() == head.lowercased() {
            let window = Array(long[start..<min(long.count, start + short.count + 8)])
            let edits = aIsShorter ? diff(short, window) : diff(window, short)
            let equal = edits.filter { $0.op == .equal }.reduce(0) { $0 + words($1.a).count }
            let changes = edits.filter { $0.op != .equal }.count
            if best == nil || equal * 10 - changes > best!.equal * 10 - best!.changes { best = (edits, equal, changes) }
        }
        guard let best, best.equal * 2 >= short.count else { return diff(x, y) }
        // Words of the long quote before and after the matched passage are not differences.
        var edits = best.edits
        let longOnly: Operation = aIsShorter ? .insert : .delete
        while let first = edits.first, first.op == longOnly { edits.removeFirst() }
        while let last = edits.last, last.op != .equal { edits.removeLast() }
        return edits
    }

    /// Applying the diff to `a` gives `b` (the round-trip tests check it).
    public func apply() -> (a: String, b: String) {
        (edits.map(\.a).filter { !$0.isEmpty }.joined(separator: " "), edits.map(\.b).filter { !$0.isEmpty }.joined(separator: " "))
    }

    /// Words and punctuation marks as separate items ("option," → "option", ",").
    /// Scans Unicode scalars with ASCII fast paths: this runs for every pair of quotes compared.
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        let scalars = text.unicodeScalars
        var bracket: Int?
        forEachItem(text) { range, curly in
            let item = String(scalars[range])
            // Typographic and straight apostrophes are one word, written straight.
            result.append(curly ? String(String.UnicodeScalarView(item.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 })) : item)
            // An outlet's editorial brackets ("[President Barack]") are one item: they are
            // compared, and shown, whole.
            if item == "[" {
                bracket = result.count - 1
            } else if item == "]", let open = bracket {
                if result.count - open <= 10 {
                    let merged = "[" + join(Array(result[(open + 1)..<(result.count - 1)])) + "]"
                    result.removeSubrange(open...)
                    result.append(merged)
                }
                bracket = nil
            }
        }
        return result
    }

    /// How many items ``words(_:)`` gives, without making them.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        forEachItem(text) { _, _ in count += 1 }
        return count
    }

    /// Calls `body` with the scalar range of each word or punctuation mark of `text`, in order,
    /// and whether the word holds a typographic apostrophe. Items are slices of the text: building
    /// them scalar by scalar was a tenth of the cross-article analysis.
    private static func forEachItem(_ text: String, _ body: (Range<String.Index>, _ curly: Bool) -> Void) {
        let scalars = text.unicodeScalars
        var start: String.Index?
        var curly = false
        var i = scalars.startIndex
        func flush(_ end: String.Index) {
            if let s = start { body(s..<end, curly) }
            start = nil
            curly = false
        }
        while i < scalars.endIndex {
            let scalar = scalars[i]
            let next = scalars.index(after: i)
            defer { i = next }
            let v = scalar.value
            if v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0xA0 { flush(i); continue }
            if v == 0x2019 || v == 0x27 {
                if start == nil { start = i }
                if v == 0x2019 { curly = true }
                continue
            }
            let isPunctuation: Bool
            if v < 0x80 {
                let b = UInt8(v)
                isPunctuation = (b >= 0x21 && b <= 0x2F && b != 0x27 && b != 0x2D) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
            } else if v == 0x2026 || v == 0x201C || v == 0x201D || v == 0x2018 || v == 0xAB || v == 0xBB || v == 0x2013 || v == 0x2014 {
                isPunctuation = true
            } else if scalar.properties.isWhitespace {
                flush(i)
                continue
            } else {
                switch scalar.properties.generalCategory {
                case .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation, .dashPunctuation: isPunctuation = true
                default: isPunctuation = false
                }
            }
            if isPunctuation {
                flush(i)
                body(i..<next, false)
                continue
            }
            if start == nil { start = i }
        }
        flush(scalars.endIndex)
    }

    static func normalized(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    static func diff(_ x: [String], _ y: [String]) -> [Edit] {
        // Common prefix and suffix first: cheap, and most quotes differ in few places.
        var prefix = 0
        while prefix < x.count && prefix < y.count && x[prefix] == y[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < x.count - prefix && suffix < y.count - prefix && x[x.count - 1 - suffix] == y[y.count - 1 - suffix] { suffix += 1 }
        let xs = Array(x[prefix..<(x.count - suffix)]), ys = Array(y[prefix..<(y.count - suffix)])
        var ops: [(Operation, String, String)] = x.prefix(prefix).map { (.equal, $0, $0) }
        if xs.count * ys.count > 4_000_000 {
            ops.append((.replace, xs.joined(separator: " "), ys.joined(separator: " ")))
        } else {
            // Longest common subsequence table.
            let n = xs.count, m = ys.count
            var table = [Int](repeating: 0, count: (n + 1) * (m + 1))
            if n > 0 && m > 0 {
                for i in stride(from: n - 1, through: 0, by: -1) {
                    for j in stride(from: m - 1, through: 0, by: -1) {
                        table[i * (m + 1) + j] = xs[i] == ys[j] ? table[(i + 1) * (m + 1) + j + 1] + 1
                            : max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1])
                    }
                }
            }
            var i = 0, j = 0
            while i < n || j < m {
                if i < n && j < m && xs[i] == ys[j] { ops.append((.equal, xs[i], ys[j])); i += 1; j += 1 }
                else if j < m && (i == n || table[i * (m + 1) + j + 1] >= table[(i + 1) * (m + 1) + j]) { ops.append((.insert, "", ys[j])); j += 1 }
                else { ops.append((.delete, xs[i], "")); i += 1 }
            }
        }
        ops += x.suffix(suffix).map { (.equal, $0, $0) }
        // Merge runs: equal runs together; a deletion next to an insertion is a replacement.
        var edits: [Edit] = []
        var k = 0
        while k < ops.count {
            if ops[k].0 == .equal {
                var words: [String] = []
                while k < ops.count && ops[k].0 == .equal { words.append(ops[k].1); k += 1 }
                edits.append(Edit(op: .equal, a: join(words), b: join(words)))
                continue
            }
            var deleted: [String] = [], inserted: [String] = []
            while k < ops.count && ops[k].0 != .equal {
                if ops[k].0 == .delete || ops[k].0 == .replace { deleted.append(ops[k].1) }
                if ops[k].0 == .insert || ops[k].0 == .replace { inserted.append(ops[k].2) }
                k += 1
            }
            let op: Operation = deleted.isEmpty ? .insert : inserted.isEmpty ? .delete : .replace
            edits.append(Edit(op: op, a: join(deleted), b: join(inserted)))
        }
        return edits
    }

    /// Words joined with spaces, except before punctuation.
    static func join(_ words: [String]) -> String {
        var out = ""
        for word in words {
            if !out.isEmpty, !(word.count == 1 && (word.first!.isPunctuation && word != "(" && word != "“" && word != "‘")) { out += " " }
            out += word
        }
        return out
    }
}
