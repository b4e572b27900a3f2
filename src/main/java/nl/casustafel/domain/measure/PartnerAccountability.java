package nl.casustafel.domain.measure;

/**
 * Accountability of one partner over a period: measures it owned, and how many of those were done, not done
 * because circumstances changed, not done because the partner did not act, and overdue.
 */
public record PartnerAccountability(long partnerId, int owned, int done, int notDoneCircumstancesChanged,
                                    int notDonePartnerDidNotAct, int overdue) {
}
