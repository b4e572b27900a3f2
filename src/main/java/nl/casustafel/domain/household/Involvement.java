package nl.casustafel.domain.household;

import java.time.LocalDate;

/** A partner organisation working with a household: contact person, since when, until when, what they do. */
public record Involvement(long id, int version, long householdId, long partnerId, String contactPerson,
                          String contactDetails, LocalDate startDate, LocalDate endDate, String description) {

    public boolean isActiveOn(LocalDate date) {
        return !startDate.isAfter(date) && (endDate == null || !endDate.isBefore(date));
    }
}
