package nl.casustafel.ui.household;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.household.RelationType;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.domain.signal.SignalType;

/** What the household view's tables and lists show, already in words. */
public final class HouseholdRows {
    private HouseholdRows() {
    }

    /** Another household of a member, as a link: "ook in: Gezin Jansen (ex-partner)". */
    public record OtherHousehold(long householdId, String text) {
    }

    public record MemberRow(long personId, long membershipId, String name, String sortName, PersonRole role,
                            String roleLabel, String period, LocalDate dateOfBirth, String birth, String bsn,
                            List<OtherHousehold> otherHouseholds) {
        public MemberRow {
            otherHouseholds = List.copyOf(otherHouseholds);
        }
    }

    public record IncidentRow(long id, Instant occurredAt, String dateTime, IncidentType type, String typeLabel,
                              Severity severity, String severityLabel, String registrationNumber, String source,
                              String markers, String persons, boolean lethal) {
    }

    public record InvolvementRow(long id, String partner, String contactPerson, String contactDetails,
                                 LocalDate since, LocalDate until, String description, boolean active,
                                 String status) {
    }

    /** A date in a signal's reason that opens its incident. */
    public record IncidentLink(long incidentId, String label) {
    }

    public record SignalRow(SignalType type, String title, String reason, boolean danger, List<IncidentLink> links) {
        public SignalRow {
            links = List.copyOf(links);
        }
    }

    public record RelationRow(long id, RelationType type, String text) {
    }
}
