package nl.casustafel.domain.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameTest {

    @ParameterizedTest(name = "{0} | {1} | {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Jan|van den|Berg|Jan van den Berg|Berg, Jan van den|van den Berg",
            "Jan|NULL|Jansen|Jan Jansen|Jansen, Jan|Jansen",
            "Zoë|in 't|Veld|Zoë in 't Veld|Veld, Zoë in 't|in 't Veld",
            "Anaïs|de la|Croix|Anaïs de la Croix|Croix, Anaïs de la|de la Croix",
            "Mohamed|NULL|El Amrani|Mohamed El Amrani|El Amrani, Mohamed|El Amrani",
            "Hélène Maria|ter|Horst|Hélène Maria ter Horst|Horst, Hélène Maria ter|ter Horst",
            "NULL|van|Dijk|van Dijk|Dijk, van|van Dijk",
            "Jan|NULL|NULL|Jan|Jan|''",
            "' Fatma '|'  '|' Yılmaz '|Fatma Yılmaz|Yılmaz, Fatma|Yılmaz"})
    void namesAreWrittenTheDutchWay(String given, String particles, String surname, String display,
                                    String sort, String family) {
        PersonName name = new PersonName(given, particles, surname);

        assertThat(name.displayName()).isEqualTo(display);
        assertThat(name.sortName()).isEqualTo(sort);
        assertThat(name.familyName()).isEqualTo(family);
    }

    @Test
    void blankParticlesAreNoParticles() {
        assertThat(new PersonName("Jan", "  ", "Smit").particles()).isNull();
        assertThat(new PersonName(null, null, null)).isEqualTo(new PersonName("", "", ""));
    }

    @Test
    void particlesSortUnderTheMainName() {
        List<PersonName> names = new ArrayList<>(List.of(
                new PersonName("Jan", "van den", "Berg"),
                new PersonName("Anna", null, "Aalders"),
                new PersonName("Piet", null, "Bakker"),
                new PersonName("Kees", "de", "Vries"),
                new PersonName("Bram", null, "Bergman"),
                new PersonName("Ada", null, "Berg")));

        names.sort(Comparator.comparing(PersonName::sortKey));

        assertThat(names).extracting(PersonName::sortName).containsExactly(
                "Aalders, Anna", "Bakker, Piet", "Berg, Ada", "Berg, Jan van den", "Bergman, Bram",
                "Vries, Kees de");
    }

    @Test
    void diacriticsAndCaseDoNotSeparateNames() {
        List<PersonName> names = new ArrayList<>(List.of(
                new PersonName("Zoë", null, "Ëlla"),
                new PersonName("Kim", null, "Elst"),
                new PersonName("Bo", null, "ella"),
                new PersonName("Ali", null, "Emre"),
                new PersonName("Chloë", null, "Ella"),
                new PersonName("Eva", null, "Elk")));

        names.sort(Comparator.comparing(PersonName::sortKey));

        assertThat(names).extracting(PersonName::displayName).containsExactly(
                "Eva Elk", "Bo ella", "Chloë Ella", "Zoë Ëlla", "Kim Elst", "Ali Emre");
    }

    @Test
    void sameNameWithAndWithoutAccentsHasTheSameSortKey() {
        assertThat(new PersonName("Noël", null, "Ëlla").sortKey())
                .isEqualTo(new PersonName("NOEL", null, "ella").sortKey());
        assertThat(new PersonName("Daniël", "Van Den", "Berg").sortKey())
                .isEqualTo(new PersonName("Daniel", "van den", "Berg").sortKey());
    }

    @Test
    void surnameWeighsBeforeGivenNamesAndGivenNamesBeforeParticles() {
        PersonName vanDenBergJan = new PersonName("Jan", "van den", "Berg");
        PersonName bergJan = new PersonName("Jan", null, "Berg");
        PersonName bergAda = new PersonName("Ada", "ter", "Berg");

        assertThat(bergJan.sortKey()).isLessThan(vanDenBergJan.sortKey());
        assertThat(bergAda.sortKey()).isLessThan(bergJan.sortKey());
    }
}
