package nl.casustafel.domain.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.household.Involvement;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.RiskMarker;
import nl.casustafel.domain.incident.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class EscalationSignalsTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final LocalDate WINDOW_START = LocalDate.of(2024, 6, 15);

    // ---- helpers -------------------------------------------------------------------------------------------

    static Incident incident(long id, LocalDate date, LocalTime time, IncidentType type, Severity severity,
                             RiskMarker... markers) {
        Set<RiskMarker> set = markers.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(markers));
        return new Incident(id, 0, 1L, date.atTime(time).atZone(DomainTime.ZONE).toInstant(), type, severity,
                "PL0900-2025" + String.format("%06d", id), IncidentSource.POLICE, "fictional", set, List.of());
    }

    static Incident incident(long id, LocalDate date, RiskMarker... markers) {
        return incident(id, date, LocalTime.NOON, IncidentType.DOMESTIC_VIOLENCE_PSYCHOLOGICAL, Severity.MODERATE,
                markers);
    }

    static Incident incident(long id, LocalDate date, IncidentType type, RiskMarker... markers) {
        return incident(id, date, LocalTime.NOON, type, Severity.MODERATE, markers);
    }

    static Incident incident(long id, LocalDate date, Severity severity) {
        return incident(id, date, LocalTime.NOON, IncidentType.DOMESTIC_VIOLENCE_PHYSICAL, severity);
    }

    static Involvement involvement(long id, long partnerId, LocalDate start, LocalDate end) {
        return new Involvement(id, 0, 1L, partnerId, "M. de Wit", null, start, end, null);
    }

    static Involvement involvement(long id, long partnerId) {
        return involvement(id, partnerId, TODAY.minusMonths(3), null);
    }

    static List<Signal> evaluate(List<Incident> incidents) {
        return EscalationSignals.evaluate(new SignalInput(incidents, List.of(), true, null), TODAY);
    }

    static List<Signal> evaluate(List<Incident> incidents, LocalDate lastConferenceOn) {
        return EscalationSignals.evaluate(new SignalInput(incidents, List.of(), true, lastConferenceOn), TODAY);
    }

    static List<Signal> evaluateInvolvements(List<Involvement> involvements, boolean hasCaseDirector) {
        return EscalationSignals.evaluate(new SignalInput(List.of(), involvements, hasCaseDirector, null), TODAY);
    }

    static Optional<Signal> find(List<Signal> signals, SignalType type) {
        return signals.stream().filter(s -> s.type() == type).findFirst();
    }

    static List<SignalType> types(List<Signal> signals) {
        return signals.stream().map(Signal::type).toList();
    }

    // ---- general ---------------------------------------------------------------------------------------------

    @Test
    void quietHouseholdHasNoSignals() {
        assertThat(EscalationSignals.evaluate(new SignalInput(List.of(), List.of(), false, null), TODAY)).isEmpty();
    }

    @Test
    void windowStartsExactlyTwelveMonthsBeforeToday() {
        assertThat(EscalationSignals.windowStart(TODAY)).isEqualTo(WINDOW_START);
    }

    @Test
    void windowStartOnLeapDayIsClampedToEndOfFebruary() {
        assertThat(EscalationSignals.windowStart(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2023, 2, 28));
    }

    @Test
    void signalsComeInTheOrderOfTheSignalTypeEnum() {
        List<Incident> incidents = List.of(
                incident(7, TODAY.minusDays(1), LocalTime.NOON, IncidentType.BREACH_OF_MEASURE, Severity.SEVERE,
                        RiskMarker.STALKING, RiskMarker.CHILDREN_PRESENT),
                incident(6, TODAY.minusDays(20), LocalTime.NOON, IncidentType.DOMESTIC_VIOLENCE_PHYSICAL,
                        Severity.SERIOUS, RiskMarker.STRANGULATION, RiskMarker.CHILDREN_PRESENT),
                incident(5, TODAY.minusDays(40), LocalTime.NOON, IncidentType.DOMESTIC_VIOLENCE_PSYCHOLOGICAL,
                        Severity.MINOR, RiskMarker.SEPARATION_RECENT));
        List<Involvement> involvements = List.of(involvement(1, 10), involvement(2, 11), involvement(3, 12));

        List<Signal> signals = EscalationSignals.evaluate(
                new SignalInput(incidents, involvements, false, TODAY.minusDays(60)), TODAY);

        assertThat(types(signals)).containsExactly(SignalType.ESCALATION, SignalType.REPEAT_AFTER_CONFERENCE,
                SignalType.RISING_SEVERITY, SignalType.BREACH_OF_MEASURE, SignalType.LETHALITY_MARKER,
                SignalType.CHILDREN_PRESENT_REPEATEDLY, SignalType.HIGH_RISK_CLUSTER, SignalType.NO_CASE_DIRECTOR);
    }

    @Test
    void incidentsAloneNeverFireMeasureBasedSignals() {
        List<Incident> incidents = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            incidents.add(incident(k, TODAY.minusDays(k * 10L), IncidentType.BREACH_OF_MEASURE,
                    RiskMarker.values()));
        }
        assertThat(types(evaluate(incidents)))
                .doesNotContain(SignalType.OVERDUE_MEASURE, SignalType.LEGAL_CLOCK_EXPIRING);
    }

    @Test
    void evidenceIsSortedOldestFirstWhateverTheInputOrder() {
        List<Incident> incidents = List.of(
                incident(30, TODAY.minusDays(5)),
                incident(10, TODAY.minusDays(100)),
                incident(20, TODAY.minusDays(50)),
                incident(5, TODAY.minusDays(5), LocalTime.of(8, 0), IncidentType.OTHER, Severity.MINOR));

        Signal escalation = find(evaluate(incidents), SignalType.ESCALATION).orElseThrow();

        assertThat(escalation.incidentIds()).containsExactly(10L, 20L, 5L, 30L);
        assertThat(escalation.dates()).containsExactly(TODAY.minusDays(100), TODAY.minusDays(50),
                TODAY.minusDays(5), TODAY.minusDays(5));
        assertThat(escalation.count()).isEqualTo(4);
    }

    @Test
    void incidentsAtTheSameMomentAreOrderedById() {
        List<Incident> incidents = List.of(
                incident(3, TODAY.minusDays(5)), incident(1, TODAY.minusDays(5)), incident(2, TODAY.minusDays(5)));

        assertThat(find(evaluate(incidents), SignalType.ESCALATION).orElseThrow().incidentIds())
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void evaluationDoesNotDependOnInputOrder() {
        List<Incident> incidents = new ArrayList<>(List.of(
                incident(1, TODAY.minusDays(90), Severity.MINOR),
                incident(2, TODAY.minusDays(60), Severity.MODERATE),
                incident(3, TODAY.minusDays(30), Severity.SERIOUS)));
        List<Signal> forwards = evaluate(incidents);
        java.util.Collections.reverse(incidents);
        assertThat(evaluate(incidents)).isEqualTo(forwards);
    }

    // ---- ESCALATION and the window --------------------------------------------------------------------------

    @Nested
    class Escalation {
        @Test
        void escalationFiresOnThirdIncidentWithinTwelveMonths() {
            List<Incident> incidents = List.of(incident(1, TODAY.minusMonths(11)), incident(2, TODAY.minusMonths(6)),
                    incident(3, TODAY.minusDays(1)));

            Signal signal = find(evaluate(incidents), SignalType.ESCALATION).orElseThrow();

            assertThat(signal.incidentIds()).containsExactly(1L, 2L, 3L);
            assertThat(signal.dates()).containsExactly(TODAY.minusMonths(11), TODAY.minusMonths(6),
                    TODAY.minusDays(1));
            assertThat(signal.count()).isEqualTo(3);
        }

        @Test
        void twoIncidentsWithinTwelveMonthsAreNoEscalation() {
            assertThat(evaluate(List.of(incident(1, TODAY.minusMonths(2)), incident(2, TODAY.minusDays(3)))))
                    .isEmpty();
        }

        @ParameterizedTest(name = "third incident on {0}: fires={1}")
        @CsvSource({
                "2024-06-15, true",   // exactly 12 months ago counts
                "2024-06-14, false",  // one day more does not
                "2024-06-16, true",
                "2025-06-15, true",   // today counts
                "2025-06-16, false",  // tomorrow is ignored
                "2030-01-01, false"})
        void escalationCountsOnlyIncidentsFromTwelveMonthsAgoUpToToday(LocalDate thirdOn, boolean fires) {
            List<Incident> incidents = List.of(incident(1, TODAY.minusMonths(3)), incident(2, TODAY.minusMonths(1)),
                    incident(3, thirdOn));

            Optional<Signal> signal = find(evaluate(incidents), SignalType.ESCALATION);

            assertThat(signal.isPresent()).isEqualTo(fires);
            signal.ifPresent(s -> assertThat(s.dates()).contains(thirdOn).isSorted());
        }

        @Test
        void windowUsesTheAmsterdamDateNotTheUtcDate() {
            // 00:30 in Amsterdam on the first day of the window is still the previous day in UTC.
            Incident earlyMorning = incident(1, WINDOW_START, LocalTime.of(0, 30),
                    IncidentType.DOMESTIC_VIOLENCE_PHYSICAL, Severity.MINOR);
            assertThat(earlyMorning.occurredAt().toString()).startsWith("2024-06-14T22:30");

            List<Incident> incidents = List.of(earlyMorning, incident(2, TODAY.minusMonths(1)),
                    incident(3, TODAY.minusDays(1)));

            Signal signal = find(evaluate(incidents), SignalType.ESCALATION).orElseThrow();
            assertThat(signal.dates()).first().isEqualTo(WINDOW_START);
        }

        @Test
        void lateEveningIncidentOnTheDayBeforeTheWindowDoesNotCount() {
            // 23:30 in Amsterdam on the day before the window; in UTC that is 21:30 the same day.
            Incident lateEvening = incident(1, WINDOW_START.minusDays(1), LocalTime.of(23, 30),
                    IncidentType.DOMESTIC_VIOLENCE_PHYSICAL, Severity.MINOR);
            List<Incident> incidents = List.of(lateEvening, incident(2, TODAY.minusMonths(1)),
                    incident(3, TODAY.minusDays(1)));

            assertThat(find(evaluate(incidents), SignalType.ESCALATION)).isEmpty();
        }

        @Test
        void manyOldIncidentsDoNotMakeAnEscalation() {
            List<Incident> incidents = new ArrayList<>();
            for (int k = 0; k < 20; k++) {
                incidents.add(incident(k, WINDOW_START.minusDays(1 + k * 30L)));
            }
            incidents.add(incident(100, TODAY.minusDays(2)));

            assertThat(evaluate(incidents)).isEmpty();
        }

        @Test
        void futureIncidentsAreIgnoredByEveryRule() {
            List<Incident> future = List.of(
                    incident(1, TODAY.plusDays(1), LocalTime.NOON, IncidentType.BREACH_OF_MEASURE, Severity.MINOR,
                            RiskMarker.STRANGULATION, RiskMarker.CHILDREN_PRESENT, RiskMarker.SEPARATION_RECENT),
                    incident(2, TODAY.plusDays(2), LocalTime.NOON, IncidentType.EX_PARTNER_STALKING,
                            Severity.MODERATE, RiskMarker.CHILDREN_PRESENT, RiskMarker.STALKING),
                    incident(3, TODAY.plusMonths(1), LocalTime.NOON, IncidentType.OTHER, Severity.SEVERE,
                            RiskMarker.WEAPON_OR_THREAT_TO_KILL));

            assertThat(evaluate(future, TODAY.minusDays(10))).isEmpty();
        }
    }

    // ---- REPEAT_AFTER_CONFERENCE ---------------------------------------------------------------------------

    @Nested
    class RepeatAfterConference {
        static final LocalDate CONFERENCE = LocalDate.of(2024, 3, 10);

        @ParameterizedTest(name = "incident on {0}: fires={1}")
        @CsvSource({
                "2024-03-09, false",  // before the conference
                "2024-03-10, false",  // on the conference day itself
                "2024-03-11, true",   // the day after
                "2024-09-01, true",
                "2025-03-10, true",   // exactly 12 months after counts
                "2025-03-11, false"}) // one day later does not
        void repeatFiresForAnIncidentWithinTwelveMonthsAfterTheConference(LocalDate incidentOn, boolean fires) {
            List<Signal> signals = evaluate(List.of(incident(1, incidentOn)), CONFERENCE);

            assertThat(find(signals, SignalType.REPEAT_AFTER_CONFERENCE).isPresent()).isEqualTo(fires);
        }

        @Test
        void repeatEvidenceIsOnlyTheIncidentsAfterTheConference() {
            List<Incident> incidents = List.of(incident(4, LocalDate.of(2024, 12, 1)),
                    incident(1, LocalDate.of(2024, 1, 5)), incident(2, CONFERENCE),
                    incident(3, LocalDate.of(2024, 5, 20)), incident(5, LocalDate.of(2025, 4, 1)));

            Signal signal = find(evaluate(incidents, CONFERENCE), SignalType.REPEAT_AFTER_CONFERENCE).orElseThrow();

            assertThat(signal.incidentIds()).containsExactly(3L, 4L);
            assertThat(signal.dates()).containsExactly(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 12, 1));
            assertThat(signal.count()).isEqualTo(2);
        }

        @Test
        void conferenceDateIsNotPartOfTheEvidenceDates() {
            Signal signal = find(evaluate(List.of(incident(1, TODAY.minusDays(3))), TODAY.minusDays(30)),
                    SignalType.REPEAT_AFTER_CONFERENCE).orElseThrow();

            assertThat(signal.dates()).containsExactly(TODAY.minusDays(3));
        }

        @Test
        void noConferenceMeansNoRepeat() {
            assertThat(evaluate(List.of(incident(1, TODAY.minusDays(3))), null)).isEmpty();
        }

        @Test
        void incidentAfterTheConferenceButAfterTodayIsIgnored() {
            assertThat(evaluate(List.of(incident(1, TODAY.plusDays(1))), TODAY.minusDays(20))).isEmpty();
        }

        @Test
        void incidentTodayAfterAConferenceYesterdayCounts() {
            assertThat(find(evaluate(List.of(incident(1, TODAY)), TODAY.minusDays(1)),
                    SignalType.REPEAT_AFTER_CONFERENCE)).isPresent();
        }

        @Test
        void incidentOnConferenceDayLateInTheEveningDoesNotCount() {
            Incident late = incident(1, TODAY.minusDays(5), LocalTime.of(23, 45), IncidentType.OTHER,
                    Severity.MINOR);
            assertThat(evaluate(List.of(late), TODAY.minusDays(5))).isEmpty();
        }
    }

    // ---- RISING_SEVERITY -----------------------------------------------------------------------------------

    @Nested
    class RisingSeverity {
        @ParameterizedTest(name = "{0} -> {1} -> {2}: rising={3}")
        @CsvSource({
                "MINOR, MODERATE, SERIOUS, true",
                "MINOR, MINOR, MODERATE, true",
                "MINOR, MODERATE, MODERATE, true",
                "MINOR, MINOR, SEVERE, true",
                "SERIOUS, SERIOUS, SEVERE, true",
                "MODERATE, MODERATE, MODERATE, false",  // flat
                "SEVERE, SEVERE, SEVERE, false",        // flat at the top
                "SERIOUS, MODERATE, MINOR, false",      // falling
                "MINOR, SERIOUS, MODERATE, false",      // up then down
                "MODERATE, MINOR, SERIOUS, false",      // down then up
                "SEVERE, MINOR, MINOR, false"})
        void risingSeverityLooksAtTheLastThreeIncidents(Severity first, Severity second, Severity third,
                                                        boolean rising) {
            List<Incident> incidents = List.of(incident(1, TODAY.minusDays(90), first),
                    incident(2, TODAY.minusDays(60), second), incident(3, TODAY.minusDays(30), third));

            Optional<Signal> signal = find(evaluate(incidents), SignalType.RISING_SEVERITY);

            assertThat(signal.isPresent()).isEqualTo(rising);
            signal.ifPresent(s -> {
                assertThat(s.incidentIds()).containsExactly(1L, 2L, 3L);
                assertThat(s.count()).isEqualTo(3);
            });
        }

        @Test
        void onlyTheLastThreeIncidentsCountAndAreTheEvidence() {
            List<Incident> incidents = List.of(incident(1, TODAY.minusDays(200), Severity.SEVERE),
                    incident(2, TODAY.minusDays(150), Severity.SEVERE),
                    incident(3, TODAY.minusDays(90), Severity.MINOR),
                    incident(4, TODAY.minusDays(60), Severity.MODERATE),
                    incident(5, TODAY.minusDays(30), Severity.SERIOUS));

            Signal signal = find(evaluate(incidents), SignalType.RISING_SEVERITY).orElseThrow();

            assertThat(signal.incidentIds()).containsExactly(3L, 4L, 5L);
            assertThat(signal.dates()).containsExactly(TODAY.minusDays(90), TODAY.minusDays(60), TODAY.minusDays(30));
        }

        @Test
        void aLaterFallBreaksAnEarlierRise() {
            List<Incident> incidents = List.of(incident(1, TODAY.minusDays(120), Severity.MINOR),
                    incident(2, TODAY.minusDays(90), Severity.MODERATE),
                    incident(3, TODAY.minusDays(60), Severity.SERIOUS),
                    incident(4, TODAY.minusDays(30), Severity.MINOR));

            assertThat(find(evaluate(incidents), SignalType.RISING_SEVERITY)).isEmpty();
        }

        @Test
        void twoRisingIncidentsAreNotEnough() {
            List<Incident> incidents = List.of(incident(1, TODAY.minusDays(60), Severity.MINOR),
                    incident(2, TODAY.minusDays(30), Severity.SEVERE));

            assertThat(find(evaluate(incidents), SignalType.RISING_SEVERITY)).isEmpty();
        }

        @Test
        void incidentsBeforeTheWindowDoNotCountTowardsTheTrend() {
            List<Incident> incidents = List.of(incident(1, WINDOW_START.minusDays(1), Severity.MINOR),
                    incident(2, TODAY.minusDays(60), Severity.MODERATE),
                    incident(3, TODAY.minusDays(30), Severity.SERIOUS));

            assertThat(find(evaluate(incidents), SignalType.RISING_SEVERITY)).isEmpty();
        }

        @Test
        void trendFollowsTimeNotListOrderOrId() {
            List<Incident> incidents = List.of(incident(1, TODAY.minusDays(10), Severity.SERIOUS),
                    incident(2, TODAY.minusDays(50), Severity.MINOR),
                    incident(3, TODAY.minusDays(30), Severity.MODERATE));

            assertThat(find(evaluate(incidents), SignalType.RISING_SEVERITY).orElseThrow().incidentIds())
                    .containsExactly(2L, 3L, 1L);
        }

        @Test
        void trendOnOneDayFollowsTheTimeOfDay() {
            LocalDate day = TODAY.minusDays(4);
            List<Incident> incidents = List.of(
                    incident(1, day, LocalTime.of(22, 0), IncidentType.OTHER, Severity.SEVERE),
                    incident(2, day, LocalTime.of(8, 0), IncidentType.OTHER, Severity.MINOR),
                    incident(3, day, LocalTime.of(14, 0), IncidentType.OTHER, Severity.MODERATE));

            assertThat(find(evaluate(incidents), SignalType.RISING_SEVERITY).orElseThrow().incidentIds())
                    .containsExactly(2L, 3L, 1L);
        }

        @Test
        void futureIncidentDoesNotBreakTheTrend() {
            List<Incident> incidents = List.of(incident(1, TODAY.minusDays(90), Severity.MINOR),
                    incident(2, TODAY.minusDays(60), Severity.MODERATE),
                    incident(3, TODAY.minusDays(30), Severity.SERIOUS),
                    incident(4, TODAY.plusDays(3), Severity.MINOR));

            assertThat(find(evaluate(incidents), SignalType.RISING_SEVERITY)).isPresent();
        }
    }

    // ---- BREACH_OF_MEASURE and LETHALITY_MARKER ----------------------------------------------------------------

    @Nested
    class BreachAndLethality {
        @ParameterizedTest(name = "breach on {0}: fires={1}")
        @CsvSource({"2025-06-14, true", "2024-06-15, true", "2024-06-14, false", "2020-01-01, false",
                "2025-06-16, false"})
        void breachOfMeasureFiresOnlyWithinTheWindow(LocalDate on, boolean fires) {
            List<Signal> signals = evaluate(List.of(incident(1, on, IncidentType.BREACH_OF_MEASURE)));

            assertThat(find(signals, SignalType.BREACH_OF_MEASURE).isPresent()).isEqualTo(fires);
        }

        @ParameterizedTest
        @EnumSource(value = IncidentType.class, names = "BREACH_OF_MEASURE", mode = EnumSource.Mode.EXCLUDE)
        void otherIncidentTypesAreNoBreach(IncidentType type) {
            assertThat(find(evaluate(List.of(incident(1, TODAY.minusDays(3), type))), SignalType.BREACH_OF_MEASURE))
                    .isEmpty();
        }

        @Test
        void breachEvidenceListsEveryBreachInTheWindow() {
            List<Incident> incidents = List.of(incident(3, TODAY.minusDays(3), IncidentType.BREACH_OF_MEASURE),
                    incident(1, WINDOW_START.minusDays(3), IncidentType.BREACH_OF_MEASURE),
                    incident(2, TODAY.minusDays(40), IncidentType.BREACH_OF_MEASURE),
                    incident(4, TODAY.minusDays(20), IncidentType.DOMESTIC_VIOLENCE_PHYSICAL));

            Signal signal = find(evaluate(incidents), SignalType.BREACH_OF_MEASURE).orElseThrow();

            assertThat(signal.incidentIds()).containsExactly(2L, 3L);
            assertThat(signal.count()).isEqualTo(2);
        }

        @ParameterizedTest
        @EnumSource(value = RiskMarker.class, names = {"STRANGULATION", "WEAPON_OR_THREAT_TO_KILL"})
        void strangulationOrWeaponIsALethalityMarker(RiskMarker marker) {
            Signal signal = find(evaluate(List.of(incident(1, TODAY.minusDays(3), marker))),
                    SignalType.LETHALITY_MARKER).orElseThrow();

            assertThat(signal.incidentIds()).containsExactly(1L);
            assertThat(signal.count()).isEqualTo(1);
        }

        @ParameterizedTest
        @EnumSource(value = RiskMarker.class, names = {"STRANGULATION", "WEAPON_OR_THREAT_TO_KILL"},
                mode = EnumSource.Mode.EXCLUDE)
        void otherMarkersAreNoLethalityMarker(RiskMarker marker) {
            assertThat(find(evaluate(List.of(incident(1, TODAY.minusDays(3), marker))), SignalType.LETHALITY_MARKER))
                    .isEmpty();
        }

        @Test
        void strangulationBeforeTheWindowIsNoLongerASignal() {
            assertThat(evaluate(List.of(incident(1, WINDOW_START.minusDays(1), RiskMarker.STRANGULATION)))).isEmpty();
        }

        @Test
        void strangulationOnTheFirstDayOfTheWindowIsASignal() {
            assertThat(types(evaluate(List.of(incident(1, WINDOW_START, RiskMarker.STRANGULATION)))))
                    .containsExactly(SignalType.LETHALITY_MARKER);
        }
    }

    // ---- CHILDREN_PRESENT_REPEATEDLY -------------------------------------------------------------------------

    @Nested
    class ChildrenPresent {
        @Test
        void childrenPresentAtOneIncidentIsNoSignal() {
            List<Incident> incidents = List.of(incident(1, TODAY.minusDays(30), RiskMarker.CHILDREN_PRESENT),
                    incident(2, TODAY.minusDays(10)));

            assertThat(evaluate(incidents)).isEmpty();
        }

        @Test
        void childrenPresentAtTwoIncidentsIsASignal() {
            List<Incident> incidents = List.of(incident(2, TODAY.minusDays(10), RiskMarker.CHILDREN_PRESENT),
                    incident(3, TODAY.minusDays(20)),
                    incident(1, TODAY.minusDays(30), RiskMarker.CHILDREN_PRESENT));

            Signal signal = find(evaluate(incidents), SignalType.CHILDREN_PRESENT_REPEATEDLY).orElseThrow();

            assertThat(signal.incidentIds()).containsExactly(1L, 2L);
            assertThat(signal.dates()).containsExactly(TODAY.minusDays(30), TODAY.minusDays(10));
            assertThat(signal.count()).isEqualTo(2);
        }

        @Test
        void childrenPresentBeforeTheWindowDoNotCount() {
            List<Incident> incidents = List.of(
                    incident(1, WINDOW_START.minusDays(1), RiskMarker.CHILDREN_PRESENT),
                    incident(2, TODAY.minusDays(10), RiskMarker.CHILDREN_PRESENT));

            assertThat(find(evaluate(incidents), SignalType.CHILDREN_PRESENT_REPEATEDLY)).isEmpty();
        }

        @ParameterizedTest(name = "{0} incidents with children present")
        @CsvSource({"0, false", "1, false", "2, true", "5, true"})
        void childrenPresentNeedsTwoIncidents(int withChildren, boolean fires) {
            List<Incident> incidents = new ArrayList<>();
            for (int k = 0; k < withChildren; k++) {
                incidents.add(incident(k, TODAY.minusDays(10L + k), RiskMarker.CHILDREN_PRESENT));
            }
            assertThat(find(evaluate(incidents), SignalType.CHILDREN_PRESENT_REPEATEDLY).isPresent())
                    .isEqualTo(fires);
        }
    }

    // ---- HIGH_RISK_CLUSTER -----------------------------------------------------------------------------------

    @Nested
    class HighRiskCluster {
        static Stream<Arguments> clusters() {
            LocalDate a = TODAY.minusDays(40);
            LocalDate b = TODAY.minusDays(10);
            IncidentType psych = IncidentType.DOMESTIC_VIOLENCE_PSYCHOLOGICAL;
            return Stream.of(
                    Arguments.of("separation without stalking",
                            List.of(incident(1, a, RiskMarker.SEPARATION_RECENT), incident(2, b)), List.of()),
                    Arguments.of("stalking without separation",
                            List.of(incident(1, a, RiskMarker.STALKING), incident(2, b, RiskMarker.COERCIVE_CONTROL)),
                            List.of()),
                    Arguments.of("separation and stalking at different incidents",
                            List.of(incident(1, a, RiskMarker.SEPARATION_RECENT), incident(2, b, RiskMarker.STALKING)),
                            List.of(1L, 2L)),
                    Arguments.of("separation and coercive control",
                            List.of(incident(1, a, RiskMarker.SEPARATION_RECENT),
                                    incident(2, b, RiskMarker.COERCIVE_CONTROL)),
                            List.of(1L, 2L)),
                    Arguments.of("stalking type counts",
                            List.of(incident(1, a, RiskMarker.SEPARATION_RECENT),
                                    incident(2, b, IncidentType.EX_PARTNER_STALKING)),
                            List.of(1L, 2L)),
                    Arguments.of("stalking type without separation",
                            List.of(incident(1, a, IncidentType.EX_PARTNER_STALKING)), List.of()),
                    Arguments.of("both markers at one incident",
                            List.of(incident(1, a, psych, RiskMarker.SEPARATION_RECENT, RiskMarker.STALKING),
                                    incident(2, b)),
                            List.of(1L)),
                    Arguments.of("evidence holds every carrier, not the unrelated incidents",
                            List.of(incident(4, b, RiskMarker.STALKING), incident(1, a.minusDays(50)),
                                    incident(2, a, RiskMarker.SEPARATION_RECENT),
                                    incident(3, a.plusDays(5), RiskMarker.COERCIVE_CONTROL, RiskMarker.STALKING)),
                            List.of(2L, 3L, 4L)),
                    Arguments.of("separation before the window",
                            List.of(incident(1, WINDOW_START.minusDays(1), RiskMarker.SEPARATION_RECENT),
                                    incident(2, b, RiskMarker.STALKING)),
                            List.of()),
                    Arguments.of("stalking in the future",
                            List.of(incident(1, a, RiskMarker.SEPARATION_RECENT),
                                    incident(2, TODAY.plusDays(1), RiskMarker.STALKING)),
                            List.of()));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("clusters")
        void highRiskClusterNeedsSeparationTogetherWithStalkingOrControl(String description, List<Incident> incidents,
                                                                        List<Long> evidence) {
            Optional<Signal> signal = find(evaluate(incidents), SignalType.HIGH_RISK_CLUSTER);

            if (evidence.isEmpty()) {
                assertThat(signal).isEmpty();
            } else {
                assertThat(signal).isPresent();
                assertThat(signal.get().incidentIds()).containsExactlyElementsOf(evidence);
                assertThat(signal.get().count()).isEqualTo(evidence.size());
                assertThat(signal.get().dates()).isSorted();
            }
        }
    }

    // ---- NO_CASE_DIRECTOR -------------------------------------------------------------------------------------

    @Nested
    class NoCaseDirector {
        @ParameterizedTest(name = "{0} agencies: fires={1}")
        @CsvSource({"0, false", "1, false", "2, false", "3, true", "6, true"})
        void noCaseDirectorNeedsThreeAgencies(int agencies, boolean fires) {
            List<Involvement> involvements = new ArrayList<>();
            for (int k = 0; k < agencies; k++) {
                involvements.add(involvement(k, 100 + k));
            }
            Optional<Signal> signal = find(evaluateInvolvements(involvements, false), SignalType.NO_CASE_DIRECTOR);

            assertThat(signal.isPresent()).isEqualTo(fires);
            signal.ifPresent(s -> {
                assertThat(s.count()).isEqualTo(agencies);
                assertThat(s.incidentIds()).isEmpty();
                assertThat(s.dates()).isEmpty();
            });
        }

        @Test
        void caseDirectorPresentSuppressesTheSignal() {
            List<Involvement> involvements = List.of(involvement(1, 10), involvement(2, 11), involvement(3, 12),
                    involvement(4, 13));

            assertThat(evaluateInvolvements(involvements, true)).isEmpty();
        }

        @Test
        void endedInvolvementsDoNotCount() {
            List<Involvement> involvements = List.of(involvement(1, 10), involvement(2, 11),
                    involvement(3, 12, TODAY.minusMonths(6), TODAY.minusDays(1)));

            assertThat(evaluateInvolvements(involvements, false)).isEmpty();
        }

        @Test
        void involvementEndingTodayStillCounts() {
            List<Involvement> involvements = List.of(involvement(1, 10), involvement(2, 11),
                    involvement(3, 12, TODAY.minusMonths(6), TODAY));

            assertThat(types(evaluateInvolvements(involvements, false))).containsExactly(SignalType.NO_CASE_DIRECTOR);
        }

        @Test
        void involvementStartingTomorrowDoesNotCountYet() {
            List<Involvement> involvements = List.of(involvement(1, 10), involvement(2, 11),
                    involvement(3, 12, TODAY.plusDays(1), null));

            assertThat(evaluateInvolvements(involvements, false)).isEmpty();
        }

        @Test
        void involvementStartingTodayCounts() {
            List<Involvement> involvements = List.of(involvement(1, 10), involvement(2, 11),
                    involvement(3, 12, TODAY, null));

            assertThat(evaluateInvolvements(involvements, false)).hasSize(1);
        }

        @Test
        void samePartnerTwiceCountsOnce() {
            List<Involvement> involvements = List.of(involvement(1, 10), involvement(2, 11), involvement(3, 11));

            assertThat(evaluateInvolvements(involvements, false)).isEmpty();
        }

        @Test
        void countIsTheNumberOfDistinctAgencies() {
            List<Involvement> involvements = List.of(involvement(1, 10), involvement(2, 11), involvement(3, 11),
                    involvement(4, 12), involvement(5, 13, TODAY.minusYears(2), TODAY.minusYears(1)));

            Signal signal = find(evaluateInvolvements(involvements, false), SignalType.NO_CASE_DIRECTOR)
                    .orElseThrow();

            assertThat(signal.count()).isEqualTo(3);
        }
    }
}
