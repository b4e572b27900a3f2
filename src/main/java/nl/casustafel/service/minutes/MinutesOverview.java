package nl.casustafel.service.minutes;

import java.util.List;
import nl.casustafel.domain.conference.Conference;
import nl.casustafel.domain.minutes.Distribution;
import nl.casustafel.domain.minutes.MinutesVersion;
import nl.casustafel.domain.partner.Partner;

/**
 * Everything the minutes panel of a conference shows: the versions (newest first) with their copies, the
 * distribution log (newest first) with the recipients' names, the partners that can receive the minutes (the
 * invited ones first) and whether the conference was amended after the current version was approved (for a
 * signed version: a correction is needed to include the amendment).
 */
public record MinutesOverview(Conference conference, List<VersionEntry> versions, List<DistributionEntry> log,
                              List<Partner> recipients, boolean changedSinceApproval) {
    public MinutesOverview {
        versions = List.copyOf(versions);
        log = List.copyOf(log);
        recipients = List.copyOf(recipients);
    }

    /** The newest version, or null when none was made yet. */
    public VersionEntry current() {
        return versions.isEmpty() ? null : versions.get(0);
    }

    public record VersionEntry(MinutesVersion minutes, List<MinutesCopySummary> copies) {
        public VersionEntry {
            copies = List.copyOf(copies);
        }

        /** The complete signed copy, or null before signing. */
        public MinutesCopySummary completeCopy() {
            return copies.stream().filter(c -> c.copy().isComplete()).findFirst().orElse(null);
        }
    }

    public record DistributionEntry(Distribution distribution, int versionNumber, String recipientName,
                                    boolean needToKnowCopy) {
    }
}
