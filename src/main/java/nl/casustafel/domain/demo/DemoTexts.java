package nl.casustafel.domain.demo;

import java.util.EnumMap;
import java.util.Map;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.RiskMarker;

/** Short, neutral, fictional Dutch sentences for generated incidents and involvements. */
final class DemoTexts {
    private DemoTexts() {
    }

    static final Map<IncidentType, String[]> INCIDENT = new EnumMap<>(IncidentType.class);
    static final Map<RiskMarker, String> MARKER = new EnumMap<>(RiskMarker.class);

    static {
        INCIDENT.put(IncidentType.DOMESTIC_VIOLENCE_PHYSICAL, new String[] {
            "Melding van buren over geschreeuw en gestommel in de woning. Slachtoffer verklaart te zijn geduwd.",
            "Ruzie tussen partners liep uit de hand; slachtoffer heeft zichtbaar letsel aan de arm.",
            "Slachtoffer belde zelf 112 na een woordenwisseling waarbij zij of hij werd vastgepakt.",
            "Ter plaatse lichte verwondingen geconstateerd bij het slachtoffer; vermoedelijke pleger aangehouden.",
            "Slachtoffer verklaart in het gezicht te zijn geslagen tijdens een ruzie over geld."});
        INCIDENT.put(IncidentType.DOMESTIC_VIOLENCE_PSYCHOLOGICAL, new String[] {
            "Melding van aanhoudende bedreigingen en vernederingen via berichten.",
            "Slachtoffer verklaart al langere tijd te worden uitgescholden en geïntimideerd.",
            "Hoog oplopende ruzie zonder fysiek geweld; partijen ter plaatse gescheiden.",
            "Slachtoffer durft niet naar huis na dreigende uitlatingen van de partner."});
        INCIDENT.put(IncidentType.DOMESTIC_VIOLENCE_SEXUAL, new String[] {
            "Slachtoffer meldt seksueel grensoverschrijdend gedrag door de partner; zedenrecherche ingelicht."});
        INCIDENT.put(IncidentType.CHILD_ABUSE, new String[] {
            "School meldt zorgen over blauwe plekken bij een kind.",
            "Melding dat een kind thuis hardhandig wordt aangepakt.",
            "Kind vertelt op school bang te zijn om naar huis te gaan."});
        INCIDENT.put(IncidentType.EX_PARTNER_STALKING, new String[] {
            "Ex-partner staat herhaaldelijk onaangekondigd voor de deur.",
            "Slachtoffer ontvangt dagelijks tientallen berichten van de ex-partner.",
            "Ex-partner wacht slachtoffer op bij het werk en volgt haar of hem naar huis."});
        INCIDENT.put(IncidentType.HONOUR_BASED_VIOLENCE, new String[] {
            "Zorgen over dreiging vanuit de familie na een relatiekeuze; expertisecentrum geraadpleegd."});
        INCIDENT.put(IncidentType.ELDER_ABUSE, new String[] {
            "Zorgen over financiële uitbuiting en verwaarlozing van een oudere bewoner."});
        INCIDENT.put(IncidentType.CONFUSED_BEHAVIOUR, new String[] {
            "Bewoner in verwarde toestand aangetroffen; crisisdienst ingeschakeld.",
            "Melding van verward gedrag en geschreeuw op de galerij."});
        INCIDENT.put(IncidentType.BREACH_OF_MEASURE, new String[] {
            "Betrokkene aangetroffen in de woning terwijl een tijdelijk huisverbod van kracht is.",
            "Overtreding van het contactverbod: betrokkene nam meerdere keren contact op met het slachtoffer.",
            "Betrokkene hield zich niet aan het locatieverbod uit de bijzondere voorwaarden."});
        INCIDENT.put(IncidentType.OTHER, new String[] {
            "Burenruzie waarbij gezinsleden betrokken waren.",
            "Zorgmelding opgemaakt na een huisbezoek door de wijkagent."});

        MARKER.put(RiskMarker.CHILDREN_PRESENT, "Er waren kinderen aanwezig.");
        MARKER.put(RiskMarker.STRANGULATION, "Slachtoffer verklaart bij de keel te zijn vastgepakt.");
        MARKER.put(RiskMarker.WEAPON_OR_THREAT_TO_KILL, "Er is gedreigd met een mes en met de dood.");
        MARKER.put(RiskMarker.SEPARATION_RECENT, "Partners zijn kort geleden uit elkaar gegaan.");
        MARKER.put(RiskMarker.STALKING, "Slachtoffer voelt zich achtervolgd en bespied.");
        MARKER.put(RiskMarker.COERCIVE_CONTROL, "Slachtoffer beschrijft controle over geld, telefoon en contacten.");
        MARKER.put(RiskMarker.SUBSTANCE_USE, "Vermoedelijke pleger was onder invloed van alcohol.");
        MARKER.put(RiskMarker.PREGNANCY, "Slachtoffer is zwanger.");
    }

    static final String[] FOLLOW_UP = {
        "Aangifte opgenomen.", "Zorgmelding doorgezet naar Veilig Thuis.", "Partijen gesproken; geen aangifte.",
        "Tijdelijk huisverbod overwogen.", "Slachtoffer verwezen naar Slachtofferhulp.", ""};

    /** Partner codes of the seeded catalogue (V2__seed_partners.sql), in catalogue order. */
    static final String[] PARTNER_CODES = {
        "POLITIE", "VEILIG_THUIS", "OM", "RECLASSERING_NL", "VERSLAVINGSRECLASSERING", "LEGER_DES_HEILS_JR", "RVDK",
        "GI", "GEMEENTE", "ZVH", "CIT", "SLACHTOFFERHULP", "GGZ", "JEUGDHULP", "VROUWENOPVANG", "HUISARTS", "SCHOOL",
        "WONINGCORPORATIE", "HALT", "DJI"};
    /** Fictional mail domains per partner (same order), always under the reserved .example domain. */
    static final String[] PARTNER_DOMAINS = {
        "politie", "veiligthuis", "om", "reclassering", "svg", "lj-r", "rvdk", "gi-jeugdbescherming", "gemeente",
        "zvh", "cit", "slachtofferhulp", "ggz", "jeugdhulp", "vrouwenopvang", "huisartsen", "school",
        "woningcorporatie", "halt", "dji"};
    /** What the partner does for the household (same order). */
    static final String[][] PARTNER_TASKS = {
        {"Specialist Zorg en Veiligheid; wijkagent houdt contact.", "Wijkagent: huisbezoeken en signalering."},
        {"Onderzoek en monitoring.", "Veiligheidsplan opgesteld en gevolgd."},
        {"Strafzaak tegen de vermoedelijke pleger.", "Officier van justitie huiselijk geweld."},
        {"Toezicht op bijzondere voorwaarden.", "Reclasseringsadvies voor de rechtbank."},
        {"Toezicht en behandeling middelengebruik."},
        {"Reclasseringstoezicht.", "Jeugdreclassering."},
        {"Raadsonderzoek naar gezag en omgang.", "Beschermingsonderzoek."},
        {"Gezinsvoogd bij ondertoezichtstelling."},
        {"Wijkteam: gezinsondersteuning.", "Schuldhulpverlening en praktische hulp."},
        {"Procesregie in een complexe casus."},
        {"Crisisinterventie na een incident."},
        {"Ondersteuning van het slachtoffer bij de aangifte."},
        {"Behandeling bij psychische klachten.", "Ambulante begeleiding."},
        {"Ambulante jeugdhulp in het gezin.", "Traumabehandeling voor de kinderen."},
        {"Opvang en ambulante begeleiding."},
        {"Medische zorg en signalering."},
        {"Intern begeleider volgt de kinderen."},
        {"Woonoverlast en urgentieaanvraag."},
        {"Halt-traject voor een jeugdige."},
        {"Detentie van de vermoedelijke pleger."}};
}
