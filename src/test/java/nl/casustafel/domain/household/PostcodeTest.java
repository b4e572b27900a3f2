package nl.casustafel.domain.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1234 AB|1234 AB",
            "1234AB|1234 AB",
            "1234ab|1234 AB",
            "1234 ab|1234 AB",
            "1234 aB|1234 AB",
            "' 3511 LX '|3511 LX",
            "9999 ZZ|9999 ZZ",
            "1000 AA|1000 AA"})
    void validPostcodesAreNormalisedToFourDigitsSpaceTwoCapitals(String typed, String shown) {
        assertThat(Postcode.isValid(typed)).isTrue();
        assertThat(Postcode.parse(typed).value()).isEqualTo(shown);
        assertThat(Postcode.parse(typed)).hasToString(shown);
    }

    @Test
    void typedVariantsAreEqual() {
        assertThat(Postcode.parse("1234ab")).isEqualTo(Postcode.parse("1234 AB")).isEqualTo(new Postcode("1234 aB"));
    }

    @Test
    void compactFormHasNoSpace() {
        assertThat(Postcode.parse("1234 ab").compact()).isEqualTo("1234AB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123 AB", "0000 AA", "0999AB"})
    void leadingZeroIsInvalid(String text) {
        assertThat(Postcode.isValid(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234 SA", "1234 SD", "1234 SS", "1234sa", "1234 sd", "1234Ss"})
    void lettersSaSdAndSsAreNeverIssued(String text) {
        assertThat(Postcode.isValid(text)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Postcode.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234 SB", "1234 AS", "1234 DS", "1234 SZ"})
    void otherCombinationsWithAnSAreValid(String text) {
        assertThat(Postcode.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123 AB", "12345 AB", "1234 A", "1234 ABC", "1234-AB", "AB 1234", "1234  AB",
            "1234\tAB", "12 34 AB", "1234 A1", "ABCD EF", "1234 ÄB", "١٢٣٤ AB"})
    void wrongFormatsAreInvalid(String text) {
        assertThat(Postcode.isValid(text)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Postcode.parse(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void nothingIsNoPostcode(String text) {
        assertThat(Postcode.isValid(text)).isFalse();
    }
}
