package nl.casustafel.domain.measure;

import java.time.Period;
import java.util.Arrays;
import java.util.List;

/**
 * The catalogue of measures with their category and legal clock (see domain.md, "Measures and legal clocks").
 * {@link #OTHER} may be used in any category; its own category is only the default offered to the user.
 */
public enum MeasureType {
    /** Tijdelijk huisverbod (burgemeester): 10 days; extension decided before day 10; at most 4 weeks. */
    TEMPORARY_RESTRAINING_ORDER(MeasureCategory.ADMINISTRATIVE,
            LegalClock.extendable(Period.ofDays(10), Period.ofDays(18), Period.ofDays(28))),
    /** Contact-, locatie- of gebiedsverbod as bijzondere voorwaarde: the proeftijd, usually 2-3 years; default 2. */
    CONTACT_BAN_SPECIAL_CONDITION(MeasureCategory.CRIMINAL_LAW, LegalClock.fixedTerm(Period.ofYears(2))),
    /** Vrijheidsbeperkende maatregel art. 38v Sr: as ordered, at most 5 years. */
    FREEDOM_RESTRICTING_MEASURE_38V(MeasureCategory.CRIMINAL_LAW, LegalClock.asOrdered(Period.ofYears(5))),
    /** Elektronische monitoring (enkelband): as ordered. */
    ELECTRONIC_MONITORING(MeasureCategory.CRIMINAL_LAW, LegalClock.asOrdered(null)),
    /** Reclasseringstoezicht: as ordered. */
    PROBATION_SUPERVISION(MeasureCategory.CRIMINAL_LAW, LegalClock.asOrdered(null)),
    /** Ondertoezichtstelling (OTS): 1 year, extendable by 1 year at a time. */
    SUPERVISION_ORDER_OTS(MeasureCategory.CHILD_PROTECTION,
            LegalClock.extendable(Period.ofYears(1), Period.ofYears(1), null)),
    /** Voorlopige OTS: acute and short; default 3 months. */
    PROVISIONAL_SUPERVISION_ORDER(MeasureCategory.CHILD_PROTECTION, LegalClock.fixedTerm(Period.ofMonths(3))),
    /** Machtiging uithuisplaatsing (MUHP): lapses when unused for 3 months; the deadline is "use before". */
    OUT_OF_HOME_PLACEMENT_AUTHORISATION(MeasureCategory.CHILD_PROTECTION,
            LegalClock.lapsesWhenUnused(Period.ofMonths(3))),
    /** Verzoek tot onderzoek door de Raad voor de Kinderbescherming: as agreed. */
    RVDK_INVESTIGATION_REQUEST(MeasureCategory.CHILD_PROTECTION, LegalClock.asAgreed()),
    /** Hulpverleningstraject (vrijwillig): as agreed. */
    VOLUNTARY_CARE_TRAJECTORY(MeasureCategory.CARE, LegalClock.asAgreed()),
    /** Veiligheidsplan met veiligheidsvoorwaarden (set by Veilig Thuis): review date, default 3 months. */
    SAFETY_PLAN(MeasureCategory.SAFETY, LegalClock.reviewDate(Period.ofMonths(3))),
    /** Aangifte / vervolging: as agreed. */
    REPORT_AND_PROSECUTION(MeasureCategory.CRIMINAL_LAW, LegalClock.asAgreed()),
    /** Anything else, as agreed; the user chooses the category (care is only the default). */
    OTHER(MeasureCategory.CARE, LegalClock.asAgreed());

    private final MeasureCategory category;
    private final LegalClock clock;

    MeasureType(MeasureCategory category, LegalClock clock) {
        this.category = category;
        this.clock = clock;
    }

    /** The category of this type; for {@link #OTHER} the default category. */
    public MeasureCategory category() {
        return category;
    }

    public LegalClock clock() {
        return clock;
    }

    /** True when a measure of this type may be filed under {@code chosen}: its own category, or any for OTHER. */
    public boolean fits(MeasureCategory chosen) {
        return this == OTHER || category == chosen;
    }

    /** The types a user can pick in {@code category}, in catalogue order; OTHER is always last. */
    public static List<MeasureType> inCategory(MeasureCategory category) {
        return Arrays.stream(values()).filter(t -> t.fits(category)).toList();
    }
}
