package nl.casustafel.domain.measure;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An agreed measure (maatregel / afspraak) of a household. {@code agendaItemId} is the agenda item in which it was
 * agreed (null when recorded outside a conference); {@code concernedPersonId} null means the whole household.
 * {@code locked} is true once the conference that agreed it is closed: its terms can then only change by an
 * explicit amendment, while its status is still followed up.
 */
public record Measure(long id, int version, long householdId, Long agendaItemId, MeasureCategory category,
                      MeasureType type, Long concernedPersonId, long ownerPartnerId, String responsiblePerson,
                      LocalDate startDate, LocalDate deadline, MeasureStatus status, LocalDate statusChangedOn,
                      String statusNote, String description, int extensionCount, boolean locked) {

    public Measure {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusChangedOn, "statusChangedOn");
    }

    public boolean isOverdue(LocalDate today) {
        return MeasureClocks.isOverdue(status, deadline, today);
    }

    public boolean expiresWithin(LocalDate today, int days) {
        return MeasureClocks.expiresWithin(status, deadline, today, days);
    }

    /** The draft that reproduces this measure's terms, for editing. */
    public MeasureDraft toDraft() {
        return new MeasureDraft(category, type, concernedPersonId, ownerPartnerId, responsiblePerson, startDate,
                deadline, status, description);
    }
}
