import Foundation

/// Reads JSON and JSON Lines exports: one article per object, objects in a top-level array, as a
/// single object, under a list key (`articles`, `items`, `data`, `results`), or one per line.
///
/// Field names follow the common exporters: `title`/`headline`, `date`/`published`/`publishedAt`,
/// `source`/`outlet`/`publisher` (a string or an object with `name`), `url`, `author`,
/// `text`/`body`/`content`. A body holding HTML is reduced to text.
public struct JSONArticleReader: ArticleReader {
    public init() {}

    public func read(_ text: String, fileName: String, warnings: inout [String]) throws(ReadFailure) -> [ArticleDraft] {
        let data = Data(text.utf8)
        if let whole = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) {
            let objects = JSONArticleReader.articleObjects(in: whole)
            guard !objects.isEmpty else { throw ReadFailure("JSON holds no article objects") }
            return try drafts(from: objects.enumerated().map { ($0.offset + 1, $0.element) }, warnings: &warnings, recordName: "item")
        }
        // JSON Lines: one object per line; a bad line is a warning when other lines are good.
        var objects: [(Int, [String: Any])] = []
        var badLines: [Int] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any] {
                objects.append((lineNumber, object))
            } else {
                badLines.append(lineNumber)
            }
        }
        if objects.isEmpty {
            throw ReadFailure(JSONArticleReader.describeMalformed(data))
        }
        if !badLines.isEmpty {
            let shown = badLines.prefix(5).map(String.init).joined(separator: ", ")
            warnings.append("malformed JSON on line\(badLines.count == 1 ? "" : "s") \(shown)\(badLines.count > 5 ? ", …" : ""), skipped")
        }
        return try drafts(from: objects, warnings: &warnings, recordName: "line")
    }

    private func drafts(from objects: [(Int, [String: Any])], warnings: inout [String], recordName: String) throws(ReadFailure) -> [ArticleDraft] {
        var drafts: [ArticleDraft] = []
        var missing: [Int] = []
        for (number, object) in objects {
            guard let body = JSONArticleReader.string(object, "text", "body", "content", "article", "fullText", "description"),
                  !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                missing.append(number)
                continue
            }
            let text = JSONArticleReader.looksLikeHTML(body) ? HTMLText.plainText(fromHTML: body) : body
            let date = JSONArticleReader.string(object, "date", "published", "publishedAt", "published_at", "datePublished", "pubDate", "created_at")
                .flatMap { Day(metadata: $0) }
            drafts.append(ArticleDraft(
                format: .json,
                source: JSONArticleReader.string(object, "source", "outlet", "publisher", "site", "siteName"),
                date: date,
                headline: JSONArticleReader.string(object, "title", "headline"),
                url: JSONArticleReader.string(object, "url", "link"),
                author: JSONArticleReader.string(object, "author", "byline", "authors"),
                text: text))
        }
        if drafts.isEmpty { throw ReadFailure("no object has a text, body or content field") }
        if !missing.isEmpty {
            warnings.append("\(missing.count) \(recordName)\(missing.count == 1 ? "" : "s") without text skipped (\(recordName) \(missing.prefix(5).map(String.init).joined(separator: ", ")))")
        }
        return drafts
    }

    static func articleObjects(in value: Any) -> [[String: Any]] {
        if let array = value as? [Any] { return array.compactMap { $0 as? [String: Any] } }
        guard let object = value as? [String: Any] else { return [] }
        for key in ["articles", "items", "data", "results", "entries", "documents"] {
            if let list = object[key] as? [Any] { return list.compactMap { $0 as? [String: Any] } }
        }
        return [object]
    }

    /// The first key with a usable string value; an object value gives its `name`, an array its first string.
    static func string(_ object: [String: Any], _ keys: String...) -> String? {
        for key in keys {
            guard let value = object[key] ?? object.first(where: { $0.key.lowercased() == key.lowercased() })?.value else { continue }
            if let s = value as? String {
                let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty { return trimmed }
            } else if let nested = value as? [String: Any], let name = nested["name"] as? String ?? nested["title"] as? String {
                return name
            } else if let list = value as? [Any] {
                if let first = list.first as? String { return first }
                if let first = list.first as? [String: Any], let name = first["name"] as? String { return name }
            }
        }
        return nil
    }

    static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.prefix(2000)
        return head.contains("<p>") || head.contains("<p ") || head.contains("<br") || head.contains("</div>")
    }

    /// One line saying where the JSON went wrong, from Foundation's error when it names a position.
    static func describeMalformed(_ data: Data) -> String {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return "malformed JSON"
        } catch {
            let info = (error as NSError).userInfo
            if let detail = info["NSDebugDescription"] as? String, !detail.isEmpty {
                return "malformed JSON (\(detail.split(separator: "\n").first ?? ""))"
            }
            return "malformed JSON"
        }
    }
}
