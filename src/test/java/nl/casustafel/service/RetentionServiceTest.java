package nl.casustafel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.casustafel.MutableClock;
import nl.casustafel.TestClocks;
import nl.casustafel.TestStores;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.common.NotFoundException;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.PersonDraft;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.household.RelationType;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.InvolvedPerson;
import nl.casustafel.domain.incident.RiskMarker;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.domain.retention.DestructionCandidate;
import nl.casustafel.domain.retention.DestructionRequest;
import nl.casustafel.domain.retention.DestructionStatus;
import nl.casustafel.domain.retention.RetentionTerm;
import nl.casustafel.domain.security.AccountDraft;
import nl.casustafel.domain.security.AuditEntry;
import nl.casustafel.domain.security.Role;
import nl.casustafel.security.KeySlots;
import nl.casustafel.security.StoreKey;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.security.AccessDeniedException;
import nl.casustafel.service.security.LoginGate;
import nl.casustafel.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retention on an encrypted store on disk with two administrators and a clock the test moves: which households
 * are due, the four-eyes rule, and what a destruction leaves behind.
 */
class RetentionServiceTest {
    private static final String SECOND_ADMIN = "beheerder2";
    private static final String GONE_SURNAME = "Zwanenburg";
    private static final String SHARED_SURNAME = "Kwakernaat";

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(TestClocks.NOW);
    private LocalDate today;
    private long due;
    private long notYet;
    private long open;
    private long reopened;
    private long gonePerson;
    private long sharedPerson;

    @BeforeEach
    void households() {
        today = DomainTime.today(clock);
        TestStores.initialise(dir, clock);
        try (AppContext admin = login(TestStores.ADMINISTRATOR)) {
            admin.security().createAccount(new AccountDraft(SECOND_ADMIN, "Tweede Beheerder", Role.ADMINISTRATOR,
                    null, true), TestStores.PASSWORD.toCharArray());
        }
        try (AppContext s = login("specialist")) {
            HouseholdService h = s.households();
            open = h.create(household("Gezin " + SHARED_SURNAME));
            sharedPerson = h.addNewMember(open, person("Karel", SHARED_SURNAME, "111222333"), member(PersonRole.PARTNER));

            due = h.create(household("Gezin " + GONE_SURNAME));
            gonePerson = h.addNewMember(due, person("Wilhelmina", GONE_SURNAME, "123456782"), member(PersonRole.VICTIM));
            h.addExistingMember(due, sharedPerson, member(PersonRole.SUSPECT));
            h.addRelation(gonePerson, sharedPerson, RelationType.EX_PARTNER);
            h.addIncident(due, new IncidentDraft(today.minusYears(6), LocalTime.of(22, 0),
                    IncidentType.DOMESTIC_VIOLENCE_PHYSICAL, Severity.MODERATE, null, IncidentSource.POLICE,
                    "Melding.", Set.of(RiskMarker.CHILDREN_PRESENT), List.of(new InvolvedPerson(gonePerson,
                    PersonRole.VICTIM), new InvolvedPerson(sharedPerson, PersonRole.SUSPECT))));
            close(h, due, today.minusMonths(61));

            notYet = h.create(household("Gezin Later"));
            close(h, notYet, today.minusMonths(59));

            reopened = h.create(household("Gezin Heropend"));
            close(h, reopened, today.minusMonths(62));
        }
    }

    private AppContext login(String user) {
        return AppContext.login(dir, clock, user, TestStores.PASSWORD.toCharArray(), new LoginGate(dir, clock));
    }

    private HouseholdDraft household(String name) {
        return new HouseholdDraft(name, "Dorpsstraat", "1", "3511 AB", "Utrecht", Phase.DIRECT_SAFETY, null, null,
                today.minusYears(10));
    }

    private static PersonDraft person(String given, String surname, String bsn) {
        return new PersonDraft(given, null, surname, LocalDate.of(1980, 5, 5), bsn, Gender.OTHER, "Notitie");
    }

    private MembershipDraft member(PersonRole role) {
        return new MembershipDraft(role, today.minusYears(9), null);
    }

    private static void close(HouseholdService h, long id, LocalDate on) {
        h.close(id, h.open(id).household().version(), on, "Afgeschaald");
    }

    private static List<Long> ids(List<DestructionCandidate> candidates) {
        return candidates.stream().map(DestructionCandidate::householdId).toList();
    }

    @Test
    void onlyClosedHouseholdsPastTheTermAreProposedAndTheTermIsConfigurable() {
        try (AppContext admin = login(TestStores.ADMINISTRATOR)) {
            assertThat(admin.retention().terms()).extracting(RetentionTerm::recordType, RetentionTerm::months)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(RetentionTerm.HOUSEHOLD, 60));
            assertThat(ids(admin.retention().candidates())).containsExactly(reopened, due);

            admin.retention().setTerm(RetentionTerm.HOUSEHOLD, 62);
            assertThat(ids(admin.retention().candidates())).isEmpty();
            admin.retention().setTerm(RetentionTerm.HOUSEHOLD, 60);

            // Two months later the household closed 59 months ago is due too.
            clock.advance(Duration.ofDays(62));
            assertThat(ids(admin.retention().candidates())).containsExactly(reopened, due, notYet);
            assertThatThrownBy(() -> admin.retention().setTerm(RetentionTerm.HOUSEHOLD, 0))
                    .hasMessage("validation.retention.months");
        }
        try (AppContext s = login("specialist")) {
            assertThatThrownBy(() -> s.retention().candidates()).isInstanceOf(AccessDeniedException.class);
            s.households().reopen(reopened, s.households().open(reopened).household().version(), today,
                    "Nieuwe melding");
        }
        try (AppContext admin = login(TestStores.ADMINISTRATOR)) {
            assertThat(ids(admin.retention().candidates())).doesNotContain(reopened);
        }
    }

    @Test
    void aSecondAdministratorApprovesAndTheHouseholdIsGoneWithItsOwnPersons() throws Exception {
        long request;
        try (AppContext admin = login(TestStores.ADMINISTRATOR)) {
            assertThatThrownBy(() -> admin.retention().propose(notYet, null)).hasMessage("error.retention.notDue");
            assertThatThrownBy(() -> admin.retention().propose(open, null)).hasMessage("error.retention.notDue");
            request = admin.retention().propose(due, "Termijn verstreken");
            assertThat(ids(admin.retention().candidates())).containsExactly(reopened);
            assertThatThrownBy(() -> admin.retention().propose(due, null))
                    .hasMessage("error.retention.alreadyProposed");
            assertThatThrownBy(() -> admin.retention().approve(request)).hasMessage("error.retention.sameAccount");
            // The proposer cannot make a second pair of eyes: an account made after the proposal may not approve.
            clock.advance(java.time.Duration.ofMinutes(1));
            admin.security().createAccount(new AccountDraft("derde", "Derde Beheerder", Role.ADMINISTRATOR, null,
                    true), TestStores.PASSWORD.toCharArray());
        }
        try (AppContext third = login("derde")) {
            assertThatThrownBy(() -> third.retention().approve(request)).hasMessage("error.retention.newAccount");
        }
        try (AppContext second = login(SECOND_ADMIN)) {
            second.retention().approve(request);

            DestructionRequest decided = second.retention().requests().get(0);
            assertThat(decided.id()).isEqualTo(request);
            assertThat(decided.status()).isEqualTo(DestructionStatus.APPROVED);
            assertThat(decided.householdId()).isNull();
            assertThat(decided.requestedBy()).isEqualTo(TestStores.ADMINISTRATOR);
            assertThat(decided.decidedBy()).isEqualTo(SECOND_ADMIN);
            assertThatThrownBy(() -> second.retention().approve(request)).hasMessage("error.retention.decided");

            List<AuditEntry> entries = second.security().auditEntries(SECOND_ADMIN, 50);
            AuditEntry destruction = entries.stream().filter(e -> "destruction".equals(e.objectType())
                    && "SUCCESS".equals(e.result()) && "DELETE".equals(e.action())).findFirst().orElseThrow();
            assertThat(destruction.objectId()).isEqualTo(Long.toString(request));
            assertThat(destruction.reason()).isNull();
        }
        try (AppContext s = login("specialist")) {
            assertThat(s.households().findPersons(GONE_SURNAME, 5)).isEmpty();
            assertThat(s.households().findPersons(SHARED_SURNAME, 5)).hasSize(1);
            assertThatThrownBy(() -> s.households().open(due)).isInstanceOf(NotFoundException.class);
            var shared = s.households().open(open);
            assertThat(shared.members()).hasSize(1);
            assertThat(shared.relations()).isEmpty();
        }

        StoreKey key = KeySlots.in(dir).unlock(TestStores.ADMINISTRATOR, TestStores.PASSWORD.toCharArray());
        try (Database db = Database.openEncrypted(dir, key)) {
            var dsl = db.dsl();
            assertThat(count(dsl, "SELECT COUNT(*) FROM household WHERE id = ?", due)).isZero();
            assertThat(count(dsl, "SELECT COUNT(*) FROM person WHERE id = ?", gonePerson)).isZero();
            assertThat(count(dsl, "SELECT COUNT(*) FROM person WHERE surname = ?", GONE_SURNAME)).isZero();
            assertThat(count(dsl, "SELECT COUNT(*) FROM person WHERE id = ?", sharedPerson)).isEqualTo(1);
            assertThat(count(dsl, "SELECT COUNT(*) FROM incident WHERE household_id = ?", due)).isZero();
            assertThat(count(dsl, "SELECT COUNT(*) FROM incident_person WHERE person_id = ?", sharedPerson)).isZero();
            assertThat(count(dsl, "SELECT COUNT(*) FROM membership WHERE household_id = ?", due)).isZero();
            assertThat(count(dsl, "SELECT COUNT(*) FROM household_search_token WHERE household_id = ?", due)).isZero();
            assertThat(count(dsl, "SELECT COUNT(*) FROM relation WHERE person_a_id = ? OR person_b_id = ?",
                    gonePerson, gonePerson)).isZero();
            assertThat(count(dsl, "SELECT COUNT(*) FROM destruction_request WHERE household_id IS NOT NULL")).isZero();
            // The audit entries of the destruction name the request only.
            assertThat(count(dsl, "SELECT COUNT(*) FROM audit_entry WHERE object_type = 'destruction' "
                    + "AND object_id = ?", Long.toString(request))).isGreaterThanOrEqualTo(2);
            assertThat(count(dsl, "SELECT COUNT(*) FROM audit_entry WHERE object_type = 'destruction' "
                    + "AND object_id = ?", Long.toString(due))).isZero();
        } finally {
            key.destroy();
        }
    }

    @Test
    void aHouseholdReopenedAfterTheProposalIsNotDestroyedAndARejectionIsRecorded() {
        long request;
        try (AppContext admin = login(TestStores.ADMINISTRATOR)) {
            request = admin.retention().propose(reopened, null);
        }
        try (AppContext s = login("specialist")) {
            s.households().reopen(reopened, s.households().open(reopened).household().version(), today, "Melding");
        }
        try (AppContext second = login(SECOND_ADMIN)) {
            assertThatThrownBy(() -> second.retention().approve(request)).hasMessage("error.retention.notDue");
            second.retention().reject(request, "Heropend");
            DestructionRequest rejected = second.retention().requests().get(0);
            assertThat(rejected.status()).isEqualTo(DestructionStatus.REJECTED);
            assertThat(rejected.householdId()).isEqualTo(reopened);
            assertThat(rejected.decisionReason()).isEqualTo("Heropend");
        }
        try (AppContext s = login("specialist")) {
            assertThat(s.households().open(reopened).household().name()).isEqualTo("Gezin Heropend");
        }
    }

    private static long count(org.jooq.DSLContext dsl, String sql, Object... args) {
        return ((Number) dsl.fetchValue(sql, args)).longValue();
    }
}
