package nl.casustafel.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MeasureTypeTest {
    static final LocalDate START = LocalDate.of(2025, 3, 3);

    @ParameterizedTest
    @EnumSource(MeasureType.class)
    void everyTypeHasACategoryAndAClock(MeasureType type) {
        assertThat(type.category()).isNotNull();
        assertThat(type.clock()).isNotNull();
        assertThat(type.clock().kind()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(MeasureType.class)
    void aTypeRequiringADeadlineNeverProposesOne(MeasureType type) {
        LegalClock clock = type.clock();
        if (clock.deadlineRequired()) {
            assertThat(clock.defaultDeadline(START)).isEmpty();
            assertThat(clock.kind()).isEqualTo(ClockKind.AS_ORDERED);
        }
    }

    @ParameterizedTest
    @EnumSource(MeasureType.class)
    void aProposedDeadlineNeverLiesBeyondTheMaximum(MeasureType type) {
        type.clock().defaultDeadline(START).ifPresent(deadline -> {
            assertThat(deadline).isAfter(START);
            type.clock().absoluteMaximum(START).ifPresent(max -> assertThat(deadline).isBeforeOrEqualTo(max));
        });
    }

    @Test
    void everyCategoryHasAtLeastOneTypeOfItsOwn() {
        for (MeasureCategory category : MeasureCategory.values()) {
            assertThat(MeasureType.inCategory(category)).as(category.name())
                    .anyMatch(t -> t != MeasureType.OTHER && t.category() == category);
        }
    }

    @Test
    void catalogueFollowsTheDomainTable() {
        assertThat(MeasureType.TEMPORARY_RESTRAINING_ORDER.category()).isEqualTo(MeasureCategory.ADMINISTRATIVE);
        assertThat(MeasureType.CONTACT_BAN_SPECIAL_CONDITION.category()).isEqualTo(MeasureCategory.CRIMINAL_LAW);
        assertThat(MeasureType.FREEDOM_RESTRICTING_MEASURE_38V.category()).isEqualTo(MeasureCategory.CRIMINAL_LAW);
        assertThat(MeasureType.ELECTRONIC_MONITORING.category()).isEqualTo(MeasureCategory.CRIMINAL_LAW);
        assertThat(MeasureType.PROBATION_SUPERVISION.category()).isEqualTo(MeasureCategory.CRIMINAL_LAW);
        assertThat(MeasureType.SUPERVISION_ORDER_OTS.category()).isEqualTo(MeasureCategory.CHILD_PROTECTION);
        assertThat(MeasureType.PROVISIONAL_SUPERVISION_ORDER.category()).isEqualTo(MeasureCategory.CHILD_PROTECTION);
        assertThat(MeasureType.OUT_OF_HOME_PLACEMENT_AUTHORISATION.category())
                .isEqualTo(MeasureCategory.CHILD_PROTECTION);
        assertThat(MeasureType.RVDK_INVESTIGATION_REQUEST.category()).isEqualTo(MeasureCategory.CHILD_PROTECTION);
        assertThat(MeasureType.VOLUNTARY_CARE_TRAJECTORY.category()).isEqualTo(MeasureCategory.CARE);
        assertThat(MeasureType.SAFETY_PLAN.category()).isEqualTo(MeasureCategory.SAFETY);
        assertThat(MeasureType.REPORT_AND_PROSECUTION.category()).isEqualTo(MeasureCategory.CRIMINAL_LAW);
        assertThat(MeasureType.OTHER.category()).isEqualTo(MeasureCategory.CARE);
    }

    @Test
    void clockKindsFollowTheDomainTable() {
        assertThat(MeasureType.TEMPORARY_RESTRAINING_ORDER.clock().kind()).isEqualTo(ClockKind.EXTENDABLE);
        assertThat(MeasureType.CONTACT_BAN_SPECIAL_CONDITION.clock().kind()).isEqualTo(ClockKind.FIXED_TERM);
        assertThat(MeasureType.FREEDOM_RESTRICTING_MEASURE_38V.clock().kind()).isEqualTo(ClockKind.AS_ORDERED);
        assertThat(MeasureType.ELECTRONIC_MONITORING.clock().kind()).isEqualTo(ClockKind.AS_ORDERED);
        assertThat(MeasureType.PROBATION_SUPERVISION.clock().kind()).isEqualTo(ClockKind.AS_ORDERED);
        assertThat(MeasureType.SUPERVISION_ORDER_OTS.clock().kind()).isEqualTo(ClockKind.EXTENDABLE);
        assertThat(MeasureType.PROVISIONAL_SUPERVISION_ORDER.clock().kind()).isEqualTo(ClockKind.FIXED_TERM);
        assertThat(MeasureType.OUT_OF_HOME_PLACEMENT_AUTHORISATION.clock().kind())
                .isEqualTo(ClockKind.LAPSES_WHEN_UNUSED);
        assertThat(MeasureType.RVDK_INVESTIGATION_REQUEST.clock().kind()).isEqualTo(ClockKind.AS_AGREED);
        assertThat(MeasureType.VOLUNTARY_CARE_TRAJECTORY.clock().kind()).isEqualTo(ClockKind.AS_AGREED);
        assertThat(MeasureType.SAFETY_PLAN.clock().kind()).isEqualTo(ClockKind.REVIEW_DATE);
        assertThat(MeasureType.REPORT_AND_PROSECUTION.clock().kind()).isEqualTo(ClockKind.AS_AGREED);
        assertThat(MeasureType.OTHER.clock().kind()).isEqualTo(ClockKind.AS_AGREED);
    }

    @ParameterizedTest
    @EnumSource(value = MeasureType.class, names = {"FREEDOM_RESTRICTING_MEASURE_38V", "ELECTRONIC_MONITORING",
            "PROBATION_SUPERVISION"})
    void asOrderedTypesRequireADeadline(MeasureType type) {
        assertThat(type.clock().deadlineRequired()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = MeasureType.class, mode = EnumSource.Mode.EXCLUDE, names = {
            "FREEDOM_RESTRICTING_MEASURE_38V", "ELECTRONIC_MONITORING", "PROBATION_SUPERVISION"})
    void otherTypesDoNotRequireADeadline(MeasureType type) {
        assertThat(type.clock().deadlineRequired()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = MeasureType.class, names = {"RVDK_INVESTIGATION_REQUEST", "VOLUNTARY_CARE_TRAJECTORY",
            "REPORT_AND_PROSECUTION", "OTHER", "ELECTRONIC_MONITORING", "PROBATION_SUPERVISION",
            "FREEDOM_RESTRICTING_MEASURE_38V"})
    void typesWithoutATermProposeNoDeadline(MeasureType type) {
        assertThat(type.clock().defaultDeadline(START)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "TEMPORARY_RESTRAINING_ORDER,   2025-03-03, 2025-03-13",
            "TEMPORARY_RESTRAINING_ORDER,   2025-02-25, 2025-03-07",
            "TEMPORARY_RESTRAINING_ORDER,   2024-12-28, 2025-01-07",
            "CONTACT_BAN_SPECIAL_CONDITION, 2025-03-03, 2027-03-03",
            "CONTACT_BAN_SPECIAL_CONDITION, 2024-02-29, 2026-02-28",
            "SUPERVISION_ORDER_OTS,         2025-03-03, 2026-03-03",
            "SUPERVISION_ORDER_OTS,         2024-02-29, 2025-02-28",
            "SUPERVISION_ORDER_OTS,         2023-03-01, 2024-03-01",
            "PROVISIONAL_SUPERVISION_ORDER, 2025-03-03, 2025-06-03",
            "PROVISIONAL_SUPERVISION_ORDER, 2025-11-30, 2026-02-28",
            "OUT_OF_HOME_PLACEMENT_AUTHORISATION, 2025-01-31, 2025-04-30",
            "OUT_OF_HOME_PLACEMENT_AUTHORISATION, 2023-11-30, 2024-02-29",
            "SAFETY_PLAN,                   2025-03-03, 2025-06-03",
            "SAFETY_PLAN,                   2025-10-31, 2026-01-31"
    })
    void defaultDeadlineFollowsTheCalendar(MeasureType type, LocalDate start, LocalDate expected) {
        assertThat(type.clock().defaultDeadline(start)).contains(expected);
    }

    @Test
    void restrainingOrderEndsTenDaysAfterItsStartAndNeverAfterFourWeeks() {
        LegalClock clock = MeasureType.TEMPORARY_RESTRAINING_ORDER.clock();

        assertThat(clock.defaultDeadline(START)).contains(START.plusDays(10)).contains(LocalDate.of(2025, 3, 13));
        assertThat(clock.absoluteMaximum(START)).contains(START.plusDays(28)).contains(LocalDate.of(2025, 3, 31));
    }

    @Test
    void restrainingOrderIsExtendedOnceToItsMaximum() {
        LegalClock clock = MeasureType.TEMPORARY_RESTRAINING_ORDER.clock();

        assertThat(clock.isExtendable()).isTrue();
        assertThat(clock.extendedDeadline(START, START.plusDays(10))).contains(START.plusDays(28));
        assertThat(clock.extendedDeadline(START, START.plusDays(20))).contains(START.plusDays(28));
        assertThat(clock.extendedDeadline(START, START.plusDays(28))).isEmpty();
    }

    @Test
    void supervisionOrderIsExtendedByOneYearAtATime() {
        LegalClock clock = MeasureType.SUPERVISION_ORDER_OTS.clock();
        LocalDate start = LocalDate.of(2024, 2, 29);

        assertThat(clock.defaultDeadline(start)).contains(LocalDate.of(2025, 2, 28));
        assertThat(clock.absoluteMaximum(start)).isEmpty();
        assertThat(clock.extendedDeadline(start, LocalDate.of(2025, 2, 28))).contains(LocalDate.of(2026, 2, 28));
        assertThat(clock.extendedDeadline(start, LocalDate.of(2027, 2, 28))).contains(LocalDate.of(2028, 2, 28));
    }

    @ParameterizedTest
    @EnumSource(value = MeasureType.class, mode = EnumSource.Mode.EXCLUDE, names = {
            "TEMPORARY_RESTRAINING_ORDER", "SUPERVISION_ORDER_OTS"})
    void onlyRestrainingOrderAndSupervisionOrderAreExtendable(MeasureType type) {
        assertThat(type.clock().isExtendable()).isFalse();
        assertThat(type.clock().extendedDeadline(START, START.plusMonths(1))).isEmpty();
    }

    @Test
    void freedomRestrictingMeasureLastsAtMostFiveYears() {
        LegalClock clock = MeasureType.FREEDOM_RESTRICTING_MEASURE_38V.clock();

        assertThat(clock.absoluteMaximum(START)).contains(LocalDate.of(2030, 3, 3));
        assertThat(clock.absoluteMaximum(LocalDate.of(2024, 2, 29))).contains(LocalDate.of(2029, 2, 28));
        assertThat(clock.defaultDeadline(START)).isEmpty();
        assertThat(clock.deadlineRequired()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = MeasureType.class, mode = EnumSource.Mode.EXCLUDE, names = {
            "TEMPORARY_RESTRAINING_ORDER", "FREEDOM_RESTRICTING_MEASURE_38V"})
    void onlyRestrainingOrderAndFreedomRestrictingMeasureHaveAHardMaximum(MeasureType type) {
        assertThat(type.clock().absoluteMaximum(START)).isEmpty();
    }

    @Test
    void otherFitsEveryCategoryAndOtherTypesOnlyTheirOwn() {
        for (MeasureCategory category : MeasureCategory.values()) {
            assertThat(MeasureType.OTHER.fits(category)).isTrue();
            assertThat(MeasureType.inCategory(category)).endsWith(MeasureType.OTHER)
                    .allMatch(t -> t == MeasureType.OTHER || t.category() == category);
        }
        assertThat(MeasureType.SAFETY_PLAN.fits(MeasureCategory.CARE)).isFalse();
        assertThat(MeasureType.inCategory(MeasureCategory.SAFETY))
                .containsExactly(MeasureType.SAFETY_PLAN, MeasureType.OTHER);
    }
}
