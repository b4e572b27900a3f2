package nl.casustafel.domain.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import nl.casustafel.domain.conference.AttendanceStatus;
import nl.casustafel.domain.conference.ConferenceRole;
import nl.casustafel.domain.conference.ConferenceType;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;

/**
 * Deterministic plans of fictional case conferences over generated households: the same seed, date and eligible
 * households give the same plans. About one conference per {@link #HOUSEHOLDS_PER_CONFERENCE} households and, from
 * {@link #MIN_HOUSEHOLDS} households on, at least one of every {@link ConferenceType}. Conferences take the types in
 * turn; two of every four lie in the past (they are held and closed), the others are planned,
 * every type taking both turns within twelve conferences.
 *
 * <p>Held conferences record attendance with every value (one participant in five excused, one absent), an
 * incidental participant with a signed confidentiality statement, an assessment per item with scores from the
 * partners present and generic, non-personal texts, and two or three measures per item owned by invited partners.
 * Their measures take the {@link MeasureStatus} values in turn, so every status (both "not done" reasons included)
 * occurs once six measures exist; measures of short legal clocks that stay open are overdue. Acute conferences
 * (Samen op in Acuut) have the household of a source incident as their first, acute item. Partners are referred to
 * by catalogue code and households by their number; stores resolve both.
 */
public final class DemoConferences {
    public static final int HOUSEHOLDS_PER_CONFERENCE = 25;
    public static final int MIN_HOUSEHOLDS = 20;

    private static final ConferenceType[] TYPE_ORDER = {ConferenceType.REGULAR, ConferenceType.SAMEN_OP_IN_ACUUT,
        ConferenceType.TRIAGE, ConferenceType.NETWORK_MEETING};

    private static final Map<ConferenceType, List<String>> INVITED = Map.of(
            ConferenceType.REGULAR, List.of("POLITIE", "VEILIG_THUIS", "OM", "RECLASSERING_NL", "GEMEENTE",
                    "JEUGDHULP", "GGZ"),
            ConferenceType.TRIAGE, List.of("POLITIE", "VEILIG_THUIS", "ZVH", "GEMEENTE"),
            ConferenceType.SAMEN_OP_IN_ACUUT, ConferenceType.coreAcutePartnerCodes(),
            ConferenceType.NETWORK_MEETING, List.of("VEILIG_THUIS", "GEMEENTE", "JEUGDHULP", "SLACHTOFFERHULP",
                    "GGZ", "SCHOOL"));

    /** Measure types with the partner that usually owns them (used when invited). */
    private static final MeasureType[] MEASURE_TYPES = {MeasureType.TEMPORARY_RESTRAINING_ORDER,
        MeasureType.SAFETY_PLAN, MeasureType.VOLUNTARY_CARE_TRAJECTORY, MeasureType.PROBATION_SUPERVISION,
        MeasureType.RVDK_INVESTIGATION_REQUEST, MeasureType.CONTACT_BAN_SPECIAL_CONDITION,
        MeasureType.PROVISIONAL_SUPERVISION_ORDER, MeasureType.REPORT_AND_PROSECUTION, MeasureType.OTHER};
    private static final Map<MeasureType, String> USUAL_OWNER = Map.of(
            MeasureType.TEMPORARY_RESTRAINING_ORDER, "GEMEENTE", MeasureType.SAFETY_PLAN, "VEILIG_THUIS",
            MeasureType.VOLUNTARY_CARE_TRAJECTORY, "JEUGDHULP", MeasureType.PROBATION_SUPERVISION, "RECLASSERING_NL",
            MeasureType.RVDK_INVESTIGATION_REQUEST, "RVDK", MeasureType.CONTACT_BAN_SPECIAL_CONDITION, "OM",
            MeasureType.PROVISIONAL_SUPERVISION_ORDER, "RVDK", MeasureType.REPORT_AND_PROSECUTION, "POLITIE");

    private static final String[] PLACES = {"Zorg- en Veiligheidshuis, vergaderzaal 2", "Politiebureau, zaal 1.14",
        "Gemeentehuis, kamer 3.05", "Online (beveiligde verbinding)"};
    private static final String[] WORRIES = {
        "Zorgen over terugkerende spanningen in het gezin.",
        "Zorgen over de veiligheid van de kinderen bij conflicten.",
        "Hulpverlening komt moeizaam op gang; afspraken worden niet altijd nagekomen.",
        "Signalen van controlerend gedrag na de scheiding."};
    private static final String[] GOING_WELL = {
        "Betrokkenen staan open voor hulp.",
        "School en hulpverlening hebben goed contact met het gezin.",
        "Er is een netwerk dat kan ondersteunen.",
        "De afgesproken contactregeling wordt nageleefd."};
    private static final String[] MUST_HAPPEN = {
        "Veiligheidsplan opstellen en met alle betrokkenen bespreken.",
        "Hulpverlening intensiveren en de voortgang volgen.",
        "Toezicht op de naleving van de voorwaarden.",
        "Afstemmen met de school en de huisarts over signalen."};
    private static final String[] DECISIONS = {
        "Partners voeren de afgesproken maatregelen uit; terugkoppeling in het volgende overleg.",
        "Casusregie blijft bij de huidige partner; evaluatie over zes weken.",
        "Opschalen naar een intensiever traject; voortgang volgt in het volgende overleg.",
        "Afschalen naar de reguliere hulpverlening als de afspraken worden nagekomen."};
    private static final String[] INCIDENTAL = {"Tolk", "Leerkracht", "Wijkagent", "Huisarts"};

    /** One planned or held conference. Held ones are started, assessed and closed. */
    public record DemoConference(ConferenceType type, LocalDate date, LocalTime time, int durationMinutes,
                                 String place, String chairName, String chairPartnerCode, String minuteTakerName,
                                 List<String> invitedPartnerCodes, boolean held, List<DemoAttendee> attendees,
                                 List<DemoAgendaItem> items) {
        public DemoConference {
            invitedPartnerCodes = List.copyOf(invitedPartnerCodes);
            attendees = List.copyOf(attendees);
            items = List.copyOf(items);
        }
    }

    /** An invited person; {@code partnerCode} null for an incidental participant. */
    public record DemoAttendee(String name, String partnerCode, ConferenceRole role, AttendanceStatus attendance,
                               LocalDate confidentialitySignedOn) {
    }

    /**
     * One household on the agenda; the first item of an acute conference is its acute item. Scores are by partner
     * code; the assessment and measures are only recorded for held conferences.
     */
    public record DemoAgendaItem(int householdNumber, boolean acute, Boolean immediateDanger,
                                 Map<String, Integer> scores, String worries, String goingWell, String mustHappen,
                                 String decisions, List<DemoMeasure> measures) {
        public DemoAgendaItem {
            scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
            measures = List.copyOf(measures);
        }
    }

    /** A measure agreed in an item; {@code status} is where its follow-up ends (OPEN: no follow-up yet). */
    public record DemoMeasure(MeasureType type, String ownerPartnerCode, String responsiblePerson,
                              LocalDate startDate, MeasureStatus status, String description) {
    }

    private final long seed;
    private final LocalDate today;

    public DemoConferences(long seed, LocalDate today) {
        this.seed = seed;
        this.today = Objects.requireNonNull(today, "today");
    }

    /** How many conferences for {@code households} generated households. */
    public static int count(int households) {
        return households < MIN_HOUSEHOLDS ? 0
                : Math.max(TYPE_ORDER.length, households / HOUSEHOLDS_PER_CONFERENCE);
    }

    /**
     * Conferences for {@code households} generated households, of which {@code eligible} (household numbers, in
     * ascending order: open households with at least one incident) may be put on an agenda.
     */
    public List<DemoConference> conferences(int households, List<Integer> eligible) {
        int count = count(households);
        List<DemoConference> out = new ArrayList<>(count);
        if (count == 0 || eligible.isEmpty()) {
            return out;
        }
        SplittableRandom rng = new SplittableRandom(seed * 31 + 17);
        int[] measureCounter = {0};
        int cursor = 0;
        int held = 0;
        int planned = 0;
        for (int i = 0; i < count; i++) {
            ConferenceType type = TYPE_ORDER[i % TYPE_ORDER.length];
            boolean isHeld = (i + i / TYPE_ORDER.length) % 4 < 2;
            LocalDate date = isHeld ? weekday(today.minusDays(12 + 14L * held++ + rng.nextInt(3)))
                    : weekday(today.plusDays(3 + 10L * planned++ + rng.nextInt(3)));
            LocalTime time = type.isAcute() ? LocalTime.of(16 + rng.nextInt(3), 0)
                    : rng.nextBoolean() ? LocalTime.of(9, 30) : LocalTime.of(13, 30);
            List<String> invited = INVITED.get(type);
            String chair = name(rng);
            String minuteTaker = name(rng);
            List<DemoAttendee> attendees = new ArrayList<>();
            attendees.add(new DemoAttendee(chair, "ZVH", ConferenceRole.CHAIR,
                    isHeld ? AttendanceStatus.PRESENT : null, null));
            attendees.add(new DemoAttendee(minuteTaker, "ZVH", ConferenceRole.MINUTE_TAKER,
                    isHeld ? AttendanceStatus.PRESENT : null, null));
            List<String> present = new ArrayList<>();
            for (int j = 0; j < invited.size(); j++) {
                AttendanceStatus attendance;
                if (isHeld) {
                    attendance = j % 5 == 3 ? AttendanceStatus.EXCUSED
                            : j % 5 == 4 ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT;
                } else {
                    attendance = j % 5 == 3 ? AttendanceStatus.EXCUSED : null;
                }
                if (attendance == AttendanceStatus.PRESENT) {
                    present.add(invited.get(j));
                }
                attendees.add(new DemoAttendee(name(rng), invited.get(j), ConferenceRole.PARTICIPANT, attendance,
                        null));
            }
            if (isHeld) {
                attendees.add(new DemoAttendee(INCIDENTAL[rng.nextInt(INCIDENTAL.length)] + " " + name(rng), null,
                        ConferenceRole.INCIDENTAL_PARTICIPANT, AttendanceStatus.PRESENT, date.minusDays(rng.nextInt(3))));
            }
            int itemCount = type.isAcute() ? 1 : Math.min(eligible.size(), 3 + rng.nextInt(3));
            List<DemoAgendaItem> items = new ArrayList<>();
            List<Integer> taken = new ArrayList<>();
            for (int k = 0; k < itemCount; k++) {
                int household = eligible.get(cursor++ % eligible.size());
                if (taken.contains(household)) {
                    break;
                }
                taken.add(household);
                items.add(isHeld ? heldItem(rng, household, type.isAcute() && k == 0, present, invited, date,
                        measureCounter) : new DemoAgendaItem(household, type.isAcute() && k == 0, null, Map.of(),
                        null, null, null, null, List.of()));
            }
            out.add(new DemoConference(type, date, time, type.isAcute() ? 60 : 120, PLACES[rng.nextInt(PLACES.length)],
                    chair, "ZVH", minuteTaker, invited, isHeld, attendees, items));
        }
        return out;
    }

    private DemoAgendaItem heldItem(SplittableRandom rng, int household, boolean acute, List<String> present,
                                    List<String> invited, LocalDate date, int[] measureCounter) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        int base = acute ? 1 + rng.nextInt(3) : 3 + rng.nextInt(4);
        for (String code : present) {
            scores.put(code, Math.max(0, Math.min(10, base + rng.nextInt(3) - 1)));
        }
        List<DemoMeasure> measures = new ArrayList<>();
        int n = 2 + rng.nextInt(2);
        MeasureStatus[] statuses = MeasureStatus.values();
        for (int m = 0; m < n; m++) {
            MeasureType type = acute && m == 0 ? MeasureType.TEMPORARY_RESTRAINING_ORDER
                    : MEASURE_TYPES[rng.nextInt(MEASURE_TYPES.length)];
            String owner = USUAL_OWNER.get(type);
            if (owner == null || !invited.contains(owner)) {
                owner = invited.get(rng.nextInt(invited.size()));
            }
            MeasureStatus status = statuses[measureCounter[0]++ % statuses.length];
            measures.add(new DemoMeasure(type, owner, name(rng), date, status,
                    "Afspraak uit het overleg van " + date));
        }
        return new DemoAgendaItem(household, acute, acute && rng.nextInt(3) == 0,
                scores, pick(rng, WORRIES), pick(rng, GOING_WELL), pick(rng, MUST_HAPPEN), pick(rng, DECISIONS),
                measures);
    }

    private static String pick(SplittableRandom rng, String[] options) {
        return options[rng.nextInt(options.length)];
    }

    private static String name(SplittableRandom rng) {
        String first = rng.nextBoolean() ? pick(rng, DemoNames.FEMALE) : pick(rng, DemoNames.MALE);
        return first + " " + pick(rng, DemoNames.SURNAMES);
    }

    /** The date itself on a weekday; Saturday and Sunday move to the Friday before. */
    private static LocalDate weekday(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY ? date.minusDays(1) : d == DayOfWeek.SUNDAY ? date.minusDays(2) : date;
    }
}
