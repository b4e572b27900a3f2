package nl.casustafel.domain.household;

import java.time.LocalDate;

/** The unit of work: a household with its address, status, phase and case director. */
public record Household(long id, int version, String name, Address address, HouseholdStatus status, Phase phase,
                        CaseDirector caseDirector, LocalDate openedOn, LocalDate closedOn,
                        LocalDate lastConferenceOn) {

    public boolean isOpen() {
        return status == HouseholdStatus.OPEN;
    }
}
