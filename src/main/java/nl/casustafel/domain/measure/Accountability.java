package nl.casustafel.domain.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Accountability per owner partner over a period [{@code from}, {@code to}] (both inclusive): what each partner
 * owned and how it ended. Pure: the figures follow only from the measures' current state (status and the day it
 * was last changed), so they can be recomputed at any time. The definitions, per measure of partner P:
 * <ul>
 *   <li><b>owned</b>: the measure was active in the period: it started on or before {@code to}, and it is still
 *       open or in progress, or its status changed on or after {@code from} (it was closed within or after the
 *       period, so it was still running at the start of it).</li>
 *   <li><b>done</b>, <b>not done - circumstances changed</b>, <b>not done - partner did not act</b>: it reached
 *       that status, and its status changed on a day within [{@code from}, {@code to}]. The two "not done"
 *       reasons are counted apart; lapsed is counted under none of these.</li>
 *   <li><b>overdue</b>: its deadline fell within [{@code from}, min({@code to}, {@code today} - 1)] (a deadline of
 *       today is not missed yet) and it was not closed by the deadline: it is still open or in progress, or its
 *       status changed after the deadline day (closed late, whatever the outcome).</li>
 * </ul>
 * A partner with zero in every column is left out; the result is sorted by partner id.
 */
public final class Accountability {

    private Accountability() {
    }

    /** The figures per owner partner; see the class description for the definitions. */
    public static List<PartnerAccountability> count(List<Measure> measures, LocalDate from, LocalDate to,
                                                    LocalDate today) {
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(today, "today");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
        LocalDate lastMissable = to.isBefore(today) ? to : today.minusDays(1);
        Map<Long, int[]> byPartner = new TreeMap<>();
        for (Measure m : measures) {
            int[] c = new int[5];
            if (isOwned(m, from, to)) {
                c[0] = 1;
            }
            if (within(m.statusChangedOn(), from, to)) {
                switch (m.status()) {
                    case DONE -> c[1] = 1;
                    case NOT_DONE_CIRCUMSTANCES_CHANGED -> c[2] = 1;
                    case NOT_DONE_PARTNER_DID_NOT_ACT -> c[3] = 1;
                    default -> {
                    }
                }
            }
            if (isMissed(m, from, lastMissable)) {
                c[4] = 1;
            }
            if (c[0] + c[1] + c[2] + c[3] + c[4] > 0) {
                int[] total = byPartner.computeIfAbsent(m.ownerPartnerId(), id -> new int[5]);
                for (int k = 0; k < c.length; k++) {
                    total[k] += c[k];
                }
            }
        }
        List<PartnerAccountability> out = new ArrayList<>(byPartner.size());
        byPartner.forEach((id, c) -> out.add(new PartnerAccountability(id, c[0], c[1], c[2], c[3], c[4])));
        return List.copyOf(out);
    }

    static boolean isOwned(Measure m, LocalDate from, LocalDate to) {
        return !m.startDate().isAfter(to) && (!m.status().isClosed() || !m.statusChangedOn().isBefore(from));
    }

    /** Deadline within [from, lastMissable] and not closed on or before the deadline day. */
    static boolean isMissed(Measure m, LocalDate from, LocalDate lastMissable) {
        LocalDate deadline = m.deadline();
        if (deadline == null || lastMissable.isBefore(from) || !within(deadline, from, lastMissable)) {
            return false;
        }
        return !m.status().isClosed() || m.statusChangedOn().isAfter(deadline);
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
