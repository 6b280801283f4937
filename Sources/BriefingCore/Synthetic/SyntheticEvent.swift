// Briefing events: who spoke, when, about what, and what exactly was said.

let synthUtteranceTemplates: [SynthTemplate] = [
    // Characterisations (adjective key phrases).
    SynthTemplate(.characterization, "The talks with {ent} were [ {adj} ] , and we expect to meet again {time} .", key: .adjective, context: "the talks"),
    SynthTemplate(.characterization, "Our meeting with {ent} this morning was [ {adj} ] .", key: .adjective, context: "the meeting"),
    SynthTemplate(.characterization, "I would describe the situation regarding {noun} as [ {adj} ] .", key: .adjective, context: "the situation"),
    SynthTemplate(.characterization, "Frankly , the response from {ent} has been [ {adj} ] .", key: .adjective, context: "the response"),
    SynthTemplate(.characterization, "The discussions on {noun} have been [ {adj} ] , and I think we are making real progress .", key: .adjective, context: "the discussions"),
    // Commitments.
    SynthTemplate(.commitment, "We will {action} {time} , and we will not back down ."),
    SynthTemplate(.commitment, "Our government is fully committed to {noun} , and that will not change ."),
    SynthTemplate(.commitment, "We are going to invest {money} in {noun} over the next {small} years ."),
    SynthTemplate(.commitment, "I can promise you that we will {action} ."),
    SynthTemplate(.commitment, "We have set aside {money} for {noun} , and every cent of it will be spent ."),
    SynthTemplate(.commitment, "We will do [ whatever it takes ] to {action} .", key: .nounPhrase),
    SynthTemplate(.commitment, "The plan for {noun} will be published {time} , as we promised ."),
    // Figures.
    SynthTemplate(.figure, "{Noun} has risen by {pct} since {month} ."),
    SynthTemplate(.figure, "More than {num} have been affected so far , and that number is still growing ."),
    SynthTemplate(.figure, "We have already delivered {num} , which is {small} times more than last year ."),
    SynthTemplate(.figure, "In the last {small} weeks alone , we recorded {num} ."),
    SynthTemplate(.figure, "The latest figures show a fall of {pct} compared with last year ."),
    SynthTemplate(.figure, "So far we have spent {money} on {noun} ."),
    // Superlatives.
    SynthTemplate(.superlative, "This is [ the {sup} investment in {noun} in our history ] .", key: .nounPhrase),
    SynthTemplate(.superlative, "These are [ the {sup} measures any government has taken ] on {noun} .", key: .nounPhrase),
    SynthTemplate(.superlative, "What we are seeing is [ the {sup} crisis in a generation ] .", key: .nounPhrase),
    SynthTemplate(.superlative, "It is simply [ the {sup} agreement we have ever signed ] with {ent} .", key: .nounPhrase),
    // Causal claims.
    SynthTemplate(.causal, "The delays were caused by {cause} , not by any failure on our part ."),
    SynthTemplate(.causal, "{Noun} suffered because {ent} refused to {action} ."),
    SynthTemplate(.causal, "Because of {cause} , we had to postpone {noun} ."),
    SynthTemplate(.causal, "The problems with {noun} are [ a direct result ] of {cause} .", key: .nounPhrase),
    // Denials.
    SynthTemplate(.denial, "There is no evidence that {noun} was compromised ."),
    SynthTemplate(.denial, "We have never said that {noun} would be cancelled ."),
    SynthTemplate(.denial, "The reports about {noun} are [ simply not true ] .", key: .adjective, context: "the reports"),
    SynthTemplate(.denial, "Nobody in this government has ever promised to {action} ."),
    SynthTemplate(.denial, "What some people are calling a < {tag} > is nothing of the sort ."),
    // Appeals.
    SynthTemplate(.appeal, "I urge {ent} to {action} without delay ."),
    SynthTemplate(.appeal, "We call on {ent} to respect the agreement on {noun} ."),
    SynthTemplate(.appeal, "I want to thank everyone who has worked day and night on {noun} ."),
    SynthTemplate(.appeal, "We need everyone to stay calm and follow the official guidance ."),
    // Statements of fact.
    SynthTemplate(.fact, "{Ent} has agreed to {action} {time} ."),
    SynthTemplate(.fact, "I spoke with {person} this morning about {noun} ."),
    SynthTemplate(.fact, "The cabinet approved the new plan for {noun} at {small} o'clock this morning ."),
    SynthTemplate(.fact, "The first phase of {noun} will begin {time} ."),
    SynthTemplate(.fact, "{Person} will travel to {city} {time} to discuss {noun} ."),
    // Deflections and admissions.
    SynthTemplate(.deflection, "I am not going to speculate about {noun} ."),
    SynthTemplate(.deflection, "I will not comment on {noun} while the review is ongoing ."),
    SynthTemplate(.deflection, "We made mistakes on {noun} , and I take full responsibility for that ."),
    SynthTemplate(.deflection, "It is true that we were [ too slow ] on {noun} .", key: .adjective, context: "the response"),
    SynthTemplate(.deflection, "That is a question for {ent} , not for me ."),
    // Blame.
    SynthTemplate(.blame, "{Ent} bears full responsibility for what happened to {noun} ."),
    SynthTemplate(.blame, "The previous government left {noun} in [ a terrible state ] .", key: .nounPhrase),
    SynthTemplate(.blame, "This is [ a deliberate attempt ] by {ent} to undermine {noun} .", key: .nounPhrase),
    // Warnings and assessments.
    SynthTemplate(.warning, "If {ent} does not {action} , there will be serious consequences ."),
    SynthTemplate(.warning, "We are watching the situation around {noun} very closely ."),
    SynthTemplate(.warning, "The next {small} days will be critical for {noun} ."),
    SynthTemplate(.warning, "I believe we are now at [ a turning point ] on {noun} .", key: .nounPhrase),
    SynthTemplate(.warning, "I think it is clear that {noun} cannot wait any longer ."),
]

/// Short second sentences appended to some utterances.
let synthUtteranceTails: [SynthTemplate] = [
    SynthTemplate(.fact, "That is our priority ."),
    SynthTemplate(.fact, "We will not accept anything less ."),
    SynthTemplate(.fact, "People deserve answers ."),
    SynthTemplate(.fact, "This is not the time for politics ."),
    SynthTemplate(.fact, "We will have more to say {time} ."),
    SynthTemplate(.fact, "I want to be very clear about that ."),
    SynthTemplate(.fact, "Nothing has been decided yet ."),
    SynthTemplate(.fact, "We owe that to the people of {country} ."),
]

/// What critics say in reaction.
let synthReactionTemplates: [SynthTemplate] = [
    SynthTemplate(.criticism, "This announcement is [ a cynical stunt ] , and the public can see right through it .", key: .nounPhrase),
    SynthTemplate(.criticism, "The government has had {small} years to fix {noun} and has done nothing ."),
    SynthTemplate(.criticism, "These figures do not match what people are seeing on the ground ."),
    SynthTemplate(.criticism, "We welcome the decision on {noun} , but it comes [ far too late ] .", key: .adjective, context: "the decision"),
    SynthTemplate(.criticism, "{Speaker} owes the country an explanation ."),
    SynthTemplate(.criticism, "Families affected by {noun} deserve better than [ empty promises ] .", key: .nounPhrase),
    SynthTemplate(.criticism, "Nobody believes the government will {action} {time} ."),
    SynthTemplate(.criticism, "It is [ a step in the right direction ] , but much more needs to be done .", key: .nounPhrase),
    SynthTemplate(.criticism, "The government is once again trying to blame {ent} for its own failures ."),
]

/// One fictional briefing, fully determined by (seed, number).
struct SynthEvent: Sendable {
    let number: Int
    /// Days since 1970-01-01.
    let day: Int
    let speaker: Int
    let topic: Int
    let country: Int
    let counterpart: Int
    let venue: String
    /// What occurred that the briefing answers: "the Ravholm dam breach"; and where.
    let happening: String
    let place: String
    /// A follow-up: the same official as the briefing before it (number − 1), the day after, on
    /// another topic.
    let followsUp: Bool
    /// The official's stock lines said at this briefing (indices into ``synthTalkingPoints``).
    let stockLines: [Int]
    let utterances: [SynthUtterance]
    /// Critics quoted in reaction (indices into `synthReactors`), one or two.
    let reactors: [Int]
    /// What each critic said (two utterances each).
    let reactions: [[SynthUtterance]]

    init(seed: UInt64, number: Int) {
        var rng = SynthRNG(seed: seed, stream: 2, index: UInt64(truncatingIfNeeded: number))
        self.number = number
        var day = SynthDate.firstEventDay + rng.int(SynthDate.eventDaySpan)
        var topic = rng.int(synthTopics.count)
        let eligible = synthOfficialsByCategory[synthTopics[topic].category]
        var speaker = eligible[rng.int(eligible.count)]
        // The second briefing of every five follows the first: the same official, the next day,
        // another topic — a story of its own that shares its speaker, days and stock lines.
        var followsUp = false
        if number % SyntheticCorpus.eventsPerBlock == 1 {
            let previous = SynthEvent(seed: seed, number: number - 1)
            if let other = SynthEvent.otherTopic(for: previous.speaker, than: previous.topic, rng: &rng) {
                (day, topic, speaker, followsUp) = (previous.day + 1, other, previous.speaker, true)
            }
        }
        (self.day, self.topic, self.speaker, self.followsUp) = (day, topic, speaker, followsUp)
        (happening, place) = SynthEvent.happening(category: synthTopics[topic].category, rng: &rng)
        country = synthOfficials[speaker].country
        counterpart = (country + 1 + rng.int(synthCountries.count - 1)) % synthCountries.count
        venue = rng.pick(synthVenues)
        let critic = rng.int(synthReactors.count)
        let second = (critic + 1 + rng.int(synthReactors.count - 1)) % synthReactors.count
        reactors = rng.chance(700) ? [critic, second] : [critic]

        var content = SynthContent(rng: rng, topic: topic, country: country, counterpart: counterpart,
                                   speaker: speaker, percent: .perCent)
        // 6–10 distinct templates.
        let count = content.rng.int(6, 10)
        var chosen: [Int] = []
        chosen.reserveCapacity(count)
        while chosen.count < count {
            let t = content.rng.int(synthUtteranceTemplates.count)
            if !chosen.contains(t) { chosen.append(t) }
        }
        var utterances: [SynthUtterance] = []
        utterances.reserveCapacity(count + 3)
        for t in chosen {
            let tail = content.rng.chance(450) ? content.rng.pick(synthUtteranceTails) : nil
            utterances.append(SynthUtterance(synthUtteranceTemplates[t], content: &content, tail: tail))
        }
        // Most briefings speak of their happening, and most repeat one or two of the official's
        // stock lines, in the same words as at every other briefing.
        content.happening = happening
        content.place = place
        if content.rng.chance(750) {
            let u = SynthUtterance(content.rng.pick(synthHappeningUtterances), content: &content, tail: nil)
            utterances.insert(u, at: content.rng.int(utterances.count + 1))
        }
        var stockLines: [Int] = []
        if content.rng.chance(650) {
            let stock = SynthEvent.talkingPoints(of: speaker)
            var lines = [stock[content.rng.int(stock.count)]]
            if content.rng.chance(300) { lines.append(stock.first { $0 != lines[0] }!) }
            stockLines = lines
            for line in lines {
                let u = SynthUtterance(synthTalkingPoints[line], content: &content, tail: nil)
                utterances.insert(u, at: content.rng.int(utterances.count + 1))
            }
        }
        self.utterances = utterances
        self.stockLines = stockLines

        var templates = Array(synthReactionTemplates.indices)
        content.rng.shuffle(&templates)
        var reactions = [[
            SynthUtterance(synthReactionTemplates[templates[0]], content: &content, tail: nil),
            SynthUtterance(synthReactionTemplates[templates[1]], content: &content, tail: nil),
        ]]
        if reactors.count > 1 {
            reactions.append([
                SynthUtterance(synthReactionTemplates[templates[2]], content: &content, tail: nil),
                SynthUtterance(synthReactionTemplates[templates[3]], content: &content, tail: nil),
            ])
        }
        self.reactions = reactions
    }

    /// The first adjective key phrase, if any utterance has one.
    var keyAdjective: (utterance: Int, phrase: String)? {
        for (i, u) in utterances.enumerated() where u.keyKind == .adjective {
            if let key = u.key { return (i, u.tokens[key].joined(separator: " ")) }
        }
        return nil
    }

    /// The first noun-phrase key phrase, if any.
    var keyNounPhrase: String? {
        for u in utterances where u.keyKind == .nounPhrase {
            if let key = u.key { return u.tokens[key].joined(separator: " ") }
        }
        return nil
    }
}
