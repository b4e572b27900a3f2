package nl.casustafel.service.household;

import java.time.LocalDate;
import java.util.List;
import nl.casustafel.domain.common.Page;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.InvolvementDraft;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.PersonDraft;
import nl.casustafel.domain.household.RelationType;
import nl.casustafel.domain.incident.IncidentDraft;

/**
 * Use cases of household dossiers. Every method is one transaction; validation failures throw
 * {@link nl.casustafel.domain.common.ValidationException} before anything is written, a stale
 * version throws {@link nl.casustafel.domain.common.ConflictException}, an unknown id
 * {@link nl.casustafel.domain.common.NotFoundException}. Methods block: call them off the FX thread.
 */
public interface HouseholdService {

    /** Dossier list: search, filter, sort and page. */
    Page<HouseholdSummary> search(HouseholdQuery query);

    /** The whole dossier of one household. */
    HouseholdDossier open(long householdId);

    long create(HouseholdDraft draft);

    void update(long householdId, int version, HouseholdDraft draft);

    /** Close (afschalen/afsluiten) as an explicit, dated decision. */
    void close(long householdId, int version, LocalDate decidedOn, String reason);

    /** Reopen as an explicit, dated decision. */
    void reopen(long householdId, int version, LocalDate decidedOn, String reason);

    /** Creates a new person and adds them to the household; returns the person id. */
    long addNewMember(long householdId, PersonDraft person, MembershipDraft membership);

    /** Adds an existing person (for example an ex-partner from another household). */
    void addExistingMember(long householdId, long personId, MembershipDraft membership);

    void updatePerson(long personId, int version, PersonDraft draft);

    void updateMembership(long membershipId, int version, MembershipDraft draft);

    void removeMembership(long membershipId, int version);

    /** Persons matching a name or BSN, to add an existing person to a household. */
    List<PersonMatch> findPersons(String text, int limit);

    long addRelation(long personAId, long personBId, RelationType type);

    void removeRelation(long relationId);

    long addIncident(long householdId, IncidentDraft draft);

    void updateIncident(long incidentId, int version, IncidentDraft draft);

    long addInvolvement(long householdId, InvolvementDraft draft);

    void updateInvolvement(long involvementId, int version, InvolvementDraft draft);

    /** Re-evaluates the stored signals of households last evaluated before today; returns how many. */
    int refreshStaleSignals();
}
