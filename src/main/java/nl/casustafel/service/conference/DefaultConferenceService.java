package nl.casustafel.service.conference;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.casustafel.domain.common.ConflictException;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.Text;
import nl.casustafel.domain.common.ValidationException;
import nl.casustafel.domain.conference.AgendaItem;
import nl.casustafel.domain.conference.AgendaItemState;
import nl.casustafel.domain.conference.AgendaReason;
import nl.casustafel.domain.conference.AgendaSuggestion;
import nl.casustafel.domain.conference.AgendaSuggestions;
import nl.casustafel.domain.conference.AssessmentDraft;
import nl.casustafel.domain.conference.Attendee;
import nl.casustafel.domain.conference.AttendeeDraft;
import nl.casustafel.domain.conference.Conference;
import nl.casustafel.domain.conference.ConferenceDraft;
import nl.casustafel.domain.conference.ConferenceStatus;
import nl.casustafel.domain.conference.ConferenceType;
import nl.casustafel.domain.conference.SafetyScore;
import nl.casustafel.domain.conference.UnhandledItemsException;
import nl.casustafel.domain.household.Household;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.household.HouseholdDerivedData;
import nl.casustafel.service.household.HouseholdMembers;
import nl.casustafel.store.Transactor;
import nl.casustafel.service.security.Access;
import nl.casustafel.service.security.UseCase;
import nl.casustafel.store.conference.JooqAgendaStore;
import nl.casustafel.store.conference.JooqConferenceStore;
import nl.casustafel.store.household.JooqHouseholdStore;
import nl.casustafel.store.household.JooqIncidentStore;
import nl.casustafel.store.household.JooqPersonStore;
import nl.casustafel.store.partner.JooqPartnerStore;

/** Case conference use cases over the jOOQ stores; one transaction per method. */
public final class DefaultConferenceService implements ConferenceService {
    /** Time box of the first item of an acute conference, in minutes. */
    static final int ACUTE_TIME_BOX = 30;
    static final int ACUTE_DURATION = 60;
    static final int MIN_TIME_BOX = 1;
    static final int MAX_TIME_BOX = 240;
    /** Legal clocks running out within this many days of the conference date are a reason to discuss. */
    static final int CLOCK_LOOK_AHEAD_DAYS = 14;
    /** Never discussed: incidents of this many months before the conference date count. */
    static final int NEVER_DISCUSSED_MONTHS = 12;
    static final int MAX_SUGGESTIONS = 200;
    static final int MAX_REASON = 2000;
    public static final String TIME_BOX = "timeBox";
    public static final String REASON = "reason";

    private final Transactor tx;
    private final Access access;
    private final JooqConferenceStore conferences;
    private final JooqAgendaStore agenda;
    private final JooqHouseholdStore households;
    private final JooqIncidentStore incidents;
    private final JooqPartnerStore partners;
    private final HouseholdMembers members;
    private final HouseholdDerivedData derived;
    private final Clock clock;

    public DefaultConferenceService(Access access, Transactor tx, JooqConferenceStore conferences, JooqAgendaStore agenda,
                                    JooqHouseholdStore households, JooqPersonStore persons,
                                    JooqIncidentStore incidents, JooqPartnerStore partners,
                                    HouseholdDerivedData derived, Clock clock) {
        this.access = access;
        this.tx = tx;
        this.conferences = conferences;
        this.agenda = agenda;
        this.households = households;
        this.incidents = incidents;
        this.partners = partners;
        this.members = new HouseholdMembers(persons);
        this.derived = derived;
        this.clock = clock;
    }

    private LocalDate today() {
        return DomainTime.today(clock);
    }

    private Instant now() {
        return clock.instant();
    }

    // --- planning ------------------------------------------------------------------------------------

    @Override
    public List<ConferenceSummary> list(ConferenceQuery q) {
        access.require(UseCase.CONFERENCE_LIST);
        Instant from = q.from() == null ? null : startOf(q.from());
        Instant to = q.to() == null ? null : startOf(q.to().plusDays(1));
        return access.perform(UseCase.CONFERENCE_LIST, null, () -> conferences.list(q.status(), from, to, q.limit())).stream()
                .map(r -> {
                    Conference c = r.conference();
                    return new ConferenceSummary(c.id(), c.type(), c.startsAt(), c.place(), c.chairName(), c.status(),
                            r.agendaItems());
                })
                .toList();
    }

    @Override
    public ConferenceDetail open(long conferenceId) {
        return access.perform(UseCase.CONFERENCE_OPEN, conferenceId, () -> {
            Conference c = conferences.get(conferenceId);
            List<AgendaEntry> entries = agenda.agenda(conferenceId).stream()
                    .map(r -> new AgendaEntry(r.item(), r.householdName(), r.openMeasures())).toList();
            return new ConferenceDetail(c, conferences.invitedPartners(conferenceId),
                    conferences.attendees(conferenceId), entries, conferences.amendments(conferenceId));
        });
    }

    @Override
    public long plan(ConferenceDraft draft) {
        access.require(UseCase.CONFERENCE_PLAN);
        ValidationException.throwIfAny(draft.validate());
        return access.create(UseCase.CONFERENCE_PLAN, () -> insert(draft, null));
    }

    private long insert(ConferenceDraft draft, Long sourceIncidentId) {
        checkPartners(draft);
        long id = conferences.insert(draft, sourceIncidentId, now());
        conferences.replaceInvitedPartners(id, draft.invitedPartnerIds());
        return id;
    }

    private void checkPartners(ConferenceDraft draft) {
        if (draft.chairPartnerId() != null) {
            partners.get(draft.chairPartnerId());
        }
        draft.invitedPartnerIds().forEach(partners::get);
    }

    @Override
    public void update(long conferenceId, int version, ConferenceDraft draft) {
        access.require(UseCase.CONFERENCE_UPDATE);
        ValidationException.throwIfAny(draft.validate());
        access.run(UseCase.CONFERENCE_UPDATE, conferenceId, () -> {
            notClosed(conferences.lock(conferenceId));
            checkPartners(draft);
            conferences.update(conferenceId, version, draft, now());
            conferences.replaceInvitedPartners(conferenceId, draft.invitedPartnerIds());
        });
    }

    @Override
    public void delete(long conferenceId, int version) {
        access.run(UseCase.CONFERENCE_DELETE, conferenceId, () -> {
            Conference c = conferences.lock(conferenceId);
            notClosed(c);
            if (c.status() != ConferenceStatus.PLANNED) {
                throw new DomainException("error.conference.deleteStarted");
            }
            conferences.delete(conferenceId, version);
        });
    }

    @Override
    public ConferenceDraft proposeAcute(long incidentId) {
        // The next full hour in Amsterdam; after 23:00 that is the first hour of tomorrow.
        ZonedDateTime nextHour = now().atZone(DomainTime.ZONE).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        // A proposal only: nothing is stored and nothing of the dossier is returned, so nothing is audited.
        access.require(UseCase.CONFERENCE_ACUTE);
        Map<String, Long> ids = tx.inTransaction(() -> {
            incidents.get(incidentId);
            return partners.idsByCode();
        });
        List<Long> invited = ConferenceType.coreAcutePartnerCodes().stream()
                .map(ids::get).filter(Objects::nonNull).toList();
        return new ConferenceDraft(ConferenceType.SAMEN_OP_IN_ACUUT, nextHour.toLocalDate(), nextHour.toLocalTime(),
                ACUTE_DURATION, "", "", null, null, invited);
    }

    @Override
    public long planAcute(long incidentId, ConferenceDraft draft) {
        access.require(UseCase.CONFERENCE_ACUTE);
        ValidationException.throwIfAny(draft.validate());
        return access.create(UseCase.CONFERENCE_ACUTE, () -> {
            Incident incident = incidents.get(incidentId);
            long id = insert(draft, incidentId);
            agenda.insert(id, incident.householdId(), AgendaReason.ACUTE, ACUTE_TIME_BOX, now());
            return id;
        });
    }

    // --- attendees -----------------------------------------------------------------------------------

    @Override
    public long addAttendee(long conferenceId, AttendeeDraft draft) {
        access.require(UseCase.ATTENDEE_ADD);
        ValidationException.throwIfAny(draft.validate(today()));
        return access.create(UseCase.ATTENDEE_ADD, () -> {
            notClosed(conferences.lock(conferenceId));
            checkPartner(draft.partnerId());
            return conferences.insertAttendee(conferenceId, draft, now());
        });
    }

    @Override
    public void updateAttendee(long attendeeId, int version, AttendeeDraft draft) {
        access.require(UseCase.ATTENDEE_UPDATE);
        ValidationException.throwIfAny(draft.validate(today()));
        access.run(UseCase.ATTENDEE_UPDATE, attendeeId, () -> {
            Attendee a = conferences.getAttendee(attendeeId);
            notClosed(conferences.lock(a.conferenceId()));
            checkPartner(draft.partnerId());
            conferences.updateAttendee(attendeeId, version, draft, now());
        });
    }

    @Override
    public void removeAttendee(long attendeeId, int version) {
        access.run(UseCase.ATTENDEE_REMOVE, attendeeId, () -> {
            Attendee a = conferences.getAttendee(attendeeId);
            notClosed(conferences.lock(a.conferenceId()));
            conferences.deleteAttendee(attendeeId, version);
        });
    }

    private void checkPartner(Long partnerId) {
        if (partnerId != null) {
            partners.get(partnerId);
        }
    }

    // --- agenda --------------------------------------------------------------------------------------

    @Override
    public List<AgendaSuggestion> suggest(long conferenceId, int limit) {
        access.require(UseCase.AGENDA_SUGGEST);
        int n = Math.max(1, Math.min(MAX_SUGGESTIONS, limit));
        return access.perform(UseCase.AGENDA_SUGGEST, conferenceId, () -> {
            Conference c = conferences.get(conferenceId);
            LocalDate date = c.date();
            List<AgendaSuggestions.Facts> facts = agenda.suggestionFacts(conferenceId, date,
                    startOf(date.minusMonths(NEVER_DISCUSSED_MONTHS)), startOf(date.plusDays(1)),
                    CLOCK_LOOK_AHEAD_DAYS, n);
            return AgendaSuggestions.rank(facts, n);
        });
    }

    @Override
    public long addAgendaItem(long conferenceId, long householdId, AgendaReason reason, int timeBoxMinutes) {
        access.require(UseCase.AGENDA_ADD);
        checkItem(reason, timeBoxMinutes);
        return access.create(UseCase.AGENDA_ADD, () -> {
            notClosed(conferences.lock(conferenceId));
            households.get(householdId);
            if (agenda.isOnAgenda(conferenceId, householdId)) {
                throw new DomainException("error.conference.householdOnAgenda");
            }
            return agenda.insert(conferenceId, householdId, reason, timeBoxMinutes, now());
        });
    }

    @Override
    public void updateAgendaItem(long itemId, int version, AgendaReason reason, int timeBoxMinutes) {
        access.require(UseCase.AGENDA_UPDATE);
        checkItem(reason, timeBoxMinutes);
        access.run(UseCase.AGENDA_UPDATE, itemId, () -> {
            lockOpenConferenceOf(itemId);
            agenda.update(itemId, version, reason, timeBoxMinutes, now());
        });
    }

    private static void checkItem(AgendaReason reason, int timeBoxMinutes) {
        List<FieldError> errors = new ArrayList<>();
        if (reason == null) {
            errors.add(FieldError.of(REASON, "validation.required"));
        }
        if (timeBoxMinutes < MIN_TIME_BOX || timeBoxMinutes > MAX_TIME_BOX) {
            errors.add(FieldError.of(TIME_BOX, "validation.between", MIN_TIME_BOX, MAX_TIME_BOX));
        }
        ValidationException.throwIfAny(errors);
    }

    @Override
    public void moveAgendaItem(long itemId, int newIndex) {
        access.run(UseCase.AGENDA_MOVE, itemId, () -> {
            lockOpenConferenceOf(itemId);
            agenda.move(itemId, newIndex);
        });
    }

    @Override
    public void removeAgendaItem(long itemId, int version) {
        access.run(UseCase.AGENDA_REMOVE, itemId, () -> {
            lockOpenConferenceOf(itemId);
            agenda.delete(itemId, version);
        });
    }

    /** Locks the item's conference and refuses a closed one; returns the item as read after the lock. */
    private AgendaItem lockOpenConferenceOf(long itemId) {
        notClosed(conferences.lock(agenda.get(itemId).conferenceId()));
        return agenda.get(itemId);
    }

    // --- the meeting ---------------------------------------------------------------------------------

    @Override
    public void start(long conferenceId, int version) {
        access.run(UseCase.CONFERENCE_START, conferenceId, () -> {
            Conference c = conferences.lock(conferenceId);
            notClosed(c);
            if (c.status() != ConferenceStatus.PLANNED) {
                throw new DomainException("error.conference.alreadyStarted");
            }
            conferences.changeStatus(conferenceId, version, ConferenceStatus.IN_PROGRESS, now());
        });
    }

    @Override
    public AgendaItemDetail openItem(long itemId) {
        return access.perform(UseCase.AGENDA_ITEM_OPEN, itemId, () -> {
            AgendaItem item = agenda.get(itemId);
            Conference c = conferences.get(item.conferenceId());
            Household household = households.get(item.householdId());
            LocalDate lastDiscussedOn = conferences.lastDiscussedBefore(item.householdId(), c.startsAt())
                    .map(DomainTime::dateOf).orElse(null);
            // Everything after the day last discussed (all when never), up to now: newest first.
            List<Incident> newIncidents = incidents.byHousehold(item.householdId()).stream()
                    .filter(i -> lastDiscussedOn == null || i.date().isAfter(lastDiscussedOn))
                    .toList();
            List<Partner> scoring = conferences.attendanceRecorded(c.id())
                    ? conferences.presentPartners(c.id()) : conferences.invitedPartners(c.id());
            return new AgendaItemDetail(item, c, household, members.of(item.householdId()), lastDiscussedOn,
                    newIncidents, agenda.scores(itemId), scoring);
        });
    }

    @Override
    public void saveAssessment(long itemId, int version, AssessmentDraft draft) {
        access.require(UseCase.ASSESSMENT_SAVE);
        ValidationException.throwIfAny(draft.validate());
        access.run(UseCase.ASSESSMENT_SAVE, itemId, () -> {
            lockOpenConferenceOf(itemId);
            checkScorePartners(draft);
            agenda.saveAssessment(itemId, version, draft, now());
        });
    }

    private void checkScorePartners(AssessmentDraft draft) {
        draft.scores().keySet().forEach(partners::get);
    }

    @Override
    public void setItemState(long itemId, int version, AgendaItemState state) {
        access.require(UseCase.AGENDA_ITEM_STATE);
        if (state == null) {
            throw new ValidationException(List.of(FieldError.of("state", "validation.required")));
        }
        access.run(UseCase.AGENDA_ITEM_STATE, itemId, () -> {
            lockOpenConferenceOf(itemId);
            agenda.setState(itemId, version, state, now());
        });
    }

    @Override
    public void close(long conferenceId, int version, boolean closeWithUnhandledItems) {
        access.run(UseCase.CONFERENCE_CLOSE, conferenceId, () -> {
            Conference c = conferences.lock(conferenceId);
            notClosed(c);
            if (c.status() != ConferenceStatus.IN_PROGRESS) {
                throw new DomainException("error.conference.notStarted");
            }
            if (c.version() != version) {
                throw new ConflictException(JooqConferenceStore.CONFLICT);
            }
            int unhandled = agenda.countUnhandled(conferenceId);
            if (unhandled > 0 && !closeWithUnhandledItems) {
                throw new UnhandledItemsException(unhandled);
            }
            conferences.changeStatus(conferenceId, version, ConferenceStatus.CLOSED, now());
            LocalDate date = c.date();
            for (long householdId : agenda.handledHouseholdIds(conferenceId)) {
                households.raiseLastConferenceOn(householdId, date);
                // The repeat-after-conference signal counts from the new date.
                derived.refreshSignals(householdId);
            }
        });
    }

    @Override
    public void amendAssessment(long itemId, int version, AssessmentDraft draft, String reason) {
        access.require(UseCase.ASSESSMENT_AMEND);
        List<FieldError> errors = new ArrayList<>(draft.validate());
        if (Text.isBlank(reason)) {
            errors.add(FieldError.of(REASON, "validation.required"));
        } else if (Text.isLongerThan(reason, MAX_REASON)) {
            errors.add(FieldError.of(REASON, "validation.tooLong", MAX_REASON));
        }
        ValidationException.throwIfAny(errors);
        access.run(UseCase.ASSESSMENT_AMEND, itemId, reason, () -> {
            AgendaItem before = agenda.get(itemId);
            Conference c = conferences.lock(before.conferenceId());
            if (!c.isClosed()) {
                throw new DomainException("error.conference.amendNotClosed");
            }
            before = agenda.get(itemId);
            List<SafetyScore> scoresBefore = agenda.scores(itemId);
            checkScorePartners(draft);
            agenda.saveAssessment(itemId, version, draft, now());
            String summary = changeSummary(before, scoresBefore, draft);
            conferences.insertAmendment(c.id(), itemId, null, reason, summary, now());
        });
    }

    /**
     * Names the parts of the assessment that changed, never their content: "immediate danger: no -> yes; safety
     * scores; decisions". Free text may hold personal data and is not quoted.
     */
    static String changeSummary(AgendaItem before, List<SafetyScore> scoresBefore, AssessmentDraft after) {
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(before.immediateDanger(), after.immediateDanger())) {
            parts.add("immediate danger: " + yesNo(before.immediateDanger()) + " -> " + yesNo(after.immediateDanger()));
        }
        if (!scoresBefore.equals(after.safetyScores())) {
            parts.add("safety scores");
        }
        textPart(parts, "worries", before.worries(), after.worries());
        textPart(parts, "going well", before.goingWell(), after.goingWell());
        textPart(parts, "must happen", before.mustHappen(), after.mustHappen());
        textPart(parts, "decisions", before.decisions(), after.decisions());
        return parts.isEmpty() ? "no change" : String.join("; ", parts);
    }

    private static void textPart(List<String> parts, String name, String before, String after) {
        if (!Objects.equals(Text.trimToNull(before), Text.trimToNull(after))) {
            parts.add(name);
        }
    }

    private static String yesNo(Boolean value) {
        return value == null ? "not asked" : value ? "yes" : "no";
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static void notClosed(Conference c) {
        if (c.isClosed()) {
            throw new DomainException("error.conference.closed");
        }
    }

    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(DomainTime.ZONE).toInstant();
    }
}
