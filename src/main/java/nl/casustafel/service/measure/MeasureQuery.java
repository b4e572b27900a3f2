package nl.casustafel.service.measure;

import java.util.Set;
import nl.casustafel.domain.measure.MeasureStatus;

/**
 * The measures overview across households and conferences.
 *
 * @param ownerPartnerId     only this owner; null for all
 * @param statuses           only these statuses; empty for all
 * @param overdueOnly        only measures past their deadline that are still open or in progress
 * @param expiringWithinDays only open measures whose deadline falls from today up to today + N days; null for no filter
 * @param householdId        only this household; null for all
 */
public record MeasureQuery(Long ownerPartnerId, Set<MeasureStatus> statuses, boolean overdueOnly,
                           Integer expiringWithinDays, Long householdId, SortField sort, boolean ascending,
                           int offset, int limit) {

    public enum SortField { DEADLINE, START, HOUSEHOLD, OWNER, TYPE, STATUS }

    public static final int MAX_LIMIT = 1000;

    public MeasureQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? SortField.DEADLINE : sort;
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
    }

    /** Every measure, by deadline. */
    public static MeasureQuery all() {
        return new MeasureQuery(null, Set.of(), false, null, null, SortField.DEADLINE, true, 0, MAX_LIMIT);
    }

    public MeasureQuery withPage(int newOffset, int newLimit) {
        return new MeasureQuery(ownerPartnerId, statuses, overdueOnly, expiringWithinDays, householdId, sort,
                ascending, newOffset, newLimit);
    }
}
