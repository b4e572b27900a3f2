package nl.casustafel.service.minutes;

import java.util.List;
import java.util.Set;
import nl.casustafel.minutes.MinutesContent;

/**
 * What the chair approved, kept as JSON with the version: the content, and per household section (same order)
 * the partners involved in it, from which need-to-know copies are cut after signing.
 */
record ApprovedMinutes(MinutesContent content, List<Set<Long>> involvedPartners) {
    ApprovedMinutes {
        involvedPartners = involvedPartners.stream().map(Set::copyOf).toList();
        if (involvedPartners.size() != content.households().size()) {
            throw new IllegalArgumentException("one set of involved partners per household");
        }
    }
}
