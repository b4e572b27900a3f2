package nl.casustafel.service;

import nl.casustafel.TestRoles;
import static nl.casustafel.service.HouseholdServiceTest.household;
import static nl.casustafel.service.HouseholdServiceTest.incident;
import static nl.casustafel.service.HouseholdServiceTest.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.casustafel.TestClocks;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.ValidationException;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.InvolvedPerson;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.store.Database;
import nl.casustafel.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guards for what the first code review found: data loss, personal data in errors, mixing demo data. */
class ReviewFindingsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private AppContext ctx;

    @BeforeEach
    void open() {
        ctx = AppContext.inMemory(TestClocks.uniqueName("review"), TestClocks.fixed(), nl.casustafel.domain.security.Role.SPECIALIST);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aMemberInvolvedInIncidentsCannotBeRemovedSoTheirPartIsNotLost() {
        var s = TestRoles.households(ctx);
        long id = s.create(household("Gezin Smit", null));
        long victim = s.addNewMember(id, person("Eva", null, "Smit", null), new MembershipDraft(PersonRole.VICTIM, null, null));
        s.addIncident(id, incident(TODAY.minusDays(5), Severity.SERIOUS, null,
                List.of(new InvolvedPerson(victim, PersonRole.VICTIM))));
        var membership = s.open(id).members().get(0).membership();

        assertThatThrownBy(() -> s.removeMembership(membership.id(), membership.version()))
                .isInstanceOf(DomainException.class).hasMessage("error.memberInIncidents");
        assertThat(s.open(id).members()).hasSize(1);
        assertThat(s.open(id).incidents().get(0).involved()).containsExactly(new InvolvedPerson(victim, PersonRole.VICTIM));
    }

    @Test
    void reopeningBeforeTheCloseDecisionIsRefused() {
        var s = TestRoles.households(ctx);
        long id = s.create(household("Gezin Smit", null));
        s.close(id, 0, TODAY.minusDays(3), null);

        assertThatThrownBy(() -> s.reopen(id, 1, TODAY.minusDays(10), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("decidedOn", "validation.beforeLastDecision", "21-11-2026")));
        assertThat(s.open(id).household().isOpen()).isFalse();
    }

    @Test
    void aTooLongReasonIsAFieldErrorNotADatabaseError() {
        var s = TestRoles.households(ctx);
        long id = s.create(household("Gezin Smit", null));

        assertThatThrownBy(() -> s.close(id, 0, TODAY, "x".repeat(2001)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("reason", "validation.tooLong", 2000)));
    }

    @Test
    void anInvolvedPersonWithoutRoleIsAFieldError() {
        var draft = new IncidentDraft(TODAY, LocalTime.NOON, IncidentType.OTHER, Severity.MINOR, null,
                IncidentSource.POLICE, null, Set.of(), List.of(new InvolvedPerson(1, null)));

        assertThat(draft.validate(TestClocks.NOW)).containsExactly(FieldError.of(IncidentDraft.INVOLVED, "validation.required"));
    }

    @Test
    void databaseFailuresCarryNoValuesAndNoCause() {
        try (Database db = Database.inMemory(TestClocks.uniqueName("failure"))) {
            assertThatThrownBy(() -> db.run(() -> db.dsl().execute(
                    "INSERT INTO person (given_names, surname, sort_key, gender, created_at, updated_at, bsn) "
                            + "VALUES ('Jan', 'Jansen', 'jansen', 'MALE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '1112223334444')")))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.store.write");
                        assertThat(e.getCause()).isNull();
                        assertThat(e.getMessage() + e.arguments()).doesNotContain("Jansen", "111222");
                    });
        }
    }

    @Test
    void demoDataIsNeverAddedToAStoreWithDossiers() {
        TestRoles.households(ctx).create(household("Gezin Echt", null));

        assertThatThrownBy(() -> TestRoles.demo(ctx).generate(5, 1, (d, t) -> { }, () -> false))
                .isInstanceOf(DomainException.class).hasMessage("error.demo.storeNotEmpty");
        assertThat(TestRoles.households(ctx).search(nl.casustafel.service.household.HouseholdQuery.text("")).total()).isEqualTo(1);
    }

    @Test
    void aNewDataDirectoryIsReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("casustafel");
        try (AppContext file = nl.casustafel.TestStores.open(data, TestClocks.fixed(), nl.casustafel.domain.security.Role.SPECIALIST)) {
            assertThat(file.partners().list(false)).isNotEmpty();
        }
        if (data.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        }
    }
}
