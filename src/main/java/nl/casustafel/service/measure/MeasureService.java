package nl.casustafel.service.measure;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.casustafel.domain.common.Page;
import nl.casustafel.domain.measure.MeasureDraft;
import nl.casustafel.domain.measure.MeasureEvent;
import nl.casustafel.domain.measure.MeasureMatrix;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.PartnerAccountability;

/**
 * Use cases of measures and their follow-up. Every method is one transaction; validation failures throw
 * {@link nl.casustafel.domain.common.ValidationException} before anything is written, a stale version
 * {@link nl.casustafel.domain.common.ConflictException}, an unknown id
 * {@link nl.casustafel.domain.common.NotFoundException}. Methods block: call them off the FX thread.
 */
public interface MeasureService {

    /**
     * Records a new measure of the household, agreed in {@code agendaItemId} (null outside a conference; the item's
     * conference must not be closed). The deadline defaults from the type's legal clock when left empty.
     */
    long add(long householdId, Long agendaItemId, MeasureDraft draft);

    /** Changes the terms of a measure whose conference is not closed; a locked one needs {@link #amend}. */
    void update(long measureId, int version, MeasureDraft draft);

    /** Changes the terms of a locked measure (its conference is closed) as an explicit, recorded amendment. */
    void amend(long measureId, int version, MeasureDraft draft, String reason);

    /** Follow-up: a new status (gereed, niet uitgevoerd with its reason, ...) decided in {@code agendaItemId}. */
    void changeStatus(long measureId, int version, MeasureStatus status, Long agendaItemId, String note);

    /**
     * Follow-up: extends the deadline to {@code newDeadline}, or when null by the type's legal extension term
     * (capped at its legal maximum); returns the new deadline.
     */
    LocalDate extend(long measureId, int version, LocalDate newDeadline, Long agendaItemId);

    /** Removes a measure recorded by mistake; refused once its conference is closed. */
    void remove(long measureId, int version);

    /** Every measure of the household, open ones first, then by deadline. */
    List<MeasureRow> forHousehold(long householdId);

    /** The follow-up history of one measure, oldest first. */
    List<MeasureEvent> history(long measureId);

    /** The overview across households and conferences: filter, sort and page. */
    Page<MeasureRow> overview(MeasureQuery query);

    /**
     * Writes every measure matching {@code query} (ignoring its page) as CSV to {@code target}, with headers and
     * labels in {@code locale}'s language; nothing half-written on failure. Returns the number of rows.
     */
    int exportCsv(MeasureQuery query, Path target, Locale locale);

    /** Persons x categories of one household with gaps highlighted. */
    MeasureMatrix matrix(long householdId);

    /** Per partner: measures owned, done, not done (both reasons) and overdue over [from, to]. */
    List<PartnerAccountability> accountability(LocalDate from, LocalDate to);
}
