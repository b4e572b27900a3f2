package nl.casustafel.service;

import nl.casustafel.TestRoles;
import static nl.casustafel.service.HouseholdServiceTest.household;
import static nl.casustafel.service.HouseholdServiceTest.person;
import static nl.casustafel.store.jooq.Tables.AGENDA_ITEM;
import static nl.casustafel.store.jooq.Tables.CONFERENCE;
import static nl.casustafel.store.jooq.Tables.CONFERENCE_AMENDMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.casustafel.MutableClock;
import nl.casustafel.TestClocks;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.common.ConflictException;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.ValidationException;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.measure.Measure;
import nl.casustafel.domain.measure.MeasureCategory;
import nl.casustafel.domain.measure.MeasureDraft;
import nl.casustafel.domain.measure.MeasureEvent;
import nl.casustafel.domain.measure.MeasureEventKind;
import nl.casustafel.domain.measure.MeasureMatrix;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;
import nl.casustafel.domain.measure.PartnerAccountability;
import nl.casustafel.domain.signal.Signal;
import nl.casustafel.domain.signal.SignalType;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.measure.MeasureQuery;
import nl.casustafel.service.measure.MeasureRow;
import nl.casustafel.service.measure.MeasureService;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Measure use cases against a real H2 store with the real migrations. */
class MeasureServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final MutableClock clock = new MutableClock(TestClocks.NOW);
    private AppContext ctx;
    private Connection connection;
    private DSLContext sql;
    private MeasureService service;
    private HouseholdService households;
    private long politie;
    private long veiligThuis;
    private long household;
    private long anna;

    @BeforeEach
    void open() throws SQLException {
        String name = TestClocks.uniqueName("measures");
        ctx = AppContext.inMemory(name, clock, nl.casustafel.domain.security.Role.CHAIR);
        // Conferences are written elsewhere: the tests insert them with plain jOOQ on the same in-memory store.
        connection = DriverManager.getConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "casustafel", "");
        sql = DSL.using(connection, SQLDialect.H2);
        service = TestRoles.measures(ctx);
        households = TestRoles.households(ctx);
        politie = partner("POLITIE");
        veiligThuis = partner("VEILIG_THUIS");
        household = households.create(household("Gezin de Vries", "3511 AB"));
        anna = households.addNewMember(household, person("Anna", null, "de Vries", null),
                new MembershipDraft(PersonRole.VICTIM, null, null));
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
        ctx.close();
    }

    private long partner(String code) {
        return TestRoles.partners(ctx).list(true).stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow().id();
    }

    private static MeasureDraft draft(MeasureType type, Long personId, Long owner, LocalDate start,
                                      LocalDate deadline) {
        return new MeasureDraft(type.category(), type, personId, owner, "J. Jansen", start, deadline,
                MeasureStatus.OPEN, "Afspraak over contact met Anna");
    }

    private Measure measure(long id) {
        return service.forHousehold(household).stream().map(MeasureRow::measure).filter(m -> m.id() == id)
                .findFirst().orElseThrow();
    }

    private long conference(String status) {
        OffsetDateTime now = TestClocks.NOW.atOffset(ZoneOffset.UTC);
        return sql.insertInto(CONFERENCE)
                .set(CONFERENCE.TYPE, "REGULAR")
                .set(CONFERENCE.STARTS_AT, OffsetDateTime.parse("2026-11-02T23:30:00Z"))
                .set(CONFERENCE.DURATION_MINUTES, 90)
                .set(CONFERENCE.CHAIR_NAME, "Voorzitter")
                .set(CONFERENCE.STATUS, status)
                .set(CONFERENCE.CREATED_AT, now)
                .set(CONFERENCE.UPDATED_AT, now)
                .returningResult(CONFERENCE.ID).fetchOne().value1();
    }

    private long agendaItem(long conferenceId, long householdId) {
        OffsetDateTime now = TestClocks.NOW.atOffset(ZoneOffset.UTC);
        return sql.insertInto(AGENDA_ITEM)
                .set(AGENDA_ITEM.CONFERENCE_ID, conferenceId)
                .set(AGENDA_ITEM.HOUSEHOLD_ID, householdId)
                .set(AGENDA_ITEM.POSITION, 1)
                .set(AGENDA_ITEM.REASON, "FOLLOW_UP")
                .set(AGENDA_ITEM.TIME_BOX_MINUTES, 15)
                .set(AGENDA_ITEM.CREATED_AT, now)
                .set(AGENDA_ITEM.UPDATED_AT, now)
                .returningResult(AGENDA_ITEM.ID).fetchOne().value1();
    }

    private void closeConference(long conferenceId) {
        sql.update(CONFERENCE).set(CONFERENCE.STATUS, "CLOSED").where(CONFERENCE.ID.eq(conferenceId)).execute();
    }

    private static void assertFieldError(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).contains(field));
    }

    private static void assertDomainError(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    // ---- add ---------------------------------------------------------------------------------------------

    @Test
    void deadlineDefaultsFromTheLegalClock() {
        long ban = service.add(household, null, draft(MeasureType.TEMPORARY_RESTRAINING_ORDER, null, politie,
                TODAY, null));
        long ots = service.add(household, null, draft(MeasureType.SUPERVISION_ORDER_OTS, anna, veiligThuis,
                TODAY.minusDays(3), null));

        assertThat(measure(ban).deadline()).isEqualTo(TODAY.plusDays(10));
        assertThat(measure(ots).deadline()).isEqualTo(TODAY.minusDays(3).plusYears(1));
        assertThat(measure(ots).statusChangedOn()).isEqualTo(TODAY);
        assertThat(measure(ots).locked()).isFalse();
        assertThat(service.history(ban)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(MeasureEventKind.CREATED);
            assertThat(e.newDeadline()).isEqualTo(TODAY.plusDays(10));
            assertThat(e.newStatus()).isEqualTo(MeasureStatus.OPEN);
        });
    }

    @Test
    void deadlineBeforeStartIsAFieldErrorAndNothingIsStored() {
        assertFieldError(() -> service.add(household, null, draft(MeasureType.OTHER, null, politie, TODAY,
                TODAY.minusDays(1))), MeasureDraft.DEADLINE);
        assertThat(service.forHousehold(household)).isEmpty();
    }

    @Test
    void missingOrUnknownOwnerIsAFieldError() {
        assertFieldError(() -> service.add(household, null, draft(MeasureType.OTHER, null, null, TODAY, null)),
                MeasureDraft.OWNER);
        assertFieldError(() -> service.add(household, null, draft(MeasureType.OTHER, null, 999_999L, TODAY, null)),
                MeasureDraft.OWNER);
        assertThat(service.forHousehold(household)).isEmpty();
    }

    @Test
    void concernedPersonMustBeAMemberOfTheHousehold() {
        long other = households.create(household("Gezin Bakker", null));
        long stranger = households.addNewMember(other, person("Bert", null, "Bakker", null),
                new MembershipDraft(PersonRole.SUSPECT, null, null));

        assertFieldError(() -> service.add(household, null, draft(MeasureType.OTHER, stranger, politie, TODAY, null)),
                MeasureDraft.CONCERNED_PERSON);
        assertThat(service.forHousehold(household)).isEmpty();
    }

    @Test
    void staleVersionIsAConflict() {
        long id = service.add(household, null, draft(MeasureType.OTHER, null, politie, TODAY, null));
        MeasureDraft changed = draft(MeasureType.OTHER, anna, politie, TODAY, TODAY.plusDays(5));
        service.update(id, 0, changed);

        assertThatThrownBy(() -> service.update(id, 0, changed)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.changeStatus(id, 0, MeasureStatus.DONE, null, null))
                .isInstanceOf(ConflictException.class);
        assertThat(measure(id).version()).isEqualTo(1);
        assertThat(measure(id).concernedPersonId()).isEqualTo(anna);
    }

    // ---- follow-up ---------------------------------------------------------------------------------------

    @Test
    void statusChangesAreRecordedOldestFirst() {
        long id = service.add(household, null, draft(MeasureType.OTHER, null, politie, TODAY.minusDays(20), null));
        clock.advance(java.time.Duration.ofDays(2));
        service.changeStatus(id, 0, MeasureStatus.IN_PROGRESS, null, "gestart");
        service.changeStatus(id, 1, MeasureStatus.DONE, null, null);

        List<MeasureEvent> history = service.history(id);
        assertThat(history).extracting(MeasureEvent::kind).containsExactly(MeasureEventKind.CREATED,
                MeasureEventKind.STATUS_CHANGED, MeasureEventKind.STATUS_CHANGED);
        assertThat(history.get(1).oldStatus()).isEqualTo(MeasureStatus.OPEN);
        assertThat(history.get(1).newStatus()).isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(history.get(1).note()).isEqualTo("gestart");
        assertThat(history.get(2).newStatus()).isEqualTo(MeasureStatus.DONE);
        assertThat(history.get(2).occurredOn()).isEqualTo(TODAY.plusDays(2));
        assertThat(measure(id).statusChangedOn()).isEqualTo(TODAY.plusDays(2));
        assertDomainError(() -> service.changeStatus(id, 2, MeasureStatus.DONE, null, null),
                "error.measure.sameStatus");
    }

    @Test
    void bothNotDoneReasonsAreKeptApart() {
        long a = service.add(household, null, draft(MeasureType.OTHER, null, politie, TODAY.minusDays(5), null));
        long b = service.add(household, null, draft(MeasureType.OTHER, null, veiligThuis, TODAY.minusDays(5), null));

        service.changeStatus(a, 0, MeasureStatus.NOT_DONE_CIRCUMSTANCES_CHANGED, null, null);
        service.changeStatus(b, 0, MeasureStatus.NOT_DONE_PARTNER_DID_NOT_ACT, null, null);

        assertThat(measure(a).status()).isEqualTo(MeasureStatus.NOT_DONE_CIRCUMSTANCES_CHANGED);
        assertThat(measure(b).status()).isEqualTo(MeasureStatus.NOT_DONE_PARTNER_DID_NOT_ACT);
        assertThat(service.accountability(TODAY.minusDays(30), TODAY)).containsExactlyInAnyOrder(
                new PartnerAccountability(politie, 1, 0, 1, 0, 0),
                new PartnerAccountability(veiligThuis, 1, 0, 0, 1, 0));
    }

    @Test
    void extendingByTheClockStopsAtTheLegalMaximum() {
        long id = service.add(household, null, draft(MeasureType.TEMPORARY_RESTRAINING_ORDER, null, politie,
                TODAY, null));

        assertThat(service.extend(id, 0, null, null)).isEqualTo(TODAY.plusDays(28));
        assertThat(measure(id).extensionCount()).isEqualTo(1);
        assertThat(service.history(id)).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(MeasureEventKind.EXTENDED);
            assertThat(e.oldDeadline()).isEqualTo(TODAY.plusDays(10));
            assertThat(e.newDeadline()).isEqualTo(TODAY.plusDays(28));
        });
        assertDomainError(() -> service.extend(id, 1, null, null), "error.measure.atLegalMaximum");
        assertThat(measure(id).extensionCount()).isEqualTo(1);
    }

    @Test
    void anExplicitNewDeadlineMustBeLaterAndWithinTheMaximum() {
        long id = service.add(household, null, draft(MeasureType.TEMPORARY_RESTRAINING_ORDER, null, politie,
                TODAY, null));

        assertFieldError(() -> service.extend(id, 0, TODAY.plusDays(29), null), MeasureDraft.DEADLINE);
        assertFieldError(() -> service.extend(id, 0, TODAY.plusDays(10), null), MeasureDraft.DEADLINE);
        assertThat(service.extend(id, 0, TODAY.plusDays(20), null)).isEqualTo(TODAY.plusDays(20));
        assertThat(measure(id).deadline()).isEqualTo(TODAY.plusDays(20));
    }

    @Test
    void aClockWithoutLegalExtensionIsNotExtendedByItself() {
        long plan = service.add(household, null, draft(MeasureType.SAFETY_PLAN, null, veiligThuis, TODAY, null));

        assertDomainError(() -> service.extend(plan, 0, null, null), "error.measure.notExtendable");
        assertThat(service.extend(plan, 0, TODAY.plusMonths(6), null)).isEqualTo(TODAY.plusMonths(6));
    }

    // ---- conferences: lock and amend ---------------------------------------------------------------------

    @Test
    void aLockedMeasureRefusesEditAndRemovalButFollowsUpAndAmends() {
        long conference = conference("IN_PROGRESS");
        long item = agendaItem(conference, household);
        long id = service.add(household, item, draft(MeasureType.TEMPORARY_RESTRAINING_ORDER, null, politie, TODAY,
                null));
        closeConference(conference);
        assertThat(measure(id).locked()).isTrue();

        MeasureDraft changed = draft(MeasureType.TEMPORARY_RESTRAINING_ORDER, null, veiligThuis, TODAY,
                TODAY.plusDays(14));
        assertDomainError(() -> service.update(id, 0, changed), "error.measure.locked");
        assertDomainError(() -> service.remove(id, 0), "error.measure.locked");
        assertFieldError(() -> service.amend(id, 0, changed, "  "), "reason");

        service.changeStatus(id, 0, MeasureStatus.IN_PROGRESS, null, null);
        service.amend(id, 1, new MeasureDraft(MeasureCategory.ADMINISTRATIVE, MeasureType.TEMPORARY_RESTRAINING_ORDER,
                anna, veiligThuis, "Iemand anders", TODAY, TODAY.plusDays(14), MeasureStatus.IN_PROGRESS,
                "Geheime omschrijving"), "Verkeerd genoteerd");

        Measure amended = measure(id);
        assertThat(amended.ownerPartnerId()).isEqualTo(veiligThuis);
        assertThat(amended.deadline()).isEqualTo(TODAY.plusDays(14));
        assertThat(amended.locked()).isTrue();
        assertThat(service.history(id)).last().satisfies(e -> assertThat(e.kind()).isEqualTo(MeasureEventKind.AMENDED));
        var amendment = sql.selectFrom(CONFERENCE_AMENDMENT).fetchSingle();
        assertThat(amendment.getConferenceId()).isEqualTo(conference);
        assertThat(amendment.getAgendaItemId()).isEqualTo(item);
        assertThat(amendment.getMeasureId()).isEqualTo(id);
        assertThat(amendment.getReason()).isEqualTo("Verkeerd genoteerd");
        assertThat(amendment.getChangeSummary())
                .contains("owner: Politie -> ", "deadline: 04-12-2026 -> 08-12-2026", "description", "concernedPerson")
                .doesNotContain("Geheime", "Afspraak", "Iemand", "Jansen", "Anna");
    }

    @Test
    void amendingAnUnlockedMeasureIsRefused() {
        long id = service.add(household, null, draft(MeasureType.OTHER, null, politie, TODAY, null));

        assertDomainError(() -> service.amend(id, 0, draft(MeasureType.OTHER, null, veiligThuis, TODAY, null),
                "reden"), "error.measure.notLocked");
    }

    @Test
    void aClosedConferenceOrAnotherHouseholdsItemTakesNoNewMeasures() {
        long closed = conference("CLOSED");
        long closedItem = agendaItem(closed, household);
        long other = households.create(household("Gezin Bakker", null));
        long otherItem = agendaItem(conference("PLANNED"), other);

        assertDomainError(() -> service.add(household, closedItem, draft(MeasureType.OTHER, null, politie, TODAY,
                null)), "error.conference.closed");
        assertDomainError(() -> service.add(household, otherItem, draft(MeasureType.OTHER, null, politie, TODAY,
                null)), "error.measure.agendaItemOtherHousehold");
        assertThat(service.forHousehold(household)).isEmpty();
    }

    @Test
    void removingAnUnlockedMeasureDeletesIt() {
        long id = service.add(household, null, draft(MeasureType.OTHER, null, politie, TODAY, null));

        service.remove(id, 0);

        assertThat(service.forHousehold(household)).isEmpty();
    }

    // ---- lists -------------------------------------------------------------------------------------------

    @Test
    void forHouseholdListsRunningMeasuresFirstThenByDeadline() {
        long done = service.add(household, null, draft(MeasureType.OTHER, null, politie, TODAY, TODAY.plusDays(1)));
        service.changeStatus(done, 0, MeasureStatus.DONE, null, null);
        long noDeadline = service.add(household, null, draft(MeasureType.OTHER, null, politie, TODAY, null));
        long late = service.add(household, null, draft(MeasureType.OTHER, null, politie, TODAY, TODAY.plusDays(30)));
        long soon = service.add(household, null, draft(MeasureType.OTHER, anna, politie, TODAY, TODAY.plusDays(3)));

        List<MeasureRow> rows = service.forHousehold(household);

        assertThat(rows).extracting(r -> r.measure().id()).containsExactly(soon, late, noDeadline, done);
        assertThat(rows.get(0).concernedPersonName()).isEqualTo("Anna de Vries");
        assertThat(rows.get(1).concernedPersonName()).isNull();
        assertThat(rows.get(0).householdName()).isEqualTo("Gezin de Vries");
        assertThat(rows.get(0).ownerPartnerName()).isEqualTo("Politie");
    }

    @Test
    void overviewFiltersSortsPagesAndCountsExactly() {
        long other = households.create(household("Gezin Aalders", null));
        long overdue = service.add(household, null, draft(MeasureType.OTHER, null, politie, TODAY.minusDays(30),
                TODAY.minusDays(1)));
        long dueToday = service.add(household, null, draft(MeasureType.OTHER, null, veiligThuis, TODAY.minusDays(30),
                TODAY));
        long inWeek = service.add(other, null, draft(MeasureType.SAFETY_PLAN, null, veiligThuis, TODAY.minusDays(3),
                TODAY.plusDays(7)));
        long closedLate = service.add(other, null, draft(MeasureType.OTHER, null, politie, TODAY.minusDays(30),
                TODAY.minusDays(2)));
        service.changeStatus(closedLate, 0, MeasureStatus.DONE, null, null);
        long conference = conference("IN_PROGRESS");
        long agreed = service.add(household, agendaItem(conference, household), draft(MeasureType.OTHER, null,
                politie, TODAY, TODAY.plusDays(40)));

        assertThat(ids(query(null, Set.of(), true, null, null))).containsExactly(overdue);
        assertThat(ids(query(null, Set.of(), false, 7, null))).containsExactly(dueToday, inWeek);
        assertThat(ids(query(null, Set.of(), false, 6, null))).containsExactly(dueToday);
        assertThat(ids(query(veiligThuis, Set.of(), false, null, null))).containsExactly(dueToday, inWeek);
        assertThat(ids(query(null, Set.of(MeasureStatus.DONE), false, null, null))).containsExactly(closedLate);
        assertThat(ids(query(null, Set.of(), false, null, other))).containsExactly(closedLate, inWeek);

        var byHousehold = new MeasureQuery(null, Set.of(), false, null, null, MeasureQuery.SortField.HOUSEHOLD,
                true, 0, 10);
        assertThat(ids(byHousehold)).containsExactly(inWeek, closedLate, overdue, dueToday, agreed);
        var byDeadlineDescending = new MeasureQuery(null, Set.of(), false, null, null,
                MeasureQuery.SortField.DEADLINE, false, 0, 2);
        var page = service.overview(byDeadlineDescending);
        assertThat(page.items()).extracting(r -> r.measure().id()).containsExactly(agreed, inWeek);
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.hasNext()).isTrue();
        assertThat(service.overview(byDeadlineDescending.withPage(4, 2)).items()).extracting(r -> r.measure().id())
                .containsExactly(closedLate);
        var byStatus = new MeasureQuery(null, Set.of(), false, null, null, MeasureQuery.SortField.STATUS, true, 0, 10);
        assertThat(ids(byStatus)).endsWith(closedLate);

        MeasureRow agreedRow = service.overview(MeasureQuery.all()).items().stream()
                .filter(r -> r.measure().id() == agreed).findFirst().orElseThrow();
        assertThat(agreedRow.conferenceId()).isEqualTo(conference);
        // 2 November 23:30 UTC is 3 November in Amsterdam.
        assertThat(agreedRow.agreedOn()).isEqualTo(LocalDate.of(2026, 11, 3));
    }

    private static MeasureQuery query(Long owner, Set<MeasureStatus> statuses, boolean overdueOnly, Integer days,
                                      Long householdId) {
        return new MeasureQuery(owner, statuses, overdueOnly, days, householdId, MeasureQuery.SortField.DEADLINE,
                true, 0, 50);
    }

    private List<Long> ids(MeasureQuery q) {
        return service.overview(q).items().stream().map(r -> r.measure().id()).toList();
    }

    // ---- export ------------------------------------------------------------------------------------------

    @Test
    void csvExportRoundTripsWithBomQuotingAndNeutralisedFormulas(@TempDir Path dir) throws IOException {
        service.add(household, null, new MeasureDraft(MeasureCategory.CARE, MeasureType.OTHER, anna, politie,
                "=HYPERLINK(\"x\")", TODAY, TODAY.plusDays(3), MeasureStatus.OPEN, "Gesprek; daarna \"evaluatie\"\nen verder"));
        Path target = dir.resolve("maatregelen.csv");
        Files.writeString(target, "oud");

        int rows = service.exportCsv(MeasureQuery.all().withPage(0, 1), target, Locale.forLanguageTag("en-GB"));

        assertThat(rows).isEqualTo(1);
        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> parsed = parse(new String(bytes, StandardCharsets.UTF_8).substring(1));
        assertThat(parsed).hasSize(2);
        assertThat(parsed.get(0)).startsWith("Household", "Concerns", "Category", "Measure", "Owner");
        List<String> row = parsed.get(1);
        assertThat(row).hasSize(parsed.get(0).size());
        assertThat(row.get(0)).isEqualTo("Gezin de Vries");
        assertThat(row.get(1)).isEqualTo("Anna de Vries");
        assertThat(row.get(3)).isEqualTo("Other");
        assertThat(row.get(5)).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(row.get(7)).isEqualTo("27-11-2026");
        assertThat(row.get(row.size() - 1)).isEqualTo("Gesprek; daarna \"evaluatie\"\nen verder");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void exportIntoAMissingFolderFailsWithoutLeavingAFile(@TempDir Path dir) {
        service.add(household, null, draft(MeasureType.OTHER, null, politie, TODAY, null));
        Path target = dir.resolve("bestaat-niet").resolve("Gezin de Vries.csv");

        assertThatThrownBy(() -> service.exportCsv(MeasureQuery.all(), target, Locale.forLanguageTag("nl-NL")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.export.write");
                    assertThat(e.getMessage()).doesNotContain("Vries", dir.toString());
                });
        assertThat(Files.exists(target)).isFalse();
        assertThat(dir.toFile().list()).isEmpty();
    }

    /** A small RFC 4180 reader: ; separated, CRLF rows, quoted cells with doubled quotes. */
    private static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    // ---- matrix, accountability, signals -----------------------------------------------------------------

    @Test
    void matrixShowsMembersAndGaps() {
        long bert = households.addNewMember(household, person("Bert", null, "de Vries", null),
                new MembershipDraft(PersonRole.SUSPECT, null, null));
        long cas = households.addNewMember(household, person("Cas", null, "de Vries", null),
                new MembershipDraft(PersonRole.CHILD, null, null));
        service.add(household, null, draft(MeasureType.RVDK_INVESTIGATION_REQUEST, null, veiligThuis, TODAY, null));
        long plan = service.add(household, null, draft(MeasureType.SAFETY_PLAN, anna, veiligThuis, TODAY, null));

        MeasureMatrix matrix = service.matrix(household);

        assertThat(matrix.rows()).extracting(MeasureMatrix.Row::personId).containsExactly(anna, bert, cas, null);
        assertThat(matrix.rows().get(0).label()).isEqualTo("Anna de Vries");
        assertThat(matrix.rows().get(0).cells().get(MeasureCategory.SAFETY)).extracting(Measure::id)
                .containsExactly(plan);
        assertThat(matrix.rows().get(1).gaps()).extracting(MeasureMatrix.Gap::kind)
                .containsExactly(MeasureMatrix.GapKind.SUSPECT_WITHOUT_MEASURE);
        assertThat(matrix.rows().get(2).gaps()).extracting(MeasureMatrix.Gap::kind)
                .containsExactly(MeasureMatrix.GapKind.CHILD_WITHOUT_PROTECTION_WHILE_REQUEST_PENDING);
        assertThat(matrix.rows().get(3).cells().get(MeasureCategory.CHILD_PROTECTION)).hasSize(1);

        service.add(household, null, draft(MeasureType.CONTACT_BAN_SPECIAL_CONDITION, bert, politie, TODAY, null));
        assertThat(service.matrix(household).rows().get(1).gaps()).isEmpty();
    }

    @Test
    void accountabilityCountsOverdueThroughTheService() {
        service.add(household, null, draft(MeasureType.OTHER, null, politie, TODAY.minusDays(40),
                TODAY.minusDays(10)));

        assertThat(service.accountability(TODAY.minusDays(30), TODAY))
                .containsExactly(new PartnerAccountability(politie, 1, 0, 0, 0, 1));
        assertFieldError(() -> service.accountability(TODAY, TODAY.minusDays(1)), "to");
    }

    @Test
    void overdueMeasureRaisesASignalUntilItIsDone() {
        long id = service.add(household, null, draft(MeasureType.VOLUNTARY_CARE_TRAJECTORY, null, politie,
                TODAY.minusDays(30), TODAY.minusDays(1)));

        Signal signal = households.open(household).signals().stream()
                .filter(s -> s.type() == SignalType.OVERDUE_MEASURE).findFirst().orElseThrow();
        assertThat(signal.measureIds()).containsExactly(id);
        assertThat(signal.dates()).containsExactly(TODAY.minusDays(1));
        assertThat(households.search(new HouseholdQuery("", null, true, null, null, true, 0, 50)).items())
                .singleElement().satisfies(s -> assertThat(s.signals()).containsExactly(SignalType.OVERDUE_MEASURE));

        service.changeStatus(id, 0, MeasureStatus.DONE, null, null);

        assertThat(households.open(household).signals()).isEmpty();
        assertThat(households.search(new HouseholdQuery("", null, true, null, null, true, 0, 50)).total()).isZero();
    }

    @Test
    void legalClockSignalAppearsAsTimePasses() {
        service.add(household, null, draft(MeasureType.SUPERVISION_ORDER_OTS, anna, veiligThuis,
                TODAY.minusYears(1).plusDays(20), null));
        assertThat(households.open(household).signals()).isEmpty();

        clock.advance(java.time.Duration.ofDays(6));

        assertThat(households.open(household).signals()).extracting(Signal::type)
                .containsExactly(SignalType.LEGAL_CLOCK_EXPIRING);
    }
}
