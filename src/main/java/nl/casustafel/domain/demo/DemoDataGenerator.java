package nl.casustafel.domain.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.common.Text;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.InvolvementDraft;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.PersonDraft;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.household.RelationType;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.RiskMarker;
import nl.casustafel.domain.incident.Severity;

/**
 * Deterministic generator of fictional but realistic households: the same seed and date give the same data.
 *
 * <p><b>Determinism.</b> Household number {@code n} depends only on (seed, today, incidentScale, n): it is drawn
 * from {@code new SplittableRandom(seed * 1_000_003 + n)}, so {@code households(5, 6).get(0)} equals
 * {@code households(0, 10).get(5)} and households can be generated in batches or in parallel.
 *
 * <p><b>Shape.</b> About 45% of the households are "quiet": old incidents only (at most one mild incident in the
 * last twelve months, no lethality marker, breach, cluster or repeat after a conference) and, when three or more
 * organisations are involved, a case director; they fire no escalation signal today. A third of the quiet ones is
 * closed. The other households get a theme that makes one signal fire for sure (escalation, repeat after a
 * conference, rising severity, breach of a measure, strangulation or weapon, children present repeatedly,
 * separation with stalking or coercive control, three or more agencies without case director); random extra
 * incidents and markers may make others fire too. Every twelfth household (n = 5, 17, 29, ...) takes the themes
 * in turn, so every incident-based signal and NO_CASE_DIRECTOR occurs within the first 100 households.
 * Incidents per household range from 0 to 25 with a mean of about 4.5; {@code incidentScale} multiplies the
 * counts (2.3 gives about 10 per household), for benchmarks.
 *
 * <p><b>References.</b> Person keys are {@code "h<n>-m<i>"} (household n, member index i). About 5% of the
 * households take their ex-partner from household n-1 (same person key and person draft); a household whose
 * predecessor already reuses someone never reuses, so a lookup never goes further back than one household.
 * Partners are referred to by catalogue code ({@link #partnerCodes()}); because drafts must validate, their
 * partner ids hold a placeholder: the code's 1-based position in the seeded catalogue
 * ({@link #placeholderPartnerId(String)}). Stores must resolve the code, not trust the placeholder.
 *
 * <p><b>Validity.</b> Every draft passes its own {@code validate} for {@code today} and {@link #now()} (today at
 * 12:00 Europe/Amsterdam): incidents lie at least one day before today, postcodes are valid and never end in
 * SA/SD/SS, BSNs pass the 11-proef and are unique for the first 780,000 household numbers.
 */
public final class DemoDataGenerator {
    /** Multiplier of incident counts when none is given. */
    public static final double DEFAULT_INCIDENT_SCALE = 1.0;
    /** Most incidents generated for one household (registration numbers use two digits for the index). */
    static final int MAX_INCIDENTS = 99;
    /** Most incidents at scale 1. */
    static final int MAX_INCIDENTS_UNSCALED = 25;
    /** Percentage of households that take their ex-partner from the previous household number. */
    static final int REUSE_PERCENT = 5;
    /** Percentage of quiet households among those that draw their theme (about 45% of all are quiet). */
    static final int QUIET_PERCENT = 49;
    /** One household in this many takes the next active theme in turn (see class comment). */
    static final int FORCED_THEME_EVERY = 12;
    static final int FORCED_THEME_OFFSET = 5;

    private static final long HOUSEHOLD_STRIDE = 1_000_003L;
    private static final long BSN_PREFIXES = 100_000_000L;
    /** Odd and not a multiple of 5, so multiplying by it permutes 0..10^8-1. */
    private static final long BSN_MULTIPLIER = 73_939_133L;
    /** Recent incidents lie 1..RECENT_DAYS days before today: inside the 12-month window. */
    private static final int RECENT_DAYS = 330;
    /** Old incidents lie at least OLD_DAYS days before today: outside the 12-month window. */
    private static final int OLD_DAYS = 400;
    /** Hours of the day incidents happen; evenings weigh more. 02:00-02:59 never occurs (summer-time gap). */
    private static final int[] HOURS = {7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 17, 18, 18, 19, 19, 19, 20, 20, 20,
        21, 21, 21, 22, 22, 22, 23, 23, 0, 0, 1, 3};

    private static final List<String> PARTNER_CODE_LIST = List.of(DemoTexts.PARTNER_CODES);

    private enum Theme {
        QUIET, ESCALATION, REPEAT, RISING, BREACH, LETHAL, CHILDREN, CLUSTER, NO_DIRECTOR
    }

    private static final Theme[] ACTIVE_THEMES = Arrays.copyOfRange(Theme.values(), 1, Theme.values().length);

    private enum Kind {
        MAIN, SECOND, CHILD, GRANDPARENT, HOUSEMATE
    }

    private enum Mode {
        OLD, RECENT_ACTIVE, RECENT_QUIET
    }

    private final long seed;
    private final LocalDate today;
    private final long todayDay;
    private final double incidentScale;
    private final long bsnOffset;

    public DemoDataGenerator(long seed, LocalDate today) {
        this(seed, today, DEFAULT_INCIDENT_SCALE);
    }

    /**
     * @param incidentScale multiplies the number of incidents per household (1.0 = mean of about 4.5); quiet
     *                      households only get more old incidents, so the share without signals stays the same
     */
    public DemoDataGenerator(long seed, LocalDate today, double incidentScale) {
        this.seed = seed;
        this.today = Objects.requireNonNull(today, "today");
        if (!(incidentScale >= 0 && incidentScale <= 20)) {
            throw new IllegalArgumentException("incidentScale must lie between 0 and 20");
        }
        this.incidentScale = incidentScale;
        this.todayDay = today.toEpochDay();
        this.bsnOffset = Math.floorMod(seed * 0x9E3779B97F4A7C15L, BSN_PREFIXES);
    }

    /** Partner codes the generator uses: the seeded catalogue of V2__seed_partners.sql, in its order. */
    public static List<String> partnerCodes() {
        return PARTNER_CODE_LIST;
    }

    /** The placeholder partner id put in drafts for a code: its 1-based position in {@link #partnerCodes()}. */
    public static long placeholderPartnerId(String code) {
        int index = PARTNER_CODE_LIST.indexOf(code);
        if (index < 0) {
            throw new IllegalArgumentException("unknown partner code");
        }
        return index + 1L;
    }

    /** The moment the data is generated for: today at 12:00 in Europe/Amsterdam. Drafts validate against it. */
    public Instant now() {
        return today.atTime(LocalTime.NOON).atZone(DomainTime.ZONE).toInstant();
    }

    public LocalDate today() {
        return today;
    }

    /**
     * Households number {@code from} (inclusive) to {@code to} (exclusive); each depends only on seed, date and
     * number.
     */
    public List<DemoHousehold> households(int from, int to) {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("need 0 <= from <= to");
        }
        List<DemoHousehold> out = new ArrayList<>(to - from);
        for (int n = from; n < to; n++) {
            out.add(household(n));
        }
        return out;
    }

    /** Household number {@code n} (0 or more). */
    public DemoHousehold household(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("household numbers start at 0");
        }
        return new Builder(plan(n, true)).build();
    }

    // ---- plan: everything up to and including the members ------------------------------------------------------

    private SplittableRandom random(int n) {
        return new SplittableRandom(seed * HOUSEHOLD_STRIDE + n);
    }

    /** Whether household n draws a reused ex-partner; the first draw of its random stream. */
    private boolean drawsReuse(int n) {
        return n > 0 && random(n).nextInt(100) < REUSE_PERCENT;
    }

    /** One member while being generated. */
    private static final class Mem {
        String key;
        Kind kind;
        PersonDraft person;
        MembershipDraft membership;
        /** Date of birth as epoch day, or Long.MIN_VALUE when unknown. */
        long born;
        Gender gender;
    }

    /** What is decided before incidents: the random stream (positioned after the members), theme and members. */
    private static final class Plan {
        int n;
        SplittableRandom rng;
        Theme theme;
        boolean closed;
        boolean reused;
        final List<Mem> members = new ArrayList<>(8);
        /** Index of the second adult, or -1. */
        int second = -1;
        /** Day the adults separated (epoch day) when the second adult is an ex-partner, else Long.MIN_VALUE. */
        long separatedOn = Long.MIN_VALUE;
        String mainParticles;
        String mainSurname;
    }

    private Plan plan(int n, boolean mayLookBack) {
        Plan p = new Plan();
        p.n = n;
        SplittableRandom rng = random(n);
        p.rng = rng;
        boolean drawsReuse = n > 0 && rng.nextInt(100) < REUSE_PERCENT;
        // One level only: household n-1 is generated without looking further back, which gives the same
        // members as its real generation because a household whose predecessor reuses never reuses itself.
        Mem previous = drawsReuse && mayLookBack && !drawsReuse(n - 1) ? previousPartner(n - 1) : null;
        p.reused = previous != null;

        if (Math.floorMod(n, FORCED_THEME_EVERY) == FORCED_THEME_OFFSET) {
            p.theme = ACTIVE_THEMES[(n / FORCED_THEME_EVERY) % ACTIVE_THEMES.length];
        } else {
            p.theme = rng.nextInt(100) < QUIET_PERCENT ? Theme.QUIET : ACTIVE_THEMES[rng.nextInt(ACTIVE_THEMES.length)];
        }
        p.closed = p.theme == Theme.QUIET && rng.nextInt(3) == 0;
        members(p, rng, previous);
        return p;
    }

    private void members(Plan p, SplittableRandom rng, Mem previous) {
        int n = p.n;
        long since = todayDay - 200 - rng.nextInt(4800);

        // Main adult: usually the victim, usually a woman.
        int g = rng.nextInt(100);
        Gender mainGender = g < 78 ? Gender.FEMALE : g < 98 ? Gender.MALE : Gender.OTHER;
        int mainAge = 21 + rng.nextInt(20) + rng.nextInt(20);
        int mainFamily = rng.nextInt(DemoNames.SURNAMES.length);
        p.mainParticles = DemoNames.PARTICLES[mainFamily];
        p.mainSurname = DemoNames.SURNAMES[mainFamily];

        // Children: counts and ages are drawn first, so they never depend on who the second adult is.
        int c = rng.nextInt(100);
        int children = c < 25 ? 0 : c < 50 ? 1 : c < 78 ? 2 : c < 93 ? 3 : 4;
        if (p.theme == Theme.CHILDREN && children == 0) {
            children = 1 + rng.nextInt(3);
        }
        int maxChildAge = Math.min(17, mainAge - 17);
        int[] childAges = new int[children];
        for (int k = 0; k < children; k++) {
            childAges[k] = rng.nextInt(maxChildAge + 1);
        }
        if (p.theme == Theme.CHILDREN) {
            childAges[0] = 2 + rng.nextInt(maxChildAge - 1); // at least one child old enough to be present
        }
        Arrays.sort(childAges);
        boolean hasSecond = p.reused || p.theme == Theme.CLUSTER || rng.nextInt(100) < 80;
        boolean grandparent = rng.nextInt(100) < 6;
        boolean housemate = rng.nextInt(100) < 5;

        int r = rng.nextInt(100);
        PersonRole mainRole = r < 70 || (r < 90 && children == 0) ? PersonRole.VICTIM
                : r < 90 ? PersonRole.PARENT_WITH_AUTHORITY : PersonRole.PARTNER;
        Mem main = person(p, rng, Kind.MAIN, mainGender, mainAge, DemoNames.PARTICLES[mainFamily],
                DemoNames.SURNAMES[mainFamily]);
        main.membership = new MembershipDraft(mainRole, adultStart(rng, since, main.born), null);
        p.members.add(main);

        String childParticles = p.mainParticles;
        String childSurname = p.mainSurname;
        if (hasSecond) {
            Mem second;
            boolean ex;
            if (p.reused) {
                second = previous;
                ex = true;
            } else {
                Gender secondGender = oppositeMostly(rng, mainGender);
                int secondAge = Math.max(19, Math.min(75, mainAge + rng.nextInt(13) - 4));
                int family = rng.nextInt(DemoNames.SURNAMES.length);
                second = person(p, rng, Kind.SECOND, secondGender, secondAge, DemoNames.PARTICLES[family],
                        DemoNames.SURNAMES[family]);
                int s = rng.nextInt(100);
                ex = p.theme == Theme.CLUSTER || s >= 75;
                second.membership = new MembershipDraft(ex ? PersonRole.EX_PARTNER
                        : s < 50 ? PersonRole.SUSPECT : PersonRole.PARTNER, adultStart(rng, since, second.born),
                        null);
            }
            if (ex) {
                long separated = p.theme == Theme.CLUSTER ? todayDay - 60 - rng.nextInt(241)
                        : todayDay - 60 - rng.nextInt(1400);
                p.separatedOn = separated;
                LocalDate start = p.reused ? (rng.nextInt(3) == 0 ? null : LocalDate.ofEpochDay(since))
                        : second.membership.startDate();
                if (start != null && start.toEpochDay() > separated - 30) {
                    start = LocalDate.ofEpochDay(separated - 30);
                }
                second.membership = new MembershipDraft(PersonRole.EX_PARTNER, start, LocalDate.ofEpochDay(separated));
            }
            p.second = p.members.size();
            p.members.add(second);
            if (second.gender == Gender.MALE && mainGender != Gender.MALE && rng.nextInt(100) < 70) {
                childParticles = second.person.particles();
                childSurname = second.person.surname();
            }
        }
        for (int k = children - 1; k >= 0; k--) { // oldest first
            Mem child = person(p, rng, Kind.CHILD, rng.nextBoolean() ? Gender.FEMALE : Gender.MALE, childAges[k],
                    childParticles, childSurname);
            LocalDate start = rng.nextInt(100) < 15 ? null : LocalDate.ofEpochDay(Math.max(child.born, since));
            child.membership = new MembershipDraft(PersonRole.CHILD, start, null);
            p.members.add(child);
        }
        if (grandparent) {
            int family = rng.nextBoolean() ? mainFamily : rng.nextInt(DemoNames.SURNAMES.length);
            Mem gp = person(p, rng, Kind.GRANDPARENT, rng.nextBoolean() ? Gender.FEMALE : Gender.MALE,
                    Math.max(mainAge + 18, 58 + rng.nextInt(27)), DemoNames.PARTICLES[family],
                    DemoNames.SURNAMES[family]);
            gp.membership = new MembershipDraft(PersonRole.OTHER, lateStart(rng, since), null);
            p.members.add(gp);
        }
        if (housemate) {
            int family = rng.nextInt(DemoNames.SURNAMES.length);
            Mem hm = person(p, rng, Kind.HOUSEMATE, rng.nextBoolean() ? Gender.FEMALE : Gender.MALE,
                    18 + rng.nextInt(38), DemoNames.PARTICLES[family], DemoNames.SURNAMES[family]);
            hm.membership = new MembershipDraft(PersonRole.HOUSEMATE, lateStart(rng, since), null);
            p.members.add(hm);
        }
        // Keys follow the final positions; a reused member keeps the key it has in household n-1.
        for (int i = 0; i < p.members.size(); i++) {
            Mem m = p.members.get(i);
            if (m.key == null) {
                m.key = "h" + n + "-m" + i;
            }
        }
        if (p.members.size() > 16) {
            throw new IllegalStateException("too many members for the BSN scheme");
        }
    }

    /** The second adult of household n as generated there, to be an ex-partner in n+1; null when there is none. */
    private Mem previousPartner(int n) {
        Plan previous = plan(n, false);
        if (previous.second < 0) {
            return null;
        }
        Mem source = previous.members.get(previous.second);
        Mem copy = new Mem();
        copy.key = source.key;
        copy.kind = Kind.SECOND;
        copy.person = source.person;
        copy.born = source.born;
        copy.gender = source.gender;
        return copy;
    }

    private Mem person(Plan p, SplittableRandom rng, Kind kind, Gender gender, int age, String particles,
                       String surname) {
        Mem m = new Mem();
        m.kind = kind;
        m.gender = gender;
        boolean adult = kind != Kind.CHILD;
        String given = givenName(rng, gender);
        if (adult && rng.nextInt(100) < 8) {
            given = given + " " + givenName(rng, gender);
        }
        LocalDate born = adult && rng.nextInt(100) < 4 ? null
                : today.minusYears(age).minusDays(rng.nextInt(365));
        m.born = born == null ? Long.MIN_VALUE : born.toEpochDay();
        // Members are created in list order, so the current size is this member's index.
        String bsn = rng.nextInt(100) < (adult ? 70 : 75) ? bsn(p.n, p.members.size()) : null;
        String notes = adult && rng.nextInt(100) < 8
                ? DemoNames.ADULT_NOTES[rng.nextInt(DemoNames.ADULT_NOTES.length)] : null;
        m.person = new PersonDraft(given, particles, surname, born, bsn, gender, notes);
        return m;
    }

    private static String givenName(SplittableRandom rng, Gender gender) {
        boolean female = gender == Gender.FEMALE || (gender != Gender.MALE && rng.nextBoolean());
        String[] names = female ? DemoNames.FEMALE : DemoNames.MALE;
        return names[rng.nextInt(names.length)];
    }

    private static Gender oppositeMostly(SplittableRandom rng, Gender gender) {
        int x = rng.nextInt(100);
        return switch (gender) {
            case FEMALE -> x < 93 ? Gender.MALE : Gender.FEMALE;
            case MALE -> x < 90 ? Gender.FEMALE : Gender.MALE;
            default -> x < 50 ? Gender.MALE : Gender.FEMALE;
        };
    }

    private LocalDate adultStart(SplittableRandom rng, long since, long born) {
        if (rng.nextInt(100) < 10) {
            return null;
        }
        long adult = born == Long.MIN_VALUE ? since : LocalDate.ofEpochDay(born).plusYears(18).toEpochDay();
        return LocalDate.ofEpochDay(Math.min(Math.max(since, adult), todayDay - 1));
    }

    private LocalDate lateStart(SplittableRandom rng, long since) {
        return LocalDate.ofEpochDay(since + rng.nextInt((int) (todayDay - since)));
    }

    /**
     * A valid BSN for member {@code index} of household {@code n}: the 8-digit prefix is a permutation of
     * (n, index, attempt), so numbers never repeat (for n below 780,000); the ninth digit makes the 11-proef
     * hold. Attempts whose check digit would be 10 are skipped; null after eight failed attempts (almost never).
     */
    String bsn(int n, int index) {
        for (int attempt = 0; attempt < 8; attempt++) {
            long k = Math.floorMod(((long) n * 16 + index) * 8 + attempt, BSN_PREFIXES);
            long prefix = Math.floorMod(k * BSN_MULTIPLIER + bsnOffset, BSN_PREFIXES);
            if (prefix == 0) {
                continue;
            }
            char[] digits = new char[9];
            int sum = 0;
            long rest = prefix;
            for (int i = 7; i >= 0; i--) {
                int d = (int) (rest % 10);
                rest /= 10;
                digits[i] = (char) ('0' + d);
                sum += (9 - i) * d;
            }
            int check = sum % 11;
            if (check == 10) {
                continue;
            }
            digits[8] = (char) ('0' + check);
            return new String(digits);
        }
        return null;
    }

    // ---- the rest of a household ----------------------------------------------------------------------------

    /** A generated incident before it becomes a draft. */
    private static final class Inc {
        long day;
        int minute;
        IncidentType type;
        Severity severity;
        final EnumSet<RiskMarker> markers = EnumSet.noneOf(RiskMarker.class);
        IncidentSource source;
    }

    private final class Builder {
        private final Plan p;
        private final SplittableRandom rng;
        private final List<Inc> incidents = new ArrayList<>();
        private long[] usedDays = new long[16];
        private int usedCount;
        private int historyDays;
        private long conferenceDay = Long.MIN_VALUE;

        Builder(Plan plan) {
            this.p = plan;
            this.rng = plan.rng;
        }

        DemoHousehold build() {
            int city = rng.nextInt(DemoNames.CITIES.length);
            String postcode = postcode(city);
            String street = DemoNames.STREETS[rng.nextInt(DemoNames.STREETS.length)];
            String houseNumber = houseNumber();

            generateIncidents();
            incidents.sort((a, b) -> a.day != b.day ? Long.compare(a.day, b.day)
                    : Integer.compare(a.minute, b.minute));
            if (p.theme == Theme.RISING) {
                makeLastThreeRise();
            }

            long first = incidents.isEmpty() ? Long.MIN_VALUE : incidents.get(0).day;
            long last = incidents.isEmpty() ? Long.MIN_VALUE : incidents.get(incidents.size() - 1).day;
            long opened = incidents.isEmpty() ? todayDay - 30 - rng.nextInt(1470)
                    : Math.min(first + rng.nextInt(52) - 30, todayDay - 1);
            if (conferenceDay != Long.MIN_VALUE) {
                opened = Math.min(opened, conferenceDay);
            }
            long closedDay = Long.MIN_VALUE;
            if (p.closed) {
                long from = Math.max(opened, last);
                closedDay = Math.min(from + 30 + rng.nextInt(370), todayDay - 1);
                if (closedDay <= opened) {
                    closedDay = Long.MIN_VALUE;
                }
            }
            boolean closed = closedDay != Long.MIN_VALUE;
            conference(opened, last, closedDay);

            Phase phase = phase(closed);
            List<DemoInvolvement> involvements = new ArrayList<>();
            String directorCode = involvements(involvements, opened, closedDay);
            String directorName = directorCode == null ? null : fullName();

            String name = householdName();
            HouseholdDraft household = new HouseholdDraft(name, street, houseNumber, postcode,
                    DemoNames.CITIES[city], phase, directorCode == null ? null : placeholderPartnerId(directorCode),
                    directorName, LocalDate.ofEpochDay(opened));

            List<DemoMember> members = new ArrayList<>(p.members.size());
            for (Mem m : p.members) {
                members.add(new DemoMember(m.key, m.person, m.membership));
            }
            return new DemoHousehold(household, directorCode, members, relations(), drafts(DemoNames.CITY_UNIT[city]),
                    involvements, conferenceDay == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(conferenceDay),
                    closed ? LocalDate.ofEpochDay(closedDay) : null);
        }

        // ---- address and name ----

        private String postcode(int city) {
            int digits = DemoNames.CITY_POSTCODE[city] * 100 + rng.nextInt(100);
            char[] letters = DemoNames.POSTCODE_LETTERS;
            char a;
            char b;
            do {
                a = letters[rng.nextInt(letters.length)];
                b = letters[rng.nextInt(letters.length)];
            } while (a == 'S' && (b == 'A' || b == 'D' || b == 'S'));
            return new StringBuilder(7).append(digits).append(' ').append(a).append(b).toString();
        }

        private String houseNumber() {
            int number = 1 + rng.nextInt(rng.nextInt(4) == 0 ? 250 : 60);
            if (rng.nextInt(100) < 15) {
                return number + DemoNames.HOUSE_NUMBER_SUFFIXES[rng.nextInt(DemoNames.HOUSE_NUMBER_SUFFIXES.length)];
            }
            return Integer.toString(number);
        }

        private String householdName() {
            String main = familyName(p.mainParticles, p.mainSurname);
            if (p.second >= 0 && rng.nextInt(100) < 15) {
                Mem second = p.members.get(p.second);
                String other = familyName(second.person.particles(), second.person.surname());
                if (second.membership.role() != PersonRole.EX_PARTNER && !other.equals(main)) {
                    return "Gezin " + main + " / " + other;
                }
            }
            return "Gezin " + main;
        }

        private String fullName() {
            int family = rng.nextInt(DemoNames.SURNAMES.length);
            return givenName(rng, rng.nextBoolean() ? Gender.FEMALE : Gender.MALE) + " "
                    + familyName(DemoNames.PARTICLES[family], DemoNames.SURNAMES[family]);
        }

        // ---- incidents ----

        private void generateIncidents() {
            historyDays = 100 + rng.nextInt(2400);
            int old;
            int recent;
            Mode recentMode = Mode.RECENT_ACTIVE;
            if (p.theme == Theme.QUIET) {
                boolean none = rng.nextInt(100) < 8;
                old = none ? 0 : 1 + geometric(62, 12);
                recent = none || p.closed ? 0 : rng.nextInt(2);
                recentMode = Mode.RECENT_QUIET;
                old = scaled(old, 0);
            } else {
                old = geometric(70, 15) + (rng.nextInt(100) < 7 ? 8 + rng.nextInt(8) : 0);
                old = scaled(old, 0);
                recent = switch (p.theme) {
                    case ESCALATION -> scaled(3 + rng.nextInt(3) + (rng.nextInt(8) == 0 ? 4 + rng.nextInt(9) : 0), 3);
                    case RISING -> scaled(3 + rng.nextInt(2), 3);
                    case BREACH, LETHAL -> scaled(1 + rng.nextInt(3), 1);
                    case CHILDREN, CLUSTER -> scaled(2 + rng.nextInt(3), 2);
                    case NO_DIRECTOR -> scaled(rng.nextInt(3), 0);
                    default -> 0; // REPEAT: below
                };
            }
            int cap = Math.min(MAX_INCIDENTS, Math.max(MAX_INCIDENTS_UNSCALED,
                    (int) Math.round(MAX_INCIDENTS_UNSCALED * incidentScale)));
            if (p.theme == Theme.REPEAT) {
                conferenceDay = todayDay - 45 - rng.nextInt(256);
                int before = 1 + rng.nextInt(2);
                int after = Math.min(scaled(1 + rng.nextInt(2), 1), cap - before);
                old = Math.min(old, cap - before - after);
                for (int k = 0; k < before; k++) {
                    add(generic(uniqueDay(conferenceDay - 1, 180), Mode.RECENT_ACTIVE));
                }
                for (int k = 0; k < after; k++) {
                    add(generic(uniqueDay(todayDay - 1, (int) (todayDay - 1 - conferenceDay)), Mode.RECENT_ACTIVE));
                }
            } else {
                recent = Math.min(recent, cap);
                old = Math.min(old, cap - recent);
                for (int k = 0; k < recent; k++) {
                    add(generic(recentDay(), recentMode));
                }
                themed();
            }
            for (int k = 0; k < old; k++) {
                add(generic(uniqueDay(todayDay - OLD_DAYS, historyDays), Mode.OLD));
            }
        }

        /** Makes the theme's signal certain, on the recent incidents just added (all inside the window). */
        private void themed() {
            int recent = incidents.size();
            switch (p.theme) {
                case BREACH -> {
                    Inc i = incidents.get(rng.nextInt(recent));
                    i.type = IncidentType.BREACH_OF_MEASURE;
                }
                case LETHAL -> {
                    Inc i = incidents.get(rng.nextInt(recent));
                    i.markers.add(rng.nextInt(100) < 60 ? RiskMarker.STRANGULATION
                            : RiskMarker.WEAPON_OR_THREAT_TO_KILL);
                    i.severity = rng.nextInt(3) == 0 ? Severity.SEVERE : Severity.SERIOUS;
                }
                case CHILDREN -> {
                    int a = rng.nextInt(recent);
                    int b = (a + 1 + rng.nextInt(recent - 1)) % recent;
                    incidents.get(a).markers.add(RiskMarker.CHILDREN_PRESENT);
                    incidents.get(b).markers.add(RiskMarker.CHILDREN_PRESENT);
                }
                case CLUSTER -> {
                    // The separation is recent: one incident after it carries the marker, another shows stalking.
                    Inc separation = incidents.get(0);
                    releaseDay(separation.day); // move it to after the separation
                    separation.day = uniqueDay(todayDay - 1, (int) (todayDay - 1 - p.separatedOn));
                    separation.markers.add(RiskMarker.SEPARATION_RECENT);
                    Inc other = incidents.get(1 + rng.nextInt(recent - 1));
                    int x = rng.nextInt(100);
                    if (x < 40) {
                        other.markers.add(RiskMarker.STALKING);
                    } else if (x < 70) {
                        other.markers.add(RiskMarker.COERCIVE_CONTROL);
                    } else {
                        other.type = IncidentType.EX_PARTNER_STALKING;
                    }
                }
                default -> {
                }
            }
        }

        private void makeLastThreeRise() {
            Severity[][] patterns = {
                {Severity.MINOR, Severity.MODERATE, Severity.SERIOUS},
                {Severity.MINOR, Severity.MINOR, Severity.MODERATE},
                {Severity.MODERATE, Severity.SERIOUS, Severity.SEVERE},
                {Severity.MINOR, Severity.SERIOUS, Severity.SERIOUS},
                {Severity.MODERATE, Severity.MODERATE, Severity.SEVERE}};
            Severity[] pattern = patterns[rng.nextInt(patterns.length)];
            int size = incidents.size();
            for (int k = 0; k < 3; k++) {
                Inc i = incidents.get(size - 3 + k);
                i.severity = pattern[k];
                if (pattern[k].level() < Severity.SERIOUS.level()) {
                    i.markers.remove(RiskMarker.STRANGULATION);
                    i.markers.remove(RiskMarker.WEAPON_OR_THREAT_TO_KILL);
                }
            }
        }

        private long recentDay() {
            return uniqueDay(todayDay - 1, RECENT_DAYS);
        }

        /** A day in [latest - range + 1, latest] not used by another incident of this household (if possible). */
        private long uniqueDay(long latest, int range) {
            long day = latest;
            for (int attempt = 0; attempt < 24; attempt++) {
                day = latest - rng.nextInt(Math.max(1, range));
                if (!isUsed(day)) {
                    break;
                }
            }
            if (usedCount == usedDays.length) {
                usedDays = Arrays.copyOf(usedDays, usedCount * 2);
            }
            usedDays[usedCount++] = day;
            return day;
        }

        private boolean isUsed(long day) {
            for (int k = 0; k < usedCount; k++) {
                if (usedDays[k] == day) {
                    return true;
                }
            }
            return false;
        }

        private void releaseDay(long day) {
            for (int k = 0; k < usedCount; k++) {
                if (usedDays[k] == day) {
                    usedDays[k] = usedDays[--usedCount];
                    return;
                }
            }
        }

        private void add(Inc i) {
            incidents.add(i);
        }

        private Inc generic(long day, Mode mode) {
            Inc i = new Inc();
            i.day = day;
            int hour = HOURS[rng.nextInt(HOURS.length)];
            i.minute = hour * 60 + rng.nextInt(60);
            i.type = type(mode);
            int s = rng.nextInt(100);
            i.severity = s < 35 ? Severity.MINOR : s < 70 ? Severity.MODERATE : s < 92 ? Severity.SERIOUS
                    : Severity.SEVERE;
            if (mode == Mode.RECENT_QUIET && i.severity.level() > Severity.MODERATE.level()) {
                i.severity = Severity.MODERATE;
            }
            boolean childBorn = oldestChildBornBefore(day) >= 0;
            if (childBorn && rng.nextInt(100) < (mode == Mode.RECENT_QUIET ? 25 : 35)) {
                i.markers.add(RiskMarker.CHILDREN_PRESENT);
            }
            if (rng.nextInt(100) < 20) {
                i.markers.add(RiskMarker.SUBSTANCE_USE);
            }
            Mem main = p.members.get(0);
            if (main.gender == Gender.FEMALE && rng.nextInt(100) < 2) {
                i.markers.add(RiskMarker.PREGNANCY);
            }
            if (mode != Mode.RECENT_QUIET) {
                if (rng.nextInt(100) < 6) {
                    i.markers.add(RiskMarker.COERCIVE_CONTROL);
                }
                if (rng.nextInt(100) < 4) {
                    i.markers.add(RiskMarker.STALKING);
                }
                if (rng.nextInt(100) < 4) {
                    i.markers.add(RiskMarker.SEPARATION_RECENT);
                }
                if (rng.nextInt(100) < 3) {
                    i.markers.add(RiskMarker.STRANGULATION);
                }
                if (rng.nextInt(100) < 3) {
                    i.markers.add(RiskMarker.WEAPON_OR_THREAT_TO_KILL);
                }
            }
            boolean lethal = i.markers.contains(RiskMarker.STRANGULATION)
                    || i.markers.contains(RiskMarker.WEAPON_OR_THREAT_TO_KILL);
            if (lethal && i.severity.level() < Severity.SERIOUS.level()) {
                i.severity = Severity.SERIOUS;
            }
            if (i.type == IncidentType.CHILD_ABUSE && !childBorn) {
                i.type = IncidentType.DOMESTIC_VIOLENCE_PSYCHOLOGICAL;
            }
            if (i.type == IncidentType.ELDER_ABUSE && indexOf(Kind.GRANDPARENT) < 0) {
                i.type = IncidentType.DOMESTIC_VIOLENCE_PSYCHOLOGICAL;
            }
            int src = rng.nextInt(100);
            i.source = src < 78 ? IncidentSource.POLICE
                    : src < 93 ? IncidentSource.VEILIG_THUIS : IncidentSource.PARTNER;
            return i;
        }

        private IncidentType type(Mode mode) {
            int t = rng.nextInt(100);
            if (mode == Mode.RECENT_QUIET) {
                return t < 45 ? IncidentType.DOMESTIC_VIOLENCE_PSYCHOLOGICAL
                        : t < 75 ? IncidentType.DOMESTIC_VIOLENCE_PHYSICAL
                        : t < 88 ? IncidentType.CONFUSED_BEHAVIOUR : IncidentType.OTHER;
            }
            if (t < 34) {
                return IncidentType.DOMESTIC_VIOLENCE_PHYSICAL;
            } else if (t < 62) {
                return IncidentType.DOMESTIC_VIOLENCE_PSYCHOLOGICAL;
            } else if (t < 65) {
                return IncidentType.DOMESTIC_VIOLENCE_SEXUAL;
            } else if (t < 72) {
                return IncidentType.CHILD_ABUSE;
            } else if (t < 77) {
                return IncidentType.EX_PARTNER_STALKING;
            } else if (t < 79) {
                return IncidentType.HONOUR_BASED_VIOLENCE;
            } else if (t < 81) {
                return IncidentType.ELDER_ABUSE;
            } else if (t < 89) {
                return IncidentType.CONFUSED_BEHAVIOUR;
            } else if (t < 93 && mode == Mode.OLD) {
                return IncidentType.BREACH_OF_MEASURE;
            }
            return IncidentType.OTHER;
        }

        /** Incidents in chronological order as drafts with their involved members. */
        private List<DemoIncident> drafts(String unit) {
            List<DemoIncident> out = new ArrayList<>(incidents.size());
            for (int idx = 0; idx < incidents.size(); idx++) {
                Inc i = incidents.get(idx);
                LocalDate date = LocalDate.ofEpochDay(i.day);
                String registration = i.source == IncidentSource.POLICE
                        ? registration(unit, date.getYear(), idx) : null;
                IncidentDraft draft = new IncidentDraft(date, LocalTime.of(i.minute / 60, i.minute % 60), i.type,
                        i.severity, registration, i.source, description(i), i.markers, List.of());
                out.add(new DemoIncident(draft, involved(i)));
            }
            return out;
        }

        private String registration(String unit, int year, int index) {
            String sequence = Long.toString(p.n * 100L + index);
            StringBuilder b = new StringBuilder(24).append("PL").append(unit).append('-').append(year);
            for (int k = sequence.length(); k < 6; k++) {
                b.append('0');
            }
            return b.append(sequence).toString();
        }

        private String description(Inc i) {
            String[] options = DemoTexts.INCIDENT.get(i.type);
            StringBuilder b = new StringBuilder(160).append(options[rng.nextInt(options.length)]);
            for (RiskMarker marker : i.markers) {
                b.append(' ').append(DemoTexts.MARKER.get(marker));
            }
            String followUp = DemoTexts.FOLLOW_UP[rng.nextInt(DemoTexts.FOLLOW_UP.length)];
            if (!followUp.isEmpty()) {
                b.append(' ').append(followUp);
            }
            return b.toString();
        }

        private List<DemoInvolved> involved(Inc i) {
            List<DemoInvolved> out = new ArrayList<>(4);
            boolean[] taken = new boolean[p.members.size()];
            int child = oldestChildBornBefore(i.day);
            int adult = p.second >= 0 ? p.second : 0;
            switch (i.type) {
                case CHILD_ABUSE -> {
                    involve(out, taken, child, PersonRole.VICTIM);
                    involve(out, taken, adult, PersonRole.SUSPECT);
                }
                case ELDER_ABUSE -> {
                    involve(out, taken, indexOf(Kind.GRANDPARENT), PersonRole.VICTIM);
                    involve(out, taken, adult, PersonRole.SUSPECT);
                }
                case CONFUSED_BEHAVIOUR -> involve(out, taken, adult, PersonRole.OTHER);
                default -> {
                    involve(out, taken, 0, PersonRole.VICTIM);
                    if (p.second >= 0) {
                        involve(out, taken, p.second, PersonRole.SUSPECT);
                    } else if (child >= 0 && ageOn(p.members.get(child), i.day) >= 14 && rng.nextInt(100) < 30) {
                        involve(out, taken, child, PersonRole.SUSPECT);
                    }
                }
            }
            if (i.markers.contains(RiskMarker.CHILDREN_PRESENT)) {
                for (int k = 0; k < p.members.size(); k++) {
                    Mem m = p.members.get(k);
                    if (m.kind == Kind.CHILD && m.born < i.day) {
                        involve(out, taken, k, PersonRole.WITNESS);
                    }
                }
            }
            return out;
        }

        private void involve(List<DemoInvolved> out, boolean[] taken, int index, PersonRole role) {
            if (index >= 0 && !taken[index]) {
                taken[index] = true;
                out.add(new DemoInvolved(index, role));
            }
        }

        private int oldestChildBornBefore(long day) {
            for (int k = 0; k < p.members.size(); k++) { // children are stored oldest first
                Mem m = p.members.get(k);
                if (m.kind == Kind.CHILD) {
                    return m.born < day ? k : -1;
                }
            }
            return -1;
        }

        private int indexOf(Kind kind) {
            for (int k = 0; k < p.members.size(); k++) {
                if (p.members.get(k).kind == kind) {
                    return k;
                }
            }
            return -1;
        }

        private int geometric(int percentMore, int max) {
            int k = 0;
            while (k < max && rng.nextInt(100) < percentMore) {
                k++;
            }
            return k;
        }

        /** count * incidentScale, rounded at random so the mean scales exactly; at least {@code minimum}. */
        private int scaled(int count, int minimum) {
            if (incidentScale == 1.0) {
                return Math.max(minimum, count);
            }
            double x = count * incidentScale;
            int whole = (int) x;
            int result = whole + (rng.nextDouble() < x - whole ? 1 : 0);
            return Math.max(minimum, result);
        }

        // ---- conference, phase ----

        private void conference(long opened, long lastIncident, long closedDay) {
            if (p.theme == Theme.REPEAT) {
                return; // set with the incidents
            }
            long latest = closedDay != Long.MIN_VALUE ? closedDay : todayDay - 1;
            if (p.theme == Theme.QUIET) {
                // Discussed after the last incident (or never): nothing new since then.
                if (rng.nextInt(100) < 40) {
                    long from = Math.max(opened, lastIncident);
                    if (from <= latest) {
                        conferenceDay = from + rng.nextInt((int) (latest - from + 1));
                    }
                }
            } else if (rng.nextInt(100) < 50 && opened <= latest) {
                conferenceDay = opened + rng.nextInt((int) (latest - opened + 1));
            }
        }

        private Phase phase(boolean closed) {
            int x = rng.nextInt(100);
            if (closed) {
                return x < 60 ? Phase.SUSTAINABLE_RECOVERY : Phase.STABLE_SAFETY;
            }
            if (p.theme == Theme.QUIET) {
                return x < 10 ? Phase.DIRECT_SAFETY : x < 60 ? Phase.STABLE_SAFETY : Phase.SUSTAINABLE_RECOVERY;
            }
            return x < 60 ? Phase.DIRECT_SAFETY : x < 90 ? Phase.STABLE_SAFETY : Phase.SUSTAINABLE_RECOVERY;
        }

        // ---- involvements and case director ----

        /** Adds the involvements and returns the case director's partner code, or null. */
        private String involvements(List<DemoInvolvement> out, long opened, long closedDay) {
            boolean hasChildren = indexOf(Kind.CHILD) >= 0;
            boolean hasSuspect = p.second >= 0;
            boolean substance = false;
            for (Inc i : incidents) {
                substance |= i.markers.contains(RiskMarker.SUBSTANCE_USE);
            }
            boolean teen = hasChildren && ageOn(p.members.get(indexOf(Kind.CHILD)), todayDay) >= 12;

            String[] chosen = new String[DemoTexts.PARTNER_CODES.length];
            int count = 0;
            count = maybe(chosen, count, "POLITIE", 90);
            count = maybe(chosen, count, "VEILIG_THUIS", 70);
            if (hasChildren) {
                count = maybe(chosen, count, "JEUGDHULP", 35);
                count = maybe(chosen, count, "SCHOOL", 25);
                count = maybe(chosen, count, "GI", 15);
                count = maybe(chosen, count, "RVDK", 12);
            }
            if (hasSuspect) {
                count = maybe(chosen, count, "RECLASSERING_NL", 20);
                count = maybe(chosen, count, "OM", 15);
                count = maybe(chosen, count, "VERSLAVINGSRECLASSERING", substance ? 15 : 2);
                count = maybe(chosen, count, "LEGER_DES_HEILS_JR", 4);
                count = maybe(chosen, count, "DJI", 3);
            }
            count = maybe(chosen, count, "SLACHTOFFERHULP", 15);
            if (p.members.get(0).gender == Gender.FEMALE) {
                count = maybe(chosen, count, "VROUWENOPVANG", 8);
            }
            count = maybe(chosen, count, "GEMEENTE", 35);
            count = maybe(chosen, count, "ZVH", 20);
            count = maybe(chosen, count, "GGZ", 15);
            count = maybe(chosen, count, "HUISARTS", 10);
            count = maybe(chosen, count, "WONINGCORPORATIE", 8);
            count = maybe(chosen, count, "CIT", 5);
            if (teen) {
                count = maybe(chosen, count, "HALT", 4);
            }

            String director;
            if (p.theme == Theme.NO_DIRECTOR) {
                director = null;
                String[] fallback = {"POLITIE", "VEILIG_THUIS", "GEMEENTE", "GGZ", "SLACHTOFFERHULP"};
                int wanted = 3 + rng.nextInt(2);
                for (int k = 0; count < wanted && k < fallback.length; k++) {
                    count = add(chosen, count, fallback[k]);
                }
            } else {
                int chance = p.theme == Theme.QUIET ? 85 : 90;
                if (rng.nextInt(100) < chance) {
                    String[] options = hasChildren ? new String[] {"VEILIG_THUIS", "GEMEENTE", "ZVH", "GI"}
                            : new String[] {"VEILIG_THUIS", "GEMEENTE", "ZVH"};
                    director = options[rng.nextInt(options.length)];
                    count = add(chosen, count, director);
                } else {
                    director = null;
                    if (p.theme == Theme.QUIET) {
                        count = Math.min(count, 2); // a quiet household never lacks a director with 3+ agencies
                    }
                }
            }
            if (count == 0) {
                count = add(chosen, count, "POLITIE");
            }

            boolean closed = closedDay != Long.MIN_VALUE;
            long latest = todayDay - 1;
            for (int k = 0; k < count; k++) {
                String code = chosen[k];
                long start;
                long end = Long.MIN_VALUE;
                if (closed) {
                    start = opened + rng.nextInt((int) (closedDay - opened + 1));
                    end = start + rng.nextInt((int) (closedDay - start + 1));
                } else {
                    start = k == 0 ? opened : Math.min(latest,
                            opened - 30 + rng.nextInt((int) Math.min(latest - opened, 365) + 31));
                    boolean mayEnd = p.theme != Theme.NO_DIRECTOR && !code.equals(director);
                    if (mayEnd && rng.nextInt(100) < 18) {
                        end = start + rng.nextInt((int) (latest - start + 1));
                    }
                }
                out.add(involvement(code, start, end));
                if (!closed && end != Long.MIN_VALUE && end < latest - 1 && rng.nextInt(100) < 25) {
                    // The same organisation became involved again later.
                    long again = end + 1 + rng.nextInt((int) (latest - end));
                    out.add(involvement(code, again, Long.MIN_VALUE));
                }
            }
            return director;
        }

        private int maybe(String[] chosen, int count, String code, int percent) {
            return rng.nextInt(100) < percent ? add(chosen, count, code) : count;
        }

        private int add(String[] chosen, int count, String code) {
            for (int k = 0; k < count; k++) {
                if (chosen[k].equals(code)) {
                    return count;
                }
            }
            chosen[count] = code;
            return count + 1;
        }

        private DemoInvolvement involvement(String code, long start, long end) {
            int partner = (int) placeholderPartnerId(code) - 1;
            int family = rng.nextInt(DemoNames.SURNAMES.length);
            String given = givenName(rng, rng.nextBoolean() ? Gender.FEMALE : Gender.MALE);
            char initial = given.charAt(0);
            String contact = initial + ". " + familyName(DemoNames.PARTICLES[family], DemoNames.SURNAMES[family]);
            String mailInitial = initial < 0x80 ? String.valueOf(Character.toLowerCase(initial))
                    : Text.fold(String.valueOf(initial));
            String details = mailInitial + "." + DemoNames.MAIL_NAMES[family] + "@" + DemoTexts.PARTNER_DOMAINS[partner]
                    + ".example";
            String[] tasks = DemoTexts.PARTNER_TASKS[partner];
            InvolvementDraft draft = new InvolvementDraft(placeholderPartnerId(code), contact, details,
                    LocalDate.ofEpochDay(start), end == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(end),
                    tasks[rng.nextInt(tasks.length)]);
            return new DemoInvolvement(code, draft);
        }

        // ---- relations ----

        private List<DemoRelation> relations() {
            List<DemoRelation> out = new ArrayList<>();
            int size = p.members.size();
            if (p.second >= 0) {
                boolean ex = p.members.get(p.second).membership.role() == PersonRole.EX_PARTNER;
                out.add(new DemoRelation(0, p.second, ex ? RelationType.EX_PARTNER : RelationType.PARTNER));
            }
            for (int parent = 0; parent < size; parent++) {
                Mem pm = p.members.get(parent);
                if (pm.kind != Kind.MAIN && pm.kind != Kind.SECOND) {
                    continue;
                }
                for (int child = 0; child < size; child++) {
                    Mem cm = p.members.get(child);
                    if (cm.kind == Kind.CHILD && plausibleParent(pm, cm)) {
                        out.add(new DemoRelation(parent, child, RelationType.PARENT_CHILD));
                    }
                }
            }
            for (int a = 0; a < size; a++) {
                for (int b = a + 1; b < size; b++) {
                    if (p.members.get(a).kind == Kind.CHILD && p.members.get(b).kind == Kind.CHILD) {
                        out.add(new DemoRelation(a, b, RelationType.SIBLING));
                    }
                }
            }
            int gp = indexOf(Kind.GRANDPARENT);
            if (gp >= 0 && p.members.get(gp).person.surname().equals(p.mainSurname)
                    && plausibleParent(p.members.get(gp), p.members.get(0))) {
                out.add(new DemoRelation(gp, 0, RelationType.PARENT_CHILD));
            }
            return out;
        }

        private boolean plausibleParent(Mem parent, Mem child) {
            return parent.born == Long.MIN_VALUE || child.born == Long.MIN_VALUE
                    || LocalDate.ofEpochDay(parent.born).plusYears(16).toEpochDay() <= child.born;
        }

        private int ageOn(Mem m, long day) {
            if (m.born == Long.MIN_VALUE) {
                return -1;
            }
            return (int) ((day - m.born) / 365.25);
        }
    }

    private static String familyName(String particles, String surname) {
        return particles == null ? surname : particles + " " + surname;
    }
}
