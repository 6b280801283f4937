// Briefing topics and the word pools utterances are built from.

struct SynthTopic: Sendable {
    /// Headline label: "trade talks".
    let label: String
    /// See `SynthPerson.category`.
    let category: Int
    /// Noun phrases ("the trade agreement").
    let nouns: [String]
    /// Bare-infinitive verb phrases ("resume negotiations").
    let actions: [String]
    /// Plural count units ("households").
    let units: [String]
    /// Named entities involved ("the Kessen delegation").
    let entities: [String]
}

private func topic(
    _ label: String, _ category: Int, _ nouns: [String], _ actions: [String], _ units: [String], _ entities: [String]
) -> SynthTopic {
    SynthTopic(label: label, category: category, nouns: nouns, actions: actions, units: units, entities: entities)
}

let synthTopics: [SynthTopic] = [
    topic("trade talks", 1,
          ["the trade agreement", "export quotas", "the customs union", "tariffs on steel", "the new tariff schedule"],
          ["lift the export ban", "cut tariffs", "resume negotiations", "ratify the agreement"],
          ["containers", "jobs", "companies"], ["the Kessen delegation", "the Coastal Alliance", "the Chamber of Commerce"]),
    topic("energy prices", 4,
          ["electricity prices", "the gas pipeline", "the national grid", "winter fuel reserves", "the energy price cap"],
          ["extend the price cap", "restart the reactor", "secure new gas supplies", "upgrade the grid"],
          ["households", "megawatts", "homes"], ["the Northern Gas Company", "the grid operator", "the Kessenian government"]),
    topic("the outbreak", 3,
          ["the vaccination campaign", "hospital capacity", "the outbreak in the north", "emergency wards", "the testing programme"],
          ["open two field hospitals", "extend the vaccination campaign", "hire more nurses", "reopen the clinics"],
          ["patients", "cases", "doses", "beds"], ["the Federal Health Agency", "the regional health boards", "the Patients Association"]),
    topic("ceasefire talks", 5,
          ["the ceasefire", "the peace talks", "the prisoner exchange", "the humanitarian corridor", "the border monitoring mission"],
          ["withdraw its troops", "release the prisoners", "return to the negotiating table", "respect the ceasefire"],
          ["prisoners", "civilians", "observers"], ["the Maravian delegation", "the Coastal Alliance", "the mediators from Tolland"]),
    topic("border security", 2,
          ["border security", "the new checkpoints", "the coastal patrols", "the border fence", "smuggling networks"],
          ["close the northern crossings", "deploy additional patrols", "tighten visa checks", "dismantle the smuggling networks"],
          ["officers", "arrests", "crossings"], ["the border guard", "the Estravan government", "the Interior Ministry"]),
    topic("flood relief", 4,
          ["the flood relief effort", "the damaged river defences", "emergency shelters", "the reconstruction fund", "the evacuation of the valley"],
          ["release the emergency funds", "rebuild the river defences", "rehouse the displaced families", "compensate the farmers"],
          ["families", "homes", "volunteers"], ["the Red Shield relief agency", "the army engineers", "the regional council"]),
    topic("inflation", 1,
          ["inflation", "the cost of living", "food prices", "interest rates", "the household support package"],
          ["freeze public transport fares", "raise pensions", "cut fuel duty", "cap rents"],
          ["households", "pensioners", "businesses"], ["the Central Bank", "the Statistics Office", "the Chamber of Commerce"]),
    topic("defence procurement", 2,
          ["the fighter jet contract", "defence spending", "the new frigates", "the ammunition stockpile", "the procurement review"],
          ["sign the contract", "double ammunition production", "modernise the fleet", "publish the procurement review"],
          ["troops", "vehicles", "aircraft"], ["the General Staff", "Halvard Aerospace", "the Coastal Alliance"]),
    topic("the housing crisis", 3,
          ["the housing shortage", "social housing", "rents in the capital", "the new building programme", "mortgage relief"],
          ["build new homes", "cap rents", "release public land", "speed up planning approvals"],
          ["homes", "tenants", "apartments"], ["the Tenants Union", "the Builders Federation", "the city council"]),
    topic("wildfires", 4,
          ["the wildfires", "the firefighting effort", "the evacuation zones", "the burned forest land", "the fire season"],
          ["send more water bombers", "evacuate the coastal villages", "compensate the landowners", "ban open fires"],
          ["hectares", "firefighters", "residents"], ["the fire service", "the air force", "the forestry agency"]),
    topic("the cyberattack", 2,
          ["the cyberattack", "the hacked tax database", "government networks", "the data breach", "the national cyber centre"],
          ["restore the online services", "notify the affected citizens", "identify those responsible", "strengthen network security"],
          ["accounts", "citizens", "servers"], ["the National Cyber Centre", "a group linked to Corvenia", "the Tax Authority"]),
    topic("the election", 0,
          ["the election timetable", "the voter register", "the electoral reform bill", "postal voting", "the campaign finance rules"],
          ["hold the vote in spring", "update the voter register", "publish the campaign accounts", "allow international observers"],
          ["voters", "polling stations", "candidates"], ["the Electoral Commission", "the opposition Liberal Alliance", "the international observers"]),
    topic("fishing quotas", 4,
          ["the fishing quotas", "the coastal fishing fleet", "the cod stocks", "the marine protection zone", "fisheries subsidies"],
          ["cut the quotas", "compensate the fishing crews", "extend the protection zone", "renegotiate access rights"],
          ["tonnes", "vessels", "crews"], ["the Northern Maritime Union", "Norland", "the Fisheries Council"]),
    topic("the drought", 4,
          ["the drought", "water rationing", "the reservoirs", "the irrigation network", "the water supply"],
          ["lift the hosepipe ban", "build new desalination plants", "ration irrigation water", "repair the leaking mains"],
          ["litres", "farms", "households"], ["the Water Authority", "the Farmers Federation", "the regional councils"]),
    topic("the rail strike", 3,
          ["the rail strike", "the public transport network", "the pay dispute", "weekend services", "the new rail timetable"],
          ["return to work", "reopen talks with the unions", "restore weekend services", "raise pay for drivers"],
          ["passengers", "trains", "drivers"], ["the General Labour Federation", "the national rail operator", "the transport union"]),
    topic("school reform", 3,
          ["the school reform", "teacher shortages", "the new curriculum", "university fees", "free school meals"],
          ["hire more teachers", "scrap university fees", "extend free school meals", "delay the new curriculum"],
          ["teachers", "pupils", "schools"], ["the Teachers Union", "the Education Council", "the Parents Council"]),
    topic("migration", 2,
          ["the asylum system", "the reception centres", "migration policy", "the processing backlog", "the resettlement programme"],
          ["clear the backlog", "open new reception centres", "speed up deportations", "expand the resettlement programme"],
          ["applications", "asylum seekers", "cases"], ["the Migration Agency", "the Coastal Alliance", "the Refugee Council"]),
    topic("the space programme", 1,
          ["the space programme", "the satellite launch", "the new launch site", "the research budget", "the lunar mission"],
          ["launch the satellite", "fund the new launch site", "sign the partnership agreement", "delay the lunar mission"],
          ["engineers", "satellites", "jobs"], ["the National Space Agency", "Halvard Aerospace", "the Kessenian space agency"]),
    topic("the climate summit", 5,
          ["the climate summit", "emissions targets", "the coal phase-out", "the climate fund", "the carbon tax"],
          ["close the last coal plants", "cut emissions by half", "contribute to the climate fund", "introduce the carbon tax"],
          ["tonnes of carbon", "jobs", "plants"], ["the Coastal Alliance", "the Kessenian government", "the summit hosts"]),
    topic("pension reform", 1,
          ["the pension reform", "the retirement age", "state pensions", "the pension fund", "early retirement"],
          ["raise the retirement age", "protect state pensions", "reform the pension fund", "scrap early retirement"],
          ["pensioners", "workers", "retirees"], ["the General Labour Federation", "the Pensioners League", "the Finance Committee"]),
    topic("the telecoms auction", 1,
          ["the mobile network auction", "rural broadband", "the telecoms licence", "imported network equipment", "the digital strategy"],
          ["connect every village", "hold the auction", "ban the equipment", "extend the licence"],
          ["villages", "households", "masts"], ["the Telecoms Regulator", "Norvik Telecom", "the Digital Ministry"]),
    topic("the port expansion", 4,
          ["the port expansion", "the new container terminal", "dredging in the harbour", "the shipping lanes", "the harbour authority"],
          ["approve the terminal", "begin dredging", "reopen the shipping lanes", "sell the stake in the port"],
          ["containers", "ships", "jobs"], ["the Harbour Authority", "a Kessenian shipping consortium", "the dockworkers union"]),
    topic("the rail network", 4,
          ["the high-speed rail line", "the rail network", "the northern line", "track maintenance", "the rail budget"],
          ["complete the northern line", "electrify the network", "cut ticket prices", "nationalise the operator"],
          ["kilometres", "passengers", "trains"], ["the national rail operator", "the Infrastructure Agency", "the regional councils"]),
    topic("tourism", 1,
          ["the tourist season", "the visitor tax", "short-term rentals", "hotel bookings", "the tourism recovery plan"],
          ["introduce the visitor tax", "limit short-term rentals", "promote the coastal towns", "restore direct flights"],
          ["visitors", "hotel rooms", "flights"], ["the Tourism Board", "the hoteliers association", "the airport operator"]),
    topic("farm subsidies", 1,
          ["farm subsidies", "the grain harvest", "fertiliser prices", "the farm protests", "agricultural exports"],
          ["increase the subsidies", "cut fertiliser prices", "end the farm protests", "open new export markets"],
          ["farmers", "tonnes", "tractors"], ["the Farmers Federation", "the Maravian government", "the Agriculture Council"]),
    topic("the minimum wage", 1,
          ["the minimum wage", "wage negotiations", "the new pay settlement", "public sector pay", "low-paid workers"],
          ["raise the minimum wage", "settle the pay dispute", "index wages to inflation", "protect low-paid workers"],
          ["workers", "employers", "jobs"], ["the General Labour Federation", "the Employers Council", "the Chamber of Commerce"]),
    topic("the surveillance bill", 2,
          ["the surveillance bill", "data protection", "facial recognition cameras", "the privacy watchdog", "police access to messages"],
          ["withdraw the surveillance bill", "ban facial recognition", "strengthen the privacy watchdog", "limit police access"],
          ["cameras", "complaints", "requests"], ["the Privacy Commissioner", "Transparency Watch", "the Justice Committee"]),
    topic("mining licences", 4,
          ["the mining licences", "the lithium mine", "the environmental review", "mining royalties", "the northern deposits"],
          ["suspend the licences", "raise mining royalties", "complete the environmental review", "protect the wetlands"],
          ["tonnes", "jobs", "hectares"], ["Corvenia Minerals", "the Environmental Agency", "the indigenous council"]),
    topic("humanitarian aid", 5,
          ["humanitarian aid", "the refugee camps", "the aid convoy", "emergency food supplies", "the donor conference"],
          ["deliver the aid convoy", "open the humanitarian corridor", "pledge more funds", "evacuate the wounded"],
          ["refugees", "tonnes of food", "trucks"], ["the Red Shield relief agency", "the Coastal Alliance", "the donor countries"]),
    topic("sanctions", 5,
          ["the sanctions package", "frozen assets", "the arms embargo", "the export controls", "the sanctions list"],
          ["extend the sanctions", "freeze the assets", "lift the arms embargo", "add new names to the list"],
          ["companies", "individuals", "vessels"], ["the Corvenian government", "the Coastal Alliance", "the Maravian government"]),
]

let synthAdjectives = [
    "constructive", "productive", "frank and open", "deeply disappointing", "unacceptable", "encouraging",
    "premature", "irresponsible", "historic", "very difficult", "extremely serious", "positive", "useful",
]
let synthSuperlatives = [
    "largest", "most ambitious", "biggest", "most significant", "most serious", "worst", "strongest", "most important",
]
let synthTimes = [
    "next week", "before the summer", "in the coming weeks", "by the end of the year", "before parliament returns",
    "this month", "as soon as possible", "within 90 days", "by the end of the month",
]
let synthCauses = [
    "rising fuel costs", "delays at the border", "a shortage of staff", "decisions taken by the previous government",
    "a technical failure", "the strike by contractors", "the severe weather", "a lack of funding from the regions",
]
let synthLabels = ["secret deal", "climbdown", "U-turn", "cover-up", "temporary measure", "capitulation"]
let synthVenues = [
    "the daily briefing", "a news conference", "a hastily arranged briefing", "the weekly press briefing",
    "a joint news conference",
]
let synthLeadVerbs = [
    "defended the handling of", "announced new measures on", "addressed concerns over", "gave an update on",
    "faced questions about",
]
