package nl.casustafel.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.measure.MeasureMatrix.Gap;
import nl.casustafel.domain.measure.MeasureMatrix.GapKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The persons x categories matrix of a household and its gaps. */
class MeasureMatricesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final MeasureMatrices.Member VICTIM = new MeasureMatrices.Member(1, "Anna", PersonRole.VICTIM, null);
    static final MeasureMatrices.Member SUSPECT = new MeasureMatrices.Member(2, "Bert", PersonRole.SUSPECT, null);
    static final MeasureMatrices.Member CHILD = new MeasureMatrices.Member(3, "Cas", PersonRole.CHILD, null);

    static Measure measure(long id, Long personId, MeasureType type, MeasureStatus status) {
        return new Measure(id, 0, 1L, null, type.category(), type, personId, 7L, null, TODAY.minusDays(10),
                null, status, TODAY.minusDays(10), null, null, 0, false);
    }

    static MeasureMatrix build(List<MeasureMatrices.Member> members, Measure... measures) {
        return MeasureMatrices.build(members, List.of(measures), TODAY);
    }

    @Test
    void oneRowPerMemberInOrderThenTheHouseholdRowWithAllFiveCells() {
        MeasureMatrix matrix = build(List.of(CHILD, VICTIM));

        assertThat(matrix.rows()).extracting(MeasureMatrix.Row::personId).containsExactly(3L, 1L, null);
        assertThat(matrix.rows()).extracting(MeasureMatrix.Row::label).containsExactly("Cas", "Anna", null);
        assertThat(matrix.rows()).allSatisfy(r -> {
            assertThat(r.cells()).containsOnlyKeys(MeasureCategory.values());
            assertThat(r.cells().values()).allMatch(List::isEmpty);
        });
    }

    @Test
    void measuresLandInTheirPersonsRowAndCategoryIncludingClosedOnes() {
        Measure plan = measure(10, 1L, MeasureType.SAFETY_PLAN, MeasureStatus.DONE);
        Measure ban = measure(11, 2L, MeasureType.TEMPORARY_RESTRAINING_ORDER, MeasureStatus.OPEN);
        Measure care = measure(12, null, MeasureType.VOLUNTARY_CARE_TRAJECTORY, MeasureStatus.IN_PROGRESS);

        MeasureMatrix matrix = build(List.of(VICTIM, SUSPECT), plan, ban, care);

        assertThat(matrix.rows().get(0).cells().get(MeasureCategory.SAFETY)).containsExactly(plan);
        assertThat(matrix.rows().get(1).cells().get(MeasureCategory.ADMINISTRATIVE)).containsExactly(ban);
        assertThat(matrix.rows().get(2).cells().get(MeasureCategory.CARE)).containsExactly(care);
        assertThat(matrix.rows().get(0).cells().get(MeasureCategory.CARE)).isEmpty();
    }

    @Test
    void aMeasureOfSomeoneNoLongerListedIsShownInTheHouseholdRow() {
        Measure orphan = measure(10, 99L, MeasureType.OTHER, MeasureStatus.OPEN);

        assertThat(build(List.of(VICTIM), orphan).rows().get(1).cells().get(MeasureCategory.CARE))
                .containsExactly(orphan);
    }

    @Test
    void suspectWithoutAnyRunningMeasureIsARowGap() {
        MeasureMatrix matrix = build(List.of(VICTIM, SUSPECT),
                measure(10, 2L, MeasureType.TEMPORARY_RESTRAINING_ORDER, MeasureStatus.LAPSED));

        assertThat(matrix.rows().get(1).gaps()).containsExactly(new Gap(null, GapKind.SUSPECT_WITHOUT_MEASURE));
        assertThat(matrix.rows().get(0).gaps()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = MeasureStatus.class, names = {"OPEN", "IN_PROGRESS"})
    void suspectWithARunningMeasureInAnyCategoryHasNoGap(MeasureStatus running) {
        assertThat(build(List.of(SUSPECT), measure(10, 2L, MeasureType.VOLUNTARY_CARE_TRAJECTORY, running))
                .rows().get(0).gaps()).isEmpty();
    }

    @Test
    void aSuspectWhoseMembershipEndedIsNoGap() {
        var former = new MeasureMatrices.Member(2, "Bert", PersonRole.SUSPECT, TODAY.minusDays(1));
        var endsToday = new MeasureMatrices.Member(4, "Dirk", PersonRole.SUSPECT, TODAY);

        MeasureMatrix matrix = build(List.of(former, endsToday));

        assertThat(matrix.rows().get(0).gaps()).isEmpty();
        assertThat(matrix.rows().get(1).gaps()).containsExactly(new Gap(null, GapKind.SUSPECT_WITHOUT_MEASURE));
    }

    @Test
    void childWithoutProtectionWhileAnRvdkRequestIsPendingIsACellGap() {
        MeasureMatrix matrix = build(List.of(CHILD),
                measure(10, null, MeasureType.RVDK_INVESTIGATION_REQUEST, MeasureStatus.OPEN));

        assertThat(matrix.rows().get(0).gaps()).containsExactly(
                new Gap(MeasureCategory.CHILD_PROTECTION, GapKind.CHILD_WITHOUT_PROTECTION_WHILE_REQUEST_PENDING));
    }

    @Test
    void theRequestAboutTheChildItselfDoesNotProtectIt() {
        assertThat(build(List.of(CHILD),
                measure(10, 3L, MeasureType.RVDK_INVESTIGATION_REQUEST, MeasureStatus.IN_PROGRESS))
                .rows().get(0).gaps()).hasSize(1);
    }

    @Test
    void childWithARunningProtectionMeasureHasNoGap() {
        assertThat(build(List.of(CHILD),
                measure(10, null, MeasureType.RVDK_INVESTIGATION_REQUEST, MeasureStatus.OPEN),
                measure(11, 3L, MeasureType.PROVISIONAL_SUPERVISION_ORDER, MeasureStatus.OPEN))
                .rows().get(0).gaps()).isEmpty();
    }

    @Test
    void childWithOnlyAClosedProtectionMeasureStillHasTheGap() {
        assertThat(build(List.of(CHILD),
                measure(10, null, MeasureType.RVDK_INVESTIGATION_REQUEST, MeasureStatus.OPEN),
                measure(11, 3L, MeasureType.SUPERVISION_ORDER_OTS, MeasureStatus.DONE))
                .rows().get(0).gaps()).hasSize(1);
    }

    @Test
    void noChildGapWithoutAPendingRequest() {
        assertThat(build(List.of(CHILD),
                measure(10, null, MeasureType.RVDK_INVESTIGATION_REQUEST, MeasureStatus.DONE))
                .rows().get(0).gaps()).isEmpty();
    }
}
