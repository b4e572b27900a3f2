package nl.casustafel.service.household;

import java.time.Instant;
import java.util.List;
import nl.casustafel.domain.household.HouseholdStatus;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.signal.SignalType;

/** One row of the dossier list. */
public record HouseholdSummary(long id, String name, String address, String postcode, String city,
                               HouseholdStatus status, Phase phase, String caseDirectorPartner, int incidentCount,
                               Instant lastIncidentAt, List<SignalType> signals) {
    public HouseholdSummary {
        signals = List.copyOf(signals);
    }
}
