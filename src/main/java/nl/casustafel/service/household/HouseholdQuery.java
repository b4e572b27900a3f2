package nl.casustafel.service.household;

import nl.casustafel.domain.household.HouseholdStatus;

/**
 * A search over households: free text (name, address, postcode, BSN, registration number; case- and
 * accent-insensitive, every word must match the start of a word), filters, sort and page.
 *
 * @param status             null for all
 * @param withSignalOnly     only households with at least one active signal
 * @param directorPartnerId  only households whose case director works for this partner; null for all
 */
public record HouseholdQuery(String text, HouseholdStatus status, boolean withSignalOnly, Long directorPartnerId,
                             SortField sort, boolean ascending, int offset, int limit) {

    public enum SortField { NAME, POSTCODE, CITY, STATUS, INCIDENTS, LAST_INCIDENT, SIGNALS }

    public static final int MAX_LIMIT = 1000;

    public HouseholdQuery {
        sort = sort == null ? SortField.NAME : sort;
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
    }

    public static HouseholdQuery text(String text) {
        return new HouseholdQuery(text, null, false, null, SortField.NAME, true, 0, 200);
    }

    public HouseholdQuery withPage(int newOffset, int newLimit) {
        return new HouseholdQuery(text, status, withSignalOnly, directorPartnerId, sort, ascending, newOffset, newLimit);
    }
}
