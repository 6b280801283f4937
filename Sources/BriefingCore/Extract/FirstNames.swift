/// Common given names and the gender they usually carry, for resolving "he" and "she" to a
/// named speaker. A name not listed has unknown gender (compatible with either pronoun); the
/// article's own pronouns and honorifics refine it.
///
/// The lists come from general knowledge of names, never from the test fixtures: first the most
/// common names of the last century in the US Social Security Administration's baby-name
/// statistics, then common given names of the countries English-language news reports on, by
/// language, then the given names of public figures often in that news. Every name carries the
/// listed gender in the name dictionary of Jörg Michael's `gender.c` (the one the PyPI package
/// `gender-guesser` ships) — overall, or for Britain or the US, written with or without its
/// accents — except a few public figures' names it lacks, marked `*` below.
///
/// Left out on purpose, so their gender stays unknown: names common for both sexes ("Jan", "Kim",
/// "Lindsey", "Mei"), surnames — including the family names that open Chinese and Korean names
/// ("Xi", "Li", "Wang", "Park") — and invented or rare names that only a test article uses.
enum FirstNames {
    static func gender(of hash: UInt64) -> Gender {
        if female.contains(hash) { return .female }
        if male.contains(hash) { return .male }
        return .unknown
    }

    static let female: WordSet = WordHash.set(words([
        // US Social Security Administration: the most common names of the last century.
        """
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
        kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
        amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
        janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan
        cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail
        julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte
        rose alexis kayla
        """,
        // Britain, Ireland, North America, Australia: other common names and the short forms news uses.
        """
        harriet imogen eleanor florence matilda beatrice ruby poppy isla maisie erin siobhan aoife niamh maureen shona
        morag fiona kirsty ailsa gillian rhona moira joanna claire nina tara vera zoe zara ella ellie millie molly lily
        lucy holly abby gemma kerry tracey tina wendy yvonne helena felicity rosie bridget hilary jacqui miriam penelope
        amelia jade chloe sophie agnes freya nora caroline liz jen kate kathy katie jill tiffany madeleine elise dana
        nikki kristi kristen marjorie
        """,
        // German, Dutch and Nordic.
        """
        ilse ingrid astrid sigrid greta anneliese annika britta birgit claudia eva petra sabine ulrike heidi janne tove liv
        ragnhild solveig margit marit karin kristin birte helle mette lene sanne anneke elin ebba maja saga linnea hanna
        johanna katja anja tanja silke heike ida helga lena
        """,
        // French, Spanish, Portuguese and Italian.
        """
        camille manon lea amelie isabelle marine beatriz lucia carmen dolores pilar rosa ana sofia valeria camila gabriela
        daniela ines leonor giorgia paula emilia carolina
        """,
        // Polish, Czech, Russian, Ukrainian and their neighbours.
        """
        yulia olena iryna oksana natalia natalya svetlana tatiana irina olga elena anastasia valentina ekaterina marta
        agnieszka katarzyna magdalena ewa beata nadia mara
        """,
        // Arabic, Persian, South Asian and Japanese.
        """
        priya priti sunita aisha fatima leila yasmin mariam noor amira yuki keiko sakura
        """,
        // Public figures; * marks names the dictionary above lacks.
        """
        karoline kamala hillary ursula melania ivanka karine yvette jacinda* tulsi* condoleezza* suella* kemi*
        """,
    ]))

    static let male: WordSet = WordHash.set(words([
        // US Social Security Administration: the most common names of the last century.
        """
        james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark
        donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
        nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
        jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian
        keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel
        logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis
        """,
        // Britain, Ireland, North America, Australia: other common names and the short forms news uses.
        """
        antony tom tim jim bob ted ben sam dan dave steve rob rick nick chris matt pete jon ron mike bill jake mitch chuck
        lee ewan rhys owen gareth dafydd callum hamish angus fergus declan liam niall conor ciaran eamon keir nigel clive
        trevor gavin graham colin neil ian malcolm duncan alistair alasdair rupert hugo simon felix marcus finn
        """,
        // German, Dutch and Nordic.
        """
        hans klaus jurgen stefan wolfgang dieter horst helmut gerhard markus friedrich lars anders erik sven nils olav olaf
        magnus jonas lukas leon elias emil oskar axel arne bjorn torsten ulf henrik mats jens kai anton
        """,
        // French, Spanish, Portuguese and Italian.
        """
        pierre jacques francois françois michel luc laurent nicolas olivier emmanuel giuseppe giovanni matteo luca marco
        carlos luis miguel pedro jorge fernando diego pablo javier alejandro rafael ricardo eduardo sergio tomas
        """,
        // Polish, Czech, Hungarian, Russian, Ukrainian and their neighbours.
        """
        vladimir volodymyr dmitry sergei sergey mikhail ivan alexei alexey andrii andriy oleksandr viktor yuri boris
        tomasz piotr krzysztof andrzej pavel petr jiri jiří istvan istván mateusz wojciech
        """,
        // Arabic, Turkish, Persian, South Asian, West African and Japanese.
        """
        mohammed muhammad ahmed ali omar hassan hussein khalid abdullah mahmoud recep imran sajid kwasi* hiroshi takeshi
        kenji shinzo fumio yoshihide
        """,
        // Public figures; * marks names the dictionary above lacks.
        """
        barack jd* narendra* shehbaz* rishi*
        """,
    ]))

    /// The names of `groups`, split at spaces and line breaks, without the `*` marks.
    private static func words(_ groups: [String]) -> [String] {
        groups.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\n" }) }.map { String($0.filter { $0 != "*" }) }
    }
}
