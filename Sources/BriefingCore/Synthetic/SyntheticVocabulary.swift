// Fictional outlets, countries and people for `SyntheticCorpus`.

enum SynthQuoteStyle: Sendable { case straight, curly, british }
enum SynthDatelineStyle: Sendable { case dash, wire, outletTag }
enum SynthPercentStyle: Sendable { case perCent, percent, symbol }

/// An outlet and its house style.
struct SynthOutlet: Sendable {
    let name: String
    let slug: String
    /// Short name used in wire-style datelines: "NORDHAVN (Lumen) — ".
    let tag: String
    let quotes: SynthQuoteStyle
    let dateline: SynthDatelineStyle
    let percent: SynthPercentStyle
    /// "Ms. Lindqvist" on later references.
    let honorifics: Bool
    /// "Press Secretary Mara Lindqvist" rather than "Mara Lindqvist, the …'s press secretary,".
    let titleFirst: Bool
    /// "Tuesday (local time)".
    let localTime: Bool
    /// "yesterday" when published the day after the briefing.
    let yesterday: Bool
    /// Commas outside quotation marks.
    let logical: Bool
    /// Per-mille chance of an editorialising verb ("falsely claimed", "touted", …) where one fits.
    let slant: Int
    /// Per-mille chance that a direct quote is reworded slightly.
    let variation: Int
    /// Uses the alternative spelling of names that have one.
    let variantSpelling: Bool
    let titleCase: Bool
    let signOff: Bool
    let ellipsis: String
}

let synthOutlets: [SynthOutlet] = [
    SynthOutlet(name: "Valdoria Wire", slug: "valdoria-wire", tag: "Valdoria Wire", quotes: .straight, dateline: .wire,
                percent: .percent, honorifics: false, titleFirst: true, localTime: false, yesterday: false,
                logical: false, slant: 0, variation: 200, variantSpelling: false, titleCase: false, signOff: true,
                ellipsis: "..."),
    SynthOutlet(name: "The Northern Ledger", slug: "northern-ledger", tag: "Ledger", quotes: .curly, dateline: .dash,
                percent: .percent, honorifics: true, titleFirst: true, localTime: false, yesterday: false,
                logical: false, slant: 0, variation: 300, variantSpelling: false, titleCase: true, signOff: false,
                ellipsis: "…"),
    SynthOutlet(name: "Harbour Times", slug: "harbour-times", tag: "Harbour Times", quotes: .british, dateline: .dash,
                percent: .perCent, honorifics: false, titleFirst: false, localTime: true, yesterday: false,
                logical: true, slant: 60, variation: 350, variantSpelling: true, titleCase: false, signOff: false,
                ellipsis: "..."),
    SynthOutlet(name: "Meridian Post", slug: "meridian-post", tag: "Meridian", quotes: .curly, dateline: .dash,
                percent: .percent, honorifics: false, titleFirst: true, localTime: false, yesterday: false,
                logical: false, slant: 380, variation: 400, variantSpelling: false, titleCase: true, signOff: false,
                ellipsis: "…"),
    SynthOutlet(name: "The Coastal Courier", slug: "coastal-courier", tag: "Courier", quotes: .straight,
                dateline: .outletTag, percent: .symbol, honorifics: false, titleFirst: false, localTime: false,
                yesterday: true, logical: false, slant: 100, variation: 450, variantSpelling: true, titleCase: false,
                signOff: false, ellipsis: "..."),
    SynthOutlet(name: "Eastmark Herald", slug: "eastmark-herald", tag: "Herald", quotes: .british, dateline: .dash,
                percent: .perCent, honorifics: false, titleFirst: true, localTime: false, yesterday: true,
                logical: true, slant: 150, variation: 350, variantSpelling: false, titleCase: false, signOff: false,
                ellipsis: "…"),
    SynthOutlet(name: "Calloway Daily News", slug: "calloway-daily-news", tag: "CDN", quotes: .straight,
                dateline: .dash, percent: .percent, honorifics: false, titleFirst: true, localTime: false,
                yesterday: false, logical: false, slant: 480, variation: 500, variantSpelling: true, titleCase: true,
                signOff: false, ellipsis: "..."),
    SynthOutlet(name: "The Granite Observer", slug: "granite-observer", tag: "Observer", quotes: .curly,
                dateline: .outletTag, percent: .perCent, honorifics: true, titleFirst: false, localTime: true,
                yesterday: false, logical: false, slant: 0, variation: 250, variantSpelling: true, titleCase: true,
                signOff: false, ellipsis: "…"),
    SynthOutlet(name: "Lumen Press Agency", slug: "lumen-press", tag: "Lumen", quotes: .straight, dateline: .wire,
                percent: .percent, honorifics: false, titleFirst: true, localTime: true, yesterday: false,
                logical: false, slant: 0, variation: 150, variantSpelling: false, titleCase: false, signOff: true,
                ellipsis: "..."),
    SynthOutlet(name: "Redfern Evening Standard", slug: "redfern-standard", tag: "Standard", quotes: .british,
                dateline: .dash, percent: .symbol, honorifics: false, titleFirst: false, localTime: false,
                yesterday: true, logical: true, slant: 260, variation: 400, variantSpelling: true, titleCase: false,
                signOff: false, ellipsis: "…"),
    SynthOutlet(name: "The Ashgrove Sentinel", slug: "ashgrove-sentinel", tag: "Sentinel", quotes: .curly,
                dateline: .dash, percent: .perCent, honorifics: false, titleFirst: true, localTime: false,
                yesterday: true, logical: false, slant: 200, variation: 300, variantSpelling: false, titleCase: false,
                signOff: false, ellipsis: "…"),
]

struct SynthCountry: Sendable {
    let name: String
    let adjective: String
    let capital: String
    let currency: String
    let towns: [String]
}

let synthCountries: [SynthCountry] = [
    SynthCountry(name: "Valdoria", adjective: "Valdorian", capital: "Valdoria City", currency: "crowns",
                 towns: ["Brennik", "Osterholm", "Lake Varn"]),
    SynthCountry(name: "Norland", adjective: "Norlandic", capital: "Nordhavn", currency: "marks",
                 towns: ["Skelby", "Havnemark", "Ulvik"]),
    SynthCountry(name: "Estrava", adjective: "Estravan", capital: "Port Estra", currency: "estras",
                 towns: ["Calvera", "San Ojo", "Mirador"]),
    SynthCountry(name: "Kessen", adjective: "Kessenian", capital: "Kessenburg", currency: "thalers",
                 towns: ["Altdorf", "Rheinau", "Oberkamm"]),
    SynthCountry(name: "Maravia", adjective: "Maravian", capital: "Marav", currency: "dinars",
                 towns: ["Zelik", "Vostra", "Dunavec"]),
    SynthCountry(name: "Tolland", adjective: "Tollish", capital: "Tolbridge", currency: "pounds",
                 towns: ["Ashford Vale", "Kingsmere", "Wexley"]),
    SynthCountry(name: "Arvenia", adjective: "Arvenian", capital: "Arvel", currency: "florins",
                 towns: ["Lisenne", "Corbais", "Mont-Aval"]),
    SynthCountry(name: "Corvenia", adjective: "Corvenian", capital: "Corvo", currency: "lire",
                 towns: ["Pietrasanta", "Vallo", "Marendo"]),
]

/// A named person. `last[0]` is the canonical spelling; further entries are variants some outlets use.
struct SynthPerson: Sendable {
    let first: String
    let last: [String]
    let female: Bool
    /// Title used before the name: "Press Secretary".
    let role: String
    /// Lowercase role after an organisation: "press secretary".
    let lower: String
    /// Later reference: "the press secretary", "the minister".
    let short: String
    /// "the Valdorian government", "Norland", "the Coastal Alliance".
    let org: String
    let country: Int
    /// 0 general, 1 economy, 2 security, 3 society and health, 4 environment and infrastructure, 5 foreign affairs.
    let category: Int
}

private func official(
    _ first: String, _ last: [String], _ female: Bool, _ role: String, _ lower: String, _ short: String,
    _ org: String, _ country: Int, _ category: Int
) -> SynthPerson {
    SynthPerson(first: first, last: last, female: female, role: role, lower: lower, short: short, org: org,
                country: country, category: category)
}

private let valdoria = "the Valdorian government"

/// The 40 officials who give briefings.
let synthOfficials: [SynthPerson] = [
    official("Mara", ["Lindqvist"], true, "Press Secretary", "press secretary", "the press secretary", valdoria, 0, 0),
    official("Henrik", ["Dahlgren", "Dahlgrén"], false, "Foreign Minister", "foreign minister", "the minister", valdoria, 0, 5),
    official("Aurelio", ["Nuñez", "Nunez"], false, "Finance Minister", "finance minister", "the minister", valdoria, 0, 1),
    official("Ingrid", ["Solberg"], true, "Health Minister", "health minister", "the minister", valdoria, 0, 3),
    official("Tomas", ["Varga"], false, "Defence Minister", "defence minister", "the minister", valdoria, 0, 2),
    official("Oleksa", ["Zelenko", "Zelenkyy", "Zelenkiy"], false, "President", "president", "the president", "Norland", 1, 0),
    official("Katrin", ["Müller", "Mueller"], true, "Chancellor", "chancellor", "the chancellor", "Kessen", 3, 0),
    official("Adaeze", ["Okafor"], true, "Trade Commissioner", "trade commissioner", "the commissioner", "the Coastal Alliance", 3, 1),
    official("Jovan", ["Jovanović", "Jovanovic"], false, "Interior Minister", "interior minister", "the minister", "the Estravan government", 2, 2),
    official("Sana", ["Al-Rashidi", "al-Rashidi"], true, "Foreign Ministry Spokeswoman", "foreign ministry spokeswoman", "the spokeswoman", "the Estravan government", 2, 5),
    official("Luc", ["Gaultier", "Gautier"], false, "Energy Minister", "energy minister", "the minister", "the Kessenian government", 3, 4),
    official("Elin", ["Sørensen", "Sorensen"], true, "Prime Minister", "prime minister", "the prime minister", "Norland", 1, 0),
    official("Dmitri", ["Kovalenko", "Kovalenka"], false, "Deputy Prime Minister", "deputy prime minister", "the deputy prime minister", "Maravia", 4, 1),
    official("Yuki", ["Tanabe"], true, "Central Bank Governor", "central bank governor", "the governor", "Maravia", 4, 1),
    official("Rafael", ["Costa"], false, "Environment Minister", "environment minister", "the minister", "the Tollish government", 5, 4),
    official("Amara", ["Diallo"], true, "Secretary-General", "secretary-general", "the secretary-general", "the Coastal Alliance", 3, 5),
    official("Niall", ["O'Donovan"], false, "Police Commissioner", "police commissioner", "the commissioner", "Tolland", 5, 2),
    official("Beatriz", ["Alvarenga"], true, "Education Minister", "education minister", "the minister", "the Arvenian government", 6, 3),
    official("Stefan", ["Wojcik", "Wójcik"], false, "Transport Minister", "transport minister", "the minister", "the Arvenian government", 6, 4),
    official("Leila", ["Haddad"], true, "Government Spokeswoman", "spokeswoman", "the spokeswoman", "the Arvenian government", 6, 0),
    official("Matteo", ["Ricci"], false, "Mayor", "mayor", "the mayor", "Corvo", 7, 4),
    official("Hanne", ["Lindholm"], true, "Chief Medical Officer", "chief medical officer", "the chief medical officer", "Norland", 1, 3),
    official("Grigor", ["Petrosyan", "Petrossian"], false, "Foreign Minister", "foreign minister", "the minister", "Maravia", 4, 5),
    official("Chloé", ["Fontaine"], true, "Labour Minister", "labour minister", "the minister", "the Kessenian government", 3, 3),
    official("Viktor", ["Hallström", "Hallstrom"], false, "Defence Minister", "defence minister", "the minister", "Norland", 1, 2),
    official("Nadia", ["Petrova"], true, "Housing Minister", "housing minister", "the minister", "the Corvenian government", 7, 3),
    official("Samuel", ["Achebe"], false, "Agriculture Minister", "agriculture minister", "the minister", "the Estravan government", 2, 4),
    official("Freya", ["Halvorsen"], true, "Fisheries Minister", "fisheries minister", "the minister", "Norland", 1, 4),
    official("Karim", ["Benali"], false, "Interior Ministry Spokesman", "interior ministry spokesman", "the spokesman", "the Corvenian government", 7, 2),
    official("Ana", ["Ferreira"], true, "President", "president", "the president", "Tolland", 5, 0),
    official("Pavel", ["Novák", "Novak"], false, "Prime Minister", "prime minister", "the prime minister", "Corvenia", 7, 0),
    official("Greta", ["Brandt"], true, "Economy Minister", "economy minister", "the minister", "the Tollish government", 5, 1),
    official("Tariq", ["Mansour"], false, "Migration Minister", "migration minister", "the minister", valdoria, 0, 2),
    official("Isabel", ["Moreau"], true, "Climate Envoy", "climate envoy", "the envoy", "Kessen", 3, 5),
    official("Priya", ["Raman"], true, "Digital Minister", "digital minister", "the minister", "the Arvenian government", 6, 1),
    official("Oskar", ["Lindgren"], false, "General", "chief of the general staff", "the general", "Valdoria", 0, 2),
    official("Marisol", ["Quintero"], true, "Water Commissioner", "water commissioner", "the commissioner", "the Estravan government", 2, 4),
    official("Erik", ["Åberg", "Aberg"], false, "Press Secretary", "press secretary", "the press secretary", "the Norlandic government", 1, 0),
    official("Fatima", ["Okoye"], true, "Justice Minister", "justice minister", "the minister", "the Maravian government", 4, 2),
    official("Conrad", ["Whitfield"], false, "Spokesman", "spokesman", "the spokesman", "the Coastal Alliance", 3, 5),
]

/// Critics and other voices quoted in reaction paragraphs.
let synthReactors: [SynthPerson] = [
    official("Tobias", ["Reinholt"], false, "Opposition Leader", "leader", "the opposition leader", "the opposition Liberal Alliance", 0, 0),
    official("Agnes", ["Kallio"], true, "Union Leader", "president", "the union leader", "the General Labour Federation", 1, 0),
    official("Miriam", ["Kessler"], true, "Analyst", "senior analyst", "the analyst", "the Coastal Studies Institute", 3, 0),
    official("Helga", ["Nyström", "Nystrom"], true, "MP", "environment spokeswoman", "the MP", "the Green Union", 1, 0),
    official("Owen", ["Prendergast"], false, "Former Ambassador", "former ambassador", "the former ambassador", "Valdoria", 0, 0),
    official("Lucia", ["Serrano"], true, "Spokeswoman", "spokeswoman", "the spokeswoman", "the Patients Association", 2, 0),
    official("Jonas", ["Eklund"], false, "Chairman", "chairman", "the chairman", "the Chamber of Commerce", 1, 0),
    official("Rhea", ["Malhotra"], true, "Director", "director", "the director", "Transparency Watch", 6, 0),
    official("Anton", ["Veselý", "Vesely"], false, "Party Leader", "leader", "the party leader", "the People's Party", 7, 0),
    official("Ines", ["Halloran"], true, "Senator", "senator", "the senator", "the opposition Democratic Front", 5, 0),
]

/// Officials eligible to brief on each topic category (their own category or general).
let synthOfficialsByCategory: [[Int]] = (0..<6).map { category in
    synthOfficials.indices.filter { synthOfficials[$0].category == category || synthOfficials[$0].category == 0 }
}

let synthFirstNames = [
    "Ines", "Tom", "Lena", "Marco", "Sofia", "Jakob", "Nora", "Emil", "Clara", "Ravi", "Hana", "Felix", "Alma",
    "Victor", "Maren", "Luis", "Ida", "Karl", "Zofia", "Omar", "Elsa", "Nico", "Ruth", "Paulo",
]
let synthLastNames = [
    "Vakar", "Brereton", "Holm", "Castell", "Nieminen", "Duarte", "Farrow", "Keane", "Lund", "Morell", "Strand",
    "Tavares", "Weiss", "Ahlberg", "Bianchi", "Corrigan", "Eriksen", "Gallo", "Hartmann", "Ivers", "Jansen",
    "Kowal", "Marsh", "Oduya",
]
let synthJobs = [
    "retired teacher", "nurse", "taxi driver", "shop owner", "student", "farmer", "electrician", "bus driver",
    "pharmacist", "fisherman", "baker", "software engineer",
]
