package nl.casustafel.domain.partner;

/** A partner organisation from the editable catalogue (seeded from domain.md). */
public record Partner(long id, int version, String code, String name, String shortName, boolean active,
                      int sortOrder) {
}
