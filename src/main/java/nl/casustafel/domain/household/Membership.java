package nl.casustafel.domain.household;

import java.time.LocalDate;

/** A person in a household with a role and a period (start and end may be unknown). */
public record Membership(long id, int version, long householdId, long personId, PersonRole role,
                         LocalDate startDate, LocalDate endDate) {

    public boolean isActiveOn(LocalDate date) {
        return (startDate == null || !startDate.isAfter(date)) && (endDate == null || !endDate.isBefore(date));
    }
}
