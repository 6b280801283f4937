import Testing
@testable import BriefingCore

/// The speaker column shows a name a person recognises.
@Suite("Speaker names in a narrow column")
struct SpeakerNameTests {
    @Test func aPersonBySurnameAnOrganisationWhole() {
        #expect(SpeakerName.short("Karoline Leavitt") == "Leavitt")
        #expect(SpeakerName.short("Ursula von der Leyen") == "von der Leyen")
        #expect(SpeakerName.short("Dick van der Berg") == "van der Berg")
        #expect(SpeakerName.short("White House") == "White House", "not \"House\"")
        #expect(SpeakerName.short("University of Estavik") == "University of Estavik", "not the capital's name")
        #expect(SpeakerName.short("Ministry of Harbours") == "Ministry of Harbours")
        #expect(SpeakerName.short("Kellan Election Commission") == "Kellan Election Commission")
        #expect(SpeakerName.short("Nwosu") == "Nwosu")
        #expect(SpeakerName.short("analysts") == "analysts")
    }
}
