package nl.casustafel.ui.measure;

import java.time.LocalDate;
import java.time.Period;
import nl.casustafel.domain.measure.LegalClock;
import nl.casustafel.domain.measure.MeasureClocks;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;
import nl.casustafel.ui.common.I18n;

/** Measures in words: short type labels, deadlines with the days left, the legal clock as a hint. Pure: no JavaFX. */
public final class MeasureTexts {
    /** A start on which every calendar term is exact (no month ends, no leap day). */
    private static final LocalDate REFERENCE = LocalDate.of(2001, 1, 1);

    private MeasureTexts() {
    }

    /** "Huisverbod" for the tijdelijk huisverbod: for the matrix, where space is short. */
    public static String typeShort(I18n i18n, MeasureType type) {
        return type == null ? "" : i18n.get("measure.typeShort." + type.name());
    }

    /**
     * "04-12-2026 (nog 10 dagen)", "20-11-2026 (4 dagen over de termijn)", "24-11-2026 (vandaag)"; a closed measure
     * has no running clock and shows only its date. Empty without a deadline.
     */
    public static String deadline(I18n i18n, LocalDate deadline, MeasureStatus status, LocalDate today) {
        if (deadline == null) {
            return "";
        }
        String date = i18n.date(deadline);
        if (status != null && status.isClosed()) {
            return date;
        }
        long days = MeasureClocks.daysLeft(deadline, today);
        if (days == 0) {
            return i18n.get("measure.deadline.today", date);
        }
        return days > 0 ? i18n.get("measure.deadline.left", date, days)
                : i18n.get("measure.deadline.overdue", date, -days);
    }

    /** The default term of a type's clock in words ("10 dagen", "1 jaar"); empty when it proposes none. */
    public static String term(I18n i18n, MeasureType type) {
        return type.clock().defaultDeadline(REFERENCE).map(end -> period(i18n, Period.between(REFERENCE, end)))
                .orElse("");
    }

    static String period(I18n i18n, Period p) {
        if (p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0) {
            return i18n.get("measure.term.years", p.getYears());
        }
        if (p.getYears() == 0 && p.getMonths() > 0 && p.getDays() == 0) {
            return i18n.get("measure.term.months", p.getMonths());
        }
        return i18n.get("measure.term.days", p.getDays() + p.getMonths() * 30 + p.getYears() * 365);
    }

    /**
     * The hint under the deadline field: what the type's clock proposes from {@code start} ("Standaard 10 dagen:
     * 04-12-2026 · verlengbaar, uiterlijk 22-12-2026"), or what the user must do when it proposes nothing.
     * Empty without a type.
     */
    public static String deadlineHint(I18n i18n, MeasureType type, LocalDate start) {
        if (type == null) {
            return "";
        }
        LegalClock clock = type.clock();
        String kind = i18n.label(clock.kind()).toLowerCase(i18n.locale());
        String maximum = start == null ? "" : clock.absoluteMaximum(start)
                .map(max -> i18n.get("measure.hint.maximum", i18n.date(max))).orElse("");
        if (clock.defaultDeadline(REFERENCE).isPresent()) {
            if (start == null) {
                return i18n.get("measure.hint.defaultNoStart", term(i18n, type), kind) + maximum;
            }
            return i18n.get("measure.hint.default", term(i18n, type), i18n.date(clock.defaultDeadline(start)
                    .orElseThrow()), kind) + maximum;
        }
        return i18n.get(clock.deadlineRequired() ? "measure.hint.required" : "measure.hint.optional", kind)
                + maximum;
    }
}
