package nl.casustafel.service.security;

/** Whether a partner organisation is involved in a household today (what a partner-lezer may read). */
@FunctionalInterface
public interface HouseholdScope {
    boolean involves(long householdId, long partnerId);
}
