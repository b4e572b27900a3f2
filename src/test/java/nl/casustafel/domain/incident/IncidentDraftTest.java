package nl.casustafel.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.household.PersonRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncidentDraftTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    /** Noon in Amsterdam (10:00 UTC in summer). */
    static final Instant NOW = TODAY.atTime(12, 0).atZone(DomainTime.ZONE).toInstant();

    static IncidentDraft at(LocalDate date, LocalTime time) {
        return new IncidentDraft(date, time, IncidentType.DOMESTIC_VIOLENCE_PHYSICAL, Severity.MODERATE,
                "PL0900-2025123456", IncidentSource.POLICE, "Melding van buren.", Set.of(RiskMarker.CHILDREN_PRESENT),
                List.of(new InvolvedPerson(1, PersonRole.VICTIM), new InvolvedPerson(2, PersonRole.SUSPECT)));
    }

    @Test
    void completeIncidentIsValid() {
        assertThat(at(TODAY.minusDays(1), LocalTime.of(22, 15)).validate(NOW)).isEmpty();
    }

    @Test
    void dateTypeSeverityAndSourceAreRequired() {
        IncidentDraft empty = new IncidentDraft(null, null, null, null, null, null, null, null, null);

        assertThat(empty.validate(NOW)).containsExactly(
                FieldError.of(IncidentDraft.DATE, "validation.required"),
                FieldError.of(IncidentDraft.TYPE, "validation.required"),
                FieldError.of(IncidentDraft.SEVERITY, "validation.required"),
                FieldError.of(IncidentDraft.SOURCE, "validation.required"));
        assertThat(empty.riskMarkers()).isEmpty();
        assertThat(empty.involved()).isEmpty();
    }

    @Test
    void dateInTheFutureIsAnErrorOnTheDate() {
        assertThat(at(TODAY.plusDays(1), LocalTime.of(0, 5)).validate(NOW))
                .containsExactly(FieldError.of(IncidentDraft.DATE, "validation.dateInFuture"));
    }

    @ParameterizedTest(name = "today at {0}: valid={1}")
    @CsvSource({"00:00, true", "11:59, true", "12:00, true", "12:01, false", "23:59, false"})
    void incidentTodayAtALaterTimeIsAnErrorOnTheTime(LocalTime time, boolean valid) {
        if (valid) {
            assertThat(at(TODAY, time).validate(NOW)).isEmpty();
        } else {
            assertThat(at(TODAY, time).validate(NOW))
                    .containsExactly(FieldError.of(IncidentDraft.TIME, "validation.dateInFuture"));
        }
    }

    @Test
    void incidentTodayWithoutTimeCountsAsMidnight() {
        IncidentDraft draft = at(TODAY, null);

        assertThat(draft.validate(NOW)).isEmpty();
        assertThat(draft.occurredAt()).isEqualTo(TODAY.atStartOfDay(DomainTime.ZONE).toInstant());
    }

    @Test
    void shortlyAfterMidnightInAmsterdamTheNewDayHasBegun() {
        // 23:30 UTC on 15 January is 00:30 on 16 January in Amsterdam.
        Instant now = Instant.parse("2025-01-15T23:30:00Z");
        LocalDate amsterdamToday = LocalDate.of(2025, 1, 16);

        assertThat(at(amsterdamToday, LocalTime.of(0, 15)).validate(now)).isEmpty();
        assertThat(at(amsterdamToday, LocalTime.of(1, 0)).validate(now))
                .containsExactly(FieldError.of(IncidentDraft.TIME, "validation.dateInFuture"));
        assertThat(at(amsterdamToday.plusDays(1), LocalTime.of(0, 0)).validate(now))
                .containsExactly(FieldError.of(IncidentDraft.DATE, "validation.dateInFuture"));
    }

    @Test
    void samePersonTwiceIsAnError() {
        IncidentDraft draft = new IncidentDraft(TODAY.minusDays(1), null, IncidentType.OTHER, Severity.MINOR, null,
                IncidentSource.VEILIG_THUIS, null, null,
                List.of(new InvolvedPerson(1, PersonRole.VICTIM), new InvolvedPerson(1, PersonRole.WITNESS)));

        assertThat(draft.validate(NOW))
                .containsExactly(FieldError.of(IncidentDraft.INVOLVED, "validation.duplicatePerson"));
    }

    @Test
    void registrationNumberAndDescriptionHaveAMaximumLength() {
        IncidentDraft ok = new IncidentDraft(TODAY.minusDays(1), null, IncidentType.OTHER, Severity.MINOR,
                "R".repeat(40), IncidentSource.POLICE, "d".repeat(8000), null, null);
        IncidentDraft tooLong = new IncidentDraft(TODAY.minusDays(1), null, IncidentType.OTHER, Severity.MINOR,
                "R".repeat(41), IncidentSource.POLICE, "d".repeat(8001), null, null);

        assertThat(ok.validate(NOW)).isEmpty();
        assertThat(tooLong.validate(NOW)).containsExactly(
                FieldError.of(IncidentDraft.REGISTRATION_NUMBER, "validation.tooLong", 40),
                FieldError.of(IncidentDraft.DESCRIPTION, "validation.tooLong", 8000));
    }

    @ParameterizedTest(name = "{0} {1} local is {2}")
    @CsvSource({
            "2025-01-15, 00:30, 2025-01-14T23:30:00Z",
            "2025-07-15, 00:30, 2025-07-14T22:30:00Z",
            "2025-07-15, 23:30, 2025-07-15T21:30:00Z"})
    void occurredAtIsTheAmsterdamMomentInUtc(LocalDate date, LocalTime time, Instant utc) {
        IncidentDraft draft = at(date, time);

        assertThat(draft.occurredAt()).isEqualTo(utc);
    }

    @Test
    void roundTripsAStoredIncidentInAmsterdamTime() {
        IncidentDraft draft = at(LocalDate.of(2025, 1, 15), LocalTime.of(0, 30));
        Incident stored = new Incident(4, 0, 1, draft.occurredAt(), draft.type(), draft.severity(),
                draft.registrationNumber(), draft.source(), draft.description(), draft.riskMarkers(),
                draft.involved());

        assertThat(IncidentDraft.of(stored)).isEqualTo(draft);
        assertThat(stored.date()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(stored.childrenPresent()).isTrue();
    }

    @Test
    void incidentWithoutMarkersOrPersonsIsAllowed() {
        Incident stored = new Incident(4, 0, 1, NOW, IncidentType.OTHER, Severity.MINOR, null, IncidentSource.OTHER,
                null, null, null);

        assertThat(stored.riskMarkers()).isEmpty();
        assertThat(stored.involved()).isEmpty();
        assertThat(stored.childrenPresent()).isFalse();
    }
}
