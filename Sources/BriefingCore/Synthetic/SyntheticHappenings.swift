// What makes one briefing unlike another on the same topic, and what makes briefings alike
// that are not one story: each briefing answers its own happening (a place and what occurred
// there), officials recycle their stock lines from one briefing to the next, and a follow-up
// briefing has the same speaker on the next day on another topic.

/// The places happenings occur in: made-up names from two syllables (about 400 of them).
let synthPlaceStarts = ["Var", "Tor", "Bel", "Ost", "Kel", "Mar", "Dun", "Ash", "Hal", "Ren", "Sel", "Brom", "Cal",
                        "Fen", "Gil", "Hew", "Lor", "Nor", "Pel", "Quen", "Rav", "Sten", "Thal", "Ulm", "Wen"]
let synthPlaceEnds = ["holm", "mere", "by", "stad", "wick", "dale", "ford", "ness", "berg", "ton", "moor", "vik",
                      "field", "gate", "haven", "brook"]

/// What occurred, by topic category (``SynthTopic/category``; 0 is general), after the place's name.
let synthIncidents: [[String]] = [
    ["warehouse fire", "bridge closure", "protest march", "hospital strike", "data leak", "ferry accident"],
    ["port blockade", "factory closures", "export dispute", "bank collapse", "price surge", "dock strike"],
    ["border incident", "arms depot fire", "patrol boat collision", "drone incursion", "smuggling raid", "prison riot"],
    ["hospital evacuation", "tenement fire", "water contamination", "clinic closures", "eviction protests", "school closures"],
    ["pipeline rupture", "dam breach", "blackout", "landslide", "refinery explosion", "mine collapse"],
    ["shelling", "hostage release", "convoy attack", "embassy protest", "ceasefire violation", "airlift"],
]

/// Sentences after the lead that name the happening (every outlet names it; each in its own words).
let synthHappeningLeads = [
    SynthTemplate(prose: "The briefing was the first since {happening}."),
    SynthTemplate(prose: "Questions at the briefing centred on {happening}."),
    SynthTemplate(prose: "{Happening} dominated the briefing."),
    SynthTemplate(prose: "The remarks followed {happening} earlier in the week."),
    SynthTemplate(prose: "Officials have been under pressure since {happening}."),
]

/// Headlines about the happening.
let synthHappeningHeadlines = [
    SynthTemplate(prose: "{Last} faces questions over {happening}"),
    SynthTemplate(prose: "{Happening}: {last} promises update {time}"),
    SynthTemplate(prose: "{Country} responds to {happening}"),
    SynthTemplate(prose: "After {happening}, {last} vows to {action}"),
]

/// What a speaker says about the happening (one per briefing, most of the time).
let synthHappeningUtterances = [
    SynthTemplate(.appeal, "Our thoughts are with everyone affected by {happening} ."),
    SynthTemplate(.commitment, "We are investigating {happening} , and those responsible will be held to account ."),
    SynthTemplate(.fact, "I was in {place} this morning , and I spoke to the people there ."),
    SynthTemplate(.warning, "What happened in {place} must never happen again ."),
]

/// Stock lines: every official has three and uses them in briefing after briefing, whatever the
/// topic. They are the same words each time, so they are the quotes most often shared by
/// articles about different stories.
let synthTalkingPoints = [
    SynthTemplate(.deflection, "It is an option , and a possibility . I will not rule anything out ."),
    SynthTemplate(.commitment, "We have been very clear about this from the start ."),
    SynthTemplate(.deflection, "I am not going to get ahead of the process ."),
    SynthTemplate(.commitment, "Our position has not changed , and it will not change ."),
    SynthTemplate(.fact, "The facts speak for themselves ."),
    SynthTemplate(.commitment, "We will continue to do what is right for the people of {country} ."),
    SynthTemplate(.warning, "Nobody should doubt our resolve ."),
    SynthTemplate(.deflection, "That is a matter for the courts , not for this podium ."),
    SynthTemplate(.deflection, "We are not going to negotiate in public ."),
    SynthTemplate(.fact, "Everything is on the table ."),
    SynthTemplate(.deflection, "I have nothing to add to what I said last week ."),
    SynthTemplate(.fact, "The record of this government speaks for itself ."),
    SynthTemplate(.commitment, "We will be judged by results , not by headlines ."),
    SynthTemplate(.commitment, "This is about the safety of every family in {country} ."),
    SynthTemplate(.deflection, "I am not going to speculate on hypotheticals ."),
    SynthTemplate(.commitment, "We will not be distracted by the noise ."),
    SynthTemplate(.denial, "Let me be absolutely clear : there is no crisis ."),
    SynthTemplate(.appeal, "We take these concerns very seriously ."),
    SynthTemplate(.appeal, "Our door remains open ."),
    SynthTemplate(.commitment, "The work goes on , and it will go on ."),
    SynthTemplate(.fact, "We inherited this problem , and we are fixing it ."),
    SynthTemplate(.warning, "Time is running out for a deal ."),
    SynthTemplate(.deflection, "I will leave the commentary to others ."),
    SynthTemplate(.commitment, "We are on the side of working families ."),
]

extension SynthEvent {
    /// The three stock lines of an official (indices into ``synthTalkingPoints``), fixed per official.
    static func talkingPoints(of official: Int) -> [Int] {
        let count = synthTalkingPoints.count
        return [official * 5 % count, (official * 5 + 9) % count, (official * 5 + 17) % count]
    }

    /// A happening of the topic's category: "the Ravholm dam breach"; and its place.
    static func happening(category: Int, rng: inout SynthRNG) -> (text: String, place: String) {
        let place = rng.pick(synthPlaceStarts) + rng.pick(synthPlaceEnds)
        let incidents = synthIncidents[category < synthIncidents.count ? category : 0]
        let incident = rng.pick(incidents)
        return (incident == "shelling" ? "the shelling of " + place : "the " + place + " " + incident, place)
    }

    /// A topic the official may brief on other than `topic` (a follow-up briefing's), or nil.
    static func otherTopic(for official: Int, than topic: Int, rng: inout SynthRNG) -> Int? {
        let category = synthOfficials[official].category
        let eligible = synthTopics.indices.filter { $0 != topic && (category == 0 || synthTopics[$0].category == category) }
        return eligible.isEmpty ? nil : eligible[rng.int(eligible.count)]
    }
}
