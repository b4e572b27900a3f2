package nl.casustafel.domain.measure;

/**
 * The five kinds of measures of the network approach: zorg, strafrechtelijk, civiel / jeugdbescherming,
 * bestuursrechtelijk and veiligheid (veiligheidsplan). The order is the order of the columns of the per-household matrix.
 */
public enum MeasureCategory {
    CARE, CRIMINAL_LAW, CHILD_PROTECTION, ADMINISTRATIVE, SAFETY
}
