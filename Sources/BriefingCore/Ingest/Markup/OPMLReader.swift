/// The feeds an OPML subscription list (what feed readers export) names: each `<outline>` with an
/// `xmlUrl`, read with the shared tokenizer, so attribute quoting and character references are
/// handled as in feeds and pages.
public enum OPMLReader {
    public struct Outline: Sendable, Equatable {
        /// The feed's address, entity-decoded.
        public var url: String
        /// The outline's `title`, else its `text`.
        public var title: String?
        /// The line the outline stands on (from 1).
        public var line: Int
    }

    public static func outlines(_ xml: String) -> [Outline] {
        var source = xml
        return source.withUTF8 { bytes in
            var tokenizer = MarkupTokenizer(bytes, xml: true)
            let outline = MarkupNameKey("outline")
            var found: [Outline] = []
            var line = 1, counted = 0
            while let token = tokenizer.next() {
                guard token.kind == .startTag, token.name == outline else { continue }
                let attributes = MarkupAttributes(bytes, token)
                guard let url = attributes.string("xmlurl") else { continue }
                while counted < token.start {
                    if bytes[counted] == 0x0A { line += 1 }
                    counted += 1
                }
                found.append(Outline(url: url, title: attributes.string("title") ?? attributes.string("text"), line: line))
            }
            return found
        }
    }
}
