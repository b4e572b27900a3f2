package nl.casustafel.domain.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import nl.casustafel.domain.household.Involvement;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.RiskMarker;
import nl.casustafel.domain.measure.ClockKind;
import nl.casustafel.domain.measure.Measure;
import nl.casustafel.domain.measure.MeasureClocks;

/**
 * The escalation rules of domain.md as pure functions.
 *
 * <p>All dates are Europe/Amsterdam local dates ({@link Incident#date()}). Incidents dated after {@code today}
 * are ignored by every rule. "Within 12 months" (the <em>window</em>) means an incident date {@code d} with
 * {@code today.minusMonths(12) <= d <= today}: the day exactly twelve months ago counts, the day before does not
 * (month arithmetic clamps to the end of the month, so on 29 February the window starts on 28 February).
 *
 * <p>Each {@link Signal} carries its evidence: the incident ids and their dates, oldest first (ties broken by
 * id), and a count. The rules:
 * <ul>
 *   <li>{@link SignalType#ESCALATION}: 3 or more incidents in the window. Evidence: all of them.</li>
 *   <li>{@link SignalType#REPEAT_AFTER_CONFERENCE}: the household was last discussed on {@code lastConferenceOn}
 *       and at least one incident is dated strictly after that day and on or before
 *       {@code lastConferenceOn.plusMonths(12)} (and not after today). An incident on the conference day itself
 *       does not count. Evidence: those incidents. The conference date is not part of the evidence dates; the
 *       UI takes it from {@link SignalInput#lastConferenceOn()}.</li>
 *   <li>{@link SignalType#RISING_SEVERITY}: of the incidents in the window, ordered by time, the last three
 *       (so at least three are needed) have non-decreasing severity and the last is strictly more severe than
 *       the first of the three. Evidence: those three.</li>
 *   <li>{@link SignalType#BREACH_OF_MEASURE}: at least one incident of type
 *       {@link IncidentType#BREACH_OF_MEASURE} in the window. Evidence: those incidents.</li>
 *   <li>{@link SignalType#LETHALITY_MARKER}: at least one incident in the window with
 *       {@link RiskMarker#STRANGULATION} or {@link RiskMarker#WEAPON_OR_THREAT_TO_KILL}. Evidence: those.</li>
 *   <li>{@link SignalType#CHILDREN_PRESENT_REPEATEDLY}: children present ({@link RiskMarker#CHILDREN_PRESENT})
 *       at 2 or more incidents in the window. Evidence: those incidents.</li>
 *   <li>{@link SignalType#HIGH_RISK_CLUSTER}: in the window some incident has
 *       {@link RiskMarker#SEPARATION_RECENT} and some incident (the same one or another) has
 *       {@link RiskMarker#STALKING} or {@link RiskMarker#COERCIVE_CONTROL} or is of type
 *       {@link IncidentType#EX_PARTNER_STALKING}. Evidence: every incident in the window carrying any of those
 *       markers or that type.</li>
 *   <li>{@link SignalType#NO_CASE_DIRECTOR}: the household has no case director and involvements active on
 *       {@code today} ({@link Involvement#isActiveOn(LocalDate)}) come from 3 or more distinct partner
 *       organisations. Count: the number of distinct organisations; no incident evidence. Ended involvements
 *       do not count and one organisation with two involvements counts once.</li>
 *   <li>{@link SignalType#OVERDUE_MEASURE}: at least one measure that is still open or in progress and whose
 *       deadline lies before today ({@link Measure#isOverdue(LocalDate)}): due today is not overdue yet; a closed
 *       measure (done, not done, lapsed) and a measure without deadline never fire. Evidence: those measures in
 *       {@link Signal#measureIds()} and their deadlines in {@link Signal#dates()}, earliest deadline first (ties
 *       by id); count = number of measures; no incidents.</li>
 *   <li>{@link SignalType#LEGAL_CLOCK_EXPIRING}: at least one measure that is still open or in progress, whose type
 *       runs a clock (every {@link ClockKind} except {@link ClockKind#AS_AGREED}) and whose deadline falls from
 *       today up to and including today + {@link MeasureClocks#LEGAL_CLOCK_WARNING_DAYS} days (day 14 fires,
 *       day 15 does not; an overdue measure is not expiring). Evidence as for overdue measures.</li>
 * </ul>
 */
public final class EscalationSignals {
    /** Incidents needed in the window for {@link SignalType#ESCALATION}. */
    static final int ESCALATION_THRESHOLD = 3;
    /** Incidents with children present needed for {@link SignalType#CHILDREN_PRESENT_REPEATEDLY}. */
    static final int CHILDREN_THRESHOLD = 2;
    /** Distinct active agencies needed for {@link SignalType#NO_CASE_DIRECTOR}. */
    static final int AGENCY_THRESHOLD = 3;
    /** Length of the window and of the repeat period after a conference. */
    static final int WINDOW_MONTHS = 12;
    /** How many of the latest incidents the severity trend looks at. */
    static final int TREND_LENGTH = 3;

    /** Oldest first; same moment: lowest id first, so the order is total and repeatable. */
    static final Comparator<Incident> CHRONOLOGICAL =
            Comparator.comparing(Incident::occurredAt).thenComparingLong(Incident::id);

    private EscalationSignals() {
    }

    /** The signals that are active on {@code today}, in the order of {@link SignalType}. */
    public static List<Signal> evaluate(SignalInput input, LocalDate today) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(today, "today");
        List<Incident> known = upTo(input.incidents(), today);
        List<Incident> window = window(known, today);
        List<Signal> signals = new ArrayList<>(4);
        addIfPresent(signals, escalation(window));
        addIfPresent(signals, repeatAfterConference(known, input.lastConferenceOn()));
        addIfPresent(signals, risingSeverity(window));
        addIfPresent(signals, breachOfMeasure(window));
        addIfPresent(signals, lethalityMarker(window));
        addIfPresent(signals, childrenPresentRepeatedly(window));
        addIfPresent(signals, highRiskCluster(window));
        addIfPresent(signals, noCaseDirector(input.involvements(), input.hasCaseDirector(), today));
        addIfPresent(signals, overdueMeasure(input.measures(), today));
        addIfPresent(signals, legalClockExpiring(input.measures(), today));
        return List.copyOf(signals);
    }

    /** The first day of the 12-month window ending on (and including) {@code today}. */
    public static LocalDate windowStart(LocalDate today) {
        return today.minusMonths(WINDOW_MONTHS);
    }

    /** Incidents not dated after today, oldest first. */
    static List<Incident> upTo(List<Incident> incidents, LocalDate today) {
        List<Incident> out = new ArrayList<>(incidents.size());
        for (Incident i : incidents) {
            if (!i.date().isAfter(today)) {
                out.add(i);
            }
        }
        out.sort(CHRONOLOGICAL);
        return out;
    }

    /** Of chronologically sorted incidents not after today, those within 12 months, still sorted. */
    static List<Incident> window(List<Incident> sortedUpToToday, LocalDate today) {
        LocalDate start = windowStart(today);
        List<Incident> out = new ArrayList<>();
        for (Incident i : sortedUpToToday) {
            if (!i.date().isBefore(start)) {
                out.add(i);
            }
        }
        return out;
    }

    static Signal escalation(List<Incident> window) {
        return window.size() >= ESCALATION_THRESHOLD ? signal(SignalType.ESCALATION, window) : null;
    }

    static Signal repeatAfterConference(List<Incident> sortedUpToToday, LocalDate lastConferenceOn) {
        if (lastConferenceOn == null) {
            return null;
        }
        LocalDate last = lastConferenceOn.plusMonths(WINDOW_MONTHS);
        List<Incident> after = select(sortedUpToToday,
                i -> i.date().isAfter(lastConferenceOn) && !i.date().isAfter(last));
        return after.isEmpty() ? null : signal(SignalType.REPEAT_AFTER_CONFERENCE, after);
    }

    static Signal risingSeverity(List<Incident> window) {
        if (window.size() < TREND_LENGTH) {
            return null;
        }
        List<Incident> last = window.subList(window.size() - TREND_LENGTH, window.size());
        for (int k = 1; k < last.size(); k++) {
            if (last.get(k).severity().level() < last.get(k - 1).severity().level()) {
                return null;
            }
        }
        boolean rose = last.get(last.size() - 1).severity().level() > last.get(0).severity().level();
        return rose ? signal(SignalType.RISING_SEVERITY, last) : null;
    }

    static Signal breachOfMeasure(List<Incident> window) {
        return atLeast(SignalType.BREACH_OF_MEASURE, 1,
                select(window, i -> i.type() == IncidentType.BREACH_OF_MEASURE));
    }

    static Signal lethalityMarker(List<Incident> window) {
        return atLeast(SignalType.LETHALITY_MARKER, 1,
                select(window, i -> i.has(RiskMarker.STRANGULATION) || i.has(RiskMarker.WEAPON_OR_THREAT_TO_KILL)));
    }

    static Signal childrenPresentRepeatedly(List<Incident> window) {
        return atLeast(SignalType.CHILDREN_PRESENT_REPEATEDLY, CHILDREN_THRESHOLD,
                select(window, Incident::childrenPresent));
    }

    static Signal highRiskCluster(List<Incident> window) {
        boolean separation = window.stream().anyMatch(i -> i.has(RiskMarker.SEPARATION_RECENT));
        boolean control = window.stream().anyMatch(EscalationSignals::isStalkingOrControl);
        if (!separation || !control) {
            return null;
        }
        return signal(SignalType.HIGH_RISK_CLUSTER,
                select(window, i -> i.has(RiskMarker.SEPARATION_RECENT) || isStalkingOrControl(i)));
    }

    private static boolean isStalkingOrControl(Incident i) {
        return i.has(RiskMarker.STALKING) || i.has(RiskMarker.COERCIVE_CONTROL)
                || i.type() == IncidentType.EX_PARTNER_STALKING;
    }

    static Signal noCaseDirector(List<Involvement> involvements, boolean hasCaseDirector, LocalDate today) {
        if (hasCaseDirector) {
            return null;
        }
        Set<Long> agencies = new HashSet<>();
        for (Involvement involvement : involvements) {
            if (involvement.isActiveOn(today)) {
                agencies.add(involvement.partnerId());
            }
        }
        return agencies.size() >= AGENCY_THRESHOLD
                ? new Signal(SignalType.NO_CASE_DIRECTOR, List.of(), List.of(), agencies.size())
                : null;
    }

    static Signal overdueMeasure(List<Measure> measures, LocalDate today) {
        return measureSignal(SignalType.OVERDUE_MEASURE, measures, m -> m.isOverdue(today));
    }

    static Signal legalClockExpiring(List<Measure> measures, LocalDate today) {
        return measureSignal(SignalType.LEGAL_CLOCK_EXPIRING, measures,
                m -> m.type().clock().kind() != ClockKind.AS_AGREED
                        && m.expiresWithin(today, MeasureClocks.LEGAL_CLOCK_WARNING_DAYS));
    }

    /** Earliest deadline first, ties by id: the measures that need attention soonest lead. */
    private static final Comparator<Measure> BY_DEADLINE =
            Comparator.comparing(Measure::deadline).thenComparingLong(Measure::id);

    /** A signal with the matching measures (all with a deadline) as evidence; null when none matches. */
    private static Signal measureSignal(SignalType type, List<Measure> measures, Predicate<Measure> test) {
        List<Measure> evidence = new ArrayList<>();
        for (Measure m : measures) {
            if (m.deadline() != null && test.test(m)) {
                evidence.add(m);
            }
        }
        if (evidence.isEmpty()) {
            return null;
        }
        evidence.sort(BY_DEADLINE);
        return new Signal(type, List.of(), evidence.stream().map(Measure::deadline).toList(), evidence.size(),
                evidence.stream().map(Measure::id).toList());
    }

    private static List<Incident> select(List<Incident> incidents, Predicate<Incident> test) {
        List<Incident> out = new ArrayList<>();
        for (Incident i : incidents) {
            if (test.test(i)) {
                out.add(i);
            }
        }
        return out;
    }

    private static Signal atLeast(SignalType type, int minimum, List<Incident> evidence) {
        return evidence.size() >= minimum ? signal(type, evidence) : null;
    }

    /** A signal with the given incidents (already oldest first) as evidence; count = number of incidents. */
    private static Signal signal(SignalType type, List<Incident> evidence) {
        List<Long> ids = new ArrayList<>(evidence.size());
        List<LocalDate> dates = new ArrayList<>(evidence.size());
        for (Incident i : evidence) {
            ids.add(i.id());
            dates.add(i.date());
        }
        return new Signal(type, ids, dates, evidence.size());
    }

    private static void addIfPresent(List<Signal> signals, Signal signal) {
        if (signal != null) {
            signals.add(signal);
        }
    }
}
