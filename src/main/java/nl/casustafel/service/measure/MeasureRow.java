package nl.casustafel.service.measure;

import java.time.LocalDate;
import nl.casustafel.domain.measure.Measure;

/**
 * A measure with what a list shows beside it: household, owner partner and concerned person (null = the whole
 * household), and the conference in which it was agreed (null when recorded outside one).
 */
public record MeasureRow(Measure measure, String householdName, String ownerPartnerName, String concernedPersonName,
                         Long conferenceId, LocalDate agreedOn) {
}
