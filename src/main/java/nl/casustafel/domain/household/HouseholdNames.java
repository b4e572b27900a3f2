package nl.casustafel.domain.household;

import java.util.List;
import nl.casustafel.domain.common.Text;

/** Sorting of household names: "Gezin van den Berg" sorts under B, like the persons in it. */
public final class HouseholdNames {
    private static final List<String> PREFIXES = List.of("gezin ", "familie ", "huishouden ", "fam. ", "fam ");
    private static final List<String> PARTICLES = List.of("van der ", "van den ", "van de ", "van 't ", "in 't ",
            "de la ", "van ", "den ", "der ", "de ", "ter ", "ten ", "te ", "het ", "'t ", "la ", "le ", "el ");

    private HouseholdNames() {
    }

    /** Folded key without a leading "gezin"/"familie" and without leading particles. */
    public static String sortKey(String householdName) {
        String key = Text.fold(householdName).strip();
        for (String prefix : PREFIXES) {
            if (key.startsWith(prefix)) {
                key = key.substring(prefix.length()).strip();
                break;
            }
        }
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String particle : PARTICLES) {
                if (key.startsWith(particle) && key.length() > particle.length()) {
                    key = key.substring(particle.length()).strip();
                    stripped = true;
                    break;
                }
            }
        }
        return key.length() > 200 ? key.substring(0, 200) : key;
    }
}
