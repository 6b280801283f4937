/// Decides how to read a file: by its content first (a JSON bracket, an XML feed root, HTML
/// markup, front matter, the `date` header, speaker labels) and by its extension only when the
/// content is not conclusive.
public enum FormatDetector {
    public enum Detected: Equatable, Sendable {
        case text, markdown, html, json, feed
    }

    public static func detect(_ text: String, fileName: String) -> Detected {
        // Work on a short ASCII-lowercased prefix of bytes: detection must cost nothing next to reading.
        var text = text
        var prefixBytes = text.withUTF8 { Array($0.prefix(4096)) }
        if let firstNonSpace = prefixBytes.firstIndex(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }) {
            prefixBytes.removeFirst(firstNonSpace)
        }
        let head = String(decoding: prefixBytes, as: UTF8.self)[...]
        let lowerHead = String(decoding: prefixBytes.prefix(1024).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        let ext = fileName.split(separator: ".").count > 1 ? fileName.split(separator: ".").last!.lowercased() : ""
        if head.hasPrefix("{") || head.hasPrefix("[") {
            if head.hasPrefix("{") || ext == "json" || ext == "jsonl" || ext == "ndjson" { return .json }
            if let second = head.dropFirst().drop(while: { $0.isWhitespace }).first, second == "{" || second == "]" || second == "\"" { return .json }
        }
        if head.hasPrefix("<") {
            if FeedParser.looksLikeFeed(String(head.prefix(2048))) { return .feed }
            if lowerHead.contains("<html") || lowerHead.contains("<!doctype html") || lowerHead.contains("<head")
                || lowerHead.contains("<body") || lowerHead.contains("<article") || lowerHead.contains("<p") || lowerHead.contains("<div") {
                return .html
            }
            if lowerHead.hasPrefix("<?xml") { return ext == "html" || ext == "htm" ? .html : .feed }
        }
        if head.hasPrefix("---") && FrontMatter.parse(text.withUTF8 { String(decoding: $0.prefix(16_384), as: UTF8.self) }) != nil { return .markdown }
        if PlainTextHeader.parse(String(head)) != nil { return .text }
        switch ext {
        case "md", "markdown", "mdown", "mkd": return .markdown
        case "html", "htm", "xhtml": return .html
        case "json", "jsonl", "ndjson": return .json
        case "xml", "rss", "atom", "rdf": return .feed
        default: return .text
        }
    }

    public static func reader(for detected: Detected) -> any ArticleReader {
        switch detected {
        case .text: return PlainTextReader()
        case .markdown: return MarkdownReader()
        case .html: return HTMLReader()
        case .json: return JSONArticleReader()
        case .feed: return FeedReader()
        }
    }
}
