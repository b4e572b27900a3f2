package nl.casustafel.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.casustafel.domain.conference.AgendaReason;
import nl.casustafel.domain.conference.AttendanceStatus;
import nl.casustafel.domain.conference.ConferenceRole;
import nl.casustafel.domain.conference.ConferenceType;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.measure.MeasureCategory;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;
import nl.casustafel.domain.minutes.MinutesStatus;
import nl.casustafel.minutes.MinutesContent.Attendee;
import nl.casustafel.minutes.MinutesContent.Header;
import nl.casustafel.minutes.MinutesContent.HouseholdSection;
import nl.casustafel.minutes.MinutesContent.Identity;
import nl.casustafel.minutes.MinutesContent.MeasureLine;
import nl.casustafel.minutes.MinutesContent.PartnerAttendance;
import nl.casustafel.minutes.MinutesContent.Score;
import nl.casustafel.minutes.MinutesContent.Signing;

/**
 * Realistic minutes for the renderer's tests: Dutch names with particles and diacritics, the euro sign, every
 * status and measure type. {@link #small()} fits on two or three pages, {@link #large()} runs over many.
 */
final class MinutesSamples {
    static final UUID DOCUMENT_ID = UUID.fromString("3f6c2a9e-8d1b-4c7a-9e2f-5b8d0c1a7e34");
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Tuesday 24 November 2026, 10:00 in Amsterdam. */
    static final ZonedDateTime STARTS_AT = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, AMSTERDAM);
    static final Instant GENERATED_AT = Instant.parse("2026-11-24T13:05:00Z");
    static final String AUDIT_HEAD = "9c1e5f0a7b3d2e4f6a8b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f";
    static final String PREVIOUS_SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    static final String CHAIR = "Jan van den Berg";
    static final String MINUTE_TAKER = "Pieter de Vries";
    static final String VEILIG_THUIS_WORKER = "Zoë Çelik";

    private MinutesSamples() {
    }

    static Identity identity(MinutesStatus status) {
        return new Identity(DOCUMENT_ID, 2, status, null, 0, null, null, null, GENERATED_AT, AUDIT_HEAD);
    }

    static Header header() {
        return new Header(ConferenceType.REGULAR, STARTS_AT, 90,
                "Zorg- en Veiligheidshuis Utrecht, zaal Vredenburg", CHAIR, MINUTE_TAKER);
    }

    static List<PartnerAttendance> attendance() {
        return List.of(
                new PartnerAttendance("Politie", List.of(
                        new Attendee(CHAIR, ConferenceRole.CHAIR, AttendanceStatus.PRESENT, true, null),
                        new Attendee("Mohamed el Amrani", ConferenceRole.PARTICIPANT, AttendanceStatus.PRESENT,
                                true, null))),
                new PartnerAttendance("Veilig Thuis", List.of(
                        new Attendee(VEILIG_THUIS_WORKER, ConferenceRole.PARTICIPANT, AttendanceStatus.PRESENT,
                                true, null))),
                new PartnerAttendance("Openbaar Ministerie", List.of(
                        new Attendee("Renée Jansen-Dekker", ConferenceRole.PARTICIPANT, AttendanceStatus.EXCUSED,
                                true, null))),
                new PartnerAttendance("Raad voor de Kinderbescherming", List.of(
                        new Attendee("Sjoerd ter Horst", ConferenceRole.PARTICIPANT, AttendanceStatus.ABSENT,
                                false, null))),
                new PartnerAttendance("Zorg- en Veiligheidshuis", List.of(
                        new Attendee(MINUTE_TAKER, ConferenceRole.MINUTE_TAKER, AttendanceStatus.PRESENT, false,
                                null))),
                new PartnerAttendance(null, List.of(
                        new Attendee("Anouk Bakker (intern begeleider, OBS De Regenboog)",
                                ConferenceRole.INCIDENTAL_PARTICIPANT, AttendanceStatus.PRESENT, true,
                                LocalDate.of(2026, 11, 3)),
                        new Attendee("Daan Visser", ConferenceRole.INCIDENTAL_PARTICIPANT, null, false, null))));
    }

    static HouseholdSection deJong() {
        return new HouseholdSection("Gezin De Jong", AgendaReason.FOLLOW_UP, false,
                List.of(new Score("Politie", 4), new Score("Veilig Thuis", 6), new Score("Reclassering Nederland", 5)),
                "Sinds het vorige overleg twee meldingen van ruzie met geschreeuw; de buren horen de kinderen huilen.\n"
                        + "Vader drinkt weer meer sinds hij zijn baan verloor.",
                "Moeder houdt zich aan het veiligheidsplan en belt zelf bij spanning.\n"
                        + "De kinderen gaan weer dagelijks naar school.",
                "Schuldhulpverlening voor de boete van € 1.250 opstarten.\n"
                        + "Vader meldt zich bij de verslavingszorg.",
                "Het huishouden blijft in fase stabiele veiligheid. Veilig Thuis blijft regievoerder. "
                        + "Bij een nieuwe melding volgt direct een Samen op in Acuut-overleg.",
                "Zoë Çelik (Veilig Thuis)", Phase.STABLE_SAFETY,
                List.of(
                        new MeasureLine(MeasureCategory.CARE, MeasureType.VOLUNTARY_CARE_TRAJECTORY, "Kees de Jong",
                                "Gemeente Utrecht – wijkteam Overvecht", "Lotte van Beek", LocalDate.of(2027, 1, 15),
                                false, MeasureStatus.OPEN),
                        new MeasureLine(MeasureCategory.SAFETY, MeasureType.SAFETY_PLAN, null, "Veilig Thuis",
                                VEILIG_THUIS_WORKER, LocalDate.of(2027, 2, 24), true, MeasureStatus.IN_PROGRESS)),
                List.of(new MeasureLine(MeasureCategory.CRIMINAL_LAW, MeasureType.PROBATION_SUPERVISION,
                        "Kees de Jong", "Reclassering Nederland", "Ruud Smit", LocalDate.of(2026, 12, 31), false,
                        MeasureStatus.IN_PROGRESS)));
    }

    static HouseholdSection yilmaz() {
        return new HouseholdSection("Gezin Yılmaz", AgendaReason.ACUTE, true,
                List.of(new Score("Politie", 2), new Score("Veilig Thuis", 3), new Score("Openbaar Ministerie", 2),
                        new Score("Raad voor de Kinderbescherming", 4)),
                "Verwurging gemeld op 20-11-2026, kinderen (3 en 7 jaar) waren aanwezig. "
                        + "Vader heeft eerder gedreigd moeder te doden.",
                "Moeder is met de kinderen bij haar zus in Amersfoort.",
                "Tijdelijk huisverbod verlengen; OM beoordeelt de aangifte; "
                        + "RvdK onderzoekt of een ondertoezichtstelling nodig is.",
                "De burgemeester verlengt het huisverbod tot de wettelijke maximumduur. "
                        + "Veilig Thuis stelt met moeder een nieuw veiligheidsplan op.",
                null, Phase.DIRECT_SAFETY,
                List.of(
                        new MeasureLine(MeasureCategory.ADMINISTRATIVE, MeasureType.TEMPORARY_RESTRAINING_ORDER,
                                "Emre Yılmaz", "Gemeente Utrecht", "Burgemeester (mandaat: Ingrid Hoekstra)",
                                LocalDate.of(2026, 12, 18), true, MeasureStatus.IN_PROGRESS),
                        new MeasureLine(MeasureCategory.CRIMINAL_LAW, MeasureType.REPORT_AND_PROSECUTION,
                                "Emre Yılmaz", "Openbaar Ministerie", "Renée Jansen-Dekker",
                                LocalDate.of(2026, 12, 8), false, MeasureStatus.OPEN),
                        new MeasureLine(MeasureCategory.CHILD_PROTECTION, MeasureType.RVDK_INVESTIGATION_REQUEST,
                                null, "Raad voor de Kinderbescherming", "Sjoerd ter Horst", null, false,
                                MeasureStatus.OPEN)),
                List.of());
    }

    /** Approved minutes with two households, one of them acute. */
    static MinutesContent small() {
        return new MinutesContent(identity(MinutesStatus.APPROVED), header(), attendance(),
                List.of(deJong(), yilmaz()), null);
    }

    /** Signed minutes (with a test certificate) of eight households with long texts and many measures. */
    static MinutesContent large() {
        List<HouseholdSection> households = new ArrayList<>();
        households.add(deJong());
        households.add(yilmaz());
        String[] names = {"Gezin Van der Meer", "Gezin El Idrissi–Bakker", "Huishouden Ter Horst",
            "Gezin Öztürk", "Gezin Van ’t Hof", "Gezin Çelik–De Wit"};
        for (int i = 0; i < names.length; i++) {
            households.add(household(names[i], i * 3 + 2, 4 + i % 3));
        }
        return new MinutesContent(new Identity(DOCUMENT_ID, 3, MinutesStatus.SIGNED, null, 0, null, null, null,
                GENERATED_AT, AUDIT_HEAD), header(), attendance(), households, new Signing(CHAIR, true));
    }

    /** A household with {@code measures} agreed and two carried-over measures, and texts of some length. */
    static HouseholdSection household(String name, int measures, int score) {
        List<MeasureLine> agreed = new ArrayList<>();
        MeasureType[] types = MeasureType.values();
        MeasureStatus[] statuses = MeasureStatus.values();
        for (int i = 0; i < measures; i++) {
            MeasureType type = types[i % types.length];
            agreed.add(new MeasureLine(type.category(), type, i % 3 == 0 ? null : "Persoon " + two(i + 1),
                    "Partner " + two(i + 1), "Medewerker " + two(i + 1), LocalDate.of(2027, 1 + i % 12, 1 + i % 28),
                    i % 4 == 0, statuses[i % statuses.length]));
        }
        return new HouseholdSection(name, AgendaReason.NEW, score == 6 ? null : score < 5,
                List.of(new Score("Politie", score), new Score("Veilig Thuis", Math.min(10, score + 2)),
                        new Score("Gemeente – wijkteam", Math.max(0, score - 1))),
                paragraph("Zorg", 3), paragraph("Gaat goed", 2), paragraph("Moet gebeuren", 2),
                paragraph("Besluit", 2), "Fatima Bouzid (Gemeente – wijkteam)", Phase.SUSTAINABLE_RECOVERY,
                agreed,
                List.of(new MeasureLine(MeasureCategory.CARE, MeasureType.OTHER, "Moeder", "GGZ", "Dr. Ilse van Rijn",
                                LocalDate.of(2026, 10, 1), false, MeasureStatus.NOT_DONE_PARTNER_DID_NOT_ACT),
                        new MeasureLine(MeasureCategory.CHILD_PROTECTION, MeasureType.SUPERVISION_ORDER_OTS,
                                "Kind (7)", "Gecertificeerde Instelling", "Bram Koster",
                                LocalDate.of(2027, 6, 30), true, MeasureStatus.IN_PROGRESS)));
    }

    /** A household with {@code n} agreed measures, their cells marked "Persoon NN" and "Medewerker NN". */
    static MinutesContent withMeasures(int n) {
        HouseholdSection many = household("Gezin Van den Broek", n, 5);
        return new MinutesContent(identity(MinutesStatus.APPROVED), header(), attendance(), List.of(many), null);
    }

    static MinutesContent withHouseholds(MinutesContent c, List<HouseholdSection> households) {
        return new MinutesContent(c.identity(), c.header(), c.attendance(), households, c.signing());
    }

    static MinutesContent withIdentity(MinutesContent c, Identity identity) {
        return new MinutesContent(identity, c.header(), c.attendance(), c.households(), c.signing());
    }

    static MinutesContent withSigning(MinutesContent c, Signing signing) {
        return new MinutesContent(c.identity(), c.header(), c.attendance(), c.households(), signing);
    }

    static Identity needToKnow(String partner, int omitted) {
        return new Identity(DOCUMENT_ID, 2, MinutesStatus.SIGNED, partner, omitted, null, null, null, GENERATED_AT,
                AUDIT_HEAD);
    }

    static Identity correction(int replaces, String reason) {
        return new Identity(DOCUMENT_ID, replaces + 1, MinutesStatus.APPROVED, null, 0, replaces, PREVIOUS_SHA,
                reason, GENERATED_AT, AUDIT_HEAD);
    }

    /** A household whose free texts are the given ones (no measures, no scores). */
    static HouseholdSection texts(String name, String worries, String goingWell, String mustHappen,
                                  String decisions) {
        return new HouseholdSection(name, AgendaReason.NEW, null, List.of(), worries, goingWell, mustHappen,
                decisions, null, null, List.of(), List.of());
    }

    /** {@code sentences} sentences of plain Dutch prose starting with {@code topic}. */
    static String paragraph(String topic, int sentences) {
        String[] pool = {
            "%s: moeder vertelt dat de spanning thuis oploopt wanneer er geldzorgen zijn.",
            "%s: de school meldt dat de oudste zoon vaak moe is en slecht eet.",
            "%s: vader werkt mee aan het traject bij de verslavingsreclassering en komt zijn afspraken na.",
            "%s: de huisarts heeft een verwijzing naar de GGZ gegeven; er is een wachtlijst van zes weken.",
            "%s: de wijkagent gaat wekelijks langs en ziet geen signalen van nieuw geweld."};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(String.format(pool[i % pool.length], topic));
        }
        return b.toString();
    }

    /** About {@code length} characters of words without line breaks; every word numbered so loss shows. */
    static String longText(int length) {
        StringBuilder b = new StringBuilder();
        int word = 1;
        while (b.length() < length) {
            b.append(b.length() == 0 ? "" : " ").append("woord").append(word++).append(word % 7 == 0 ? "," : "");
        }
        return b.toString();
    }

    static String two(int n) {
        return String.format("%02d", n);
    }
}
