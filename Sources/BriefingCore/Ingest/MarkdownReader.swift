/// Reads Markdown articles with optional YAML-style front matter (`title`, `date`, `source` or
/// `outlet`, `url`, `author`). Markup is reduced to plain text (headings, emphasis, links, block
/// quotes); lines of one paragraph are joined. A Markdown file whose body is a transcript (most
/// lines open with a speaker label) is read as a transcript.
public struct MarkdownReader: ArticleReader {
    public init() {}

    public func read(_ text: String, fileName: String, warnings: inout [String]) throws(ReadFailure) -> [ArticleDraft] {
        let front = FrontMatter.parse(text)
        var headline = front?.first("title", "headline")
        let rawBody = front.map { String($0.body) } ?? text
        var paragraphs: [String] = []
        for block in MarkdownReader.blocks(of: rawBody) {
            var block = block
            if block.hasPrefix("#") {
                let title = String(block.drop(while: { $0 == "#" })).trimmingCharacters(in: .whitespaces)
                if headline == nil && paragraphs.isEmpty && block.hasPrefix("# ") {
                    headline = MarkdownReader.inlineText(title)
                    continue
                }
                block = title
            }
            let plain = MarkdownReader.inlineText(block)
            if !plain.isEmpty { paragraphs.append(plain) }
        }
        let body = paragraphs.joined(separator: "\n\n")
        guard !body.isEmpty else { throw ReadFailure(front == nil ? "empty file" : "no article text after the front matter") }
        let date = front?.first("date", "published", "publishedat", "pubdate").flatMap { Day(metadata: $0) }
        let format: ArticleFormat = TranscriptLabel.isTranscript(body) ? .transcript : .markdown
        return [ArticleDraft(format: format, source: front?.first("source", "outlet", "publisher", "office"),
                             date: date, headline: headline, url: front?.first("url", "link"),
                             author: front?.first("author", "byline"), text: body)]
    }

    /// Paragraph blocks: separated by blank lines; lines inside a block joined by a space; block
    /// quote markers, horizontal rules and fenced code markers removed.
    static func blocks(of text: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring] = []
        func flush() {
            if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
            current.removeAll()
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine.trimmingCharacters(in: .whitespaces)[...]
            while line.hasPrefix(">") { line = line.dropFirst().drop(while: { $0 == " " }) }
            if line.isEmpty || line.hasPrefix("```") || line == "---" || line == "***" || line == "___" {
                flush()
                continue
            }
            if line.hasPrefix("#") || line.hasPrefix("- ") || line.hasPrefix("* ") || TranscriptLabel.length(atStartOf: line) != nil {
                flush() // headings, list items and transcript turns start blocks of their own
            }
            current.append(line)
            if line.hasPrefix("#") { flush() }
        }
        flush()
        return blocks
    }

    /// Inline Markdown to text: `[text](url)` → text, images dropped, `**`/`__`/backticks removed,
    /// `*emphasis*` and `_emphasis_` unwrapped when they enclose a word.
    static func inlineText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "!" && i + 1 < chars.count && chars[i + 1] == "[" {
                if let close = chars[(i + 2)...].firstIndex(of: "]"), close + 1 < chars.count, chars[close + 1] == "(",
                   let paren = chars[(close + 1)...].firstIndex(of: ")") {
                    i = paren + 1
                    continue
                }
            }
            if c == "[" , let close = chars[(i + 1)...].firstIndex(of: "]"), close + 1 < chars.count, chars[close + 1] == "(",
               let paren = chars[(close + 1)...].firstIndex(of: ")") {
                out.append(contentsOf: inlineText(String(chars[(i + 1)..<close])))
                i = paren + 1
                continue
            }
            if c == "`" { i += 1; continue }
            if (c == "*" || c == "_") && i + 1 < chars.count && chars[i + 1] == c { i += 2; continue }
            if c == "*" || c == "_" {
                let prevIsSpace = i == 0 || chars[i - 1].isWhitespace || chars[i - 1].isPunctuation
                let nextIsSpace = i + 1 >= chars.count || chars[i + 1].isWhitespace || chars[i + 1].isPunctuation
                if prevIsSpace != nextIsSpace { i += 1; continue } // an emphasis marker hugging a word
            }
            if c == "\\" && i + 1 < chars.count && chars[i + 1].isPunctuation {
                out.append(chars[i + 1])
                i += 2
                continue
            }
            out.append(c)
            i += 1
        }
        return out.trimmingCharacters(in: .whitespaces)
    }
}

import Foundation
