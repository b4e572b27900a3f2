package nl.casustafel.ui.household;

import java.time.LocalDate;
import nl.casustafel.domain.household.Bsn;
import nl.casustafel.domain.household.Membership;
import nl.casustafel.domain.household.Person;
import nl.casustafel.ui.common.I18n;

/** How persons are shown: masked BSN, age with date of birth, membership period. Pure: no JavaFX. */
public final class PersonTexts {
    private PersonTexts() {
    }

    /** "******782": only the last three digits are shown; empty when there is no BSN. */
    public static String maskBsn(Bsn bsn) {
        if (bsn == null) {
            return "";
        }
        String v = bsn.value();
        return "*".repeat(Math.max(0, v.length() - 3)) + v.substring(Math.max(0, v.length() - 3));
    }

    /** "34 jaar (12-03-1991)", or "" when unknown. */
    public static String ageAndBirth(I18n i18n, Person person, LocalDate today) {
        if (person.dateOfBirth() == null) {
            return "";
        }
        return i18n.get("person.ageAndBirth", String.valueOf(person.ageOn(today)), i18n.date(person.dateOfBirth()));
    }

    /** "sinds 01-02-2024", "01-02-2024 - 01-06-2025", "tot 01-06-2025" or "". */
    public static String period(I18n i18n, Membership m) {
        return period(i18n, m.startDate(), m.endDate());
    }

    public static String period(I18n i18n, LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return "";
        }
        if (end == null) {
            return i18n.get("household.period.since", i18n.date(start));
        }
        if (start == null) {
            return i18n.get("household.period.until", i18n.date(end));
        }
        return i18n.get("household.period.between", i18n.date(start), i18n.date(end));
    }
}
