/// A speaker's name as a narrow column shows it: a person by surname ("Leavitt"), an
/// organisation whole ("White House", "University of Estavik" — its last word alone is another
/// thing, or a place).
public enum SpeakerName {
    public static func short(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count > 1, name.first?.isUppercase == true else { return name }
        let isOrganisation = words.contains { word in
            let folded = word.lowercased()
            return Lexicon.organisationHeads.contains(WordHash.of(folded)) || folded == "of" || folded == "for"
        }
        if isOrganisation { return name }
        // The surname with its particles: "von der Leyen", "de la Cruz", "van Dijk".
        var first = words.count - 1
        while first > 1, particles.contains(words[first - 1].lowercased()), words[first - 1].first?.isLowercase == true { first -= 1 }
        return words[first...].joined(separator: " ")
    }

    static let particles: Set<String> = ["von", "van", "der", "den", "de", "la", "le", "du", "da", "dos", "das", "di", "del", "bin", "al", "ter", "zu"]
}
