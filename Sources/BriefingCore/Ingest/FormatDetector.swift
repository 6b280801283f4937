/// Decides how to read a file: by its content first (a JSON bracket, an XML feed root, HTML
/// markup, front matter, the `date` header, speaker labels) and by its extension only when the
/// content is not conclusive.
public enum FormatDetector {
    public enum Detected: Equatable, Sendable {
        case text, markdown, html, json, feed
    }

    public static func detect(_ text: String, fileName: String) -> Detected {
        let head = text.prefix(4096).drop(while: { $0.isWhitespace })
        let lowerHead = head.prefix(1024).lowercased()
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
        if head.hasPrefix("---") && FrontMatter.parse(String(text.prefix(16_384))) != nil { return .markdown }
        if PlainTextHeader.parse(String(text.prefix(4096))) != nil { return .text }
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
