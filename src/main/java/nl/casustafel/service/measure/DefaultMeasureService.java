package nl.casustafel.service.measure;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.NotFoundException;
import nl.casustafel.domain.common.Page;
import nl.casustafel.domain.common.Text;
import nl.casustafel.domain.common.ValidationException;
import nl.casustafel.domain.household.Membership;
import nl.casustafel.domain.household.Person;
import nl.casustafel.domain.measure.Accountability;
import nl.casustafel.domain.measure.LegalClock;
import nl.casustafel.domain.measure.Measure;
import nl.casustafel.domain.measure.MeasureDraft;
import nl.casustafel.domain.measure.MeasureEvent;
import nl.casustafel.domain.measure.MeasureEventKind;
import nl.casustafel.domain.measure.MeasureMatrices;
import nl.casustafel.domain.measure.MeasureMatrix;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.PartnerAccountability;
import nl.casustafel.exchange.MeasureCsv;
import nl.casustafel.files.AtomicWrite;
import nl.casustafel.service.household.HouseholdDerivedData;
import nl.casustafel.store.Transactor;
import nl.casustafel.service.security.Access;
import nl.casustafel.service.security.UseCase;
import nl.casustafel.store.household.JooqHouseholdStore;
import nl.casustafel.store.household.JooqPersonStore;
import nl.casustafel.store.measure.JooqMeasureStore;
import nl.casustafel.store.partner.JooqPartnerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measure use cases over the jOOQ stores; one transaction per method. Every change that can alter the
 * household's signals (overdue measures, legal clocks) updates its derived data in the same transaction.
 */
public final class DefaultMeasureService implements MeasureService {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultMeasureService.class);
    /** Field of the amendment reason and of the status note. */
    public static final String REASON = "reason";
    public static final String NOTE = "note";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final int MAX_REASON = 2000;
    public static final int MAX_NOTE = 2000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    /** Open and in-progress measures first, then by deadline (none last), then in the order they were recorded. */
    static final Comparator<Measure> FOLLOW_UP_ORDER = Comparator
            .comparing((Measure m) -> m.status().isClosed())
            .thenComparing(Measure::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Measure::id);

    private final Transactor tx;
    private final Access access;
    private final JooqMeasureStore measures;
    private final JooqHouseholdStore households;
    private final JooqPersonStore persons;
    private final JooqPartnerStore partners;
    private final HouseholdDerivedData derived;
    private final Clock clock;

    public DefaultMeasureService(Access access, Transactor tx, JooqMeasureStore measures, JooqHouseholdStore households,
                                 JooqPersonStore persons, JooqPartnerStore partners, HouseholdDerivedData derived,
                                 Clock clock) {
        this.access = access;
        this.tx = tx;
        this.measures = measures;
        this.households = households;
        this.persons = persons;
        this.partners = partners;
        this.derived = derived;
        this.clock = clock;
    }

    private LocalDate today() {
        return DomainTime.today(clock);
    }

    private Instant now() {
        return clock.instant();
    }

    @Override
    public long add(long householdId, Long agendaItemId, MeasureDraft draft) {
        access.require(UseCase.MEASURE_ADD);
        LocalDate today = today();
        ValidationException.throwIfAny(draft.validate(today));
        return access.create(UseCase.MEASURE_ADD, () -> {
            households.get(householdId);
            checkReferences(householdId, draft);
            if (agendaItemId != null) {
                JooqMeasureStore.AgendaItemRef item = agendaItem(agendaItemId, householdId);
                if (item.conferenceClosed()) {
                    throw new DomainException("error.conference.closed");
                }
            }
            LocalDate deadline = draft.effectiveDeadline().orElse(null);
            long id = measures.insert(householdId, agendaItemId, draft, deadline, today, now());
            measures.insertEvent(id, agendaItemId, MeasureEventKind.CREATED, null, draft.status(), null, deadline,
                    null, today, now());
            derived.refreshSignals(householdId);
            return id;
        });
    }

    @Override
    public void update(long measureId, int version, MeasureDraft draft) {
        access.require(UseCase.MEASURE_UPDATE);
        LocalDate today = today();
        ValidationException.throwIfAny(draft.validate(today));
        access.run(UseCase.MEASURE_UPDATE, measureId, () -> {
            Measure m = measures.get(measureId);
            if (m.locked()) {
                throw new DomainException("error.measure.locked");
            }
            checkReferences(m.householdId(), draft);
            writeTerms(m, version, draft, today);
            if (draft.status() != m.status()) {
                measures.insertEvent(measureId, null, MeasureEventKind.STATUS_CHANGED, m.status(), draft.status(),
                        null, null, null, today, now());
            }
            derived.refreshSignals(m.householdId());
        });
    }

    @Override
    public void amend(long measureId, int version, MeasureDraft draft, String reason) {
        access.require(UseCase.MEASURE_AMEND);
        LocalDate today = today();
        List<FieldError> errors = new ArrayList<>(draft.validate(today));
        if (Text.isBlank(reason)) {
            errors.add(FieldError.of(REASON, "validation.required"));
        } else if (Text.isLongerThan(reason, MAX_REASON)) {
            errors.add(FieldError.of(REASON, "validation.tooLong", MAX_REASON));
        }
        ValidationException.throwIfAny(errors);
        access.run(UseCase.MEASURE_AMEND, measureId, reason, () -> {
            Measure m = measures.get(measureId);
            if (!m.locked()) {
                throw new DomainException("error.measure.notLocked");
            }
            checkReferences(m.householdId(), draft);
            LocalDate deadline = draft.effectiveDeadline().orElse(null);
            String summary = changeSummary(m, draft, deadline);
            if (summary.isEmpty()) {
                throw new DomainException("error.measure.noChange");
            }
            writeTerms(m, version, draft, today);
            measures.insertEvent(measureId, m.agendaItemId(), MeasureEventKind.AMENDED, m.status(), draft.status(),
                    m.deadline(), deadline, reason, today, now());
            measures.insertAmendment(measureId, m.agendaItemId(), reason, summary, now());
            derived.refreshSignals(m.householdId());
        });
    }

    /** Writes the draft's terms; a new status counts as changed today. */
    private void writeTerms(Measure m, int version, MeasureDraft draft, LocalDate today) {
        LocalDate statusChangedOn = draft.status() == m.status() ? m.statusChangedOn() : today;
        measures.update(m.id(), version, draft, draft.effectiveDeadline().orElse(null), statusChangedOn, now());
    }

    @Override
    public void changeStatus(long measureId, int version, MeasureStatus status, Long agendaItemId, String note) {
        access.require(UseCase.MEASURE_STATUS);
        List<FieldError> errors = new ArrayList<>();
        if (status == null) {
            errors.add(FieldError.of(MeasureDraft.STATUS, "validation.required"));
        }
        if (Text.isLongerThan(note, MAX_NOTE)) {
            errors.add(FieldError.of(NOTE, "validation.tooLong", MAX_NOTE));
        }
        ValidationException.throwIfAny(errors);
        LocalDate today = today();
        access.run(UseCase.MEASURE_STATUS, measureId, () -> {
            Measure m = measures.get(measureId);
            if (agendaItemId != null) {
                agendaItem(agendaItemId, m.householdId());
            }
            if (m.status() == status) {
                throw new DomainException("error.measure.sameStatus");
            }
            measures.changeStatus(measureId, version, status, note, today, now());
            measures.insertEvent(measureId, agendaItemId, MeasureEventKind.STATUS_CHANGED, m.status(), status, null,
                    null, note, today, now());
            derived.refreshSignals(m.householdId());
        });
    }

    @Override
    public LocalDate extend(long measureId, int version, LocalDate newDeadline, Long agendaItemId) {
        access.require(UseCase.MEASURE_EXTEND);
        LocalDate today = today();
        return access.perform(UseCase.MEASURE_EXTEND, measureId, () -> {
            Measure m = measures.get(measureId);
            if (agendaItemId != null) {
                agendaItem(agendaItemId, m.householdId());
            }
            if (m.status().isClosed()) {
                throw new DomainException("error.measure.notRunning");
            }
            if (m.deadline() == null) {
                throw new DomainException("error.measure.noDeadline");
            }
            LocalDate extended = newDeadline == null ? byClock(m) : checkedExtension(m, newDeadline);
            measures.extend(measureId, version, extended, now());
            measures.insertEvent(measureId, agendaItemId, MeasureEventKind.EXTENDED, null, null, m.deadline(),
                    extended, null, today, now());
            derived.refreshSignals(m.householdId());
            return extended;
        });
    }

    /** One legal extension term, capped at the legal maximum. */
    private static LocalDate byClock(Measure m) {
        LegalClock clock = m.type().clock();
        if (!clock.isExtendable()) {
            throw new DomainException("error.measure.notExtendable");
        }
        return clock.extendedDeadline(m.startDate(), m.deadline()).orElseThrow(() -> new DomainException(
                "error.measure.atLegalMaximum",
                clock.absoluteMaximum(m.startDate()).map(d -> d.format(DATE)).orElse("")));
    }

    /** An explicit new end: later than the current one and not beyond the legal maximum. */
    private static LocalDate checkedExtension(Measure m, LocalDate newDeadline) {
        if (!newDeadline.isAfter(m.deadline())) {
            throw new ValidationException(List.of(FieldError.of(MeasureDraft.DEADLINE,
                    "validation.measure.extendNotLater", m.deadline().format(DATE))));
        }
        m.type().clock().absoluteMaximum(m.startDate()).filter(newDeadline::isAfter).ifPresent(max -> {
            throw new ValidationException(List.of(FieldError.of(MeasureDraft.DEADLINE,
                    "validation.measure.beyondLegalMaximum", max.format(DATE))));
        });
        return newDeadline;
    }

    @Override
    public void remove(long measureId, int version) {
        access.run(UseCase.MEASURE_REMOVE, measureId, () -> {
            Measure m = measures.get(measureId);
            if (m.locked()) {
                throw new DomainException("error.measure.locked");
            }
            measures.delete(measureId, version);
            derived.refreshSignals(m.householdId());
        });
    }

    @Override
    public List<MeasureRow> forHousehold(long householdId) {
        access.requireHousehold(UseCase.MEASURE_LIST, householdId);
        return access.perform(UseCase.MEASURE_LIST, householdId, () -> {
            households.get(householdId);
            return measures.rowsOfHousehold(householdId).stream()
                    .sorted(Comparator.comparing(JooqMeasureStore.Row::measure, FOLLOW_UP_ORDER))
                    .map(DefaultMeasureService::toRow)
                    .toList();
        });
    }

    @Override
    public List<MeasureEvent> history(long measureId) {
        access.require(UseCase.MEASURE_HISTORY);
        if (access.session().readScope() != null) {
            access.requireHousehold(UseCase.MEASURE_HISTORY,
                    tx.inTransaction(() -> measures.get(measureId).householdId()));
        }
        return access.perform(UseCase.MEASURE_HISTORY, measureId, () -> {
            measures.get(measureId);
            return measures.events(measureId);
        });
    }

    @Override
    public Page<MeasureRow> overview(MeasureQuery query) {
        access.require(UseCase.MEASURE_OVERVIEW);
        Page<JooqMeasureStore.Row> page = access.perform(UseCase.MEASURE_OVERVIEW, null, () -> measures.page(criteria(query)));
        return new Page<>(page.items().stream().map(DefaultMeasureService::toRow).toList(), page.offset(),
                page.limit(), page.total(), page.totalExact());
    }

    @Override
    public int exportCsv(MeasureQuery query, Path target, Locale locale) {
        access.require(UseCase.MEASURE_EXPORT);
        Objects.requireNonNull(target, "target");
        MeasureCsv csv = new MeasureCsv(locale);
        // The file is written inside the use case: the EXPORT entry commits only when the file is complete.
        return access.perform(UseCase.MEASURE_EXPORT, null, () -> {
            List<MeasureCsv.Line> lines = measures.all(criteria(query)).stream()
                    .map(r -> new MeasureCsv.Line(r.measure(), r.householdName(), r.ownerPartnerName(),
                            r.concernedPersonName(), r.agreedOn()))
                    .toList();
            try {
                AtomicWrite.write(target, out -> {
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    csv.write(lines, writer);
                    writer.flush();
                });
            } catch (IOException e) {
                // The path may name a person (a file per household): only the kind of failure is logged.
                LOG.warn("Measure export failed: {}", e.getClass().getSimpleName());
                throw new DomainException("error.export.write");
            }
            return lines.size();
        });
    }


    @Override
    public MeasureMatrix matrix(long householdId) {
        access.require(UseCase.MEASURE_MATRIX);
        LocalDate today = today();
        access.requireHousehold(UseCase.MEASURE_MATRIX, householdId);
        return access.perform(UseCase.MEASURE_MATRIX, householdId, () -> {
            households.get(householdId);
            List<Membership> memberships = persons.memberships(householdId);
            Map<Long, Person> byId = memberships.isEmpty() ? Map.of()
                    : persons.byIds(memberships.stream().map(Membership::personId).toList()).stream()
                    .collect(Collectors.toMap(Person::id, Function.identity()));
            List<MeasureMatrices.Member> members = memberships.stream()
                    .filter(m -> byId.containsKey(m.personId()))
                    .sorted(Comparator.comparing((Membership m) -> m.role().ordinal())
                            .thenComparing(m -> byId.get(m.personId()).name().sortKey()))
                    .map(m -> new MeasureMatrices.Member(m.personId(), byId.get(m.personId()).name().displayName(),
                            m.role(), m.endDate()))
                    .toList();
            List<Measure> list = measures.byHousehold(householdId).stream().sorted(FOLLOW_UP_ORDER).toList();
            return MeasureMatrices.build(members, list, today);
        });
    }

    @Override
    public List<PartnerAccountability> accountability(LocalDate from, LocalDate to) {
        access.require(UseCase.MEASURE_ACCOUNTABILITY);
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(FieldError.of(FROM, "validation.required"));
        }
        if (to == null) {
            errors.add(FieldError.of(TO, "validation.required"));
        } else if (from != null && to.isBefore(from)) {
            errors.add(FieldError.of(TO, "validation.endBeforeStart"));
        }
        ValidationException.throwIfAny(errors);
        LocalDate today = today();
        return access.perform(UseCase.MEASURE_ACCOUNTABILITY, null, () -> Accountability.count(measures.accountabilityFacts(from, to), from, to, today));
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** The owner must exist and the concerned person, when set, must belong to the household. */
    private void checkReferences(long householdId, MeasureDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        try {
            partners.get(draft.ownerPartnerId());
        } catch (NotFoundException e) {
            errors.add(FieldError.of(MeasureDraft.OWNER, "validation.measure.unknownOwner"));
        }
        if (draft.concernedPersonId() != null && !persons.isMember(householdId, draft.concernedPersonId())) {
            errors.add(FieldError.of(MeasureDraft.CONCERNED_PERSON, "error.personNotMember"));
        }
        ValidationException.throwIfAny(errors);
    }

    /** The agenda item, which must exist and discuss this household. */
    private JooqMeasureStore.AgendaItemRef agendaItem(long agendaItemId, long householdId) {
        JooqMeasureStore.AgendaItemRef item = measures.agendaItem(agendaItemId)
                .orElseThrow(() -> new NotFoundException("entity.agendaItem", agendaItemId));
        if (item.householdId() != householdId) {
            throw new DomainException("error.measure.agendaItemOtherHousehold");
        }
        return item;
    }

    /**
     * What an amendment changes, for the conference's record: "field: old -> new" for the terms that carry no
     * personal content (category, type, owner, dates, status) and only the field name for the others
     * (concerned person, responsible person, description). Empty when nothing changes.
     */
    private String changeSummary(Measure m, MeasureDraft d, LocalDate newDeadline) {
        List<String> parts = new ArrayList<>();
        valueChange(parts, MeasureDraft.CATEGORY, m.category(), d.category());
        valueChange(parts, MeasureDraft.TYPE, m.type(), d.type());
        if (m.ownerPartnerId() != d.ownerPartnerId()) {
            parts.add(MeasureDraft.OWNER + ": " + partners.get(m.ownerPartnerId()).shortName() + " -> "
                    + partners.get(d.ownerPartnerId()).shortName());
        }
        valueChange(parts, MeasureDraft.START, date(m.startDate()), date(d.startDate()));
        valueChange(parts, MeasureDraft.DEADLINE, date(m.deadline()), date(newDeadline));
        valueChange(parts, MeasureDraft.STATUS, m.status(), d.status());
        nameChange(parts, MeasureDraft.CONCERNED_PERSON, m.concernedPersonId(), d.concernedPersonId());
        nameChange(parts, MeasureDraft.RESPONSIBLE, m.responsiblePerson(), Text.trimToNull(d.responsiblePerson()));
        nameChange(parts, MeasureDraft.DESCRIPTION, m.description(), Text.trimToNull(d.description()));
        return String.join("; ", parts);
    }

    private static void valueChange(List<String> parts, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(field + ": " + (before == null ? "-" : before) + " -> " + (after == null ? "-" : after));
        }
    }

    private static void nameChange(List<String> parts, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(field + ": changed");
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.format(DATE);
    }

    private JooqMeasureStore.Criteria criteria(MeasureQuery q) {
        return new JooqMeasureStore.Criteria(q.ownerPartnerId(), q.statuses(), q.overdueOnly(),
                q.expiringWithinDays(), q.householdId(), q.sort().name(), q.ascending(), q.offset(), q.limit(),
                today());
    }

    private static MeasureRow toRow(JooqMeasureStore.Row r) {
        return new MeasureRow(r.measure(), r.householdName(), r.ownerPartnerName(), r.concernedPersonName(),
                r.conferenceId(), r.agreedOn());
    }
}
