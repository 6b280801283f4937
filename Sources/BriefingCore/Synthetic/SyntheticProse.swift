// Prose templates: headlines, background filler and unrelated (non-briefing) stories.

private func prose(_ texts: [String]) -> [SynthTemplate] { texts.map { SynthTemplate(prose: $0) } }

let synthHeadlines = prose([
    "{Last} defends handling of {noun}",
    "{Last} vows to {action}",
    "{Country} will {action}, says {last}",
    "{Role} {last} faces questions over {noun}",
    "{Country} urges {ent} to {action}",
    "{Topic}: {last} promises update {time}",
    "{Country} under pressure over {topic} as {last} briefs reporters",
    "{Last} rejects criticism over {noun}",
    "{Last} says {country} ready to {action}",
])
let synthKeyAdjectiveHeadlines = prose([
    "{Last} calls {topic} ‹{keyadj}›",
    "{Topic}: {country} says situation ‹{keyadj}›",
])
let synthKeyNounHeadlines = prose([
    "‹{Keynp}›: {last} on {noun}",
    "{Last} speaks of ‹{keynp}›",
])

let synthContexts = prose([
    "The remarks came amid growing pressure over {noun}.",
    "The comments came a day after {ent} raised fresh concerns about {noun2}.",
    "The briefing came as talks with {counterpart} entered a critical phase.",
    "It was the first time the government had addressed {noun} publicly since {month}.",
    "The statement followed weeks of speculation about {noun}.",
])

let synthBackground = prose([
    "{Country} has faced mounting criticism over {noun} in recent months, with opposition parties accusing the government of moving too slowly.",
    "Figures published by the national statistics office in {month} showed that spending on {noun} had risen by {pct} over the previous year.",
    "The briefing, which lasted about {n} minutes, was dominated by questions about {happening}.",
    "{Outlet} was unable to independently verify the figures cited at the briefing.",
    "A spokesperson for {ent} did not immediately respond to a request for comment.",
    "Relations between {country} and {counterpart} have been strained since {year}, when a dispute over {noun2} led to the suspension of formal talks.",
    "Analysts say the coming weeks will test the government's ability to deliver on its promises on {noun}.",
    "Previous attempts to address {noun} stalled in {year} after {cause}.",
    "Several thousand people protested in {place} last weekend, demanding faster action on {noun}.",
    "The announcement follows a similar move by {counterpart} earlier this year.",
    "{Person} is expected to present a detailed plan to parliament {time}.",
    "Under current rules, oversight of {noun} rests with a joint committee of {n} members drawn from both chambers of parliament.",
    "Markets reacted cautiously, with the national currency slipping {pct} against the dollar in afternoon trading.",
    "Opinion polls published last month suggested that a majority of voters in {country} consider {noun} one of the most pressing issues facing the country.",
    "{Ref} has held the post since {year} and is widely seen as one of the most influential figures in the government.",
    "Critics argue that the real cost of {noun} has been understated, a claim ministers reject.",
    "In {month}, {ent} warned that {noun2} could face further disruption unless a compromise was reached.",
    "Officials said further details would be set out {time}.",
    "The issue has dominated parliamentary debate since {month}, and several committees are expected to hold hearings on {noun2}.",
    "According to government data, more than {num} were affected last year alone.",
    "The government's own advisers warned in {month} that the current approach to {noun} was unsustainable without additional funding.",
    "A parliamentary inquiry into {noun2} is due to report {time}, and its findings are expected to shape the next stage of the debate.",
    "Spending on {noun} accounts for roughly {pct} of the annual budget, according to figures from the finance ministry.",
    "Business groups have broadly welcomed the government's approach, although some have called for clearer guidance on {noun2}.",
    "The opposition has promised to make {noun} a central issue in the next election campaign.",
    "Residents of {place} have demanded an independent inquiry into {happening}.",
    "Talks between officials from {country} and {counterpart} are expected to resume in {city} {time}.",
    "Trade unions have threatened further action if their concerns about {noun} are not addressed {time}.",
    "Similar measures introduced in {counterpart} in {year} were later scaled back after legal challenges.",
    "Independent experts have questioned whether the timetable for {noun2} is realistic, citing {cause}.",
    "Local officials in {city} said they had not been consulted about the changes to {noun}.",
])

/// Paragraphs about the briefing itself, mentioning the speaker but quoting nobody.
let synthProcedural = prose([
    "{Ref} declined to say whether the government would {action}, telling reporters that discussions were continuing.",
    "One reporter asked whether {ent} had been consulted in advance; {ref} said only that contacts had taken place at several levels.",
    "{Ref} did not take questions on {noun2}, saying that a separate statement would follow {time}.",
    "Reporters pressed {ref} repeatedly on {happening}, but {pron} declined to give a firm timetable.",
    "{Ref} was flanked by senior officials during the briefing, which was broadcast live on national television and lasted about {n} minutes.",
    "At one point {ref} referred reporters to a written statement on {noun} that had been released earlier in the day.",
    "Asked about reports that {ent} had raised objections to {noun2}, {ref} said {pron} would not comment on private conversations.",
    "{Ref} ended the briefing by thanking the emergency services and officials who had responded to {happening}.",
])

/// One kind of unrelated story.
struct SynthStoryKind: Sendable {
    let headlines: [SynthTemplate]
    let paragraphs: [SynthTemplate]
}

let synthStoryKinds: [SynthStoryKind] = [
    SynthStoryKind(headlines: prose([
        "Storm warning issued for {town} as temperatures plunge",
        "Heatwave grips {country} with {temp} degrees forecast",
    ]), paragraphs: prose([
        "Forecasters have issued an amber warning for {town} and the surrounding districts, with winds of up to {n} kilometres an hour expected overnight.",
        "«We have not seen anything like this in years,» said {resident}, a {job} from {town}.",
        "Temperatures are expected to reach {temp} degrees by {weekday}, well above the seasonal average for {month}.",
        "The national weather service said conditions would ease by the end of the week, although further showers were likely in the north.",
        "Several regional trains were cancelled on {weekday} morning, and motorists were advised to avoid unnecessary journeys.",
        "«Check on elderly neighbours and keep a torch handy,» the fire service said in a statement.",
        "Schools in {town} will open two hours late on {weekday}, the regional education office said.",
    ])),
    SynthStoryKind(headlines: prose([
        "{Team} beat {team2} {score} in thrilling final",
        "{Team} coach hails ‹best season yet›",
    ]), paragraphs: prose([
        "{Team} came from behind to beat {team2} {score} in front of a sell-out crowd in {town} on {weekday}.",
        "«The players showed real character tonight,» said coach {resident}. «We never stopped believing.»",
        "The result leaves {team} {small} points clear at the top of the table with {small} games remaining.",
        "{Team2} had taken the lead early in the first half, but a red card shortly before the break changed the course of the match.",
        "Tickets for the final sold out within {n} minutes of going on sale in {month}.",
        "Supporters celebrated late into the night in the streets around the stadium, police said.",
        "«It is the proudest moment of my career,» said captain {resident}, who scored the winning goal.",
    ])),
    SynthStoryKind(headlines: prose([
        "{Festival} returns to {town} with record crowds",
        "Organisers of {festival} announce bigger programme",
    ]), paragraphs: prose([
        "More than {crowd} visitors are expected at this year's {festival}, which opened in {town} on {weekday}.",
        "«It is the best edition we have ever had,» said festival director {resident}.",
        "The programme includes {n} concerts, a film season and an open-air market along the river.",
        "Local hotels reported occupancy rates of close to {pct}, according to the regional tourism board.",
        "The festival was first held in {year} and has grown from a small folk gathering into one of the largest cultural events in {country}.",
        "«We come every year with the whole family,» said {resident}, {age}, a {job} from {capital}.",
        "Organisers said a free shuttle bus would run from the railway station until midnight.",
    ])),
    SynthStoryKind(headlines: prose([
        "{Country} shares close higher as bank stocks rally",
        "{Currency} slips in thin trading",
    ]), paragraphs: prose([
        "The main index in {capital} closed up {pct} on {weekday}, led by gains in banking and energy shares.",
        "«Investors are cautiously optimistic,» said {resident}, a senior trader at a brokerage in {capital}.",
        "Trading volumes were about {pct} below the {n}-day average.",
        "The {currency} was little changed in late trading, while government bond yields edged lower.",
        "Shares in the country's largest lender rose for a third consecutive session after better-than-expected results.",
        "Analysts said markets were waiting for inflation figures due later in the month.",
    ])),
    SynthStoryKind(headlines: prose([
        "Bridge in {town} closed after lorry crash",
        "Residents evacuated after fire at {town} warehouse",
    ]), paragraphs: prose([
        "Emergency services were called to the scene shortly after {small} o'clock on {weekday} morning, police said.",
        "«There was a huge bang and then smoke everywhere,» said {resident}, {age}, who lives nearby.",
        "{N} firefighters worked through the night to bring the blaze under control.",
        "The road is expected to remain closed until at least the end of the week, the regional council said.",
        "No one was seriously injured, although {small} people were treated for smoke inhalation.",
        "«We are grateful to everyone who helped,» the owner of the building, {resident}, told local radio.",
        "An investigation into the cause has been opened.",
    ])),
    SynthStoryKind(headlines: prose([
        "Researchers in {town} discover new species of deep-sea fish",
        "University team unveils battery breakthrough",
    ]), paragraphs: prose([
        "A team of researchers at the University of {town} said on {weekday} that they had made a discovery that could change their field.",
        "«This tells us how little we still know,» said lead author {resident}.",
        "The findings were published in the journal Frontiers of Science in {month}.",
        "The research was funded by a grant of {n} million {currency} from the national science council.",
        "Other scientists welcomed the study but cautioned that the results would need to be replicated.",
        "«It is a genuinely exciting result,» said {resident}, who was not involved in the work.",
        "The team plans a second expedition in {year}, subject to funding.",
    ])),
]

/// Filler usable in any unrelated story.
let synthStoryFiller = prose([
    "The regional council said it would publish a full report {time}.",
    "Local businesses said they hoped for a return to normal in the coming days.",
    "Residents of {town} have long complained about a lack of investment in the area.",
    "The {town} district has a population of about {crowd} people, many of whom commute to {capital} for work.",
    "A similar incident took place in {year}, when {n} people were affected.",
    "Officials said they would review the response once the situation had returned to normal.",
    "Further information is available from the council's website and local radio stations.",
    "The mayor of {town} said the town would do everything possible to support those affected, adding that a public meeting would be held next week.",
    "Police asked anyone with information to contact the local station or the national hotline.",
    "The story was widely shared on social media, where many users praised the quick response of local volunteers.",
    "A spokesperson for the regional authority said an update would be given on {weekday}.",
    "Local newspapers in {town} have covered the issue extensively over the past year.",
    "Organisers and officials said they were confident that lessons had been learned from previous years.",
    "Visitors to {town} were advised to check local travel information before setting out.",
])

let synthTeams = [
    "Brennik United", "Nordhavn Rovers", "Port Estra Athletic", "Kessenburg FC", "Marav City", "Tolbridge Wanderers",
    "Arvel Sporting", "Corvo Calcio",
]
let synthFestivals = [
    "the Lake Varn Folk Festival", "the Riverlight Film Festival", "the Harbour Jazz Week", "the Autumn Lantern Fair",
]
