import BriefingCore
import Foundation

/// How a fetched feed item becomes a file of the corpus: a JSON article (title, date, source,
/// url, author, text — what `briefing` reads from JSON exports) in a folder per outlet, named
/// by day, title and a hash of the item's key, so names sort by day and never collide.
public enum FeedItemFile {
    /// The item's identity across fetches: its link, else its title and date.
    public static func key(of item: FeedItem) -> String {
        if let link = item.link, !link.isEmpty { return link }
        return (item.title ?? "") + "|" + (item.date ?? "") + "|" + String(item.body.prefix(200))
    }

    /// A folder name for an outlet: lowercase letters and digits joined by hyphens
    /// ("The Daily Courier" → "the-daily-courier"); "feed" when nothing is left.
    public static func slug(_ text: String, limit: Int = 48) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(scalar)
                pendingHyphen = false
                if out.count >= limit { break }
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "feed" : out
    }

    /// The file name of an item: `2025-08-19-white-house-reaffirms-1a2b3c4d.json`.
    public static func name(of item: FeedItem) -> String {
        let day = item.date.flatMap { Day(metadata: $0) }.map(\.description) ?? "undated"
        let hash = String(ContentHash.of(key(of: item)) & 0xFFFF_FFFF, radix: 16)
        return day + "-" + slug(item.title ?? "item", limit: 40) + "-" + hash + ".json"
    }

    /// The file's contents: one JSON object.
    public static func contents(of item: FeedItem, outlet: String) throws -> Data {
        var object: [String: String] = ["source": outlet, "text": item.body]
        if let title = item.title { object["title"] = title }
        if let date = item.date { object["date"] = date.trimmingCharacters(in: .whitespaces) }
        if let link = item.link { object["url"] = link }
        if let author = item.author { object["author"] = author }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(object)
    }

    /// Writes `data` to `path` by way of a temporary file in the same folder and a rename, so a
    /// reader (the browser's check, an index update) never sees half a file.
    static func writeAtomically(_ data: Data, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = folder + "/.briefing-tmp-" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw FetchError("\(folder): cannot write here")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw FetchError("\(path): cannot write (\(reason))")
        }
    }
}
