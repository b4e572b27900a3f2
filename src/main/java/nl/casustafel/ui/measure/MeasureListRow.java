package nl.casustafel.ui.measure;

import java.time.LocalDate;
import nl.casustafel.domain.measure.Measure;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.service.measure.MeasureRow;
import nl.casustafel.ui.common.I18n;

/** One measure as a table shows it, already in words; {@code row} is what the service returned. */
public record MeasureListRow(MeasureRow row, String household, String type, String typeShort, String category,
                             String concerns, String owner, String responsible, LocalDate start, LocalDate deadline,
                             String deadlineText, boolean overdue, String status, String agreedIn) {

    /** The deadline's date alone ("" without one). */
    public String deadlineDate() {
        return deadline == null ? "" : deadlineText.length() > 10 ? deadlineText.substring(0, 10) : deadlineText;
    }

    /** What the clock says beside the date ("nog 5 dagen", "23 dagen over de termijn"); "" when nothing runs. */
    public String deadlineRemark() {
        int open = deadlineText.indexOf(" (");
        return open < 0 || !deadlineText.endsWith(")") ? "" : deadlineText.substring(open + 2, deadlineText.length() - 1);
    }

    public static MeasureListRow of(I18n i18n, MeasureRow row, LocalDate today) {
        Measure m = row.measure();
        return new MeasureListRow(row, nz(row.householdName()), i18n.label(m.type()),
                MeasureTexts.typeShort(i18n, m.type()), i18n.label(m.category()), concerns(i18n, row),
                nz(row.ownerPartnerName()), nz(m.responsiblePerson()), m.startDate(), m.deadline(),
                MeasureTexts.deadline(i18n, m.deadline(), m.status(), today), m.isOverdue(today),
                i18n.label(m.status()),
                row.agreedOn() == null ? i18n.get("measure.agreedOutside") : i18n.date(row.agreedOn()));
    }

    static String concerns(I18n i18n, MeasureRow row) {
        return row.concernedPersonName() == null ? i18n.get("measure.concerns.household") : row.concernedPersonName();
    }

    public long measureId() {
        return row.measure().id();
    }

    public long householdId() {
        return row.measure().householdId();
    }

    public MeasureStatus statusValue() {
        return row.measure().status();
    }

    /** Open or in progress: follow-up actions apply. */
    public boolean active() {
        return !row.measure().status().isClosed();
    }

    /** The measure still runs and its type's clock can extend it (not yet at the legal maximum). */
    public boolean extendable() {
        Measure m = row.measure();
        return active() && m.deadline() != null
                && m.type().clock().extendedDeadline(m.startDate(), m.deadline()).isPresent();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
