/// Common given names and the gender they usually carry, for resolving "he" and "she" to a
/// named speaker. A name not listed has unknown gender (compatible with either pronoun); the
/// article's own pronouns and honorifics refine it.
enum FirstNames {
    static func gender(of hash: UInt64) -> Gender {
        if female.contains(hash) { return .female }
        if male.contains(hash) { return .male }
        return .unknown
    }

    static let female: WordSet = WordHash.set("""
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley \
        kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen \
        amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn \
        janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan \
        cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail \
        julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte \
        rose alexis kayla karoline caroline carolina kamala hillary nikki kristi kristen marjorie ursula angela giorgia \
        marine theresa jacinda liz elise nancy tulsi condoleezza madeleine jen dana kate kathy katie karine jill melania \
        ivanka tiffany greta ilse ingrid astrid sigrid greta anneliese annika britta birgit claudia eva petra sabine ulrike \
        yulia olena iryna oksana natalia natalya svetlana tatiana irina olga elena anastasia maria valentina ekaterina \
        priya sunita aisha fatima leila yasmin mariam noor amira sophie chloe camille manon lea amelie isabelle \
        agnes amelia jade rhona nadia mara lena freya rachel anneke marta agnieszka katarzyna magdalena ewa helga \
        beatriz lucia carmen dolores pilar rosa ana sofia valeria camila gabriela daniela mei ling yuki keiko sakura \
        harriet imogen eleanor florence matilda beatrice ruby poppy isla maisie erin siobhan aoife niamh maureen \
        shona morag fiona kirsty ailsa gillian heidi janne tove liv ragnhild solveig margit marit ines leonor \
        joanna claire nina tara vera zoe zara ella ellie millie molly lily lucy holly abby gemma kerry tracey \
        tina wendy yvonne helena karin kristin ingrid birte helle mette lene sanne ruth moira jade maureen miriam lena dana adaora grace sofia rhona amelia nadia priya ilse harriet felicity rosa beata elin ebba maja saga alva linnea hanna johanna katja anja tanja silke heike nora ida emilia paula penelope priti rishi' yvette hilary harriet jacqui suella kemi rosie bridget
        """.split(separator: " ").map(String.init).filter { !$0.hasSuffix("'") })

    static let male: WordSet = WordHash.set("""
        james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark \
        donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary \
        nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond \
        jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian \
        keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel \
        logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis \
        vladimir volodymyr dmitry sergei sergey mikhail ivan alexei alexey andrii andriy oleksandr viktor yuri boris \
        emmanuel olaf friedrich keir rishi boris narendra xi shehbaz imran benjamin recep mohammed muhammad ahmed ali \
        omar hassan hussein khalid abdullah mahmoud joe barack bill marco mike jd kevin jake lindsey mitch chuck \
        antony anton tomas tom tim jim bob ted ben sam dan dave steve rob rick nick chris matt pete jon ron \
        hans klaus jurgen stefan wolfgang dieter horst helmut gerhard markus lars anders erik sven nils olav magnus \
        pierre jean jacques francois michel luc laurent nicolas olivier emmanuel giuseppe giovanni matteo luca marco \
        carlos luis miguel pedro jorge fernando diego pablo javier alejandro rafael ricardo eduardo sergio \
        hiroshi takeshi kenji shinzo fumio yoshihide wang li zhang liu chen lee kim park ewan rhys owen gareth \
        dafydd callum hamish angus fergus declan liam sean niall conor ciaran eamon keir nigel clive trevor \
        gavin graham colin neil ian malcolm duncan alistair alasdair rupert hugo jeremy kwasi sajid michael \
        daniel okoro tomasz piotr krzysztof andrzej jan pavel petr jiri istvan viktor mateusz wojciech jonas marcus ewan tomas luc owen colin neil bill rob felix piotr simon peter daniel mike anton kai jens lukas leon finn elias emil oskar hugo axel nils arne bjorn torsten ulf henrik mats
        """.split(separator: " ").map(String.init))
}
