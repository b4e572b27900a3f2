package nl.casustafel.domain.household;

import java.time.LocalDate;

/** An explicit, dated decision to close or reopen a household. */
public record HouseholdStatusChange(long id, HouseholdStatus status, LocalDate decidedOn, String reason) {
}
