package nl.casustafel.domain.demo;

import java.util.Locale;
import nl.casustafel.domain.common.Text;

/**
 * Fictional building blocks for demo households: Dutch given names and surnames (with and without particles,
 * with diacritics), streets and places. Combinations are random; any resemblance to real persons is chance.
 * Everything is precomputed once so the generator never parses or folds text in its loop.
 */
final class DemoNames {
    private DemoNames() {
    }

    static final String[] FEMALE = {
        "Emma", "Julia", "Sophie", "Anna", "Sara", "Eva", "Lotte", "Lisa", "Fleur", "Sanne", "Anouk", "Iris",
        "Noa", "Mila", "Tess", "Nina", "Lieke", "Femke", "Esther", "Marieke", "Ingrid", "Annemarie", "Petra",
        "Monique", "Linda", "Sandra", "Kim", "Chantal", "Natasja", "Wendy", "Mirjam", "Yvonne", "Daphne", "Manon",
        "Romy", "Laura", "Charlotte", "Lara", "Maud", "Roos", "Elif", "Ayşe", "Fatma", "Zeynep", "Meryem",
        "Fatima", "Khadija", "Nadia", "Samira", "Yasmina", "Salma", "Imane", "Hanna", "Chloë", "Zoë", "Anaïs",
        "Joëlle", "Inês", "Hélène", "Noëlle", "Mariëlle", "Daniëlle", "Gaëlle", "Ilse", "Marloes", "Renée",
        "Desirée", "Michèle", "Irène", "Ellen", "Ria", "Gerda", "Joke", "Anneke", "Wilma", "Henny", "Dewi",
        "Priya", "Shanti", "Sharon", "Jamila", "Ebru", "Büşra", "Gül", "Agnieszka", "Katarzyna", "Oksana",
        "Olena", "Maria", "Ana", "Beatriz", "Lucía", "Aaliyah", "Amira", "Sevda", "Tamara", "Jessica", "Naomi",
        "Demi", "Britt", "Isa", "Liv", "Ella", "Sylvie", "Annelies", "Maaike", "Jorinde", "Sietske", "Aukje",
        "Hiske", "Merel", "Floor", "Jasmijn", "Élise", "Céline"};

    static final String[] MALE = {
        "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Luuk", "Bram", "Thijs", "Jesse", "Ruben", "Tim", "Tom",
        "Lars", "Stijn", "Koen", "Jeroen", "Mark", "Dennis", "Patrick", "Erik", "Martijn", "Bas", "Joost", "Sander",
        "Niels", "Wouter", "Michiel", "Pieter", "Jan", "Kees", "Henk", "Gerrit", "Willem", "Johan", "Hans", "Peter",
        "Frank", "Rob", "Marco", "Ronald", "Richard", "Dirk", "Hendrik", "Sjoerd", "Jelle", "Wietse", "Auke",
        "Mohamed", "Mohammed", "Ahmed", "Youssef", "Mehmet", "Mustafa", "Emre", "Burak", "Hasan", "Ibrahim",
        "Yusuf", "Omar", "Bilal", "Hamza", "Karim", "Rachid", "Said", "Ali", "Murat", "Kemal", "Daniël", "Michaël",
        "Noël", "René", "Raphaël", "Joël", "Maël", "André", "Jérôme", "José", "João", "Rafael", "Tomasz", "Piotr",
        "Krzysztof", "Andrzej", "Mykola", "Dmytro", "Rajesh", "Ravi", "Anil", "Kevin", "Stefan", "Rick", "Mike",
        "Jordy", "Dylan", "Nick", "Robin", "Jasper", "Sven", "Hugo", "Noah", "Sam", "Adam", "Julian", "Olivier",
        "Mees", "Siem", "Teun", "Gijs", "Job", "Hidde", "Çağan", "Ömer", "Gökhan"};

    /** Particles (tussenvoegsels) or null, paired by index with {@link #SURNAMES}. */
    static final String[] PARTICLES;
    static final String[] SURNAMES;
    /** Lower-case ASCII form of particles + surname, for fictional e-mail addresses ("vandenberg"). */
    static final String[] MAIL_NAMES;

    private static final String[][] FAMILY_NAMES = {
        {"van den", "Berg"}, {"de", "Vries"}, {"van", "Dijk"}, {"de", "Jong"}, {"de", "Boer"}, {"van der", "Meer"},
        {"van der", "Linden"}, {"van", "Leeuwen"}, {"de", "Groot"}, {"van der", "Heijden"}, {"van den", "Heuvel"},
        {"van der", "Veen"}, {"van den", "Broek"}, {"de", "Bruijn"}, {"de", "Graaf"}, {"van", "Wijk"},
        {"van der", "Wal"}, {"van", "Vliet"}, {"ter", "Horst"}, {"ten", "Brink"}, {"ten", "Hove"}, {"ter", "Haar"},
        {"in 't", "Veld"}, {"van 't", "Hof"}, {"van 't", "Zand"}, {"de la", "Croix"}, {"de la", "Rie"},
        {"van", "Beek"}, {"van", "Dam"}, {"van der", "Laan"}, {"de", "Haan"}, {"de", "Wit"}, {"de", "Lange"},
        {"van", "Rijn"}, {"de", "Ruiter"}, {"van den", "Bosch"}, {"van der", "Velden"}, {"de", "Kok"},
        {"van", "Loon"}, {"van", "Os"}, {"de", "Wolf"}, {"van", "Gils"}, {"van", "Doorn"}, {"de", "Klerk"},
        {"van", "Es"}, {"op den", "Akker"}, {"van de", "Ven"}, {"van de", "Kamp"}, {"van", "Eijk"},
        {"ter", "Beek"},
        {null, "Jansen"}, {null, "Janssen"}, {null, "Bakker"}, {null, "Visser"}, {null, "Smit"}, {null, "Meijer"},
        {null, "Mulder"}, {null, "Bos"}, {null, "Vos"}, {null, "Peters"}, {null, "Hendriks"}, {null, "Dekker"},
        {null, "Dijkstra"}, {null, "Smits"}, {null, "Willems"}, {null, "Jacobs"}, {null, "Vermeulen"},
        {null, "Kok"}, {null, "Brouwer"}, {null, "Kuipers"}, {null, "Hoekstra"}, {null, "Koster"}, {null, "Prins"},
        {null, "Huisman"}, {null, "Postma"}, {null, "Kramer"}, {null, "Schouten"}, {null, "Verhoeven"},
        {null, "Maas"}, {null, "Wouters"}, {null, "Kuijpers"}, {null, "Hermans"}, {null, "Verbeek"},
        {null, "Gerritsen"}, {null, "Vink"}, {null, "Veenstra"}, {null, "Blom"}, {null, "Scholten"},
        {null, "Kaya"}, {null, "Yılmaz"}, {null, "Öztürk"}, {null, "Şahin"}, {null, "Çelik"}, {null, "Demir"},
        {null, "Yıldız"}, {null, "Aydın"}, {null, "Arslan"}, {null, "Doğan"}, {null, "Koç"}, {null, "El Amrani"},
        {null, "El Idrissi"}, {null, "Bouzid"}, {null, "Benali"}, {null, "Ait Taleb"}, {null, "Ouali"},
        {null, "Haddou"}, {null, "El Khattabi"}, {null, "Ziani"}, {null, "Bennani"}, {null, "Azzouz"},
        {null, "Nowak"}, {null, "Kowalski"}, {null, "Wiśniewski"}, {null, "Kowalczyk"}, {null, "Kovalenko"},
        {null, "Shevchenko"}, {null, "Ramdin"}, {null, "Ramlal"}, {null, "Sital"}, {null, "Biharie"},
        {null, "Soekhoe"}, {null, "Martina"}, {null, "Rosario"}, {null, "Pinas"}, {null, "Doelwijt"},
        {null, "Nguyen"}, {null, "Tran"}, {null, "Pereira"}, {null, "Silva"}, {null, "Santos"}, {null, "García"},
        {null, "Rodríguez"}, {null, "Müller"}, {null, "Schmidt"}, {null, "Coenen"}, {null, "Claessens"},
        {null, "Bruinsma"}, {null, "Wijnands"}, {null, "Hoogland"}, {null, "Stam"}, {null, "Groen"},
        {null, "Zwart"}, {null, "Lambrechts"}, {null, "Faber"}, {null, "Boumans"}, {null, "Brouwers"}};

    static {
        int count = FAMILY_NAMES.length;
        PARTICLES = new String[count];
        SURNAMES = new String[count];
        MAIL_NAMES = new String[count];
        for (int i = 0; i < count; i++) {
            PARTICLES[i] = FAMILY_NAMES[i][0];
            SURNAMES[i] = FAMILY_NAMES[i][1];
            String folded = Text.fold((PARTICLES[i] == null ? "" : PARTICLES[i]) + SURNAMES[i]);
            StringBuilder b = new StringBuilder(folded.length());
            for (int k = 0; k < folded.length(); k++) {
                char c = folded.charAt(k);
                if (c >= 'a' && c <= 'z') {
                    b.append(c);
                }
            }
            MAIL_NAMES[i] = b.toString().toLowerCase(Locale.ROOT);
        }
    }

    static final String[] STREETS = {
        "Dorpsstraat", "Kerkstraat", "Schoolstraat", "Molenweg", "Stationsweg", "Julianastraat", "Beatrixlaan",
        "Wilhelminastraat", "Prinses Irenestraat", "Oranjestraat", "Nieuwstraat", "Hoofdstraat", "Marktplein",
        "Parallelweg", "Kastanjelaan", "Eikenlaan", "Beukenlaan", "Lindenlaan", "Berkenlaan", "Esdoornstraat",
        "Populierenweg", "Wilgenstraat", "Rozenstraat", "Tulpstraat", "Narcissenstraat", "Lelieweg",
        "Zonnebloemstraat", "Merelstraat", "Lijsterstraat", "Spreeuwenlaan", "Zwanenweg", "Meeuwenlaan",
        "Van Goghstraat", "Rembrandtlaan", "Vermeerstraat", "Mondriaanstraat", "Johan de Wittstraat",
        "Van Speijkstraat", "Thorbeckelaan", "Havenstraat", "Kanaalweg", "Dijkweg", "Polderweg", "Weidelaan",
        "Akkerstraat", "Brink", "Noordsingel", "Zuidwal", "Oosterstraat", "Westerstraat", "Achterweg",
        "Industrieweg", "Sportlaan", "Parklaan", "Bosrand", "Heideweg", "Vijverlaan", "Slotlaan", "Kloosterstraat",
        "Gasthuisstraat", "Kerkpad", "Burgemeester Smitlaan", "Pastoor van Arsstraat", "Sint Jansstraat",
        "Hof van Delft", "Plein 1944", "Anne Frankstraat", "Keizersgracht", "Jacob van Lennepstraat",
        "Eerste Oosterparkstraat", "'t Hoogt"};

    static final String[] HOUSE_NUMBER_SUFFIXES = {"a", "b", "c", "A", "B", "-I", "-II", "-III", "-1", "-2", " hs",
        " bis"};

    /** Place, first two postcode digits, (fictional) police unit code. */
    static final String[] CITIES = {
        "Amsterdam", "Almere", "Haarlem", "Leiden", "Den Haag", "Delft", "Zoetermeer", "Gouda", "Rotterdam",
        "Schiedam", "Dordrecht", "Utrecht", "Amersfoort", "Veenendaal", "Middelburg", "Vlissingen",
        "Bergen op Zoom", "Breda", "Tilburg", "'s-Hertogenbosch", "Oss", "Eindhoven", "Helmond", "Venlo", "Roermond",
        "Sittard", "Maastricht", "Heerlen", "Nijmegen", "Arnhem", "Apeldoorn", "Deventer", "Enschede", "Hengelo",
        "Emmen", "Zwolle", "Lelystad", "Leeuwarden", "Assen", "Groningen", "Alkmaar", "Hoorn", "Zaandam",
        "Purmerend", "Hilversum", "Den Helder", "Heerenveen", "Sneek", "Drachten", "Nieuwegein"};
    static final int[] CITY_POSTCODE = {
        10, 13, 20, 23, 25, 26, 27, 28, 30, 31, 33, 35, 38, 39, 43, 43, 46, 48, 50, 52, 53, 56, 57, 59, 60, 61, 62,
        64, 65, 68, 73, 74, 75, 75, 78, 80, 82, 89, 94, 97, 18, 16, 15, 14, 12, 17, 84, 86, 92, 34};
    static final String[] CITY_UNIT = {
        "0500", "0300", "0400", "0600", "0600", "0600", "0600", "0600", "0700", "0700", "0700", "0300", "0300",
        "0300", "0800", "0800", "0800", "0800", "0900", "0900", "0900", "0900", "0900", "1000", "1000", "1000",
        "1000", "1000", "0200", "0200", "0200", "0200", "0200", "0200", "0100", "0200", "0300", "0100", "0100",
        "0100", "0400", "0400", "0400", "0400", "0300", "0400", "0100", "0100", "0100", "0300"};

    /** Letters used in the letter part of generated postcodes (SA, SD and SS are filtered out). */
    static final char[] POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ".toCharArray();

    static final String[] ADULT_NOTES = {
        "Spreekt beperkt Nederlands; tolk gewenst bij gesprekken.",
        "Contact bij voorkeur via de wijkagent.",
        "Woont tijdelijk bij familie.",
        "Heeft een licht verstandelijke beperking; afspraken schriftelijk bevestigen.",
        "Werkt in ploegendienst; bereikbaar na 16:00 uur.",
        "Heeft eerder hulp geweigerd."};
}
