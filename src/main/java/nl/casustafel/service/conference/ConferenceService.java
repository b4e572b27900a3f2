package nl.casustafel.service.conference;

import java.util.List;
import nl.casustafel.domain.conference.AgendaItemState;
import nl.casustafel.domain.conference.AgendaReason;
import nl.casustafel.domain.conference.AgendaSuggestion;
import nl.casustafel.domain.conference.AssessmentDraft;
import nl.casustafel.domain.conference.AttendeeDraft;
import nl.casustafel.domain.conference.ConferenceDraft;

/**
 * Use cases of case conferences: planning, attendance, the agenda, the meeting flow and closing. Every method is
 * one transaction; validation failures throw {@link nl.casustafel.domain.common.ValidationException} before
 * anything is written, a stale version {@link nl.casustafel.domain.common.ConflictException}, an unknown id
 * {@link nl.casustafel.domain.common.NotFoundException}; changing a closed conference other than by
 * {@link #amendAssessment} throws a DomainException ("error.conference.closed"). Methods block: call them off the
 * FX thread.
 */
public interface ConferenceService {

    List<ConferenceSummary> list(ConferenceQuery query);

    ConferenceDetail open(long conferenceId);

    /** Plans a conference (status gepland) and invites the draft's partners. */
    long plan(ConferenceDraft draft);

    /** Changes the planning data and the invited partners. */
    void update(long conferenceId, int version, ConferenceDraft draft);

    /** Deletes a conference that has not started. */
    void delete(long conferenceId, int version);

    /**
     * A Samen op in Acuut proposal for an acute incident: today, the next full hour, the five core partners invited;
     * the chair only adds their name.
     */
    ConferenceDraft proposeAcute(long incidentId);

    /** Plans the acute conference with the incident's household as its first item (reason acuut). */
    long planAcute(long incidentId, ConferenceDraft draft);

    long addAttendee(long conferenceId, AttendeeDraft draft);

    void updateAttendee(long attendeeId, int version, AttendeeDraft draft);

    void removeAttendee(long attendeeId, int version);

    /** Ranked agenda suggestions for the conference, households already on the agenda left out. */
    List<AgendaSuggestion> suggest(long conferenceId, int limit);

    long addAgendaItem(long conferenceId, long householdId, AgendaReason reason, int timeBoxMinutes);

    void updateAgendaItem(long itemId, int version, AgendaReason reason, int timeBoxMinutes);

    /** Moves the item to {@code newIndex} (0-based) in its conference's agenda; the others shift. */
    void moveAgendaItem(long itemId, int newIndex);

    void removeAgendaItem(long itemId, int version);

    /** gepland -> bezig. */
    void start(long conferenceId, int version);

    AgendaItemDetail openItem(long itemId);

    /** Saves the safety-first assessment of an item of a conference that is not closed. */
    void saveAssessment(long itemId, int version, AssessmentDraft draft);

    /** Parks an item to return to, marks it handled, or back to pending. */
    void setItemState(long itemId, int version, AgendaItemState state);

    /**
     * bezig -> gesloten: locks the decisions and records the households as discussed on the conference date.
     * With pending or parked items and {@code closeWithUnhandledItems} false, throws
     * {@link nl.casustafel.domain.conference.UnhandledItemsException} so the chair can decide.
     */
    void close(long conferenceId, int version, boolean closeWithUnhandledItems);

    /** Corrects the assessment of a closed conference's item as an explicit, recorded amendment. */
    void amendAssessment(long itemId, int version, AssessmentDraft draft, String reason);
}
