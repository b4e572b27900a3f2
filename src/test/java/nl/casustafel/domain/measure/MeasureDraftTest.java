package nl.casustafel.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.casustafel.domain.common.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureDraftTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final LocalDate START = LocalDate.of(2025, 6, 10);

    static MeasureDraft draft(MeasureCategory category, MeasureType type, Long owner, LocalDate start,
                              LocalDate deadline, MeasureStatus status) {
        return new MeasureDraft(category, type, 11L, owner, "Sanne de Wit", start, deadline, status,
                "Huisverbod opgelegd door de burgemeester.");
    }

    static MeasureDraft of(MeasureType type, LocalDate deadline) {
        return draft(type.category(), type, 3L, START, deadline, MeasureStatus.OPEN);
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void completeMeasureIsValid() {
        assertThat(of(MeasureType.TEMPORARY_RESTRAINING_ORDER, START.plusDays(10)).validate(TODAY)).isEmpty();
    }

    @Test
    void onlyCategoryTypeOwnerStartAndStatusAreRequired() {
        MeasureDraft minimal = new MeasureDraft(MeasureCategory.CARE, MeasureType.VOLUNTARY_CARE_TRAJECTORY, null,
                5L, null, START, null, MeasureStatus.OPEN, null);

        assertThat(minimal.validate(TODAY)).isEmpty();
        assertThat(minimal.concernsWholeHousehold()).isTrue();
        assertThat(minimal.effectiveDeadline()).isEmpty();
    }

    @Test
    void aMeasureWithoutOwnerIsRefused() {
        assertThat(draft(MeasureCategory.ADMINISTRATIVE, MeasureType.TEMPORARY_RESTRAINING_ORDER, null, START, null,
                MeasureStatus.OPEN).validate(TODAY))
                .containsExactly(FieldError.of(MeasureDraft.OWNER, "validation.required"));
    }

    @Test
    void everyRequiredFieldIsReportedAtOnceInFieldOrder() {
        MeasureDraft empty = new MeasureDraft(null, null, null, null, null, null, null, null, null);

        assertThat(empty.validate(TODAY)).containsExactly(
                FieldError.of(MeasureDraft.CATEGORY, "validation.required"),
                FieldError.of(MeasureDraft.TYPE, "validation.required"),
                FieldError.of(MeasureDraft.OWNER, "validation.required"),
                FieldError.of(MeasureDraft.START, "validation.required"),
                FieldError.of(MeasureDraft.STATUS, "validation.required"));
        assertThat(empty.effectiveDeadline()).isEmpty();
    }

    @Test
    void deadlineBeforeStartIsRefusedButTheStartDayItselfIsFine() {
        assertThat(of(MeasureType.VOLUNTARY_CARE_TRAJECTORY, START.minusDays(1)).validate(TODAY))
                .containsExactly(FieldError.of(MeasureDraft.DEADLINE, "validation.endBeforeStart"));
        assertThat(of(MeasureType.VOLUNTARY_CARE_TRAJECTORY, START).validate(TODAY)).isEmpty();
    }

    @Test
    void restrainingOrderMayLastFourWeeksButNotOneDayMore() {
        assertThat(of(MeasureType.TEMPORARY_RESTRAINING_ORDER, START.plusDays(28)).validate(TODAY)).isEmpty();
        assertThat(of(MeasureType.TEMPORARY_RESTRAINING_ORDER, START.plusDays(29)).validate(TODAY))
                .containsExactly(FieldError.of(MeasureDraft.DEADLINE, "validation.measure.beyondLegalMaximum",
                        "08-07-2025"));
    }

    @Test
    void freedomRestrictingMeasureRequiresADeadline() {
        assertThat(of(MeasureType.FREEDOM_RESTRICTING_MEASURE_38V, null).validate(TODAY))
                .containsExactly(FieldError.of(MeasureDraft.DEADLINE, "validation.required"));
    }

    @Test
    void freedomRestrictingMeasureMayLastExactlyFiveYearsButNotOneDayMore() {
        LocalDate fiveYears = START.plusYears(5);

        assertThat(of(MeasureType.FREEDOM_RESTRICTING_MEASURE_38V, fiveYears).validate(TODAY)).isEmpty();
        assertThat(of(MeasureType.FREEDOM_RESTRICTING_MEASURE_38V, fiveYears.plusDays(1)).validate(TODAY))
                .containsExactly(FieldError.of(MeasureDraft.DEADLINE, "validation.measure.beyondLegalMaximum",
                        "10-06-2030"));
    }

    @Test
    void freedomRestrictingMeasureStartingOnALeapDayEndsAtTheLatestOnTheTwentyEighth() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        MeasureDraft atMaximum = draft(MeasureCategory.CRIMINAL_LAW, MeasureType.FREEDOM_RESTRICTING_MEASURE_38V, 3L,
                leapDay, LocalDate.of(2029, 2, 28), MeasureStatus.OPEN);
        MeasureDraft beyond = draft(MeasureCategory.CRIMINAL_LAW, MeasureType.FREEDOM_RESTRICTING_MEASURE_38V, 3L,
                leapDay, LocalDate.of(2029, 3, 1), MeasureStatus.OPEN);

        assertThat(atMaximum.validate(TODAY)).isEmpty();
        assertThat(beyond.validate(TODAY)).containsExactly(
                FieldError.of(MeasureDraft.DEADLINE, "validation.measure.beyondLegalMaximum", "28-02-2029"));
    }

    @ParameterizedTest
    @EnumSource(value = MeasureType.class, names = {"FREEDOM_RESTRICTING_MEASURE_38V", "ELECTRONIC_MONITORING",
            "PROBATION_SUPERVISION"})
    void asOrderedMeasuresNeedAnEnteredEnd(MeasureType type) {
        assertThat(fields(of(type, null).validate(TODAY))).containsExactly(MeasureDraft.DEADLINE);
        assertThat(of(type, START.plusYears(2)).validate(TODAY)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = MeasureType.class, mode = EnumSource.Mode.EXCLUDE, names = {
            "FREEDOM_RESTRICTING_MEASURE_38V", "ELECTRONIC_MONITORING", "PROBATION_SUPERVISION"})
    void otherMeasuresMayLeaveTheDeadlineEmpty(MeasureType type) {
        assertThat(of(type, null).validate(TODAY)).isEmpty();
    }

    @Test
    void effectiveDeadlineFallsBackOnTheClockOfTheType() {
        assertThat(of(MeasureType.TEMPORARY_RESTRAINING_ORDER, null).effectiveDeadline())
                .contains(LocalDate.of(2025, 6, 20));
        assertThat(of(MeasureType.SUPERVISION_ORDER_OTS, null).effectiveDeadline())
                .contains(LocalDate.of(2026, 6, 10));
        assertThat(of(MeasureType.SAFETY_PLAN, null).effectiveDeadline()).contains(LocalDate.of(2025, 9, 10));
        assertThat(of(MeasureType.REPORT_AND_PROSECUTION, null).effectiveDeadline()).isEmpty();
    }

    @Test
    void anEnteredDeadlineWinsOverTheDefault() {
        assertThat(of(MeasureType.TEMPORARY_RESTRAINING_ORDER, START.plusDays(28)).effectiveDeadline())
                .contains(START.plusDays(28));
    }

    @Test
    void effectiveDeadlineNeedsAStart() {
        MeasureDraft noStart = draft(MeasureCategory.ADMINISTRATIVE, MeasureType.TEMPORARY_RESTRAINING_ORDER, 3L,
                null, null, MeasureStatus.OPEN);

        assertThat(noStart.effectiveDeadline()).isEmpty();
        assertThat(fields(noStart.validate(TODAY))).containsExactly(MeasureDraft.START);
    }

    @Test
    void typeMustBelongToTheChosenCategory() {
        assertThat(draft(MeasureCategory.CARE, MeasureType.SUPERVISION_ORDER_OTS, 3L, START, null,
                MeasureStatus.OPEN).validate(TODAY))
                .containsExactly(FieldError.of(MeasureDraft.TYPE, "validation.measure.categoryMismatch"));
    }

    @ParameterizedTest
    @EnumSource(MeasureCategory.class)
    void otherFitsAnyCategory(MeasureCategory category) {
        assertThat(draft(category, MeasureType.OTHER, 3L, START, null, MeasureStatus.OPEN).validate(TODAY))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(MeasureType.class)
    void everyTypeIsValidInItsOwnCategory(MeasureType type) {
        assertThat(of(type, START.plusDays(14)).validate(TODAY)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(MeasureStatus.class)
    void everyStatusMayBeEntered(MeasureStatus status) {
        assertThat(draft(MeasureCategory.SAFETY, MeasureType.SAFETY_PLAN, 3L, START, null, status).validate(TODAY))
                .isEmpty();
    }

    @Test
    void descriptionMayHaveTwoThousandCharacters() {
        MeasureDraft ok = new MeasureDraft(MeasureCategory.CARE, MeasureType.OTHER, null, 3L, null, START, null,
                MeasureStatus.OPEN, "x".repeat(2000));
        MeasureDraft tooLong = new MeasureDraft(MeasureCategory.CARE, MeasureType.OTHER, null, 3L, null, START, null,
                MeasureStatus.OPEN, "x".repeat(2001));

        assertThat(ok.validate(TODAY)).isEmpty();
        assertThat(tooLong.validate(TODAY))
                .containsExactly(FieldError.of(MeasureDraft.DESCRIPTION, "validation.tooLong", 2000));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void responsiblePersonIsOptional(String responsible) {
        MeasureDraft draft = new MeasureDraft(MeasureCategory.CARE, MeasureType.OTHER, null, 3L, responsible, START,
                null, MeasureStatus.OPEN, null);

        assertThat(draft.validate(TODAY)).isEmpty();
    }

    @Test
    void responsiblePersonMayHaveTwoHundredCharacters() {
        MeasureDraft tooLong = new MeasureDraft(MeasureCategory.CARE, MeasureType.OTHER, null, 3L, "r".repeat(201),
                START, null, MeasureStatus.OPEN, null);

        assertThat(tooLong.validate(TODAY))
                .containsExactly(FieldError.of(MeasureDraft.RESPONSIBLE, "validation.tooLong", 200));
    }

    @Test
    void deadlineBeforeStartIsReportedInsteadOfTheMaximum() {
        assertThat(of(MeasureType.FREEDOM_RESTRICTING_MEASURE_38V, START.minusDays(1)).validate(TODAY))
                .containsExactly(FieldError.of(MeasureDraft.DEADLINE, "validation.endBeforeStart"));
    }
}
