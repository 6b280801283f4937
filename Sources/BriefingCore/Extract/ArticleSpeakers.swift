import Foundation

/// The people and organisations one article mentions, unified: `US White House Press Secretary
/// Karoline Leavitt`, `spokesperson Karoline Leavitt`, `Leavitt` and `she` are one speaker.
///
/// Names are registered as the extractor meets them (and in a first pass over the article, so
/// "the president" can resolve to a president named anywhere). Pronouns resolve to the most
/// recent compatible *speaker*, descriptions to the speaker or person whose role they name.
struct ArticleSpeakers {
    struct Entity {
        /// The fullest form of the name seen ("Karoline Leavitt").
        var name: String
        /// The name's words, folded (lowercase, no diacritics) and hashed: see `keys(of:)`.
        var keys: [UInt64]
        var role: String?
        var roleHashes: Set<UInt64>
        var gender: Gender
        var isOrganisation: Bool
        /// Byte offset where the entity last spoke; -1 if never.
        var lastSpoke: Int = -1
        /// Order of introduction.
        var order: Int
        /// Every written form of the name.
        var variants: Set<String>
    }

    private(set) var entities: [Entity] = []
    /// Entity indices in the order they last spoke, most recent last.
    private var speakingOrder: [Int] = []
    /// Where each entity was mentioned by name (byte offsets, in text order), for pronouns.
    private(set) var mentions: [(offset: Int, entity: Int)] = []

    /// Finds the entity a name refers to without registering anything.
    func lookup(name rawName: String) -> Int? {
        lookup(keys: ArticleSpeakers.keys(of: ArticleSpeakers.tidy(rawName)))
    }

    /// Finds the entity for a one-word name by its key, without an array for it: what
    /// `lookup(keys: [key])` finds, for the lone capitalised words of the first pass.
    func lookup(key: UInt64) -> Int? {
        var best: Int?
        for i in entities.indices.reversed() where !entities[i].isOrganisation {
            let known = entities[i].keys
            if known.count == 1 && known[0] == key { return i }
            if best == nil, known.last == key || known.first == key { best = i }
        }
        return best
    }

    /// Finds the entity for a name already turned into word keys.
    func lookup(keys: [UInt64]) -> Int? {
        guard !keys.isEmpty else { return nil }
        return match(keys, isOrganisation: false, gender: .unknown)
    }

    mutating func noteMention(_ index: Int, at offset: Int) {
        mentions.append((offset, index))
    }

    /// Lowercase without diacritics, for comparing names ("Dahlgrén" = "dahlgren").
    static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    /// The words of a tidied name as keys for comparing names: the `WordHash` of each folded
    /// word, so "Dahlgrén" and "DAHLGREN" have the same key.
    static func keys(of name: String) -> [UInt64] {
        var keys: [UInt64] = []
        keys.reserveCapacity(4)
        var name = name
        name.withUTF8 { bytes in
            // Words between single spaces (a tidied name has no other separator); each keyed
            // on its bytes, as `latinKey` folds them, or through Foundation's folding.
            var start = 0
            var end = 0
            while end <= bytes.count {
                if end == bytes.count || bytes[end] == 0x20 {
                    if end > start {
                        let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                        keys.append(latinKey(word) ?? WordHash.of(fold(String(decoding: word, as: UTF8.self))))
                    }
                    start = end + 1
                }
                end += 1
            }
        }
        return keys
    }

    /// The key of a word whose letters are ASCII or accented Latin-1 letters ("Dahlgrén"), folded
    /// on bytes as Foundation folds them (é → e); nil for any other letter (ß, ø, Cyrillic …).
    /// For an ASCII word it equals the word token's `hash`.
    static func latinKey(_ word: some Collection<UInt8>) -> UInt64? {
        var hash = WordHash.seed
        var lead = false
        for b in word {
            if lead {
                lead = false
                guard let base = latinBase[Int(b & 0x3F)] else { return nil }
                hash = WordHash.fold(hash, base)
            } else if b == 0xC3 {
                lead = true
            } else if b < 0x80 {
                hash = WordHash.fold(hash, b)
            } else {
                return nil
            }
        }
        return lead ? nil : hash
    }

    /// The folded base letter of U+00C0–U+00FF, by the low six bits of the second UTF-8 byte;
    /// nil for letters without one (Æ, Ð, Ø, Þ, ß, ×, ÷).
    private static let latinBase: [UInt8?] = Array(("aaaaaa_ceeeeiiii_nooooo__uuuuy__" + "aaaaaa_ceeeeiiii_nooooo__uuuuy_y").utf8)
        .map { $0 == 0x5F ? nil : $0 }

    /// Registers a named person or organisation and returns its entity index.
    /// `roleHashes`: the hashes of the mention's title words, duplicates allowed (a handful: an
    /// array, hashed into the entity's set only when it adds to it).
    @discardableResult
    mutating func register(name rawName: String, role: String?, gender: Gender, isOrganisation: Bool, roleHashes: [UInt64]) -> Int {
        let name = ArticleSpeakers.tidy(rawName)
        let keys = ArticleSpeakers.keys(of: name)
        guard !keys.isEmpty else { return -1 }
        if let index = match(keys, isOrganisation: isOrganisation, gender: gender) {
            // In place: a copy of the entity would share its sets, and the first insert would copy them.
            if keys.count > entities[index].keys.count && !isOrganisation {
                entities[index].name = name
                entities[index].keys = keys
            }
            entities[index].variants.insert(name)
            if entities[index].role == nil, let role { entities[index].role = role }
            if !roleHashes.allSatisfy(entities[index].roleHashes.contains) { entities[index].roleHashes.formUnion(roleHashes) }
            if entities[index].gender == .unknown { entities[index].gender = gender }
            return index
        }
        entities.append(Entity(name: name, keys: keys, role: role, roleHashes: Set(roleHashes), gender: gender,
                               isOrganisation: isOrganisation, order: entities.count, variants: [name]))
        return entities.count - 1
    }

    /// The entity a name refers to: the same full name, or a surname or given name of a
    /// registered full name ("Leavitt", "Karoline").
    private func match(_ keys: [UInt64], isOrganisation: Bool, gender: Gender) -> Int? {
        var best: Int?
        // Fields are read in place: copying an `Entity` would retain its strings and sets.
        for i in entities.indices.reversed() where entities[i].isOrganisation == isOrganisation {
            let known = entities[i].keys
            if known == keys { return i }
            if isOrganisation || best != nil { continue }
            guard gender.isCompatible(with: entities[i].gender) else { continue }
            if keys.count == 1 {
                if known.last == keys[0] || known.first == keys[0] { best = i }
            } else if known.count == 1 {
                if keys.last == known[0] { best = i }
            } else if keys.last == known.last && (keys.first == known.first || keys.count != known.count) {
                best = i
            }
        }
        return best
    }

    func entity(_ index: Int) -> Entity { entities[index] }

    mutating func noteSpoke(_ index: Int, at offset: Int) {
        entities[index].lastSpoke = offset
        speakingOrder.removeAll { $0 == index }
        speakingOrder.append(index)
    }

    mutating func learnGender(_ index: Int, _ gender: Gender) {
        if entities[index].gender == .unknown && (gender == .male || gender == .female) { entities[index].gender = gender }
    }

    /// Resolves a pronoun: the most recent compatible speaker; failing that (an outlet's slip,
    /// "he said" for a woman), the most recent speaker if they spoke in this or the previous
    /// paragraph, flagged as a mismatch; else nothing.
    /// `named(entity)`: whether the quotation being attributed names that person in the third
    /// person ("the president has learned a lot"): then they are not who speaks it.
    func resolvePronoun(_ gender: Gender, at offset: Int, recentParagraphStart: Int, excluded: (Int) -> Bool,
                        named: (Int) -> Bool = { _ in false }) -> (index: Int, mismatch: Bool)? {
        let wantsOrganisation = gender == .neuter || gender == .plural
        // People named (outside reported clauses) in this or the previous paragraph, or who spoke,
        // most recent first.
        if !wantsOrganisation {
            var candidates: [(offset: Int, entity: Int)] = []
            for mention in mentions where mention.offset < offset && mention.offset >= recentParagraphStart && !excluded(mention.offset) {
                candidates.append(mention)
            }
            for index in speakingOrder where entities[index].lastSpoke < offset {
                candidates.append((entities[index].lastSpoke, index))
            }
            candidates.sort { $0.offset > $1.offset }
            // A person whose gender is known to match beats one whose gender is unknown
            // ("She" after "Helena Voss visited the Kestrel Point barracks").
            if gender == .male || gender == .female,
               let exact = candidates.first(where: { !entities[$0.entity].isOrganisation && entities[$0.entity].gender == gender }) {
                return (exact.entity, false)
            }
            for candidate in candidates where !entities[candidate.entity].isOrganisation && gender.isCompatible(with: entities[candidate.entity].gender) {
                return (candidate.entity, false)
            }
        }
        for index in speakingOrder.reversed() {
            let entity = entities[index]
            if wantsOrganisation {
                if entity.isOrganisation || gender == .plural && entity.gender == .plural { return (index, false) }
                continue
            }
            if entity.isOrganisation { continue }
            if gender.isCompatible(with: entity.gender) { return (index, false) }
        }
        // Someone introduced earlier in the article whose gender fits ("Ewan Rusk and Nadia
        // Ferreira met …", "…," he said, "…," she said): likelier than the outlet getting the last
        // speaker's gender wrong. A known match first, then someone of unknown gender.
        if gender == .male || gender == .female {
            var exact: (offset: Int, entity: Int)?, open: (offset: Int, entity: Int)?
            for mention in mentions where mention.offset < offset && !excluded(mention.offset) && !entities[mention.entity].isOrganisation {
                let known = entities[mention.entity].gender
                if known == gender, mention.offset > (exact?.offset ?? -1) { exact = mention }
                if known == .unknown, mention.offset > (open?.offset ?? -1) { open = mention }
            }
            if let found = exact ?? open, !named(found.entity) { return (found.entity, false) }
        }
        if !wantsOrganisation, let last = speakingOrder.last, !entities[last].isOrganisation, entities[last].lastSpoke >= recentParagraphStart {
            return (last, true)
        }
        return nil
    }

    /// Resolves a description ("the spokesperson", "the president", "the minister").
    func resolveDescription(head: UInt64, roleHashes: Set<UInt64>) -> Int? {
        let heads = ArticleSpeakers.equivalentHeads(head)
        // A speaker with that role, most recent first.
        for index in speakingOrder.reversed() where !entities[index].isOrganisation {
            if !entities[index].roleHashes.isDisjoint(with: heads) { return index }
        }
        // Otherwise the first person introduced with that role.
        let candidates = entities.enumerated().filter { !$0.element.isOrganisation && !$0.element.roleHashes.isDisjoint(with: heads) }
        if let qualified = candidates.first(where: { $0.element.roleHashes.isSuperset(of: roleHashes.subtracting(Lexicon.determiners)) }) {
            return qualified.offset
        }
        return candidates.first?.offset
    }

    /// The organisation (most recently introduced) whose capitalised words' initials spell
    /// `acronym` ("OEA": Ostmark Environment Agency), when `acronym` is 2 to 6 capital letters.
    func organisation(withInitials acronym: String) -> Int? {
        let letters = Array(acronym.utf8)
        guard (2...6).contains(letters.count), letters.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { return nil }
        for (i, entity) in entities.enumerated().reversed() where entity.isOrganisation {
            let initials = entity.name.split(separator: " ").compactMap { word -> UInt8? in
                guard let first = word.utf8.first, first >= 0x41 && first <= 0x5A else { return nil }
                return first
            }
            if initials == letters { return i }
        }
        return nil
    }

    /// Resolves an organisation description ("the ministry") to a named organisation with that head.
    func resolveOrganisation(head: UInt64) -> Int? {
        for (i, entity) in entities.enumerated().reversed() where entity.isOrganisation && entity.roleHashes.contains(head) {
            return i
        }
        // "the company", "the group": the organisation named most recently.
        if ArticleSpeakers.genericOrganisationHeads.contains(head) {
            if let last = mentions.last(where: { entities[$0.entity].isOrganisation }) { return last.entity }
            return entities.lastIndex { $0.isOrganisation }
        }
        return nil
    }

    static let genericOrganisationHeads: WordSet = WordHash.set(["company", "firm", "group", "organisation", "organization", "operator", "corporation", "carrier", "airline", "bank", "club", "charity", "association", "union", "council", "authority", "agency", "ministry", "department", "government", "office", "party", "board", "trust"])

    private static let spokespeople = Set(WordHash.set(["spokesperson", "spokeswoman", "spokesman", "secretary"]))
    private static let chairs = Set(WordHash.set(["chair", "chairman", "chairwoman", "chairperson"]))

    static func equivalentHeads(_ head: UInt64) -> Set<UInt64> {
        if spokespeople.contains(head) { return spokespeople }
        if chairs.contains(head) { return chairs }
        return [head]
    }

    /// Collapses whitespace, drops a trailing possessive and stray punctuation.
    static func tidy(_ name: String) -> String {
        // Most names are tidy already: single spaces, no trailing punctuation or possessive.
        var clean = true
        var previous: UInt8 = 0x20
        var name = name
        name.withUTF8 { bytes in
            for b in bytes {
                if b == 0x0A || b == 0x09 || (b == 0x20 && previous == 0x20) { clean = false; break }
                previous = b
            }
        }
        if clean, let last = name.utf8.last, last != 0x20, last != 0x2C, last != 0x2E, last != 0x3B, last != 0x3A,
           !(last | 0x20 == 0x73 && name.utf8.count >= 2 && (name.utf8.dropLast().last == 0x27 || name.utf8.dropLast().last == 0x99)) {
            return name
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for b in name.utf8 {
            let c = b == 0x0A || b == 0x09 ? 0x20 : b
            if c == 0x20 && (bytes.last == 0x20 || bytes.isEmpty) { continue }
            bytes.append(c)
        }
        func trimEnd() { while let last = bytes.last, last == 0x20 || last == 0x2C || last == 0x2E || last == 0x3B || last == 0x3A { bytes.removeLast() } }
        trimEnd()
        if bytes.count >= 2, bytes[bytes.count - 2] == 0x27, bytes[bytes.count - 1] | 0x20 == 0x73 { bytes.removeLast(2) }
        if bytes.count >= 4, bytes[bytes.count - 4] == 0xE2, bytes[bytes.count - 3] == 0x80, bytes[bytes.count - 2] == 0x99, bytes[bytes.count - 1] | 0x20 == 0x73 { bytes.removeLast(4) }
        trimEnd()
        return String(decoding: bytes, as: UTF8.self)
    }
}
