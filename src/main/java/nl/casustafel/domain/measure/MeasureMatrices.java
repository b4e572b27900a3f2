package nl.casustafel.domain.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.casustafel.domain.household.PersonRole;

/**
 * Builds the {@link MeasureMatrix} of one household from its members and its measures. Pure.
 * <ul>
 *   <li>One row per member, in the order given, then a final row (person id null, label null, role null) for the
 *       measures concerning the whole household. A measure whose concerned person is not among the members (for
 *       instance after a membership was removed) is shown in that final row, so that no measure is hidden.</li>
 *   <li>Every row has a cell for each of the five {@link MeasureCategory categories} (possibly empty), listing every
 *       measure of that person in that category in the order given, closed ones included (the view shows
 *       their status).</li>
 *   <li>Gaps, only for members whose membership is current (no end date before today):
 *       a {@link PersonRole#SUSPECT} without any open or in-progress measure gets the row gap
 *       {@link MeasureMatrix.GapKind#SUSPECT_WITHOUT_MEASURE} (category null); while the household has an open or
 *       in-progress {@link MeasureType#RVDK_INVESTIGATION_REQUEST} (an OTS request is pending), each
 *       {@link PersonRole#CHILD} without an open or in-progress child-protection measure other than such a request
 *       gets {@link MeasureMatrix.GapKind#CHILD_WITHOUT_PROTECTION_WHILE_REQUEST_PENDING} in its
 *       {@link MeasureCategory#CHILD_PROTECTION} cell. The request itself does not protect the child.</li>
 * </ul>
 */
public final class MeasureMatrices {

    /** A member as the matrix shows it: who, a display label, the role and until when the membership runs. */
    public record Member(long personId, String label, PersonRole role, LocalDate membershipEnd) {
        public Member {
            Objects.requireNonNull(role, "role");
        }

        /** True when the membership has not ended before {@code today}. */
        public boolean isCurrentOn(LocalDate today) {
            return membershipEnd == null || !membershipEnd.isBefore(today);
        }
    }

    private MeasureMatrices() {
    }

    public static MeasureMatrix build(List<Member> members, List<Measure> measures, LocalDate today) {
        Objects.requireNonNull(today, "today");
        Set<Long> memberIds = new HashSet<>();
        for (Member member : members) {
            memberIds.add(member.personId());
        }
        boolean requestPending = measures.stream()
                .anyMatch(m -> m.type() == MeasureType.RVDK_INVESTIGATION_REQUEST && !m.status().isClosed());
        List<MeasureMatrix.Row> rows = new ArrayList<>(members.size() + 1);
        for (Member member : members) {
            List<Measure> own = measures.stream()
                    .filter(m -> Objects.equals(m.concernedPersonId(), member.personId())).toList();
            rows.add(new MeasureMatrix.Row(member.personId(), member.label(), member.role(), cells(own),
                    gaps(member, own, requestPending, today)));
        }
        List<Measure> household = measures.stream()
                .filter(m -> m.concernedPersonId() == null || !memberIds.contains(m.concernedPersonId())).toList();
        rows.add(new MeasureMatrix.Row(null, null, null, cells(household), List.of()));
        return new MeasureMatrix(rows);
    }

    private static Map<MeasureCategory, List<Measure>> cells(List<Measure> measures) {
        Map<MeasureCategory, List<Measure>> cells = new EnumMap<>(MeasureCategory.class);
        for (MeasureCategory category : MeasureCategory.values()) {
            cells.put(category, measures.stream().filter(m -> m.category() == category).toList());
        }
        return cells;
    }

    private static List<MeasureMatrix.Gap> gaps(Member member, List<Measure> own, boolean requestPending,
                                               LocalDate today) {
        if (!member.isCurrentOn(today)) {
            return List.of();
        }
        if (member.role() == PersonRole.SUSPECT && own.stream().allMatch(m -> m.status().isClosed())) {
            return List.of(new MeasureMatrix.Gap(null, MeasureMatrix.GapKind.SUSPECT_WITHOUT_MEASURE));
        }
        if (member.role() == PersonRole.CHILD && requestPending && own.stream().noneMatch(m -> !m.status().isClosed()
                && m.category() == MeasureCategory.CHILD_PROTECTION
                && m.type() != MeasureType.RVDK_INVESTIGATION_REQUEST)) {
            return List.of(new MeasureMatrix.Gap(MeasureCategory.CHILD_PROTECTION,
                    MeasureMatrix.GapKind.CHILD_WITHOUT_PROTECTION_WHILE_REQUEST_PENDING));
        }
        return List.of();
    }
}
