package nl.casustafel.domain.household;

import nl.casustafel.domain.common.Text;

/**
 * A Dutch name: given names, particles (tussenvoegsel: van, de, van der, ter...) and surname.
 * Particles sort after the main name: "Berg, Jan van den".
 */
public record PersonName(String givenNames, String particles, String surname) {
    public PersonName {
        givenNames = givenNames == null ? "" : givenNames.strip();
        particles = Text.trimToNull(particles);
        surname = surname == null ? "" : surname.strip();
    }

    /** "Jan van den Berg". */
    public String displayName() {
        StringBuilder b = new StringBuilder(givenNames);
        if (particles != null) {
            b.append(b.length() > 0 ? " " : "").append(particles);
        }
        if (!surname.isEmpty()) {
            b.append(b.length() > 0 ? " " : "").append(surname);
        }
        return b.toString();
    }

    /** "Berg, Jan van den": surname first, particles after the given names. */
    public String sortName() {
        StringBuilder b = new StringBuilder(surname);
        String rest = (givenNames + (particles == null ? "" : " " + particles)).strip();
        if (!rest.isEmpty()) {
            b.append(b.length() > 0 ? ", " : "").append(rest);
        }
        return b.toString();
    }

    /** "van den Berg": how the family name is written in a sentence or a household name. */
    public String familyName() {
        return particles == null ? surname : particles + " " + surname;
    }

    /** Folded sort key: surname, then given names, then particles; accents and case ignored. */
    public String sortKey() {
        return Text.fold(surname) + "\u0001" + Text.fold(givenNames) + "\u0001" + Text.fold(particles);
    }
}
