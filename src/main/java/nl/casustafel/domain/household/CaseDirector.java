package nl.casustafel.domain.household;

/** "1 gezin, 1 plan, 1 regisseur": the partner organisation and the person owning the plan. */
public record CaseDirector(long partnerId, String name) {
}
