package nl.casustafel.domain.measure;

/** How the end of a measure is determined by its {@link LegalClock}. */
public enum ClockKind {
    /** A fixed term with a default length (e.g. voorlopige OTS, the proeftijd of a bijzondere voorwaarde). */
    FIXED_TERM,
    /** A term that can be extended (tijdelijk huisverbod up to 4 weeks, OTS by 1 year at a time). */
    EXTENDABLE,
    /** The court or authority orders the end; the user must enter it. */
    AS_ORDERED,
    /** The conference agrees an end date; none is proposed. */
    AS_AGREED,
    /** A date on which the measure is reviewed (veiligheidsplan). */
    REVIEW_DATE,
    /** The measure lapses when it is not used before the deadline (machtiging uithuisplaatsing). */
    LAPSES_WHEN_UNUSED
}
