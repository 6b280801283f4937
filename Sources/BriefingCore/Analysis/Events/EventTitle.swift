import Foundation

/// A title a person can read for an event: the headline of its most representative article —
/// the one whose words most resemble the others' — or, where no article has a headline, the first
/// clause of a lede. Never a list of words; apostrophes and capitals as the outlet wrote them.
/// Reports' headlines come before an official transcript's.
enum EventTitle {
    /// Titles are cut to this many characters, at a word boundary, with "…".
    static let maximumLength = 90

    static func of(_ group: [Int], articles: [Article], leads: [TermVector]) -> String {
        let withHeadline = group.filter { !(articles[$0].headline ?? "").allSatisfy(\.isWhitespace) }
        // An official transcript's headline ("Press briefing by …") says less than a report's.
        let reports = withHeadline.filter { articles[$0].format != .transcript }
        let candidates = !reports.isEmpty ? reports : !withHeadline.isEmpty ? withHeadline : group
        let chosen = representative(candidates, leads: leads)
        let text = withHeadline.isEmpty ? lede(articles[chosen]) : articles[chosen].headline!
        let title = cut(text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        return title.isEmpty ? "untitled" : title
    }

    /// The article most like the others (sum of headline-and-lede similarities), the first of equals.
    static func representative(_ group: [Int], leads: [TermVector]) -> Int {
        guard group.count > 2 else { return group[0] }
        var best = group[0], bestScore = -1.0
        for i in group {
            let score = group.reduce(0.0) { $1 == i ? $0 : $0 + leads[i].cosine(leads[$1]) }
            if score > bestScore + 1e-12 { best = i; bestScore = score }
        }
        return best
    }

    /// The lede's first sentence, after a dateline ("WASHINGTON (Reuters) -").
    static func lede(_ article: Article) -> String {
        var paragraph = Substring(article.text.prefix { $0 != "\n" })
        if let dateline = Dateline.parse(paragraph), dateline.length > 0, dateline.length < paragraph.utf8.count {
            paragraph = Substring(String(decoding: paragraph.utf8.dropFirst(dateline.length), as: UTF8.self))
        }
        paragraph = paragraph.drop { $0.isWhitespace || $0 == "-" || $0 == "—" || $0 == "–" }
        var end = paragraph.endIndex
        var i = paragraph.startIndex
        while i < paragraph.endIndex {
            let next = paragraph.index(after: i)
            if ".!?".contains(paragraph[i]), next == paragraph.endIndex || paragraph[next] == " ",
               paragraph.distance(from: paragraph.startIndex, to: i) > 20 {
                end = paragraph[i] == "." ? i : next
                break
            }
            i = next
        }
        return String(paragraph[..<end])
    }

    /// `text` cut to ``maximumLength`` characters at a word boundary, ending in "…".
    static func cut(_ text: String) -> String { TextCut.words(text, maximum: maximumLength) }
}
