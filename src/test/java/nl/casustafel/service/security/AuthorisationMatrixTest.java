package nl.casustafel.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.casustafel.TestClocks;
import nl.casustafel.TestRoles;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.conference.AgendaItemState;
import nl.casustafel.domain.conference.AgendaReason;
import nl.casustafel.domain.conference.AssessmentDraft;
import nl.casustafel.domain.conference.AttendanceStatus;
import nl.casustafel.domain.conference.AttendeeDraft;
import nl.casustafel.domain.conference.ConferenceDraft;
import nl.casustafel.domain.conference.ConferenceRole;
import nl.casustafel.domain.conference.ConferenceType;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.InvolvementDraft;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.PersonDraft;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.household.RelationType;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.domain.measure.MeasureCategory;
import nl.casustafel.domain.measure.MeasureDraft;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;
import nl.casustafel.domain.minutes.DistributionAction;
import nl.casustafel.domain.partner.PartnerDraft;
import nl.casustafel.domain.security.AccountDraft;
import nl.casustafel.domain.security.Role;
import nl.casustafel.service.conference.ConferenceQuery;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.service.measure.MeasureQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every use case called as every role through the real services: a role the policy ({@link UseCase}) allows is
 * never refused, any other role is refused with {@link AccessDeniedException} and leaves a DENIED audit entry.
 * A use case that fails for another reason (a made-up id, a state that does not allow it) still shows that the
 * role passed the gate. The partner-lezer's household scope is tested separately.
 */
class AuthorisationMatrixTest {
    private static final String NAME = TestClocks.uniqueName("matrix");
    private static final Map<UseCase, Consumer<AppContext>> CALLS = new EnumMap<>(UseCase.class);
    /**
     * Not a method of a logged-in context: a restore makes a new store before anyone is logged in to it, and only
     * an administrator of the backup's store gets in (BackupServiceTest).
     */
    private static final Set<UseCase> ELSEWHERE = Set.of(UseCase.BACKUP_RESTORE);
    private static AppContext ctx;
    private static long household;
    private static long otherHousehold;
    private static long person;
    private static long membership;
    private static long incident;
    private static long involvement;
    private static long relation;
    private static long measure;
    private static long conference;
    private static long closedConference;
    private static long item;
    private static long attendee;
    private static long minutes;
    private static long partner;
    private static long veiligThuis;
    private static long account;

    @TempDir
    static Path files;

    @BeforeAll
    static void store() throws Exception {
        ctx = AppContext.inMemory(NAME, TestClocks.fixed(), Role.ADMINISTRATOR);
        ctx.demo().generate(20, 5, (d, t) -> { }, () -> false);
        veiligThuis = id("SELECT id FROM partner WHERE code = 'VEILIG_THUIS'");
        partner = id("SELECT id FROM partner WHERE code = 'POLITIE'");
        household = id("SELECT h.id FROM household h JOIN involvement i ON i.household_id = h.id WHERE i.partner_id = "
                + veiligThuis + " AND i.end_date IS NULL AND (h.case_director_partner_id IS NULL OR "
                + "h.case_director_partner_id <> " + veiligThuis + ") ORDER BY h.id LIMIT 1");
        otherHousehold = id("SELECT id FROM household h WHERE NOT EXISTS (SELECT 1 FROM involvement i WHERE "
                + "i.household_id = h.id AND i.partner_id = " + veiligThuis + ") AND (h.case_director_partner_id "
                + "IS NULL OR h.case_director_partner_id <> " + veiligThuis + ") ORDER BY id LIMIT 1");
        membership = id("SELECT id FROM membership WHERE household_id = " + household + " ORDER BY id LIMIT 1");
        person = id("SELECT person_id FROM membership WHERE id = " + membership);
        incident = id("SELECT id FROM incident WHERE household_id = " + household + " ORDER BY id LIMIT 1");
        involvement = id("SELECT id FROM involvement WHERE household_id = " + household + " ORDER BY id LIMIT 1");
        relation = id("SELECT id FROM relation ORDER BY id LIMIT 1");
        measure = id("SELECT id FROM measure ORDER BY id LIMIT 1");
        closedConference = id("SELECT id FROM conference WHERE status = 'CLOSED' ORDER BY id LIMIT 1");
        conference = id("SELECT id FROM conference WHERE status = 'PLANNED' ORDER BY id LIMIT 1");
        item = id("SELECT id FROM agenda_item WHERE conference_id = " + closedConference + " ORDER BY id LIMIT 1");
        attendee = id("SELECT id FROM attendee ORDER BY id LIMIT 1");
        minutes = TestRoles.minutes(ctx).openConcept(closedConference);
        account = id("SELECT id FROM account ORDER BY id LIMIT 1");
        calls();
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static long id(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + NAME, "casustafel", "");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) {
                throw new IllegalStateException("fixture query found nothing: " + sql);
            }
            return r.getLong(1);
        }
    }

    /** Role-checked but not audited: preferences hold no personal data; an acute proposal stores and shows none. */
    private static final Set<UseCase> NOT_AUDITED = Set.of(UseCase.SETTING_READ, UseCase.SETTING_WRITE,
            UseCase.CONFERENCE_ACUTE, UseCase.SIGNALS_REFRESH);

    private static long successEntries(UseCase useCase) throws Exception {
        return id("SELECT COUNT(*) FROM audit_entry WHERE outcome = 'SUCCESS' AND action_code = '"
                + useCase.action().name() + "' AND object_type = '" + useCase.objectType() + "'");
    }

    private static String name(long householdId) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + NAME, "casustafel", "");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT name FROM household WHERE id = " + householdId)) {
            r.next();
            return r.getString(1);
        }
    }

    private static long idOrZero(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + NAME, "casustafel", "");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static long deniedEntries() throws Exception {
        return id("SELECT COUNT(*) FROM audit_entry WHERE outcome = 'DENIED'");
    }

    private static void calls() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        HouseholdDraft householdDraft = new HouseholdDraft("Gezin Matrix", null, null, null, null,
                Phase.DIRECT_SAFETY, null, null, day);
        PersonDraft personDraft = new PersonDraft("Mia", null, "Matrix", LocalDate.of(1990, 1, 1), null,
                Gender.FEMALE, null);
        MembershipDraft membershipDraft = new MembershipDraft(PersonRole.VICTIM, day, null);
        IncidentDraft incidentDraft = new IncidentDraft(day, LocalTime.NOON, IncidentType.values()[0],
                Severity.values()[0], null, IncidentSource.values()[0], null, Set.of(), List.of());
        InvolvementDraft involvementDraft = new InvolvementDraft(partner, null, null, day, null, null);
        ConferenceDraft conferenceDraft = new ConferenceDraft(ConferenceType.REGULAR, LocalDate.of(2026, 12, 1),
                LocalTime.of(9, 0), 60, "Zorg- en Veiligheidshuis", "Voorzitter", null, null, List.of(partner));
        AttendeeDraft attendeeDraft = new AttendeeDraft("Deelnemer", partner, ConferenceRole.PARTICIPANT,
                AttendanceStatus.PRESENT, true, null);
        AssessmentDraft assessment = new AssessmentDraft(false, Map.of(), null, null, null, "Besluit");
        MeasureDraft measureDraft = new MeasureDraft(MeasureCategory.CARE, MeasureType.values()[0], null, partner,
                null, day, day.plusDays(30), MeasureStatus.values()[0], null);
        MeasureQuery measures = new MeasureQuery(null, null, false, null, null, null, true, 0, 10);

        put(UseCase.HOUSEHOLD_SEARCH, c -> c.households().search(HouseholdQuery.text("gezin")));
        put(UseCase.HOUSEHOLD_OPEN, c -> c.households().open(household));
        put(UseCase.HOUSEHOLD_CREATE, c -> c.households().create(householdDraft));
        put(UseCase.HOUSEHOLD_UPDATE, c -> c.households().update(household, -1, householdDraft));
        put(UseCase.HOUSEHOLD_CLOSE, c -> c.households().close(household, -1, day, "reden"));
        put(UseCase.HOUSEHOLD_REOPEN, c -> c.households().reopen(household, -1, day, "reden"));
        put(UseCase.MEMBER_ADD, c -> c.households().addNewMember(household, personDraft, membershipDraft));
        put(UseCase.PERSON_UPDATE, c -> c.households().updatePerson(person, -1, personDraft));
        put(UseCase.MEMBERSHIP_UPDATE, c -> c.households().updateMembership(membership, -1, membershipDraft));
        put(UseCase.MEMBERSHIP_REMOVE, c -> c.households().removeMembership(membership, -1));
        put(UseCase.PERSON_FIND, c -> c.households().findPersons("mia", 5));
        put(UseCase.RELATION_ADD, c -> c.households().addRelation(person, person + 1, RelationType.values()[0]));
        put(UseCase.RELATION_REMOVE, c -> c.households().removeRelation(-1));
        put(UseCase.INCIDENT_ADD, c -> c.households().addIncident(household, incidentDraft));
        put(UseCase.INCIDENT_UPDATE, c -> c.households().updateIncident(incident, -1, incidentDraft));
        put(UseCase.INVOLVEMENT_ADD, c -> c.households().addInvolvement(household, involvementDraft));
        put(UseCase.INVOLVEMENT_UPDATE, c -> c.households().updateInvolvement(involvement, -1, involvementDraft));
        put(UseCase.SIGNALS_REFRESH, c -> c.households().refreshStaleSignals());
        put(UseCase.HOUSEHOLD_AUDIT, c -> c.security().householdAudit(household, 10));

        put(UseCase.MEASURE_ADD, c -> c.measures().add(household, null, measureDraft));
        put(UseCase.MEASURE_UPDATE, c -> c.measures().update(measure, -1, measureDraft));
        put(UseCase.MEASURE_AMEND, c -> c.measures().amend(measure, -1, measureDraft, "reden"));
        put(UseCase.MEASURE_STATUS, c -> c.measures().changeStatus(measure, -1, MeasureStatus.values()[0], null, null));
        put(UseCase.MEASURE_EXTEND, c -> c.measures().extend(measure, -1, null, null));
        put(UseCase.MEASURE_REMOVE, c -> c.measures().remove(measure, -1));
        put(UseCase.MEASURE_LIST, c -> c.measures().forHousehold(household));
        put(UseCase.MEASURE_HISTORY, c -> c.measures().history(measure));
        put(UseCase.MEASURE_MATRIX, c -> c.measures().matrix(household));
        put(UseCase.MEASURE_OVERVIEW, c -> c.measures().overview(measures));
        put(UseCase.MEASURE_EXPORT, c -> c.measures().exportCsv(measures, files.resolve("m-" + System.nanoTime()
                + ".csv"), Locale.ROOT));
        put(UseCase.MEASURE_ACCOUNTABILITY, c -> c.measures().accountability(day.minusMonths(1), day));

        put(UseCase.CONFERENCE_LIST, c -> c.conferences().list(ConferenceQuery.all()));
        put(UseCase.CONFERENCE_OPEN, c -> c.conferences().open(conference));
        put(UseCase.CONFERENCE_PLAN, c -> c.conferences().plan(conferenceDraft));
        put(UseCase.CONFERENCE_UPDATE, c -> c.conferences().update(conference, -1, conferenceDraft));
        put(UseCase.CONFERENCE_DELETE, c -> c.conferences().delete(conference, -1));
        put(UseCase.CONFERENCE_ACUTE, c -> c.conferences().proposeAcute(incident));
        put(UseCase.ATTENDEE_ADD, c -> c.conferences().addAttendee(conference, attendeeDraft));
        put(UseCase.ATTENDEE_UPDATE, c -> c.conferences().updateAttendee(attendee, -1, attendeeDraft));
        put(UseCase.ATTENDEE_REMOVE, c -> c.conferences().removeAttendee(attendee, -1));
        put(UseCase.AGENDA_SUGGEST, c -> c.conferences().suggest(conference, 5));
        put(UseCase.AGENDA_ADD, c -> c.conferences().addAgendaItem(conference, household, AgendaReason.NEW, 15));
        put(UseCase.AGENDA_UPDATE, c -> c.conferences().updateAgendaItem(item, -1, AgendaReason.NEW, 15));
        put(UseCase.AGENDA_MOVE, c -> c.conferences().moveAgendaItem(item, 0));
        put(UseCase.AGENDA_REMOVE, c -> c.conferences().removeAgendaItem(item, -1));
        put(UseCase.CONFERENCE_START, c -> c.conferences().start(conference, -1));
        put(UseCase.AGENDA_ITEM_OPEN, c -> c.conferences().openItem(item));
        put(UseCase.ASSESSMENT_SAVE, c -> c.conferences().saveAssessment(item, -1, assessment));
        put(UseCase.AGENDA_ITEM_STATE, c -> c.conferences().setItemState(item, -1, AgendaItemState.DONE));
        put(UseCase.CONFERENCE_CLOSE, c -> c.conferences().close(conference, -1, false));
        put(UseCase.ASSESSMENT_AMEND, c -> c.conferences().amendAssessment(item, -1, assessment, "reden"));

        put(UseCase.MINUTES_OVERVIEW, c -> c.minutes().overview(closedConference));
        put(UseCase.MINUTES_CONCEPT, c -> c.minutes().openConcept(closedConference));
        put(UseCase.MINUTES_CORRECTION, c -> c.minutes().startCorrection(closedConference, "reden"));
        put(UseCase.MINUTES_PREVIEW, c -> c.minutes().preview(minutes, Locale.ROOT));
        put(UseCase.MINUTES_APPROVE, c -> c.minutes().approve(minutes, -1, "x"));
        put(UseCase.MINUTES_REOPEN, c -> c.minutes().reopen(minutes, -1));
        put(UseCase.MINUTES_SIGN, c -> c.minutes().sign(minutes, -1, null, Locale.ROOT));
        put(UseCase.MINUTES_COPY, c -> c.minutes().copyFor(minutes, partner, true, null, Locale.ROOT));
        put(UseCase.MINUTES_COPY_READ, c -> c.minutes().copyBytes(-1));
        put(UseCase.MINUTES_SAVE, c -> c.minutes().saveCopy(-1, null, files.resolve("kopie.pdf")));
        put(UseCase.MINUTES_PRINT, c -> c.minutes().recordPrint(-1, null));
        put(UseCase.MINUTES_SEND, c -> c.minutes().record(-1, partner, DistributionAction.SEND));
        put(UseCase.MINUTES_VERIFY, c -> c.minutes().verify(new byte[] {'%', 'P', 'D', 'F'}));

        put(UseCase.PARTNER_LIST, c -> c.partners().list(true));
        put(UseCase.PARTNER_CREATE, c -> c.partners().create(new PartnerDraft("Matrixzorg " + System.nanoTime(),
                "MZ", true)));
        put(UseCase.PARTNER_UPDATE, c -> c.partners().update(partner, -1, new PartnerDraft("Politie", "POL", true)));
        put(UseCase.SETTING_READ, c -> c.settings().get("matrix"));
        put(UseCase.SETTING_WRITE, c -> c.settings().put("matrix", "1"));
        put(UseCase.SECURITY_SETTING_WRITE, c -> c.settings().put("security.lockMinutes", "10"));
        put(UseCase.DEMO_GENERATE, c -> c.demo().generate(1, 1, (d, t) -> { }, () -> false));

        put(UseCase.ACCOUNT_LIST, c -> c.security().accounts(true));
        put(UseCase.ACCOUNT_CREATE, c -> c.security().createAccount(new AccountDraft("nieuw" + (System.nanoTime()
                % 100000), "Nieuw Account", Role.SPECIALIST, null, true), "een lang wachtwoord".toCharArray()));
        put(UseCase.ACCOUNT_UPDATE, c -> c.security().updateAccount(account, -1,
                new AccountDraft("x-test", "X", Role.SPECIALIST, null, true)));
        put(UseCase.ACCOUNT_RESET_PASSWORD, c -> c.security().resetPassword(-1, "een lang wachtwoord".toCharArray()));
        put(UseCase.PASSWORD_CHANGE, c -> c.security().changePassword("oud wachtwoord".toCharArray(),
                "een lang wachtwoord".toCharArray()));
        put(UseCase.BACKUP_CREATE, c -> c.backups().backupNow());
        put(UseCase.BACKUP_LIST, c -> c.backups().list());
        put(UseCase.RETENTION_VIEW, c -> c.retention().candidates());
        put(UseCase.RETENTION_CONFIGURE, c -> c.retention().setTerm("HOUSEHOLD", 60));
        put(UseCase.DESTRUCTION_PROPOSE, c -> c.retention().propose(household, "termijn verstreken"));
        put(UseCase.DESTRUCTION_APPROVE, c -> c.retention().approve(-1));
        put(UseCase.DESTRUCTION_REJECT, c -> c.retention().reject(-1, "nog nodig"));
        put(UseCase.AUDIT_VIEW, c -> c.security().auditEntries(null, 10));
        put(UseCase.AUDIT_VERIFY, c -> c.security().verifyAudit());
    }

    private static void put(UseCase useCase, Consumer<AppContext> call) {
        CALLS.put(useCase, call);
    }

    static Stream<Arguments> everyUseCaseAsEveryRole() {
        List<Arguments> all = new ArrayList<>();
        for (UseCase useCase : UseCase.values()) {
            if (!ELSEWHERE.contains(useCase)) {
                for (Role role : Role.values()) {
                    all.add(Arguments.of(useCase, role));
                }
            }
        }
        return all.stream();
    }

    @Test
    void everyUseCaseHasACallInThisMatrix() {
        for (UseCase useCase : UseCase.values()) {
            assertThat(CALLS.containsKey(useCase) || ELSEWHERE.contains(useCase))
                    .as("call for %s", useCase).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyUseCaseAsEveryRole")
    void theRoleIsAllowedOrRefusedAsThePolicySays(UseCase useCase, Role role) throws Exception {
        ctx.signInTrusted(role);
        Consumer<AppContext> call = CALLS.get(useCase);
        long deniedBefore = deniedEntries();
        if (useCase.allows(role)) {
            long successBefore = successEntries(useCase);
            boolean done = false;
            try {
                call.accept(ctx);
                done = true;
            } catch (AccessDeniedException e) {
                fail(role + " was refused " + useCase);
            } catch (RuntimeException e) {
                // Passed the gate; failed for its own reasons (a made-up version or id, a state).
            }
            assertThat(deniedEntries()).as("no DENIED entry").isEqualTo(deniedBefore);
            if (done && !NOT_AUDITED.contains(useCase)) {
                assertThat(successEntries(useCase)).as("a SUCCESS entry for " + useCase)
                        .isGreaterThan(successBefore);
            }
        } else {
            assertThatThrownBy(() -> call.accept(ctx)).as(role + " doing " + useCase)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(deniedEntries()).as("DENIED entry").isEqualTo(deniedBefore + 1);
        }
    }

    @Test
    void aPartnerReaderOnlyReadsHouseholdsItsPartnerIsInvolvedIn() throws Exception {
        ctx.signInTrustedAsPartner("VEILIG_THUIS");
        var found = ctx.households().search(new HouseholdQuery("", null, false, null, null, true, 0, 1000));
        long all = id("SELECT COUNT(*) FROM household");
        assertThat(found.items()).isNotEmpty().extracting(s -> s.id()).contains(household)
                .doesNotContain(otherHousehold);
        assertThat(found.total()).isLessThan(all);
        assertThat(ctx.households().open(household).household().id()).isEqualTo(household);
        assertThat(ctx.measures().forHousehold(household)).isNotNull();
        // A word search (narrow: the other household's full name; broad: "gezin") stays in scope too.
        String otherName = name(otherHousehold);
        assertThat(ctx.households().search(HouseholdQuery.text(otherName)).items()).extracting(s -> s.id())
                .doesNotContain(otherHousehold);
        assertThat(ctx.households().search(HouseholdQuery.text("gezin")).items()).extracting(s -> s.id())
                .doesNotContain(otherHousehold).contains(household);
        long otherMeasure = idOrZero("SELECT id FROM measure WHERE household_id = " + otherHousehold + " LIMIT 1");
        if (otherMeasure > 0) {
            assertThatThrownBy(() -> ctx.measures().history(otherMeasure)).isInstanceOf(AccessDeniedException.class);
        }
        long deniedBefore = deniedEntries();
        assertThatThrownBy(() -> ctx.households().open(otherHousehold)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ctx.measures().forHousehold(otherHousehold))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ctx.measures().matrix(otherHousehold)).isInstanceOf(AccessDeniedException.class);
        assertThat(deniedEntries()).isEqualTo(deniedBefore + 3);
    }

    @Test
    void nobodyLoggedInMayDoNothing() {
        ctx.security().signOut();
        assertThatThrownBy(() -> ctx.households().search(HouseholdQuery.text("gezin")))
                .hasMessage("error.access.signedOut");
        assertThatThrownBy(() -> ctx.partners().list(true)).hasMessage("error.access.signedOut");
    }

    @Test
    void aLockedSessionRunsNoUseCaseUntilUnlocked() {
        ctx.signInTrusted(Role.SPECIALIST);
        ctx.security().lock();
        assertThat(ctx.security().isLocked()).isTrue();
        assertThatThrownBy(() -> ctx.households().open(household)).hasMessage("error.access.locked");
        // A store without key slots has no password to unlock with: only a new sign-in ends the lock.
        assertThatThrownBy(() -> ctx.security().unlock("wat dan ook".toCharArray()))
                .isInstanceOf(nl.casustafel.security.WrongPasswordException.class);
        ctx.signInTrusted(Role.SPECIALIST);
        assertThat(ctx.households().open(household).household().id()).isEqualTo(household);
    }
}
