package nl.casustafel.domain.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "100000010", "999999990", "010000008"})
    void numbersPassingTheElevenTestAreValid(String number) {
        assertThat(Bsn.isValid(number)).isTrue();
        assertThat(Bsn.parse(number).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "111222334", "987654321", "123456783", "000000011"})
    void numbersFailingTheChecksumAreInvalid(String number) {
        assertThat(Bsn.isValid(number)).isFalse();
    }

    @Test
    void allZerosIsInvalidAlthoughItsSumIsDivisibleByEleven() {
        assertThat(Bsn.isValid("000000000")).isFalse();
        assertThat(Bsn.isValid("000.000.000")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "1234567820", "11122233", "1112223330", "1", "0"})
    void onlyNineDigitsAreAccepted(String number) {
        assertThat(Bsn.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678a", "abcdefghi", "12345-782", "123,456,782", "+23456782", "１２３４５６７８２",
            "١٢٣٤٥٦٧٨٢"})
    void lettersAndOtherSignsAreInvalid(String text) {
        assertThat(Bsn.isValid(text)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", ".........", ". . ."})
    void nothingIsNoBsn(String text) {
        assertThat(Bsn.isValid(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123 456 782", "123.456.782", " 123456782 ", "1234 56 782", "12.34.56.782"})
    void spacesAndDotsAsTypedAreAccepted(String typed) {
        assertThat(Bsn.isValid(typed)).isTrue();
        assertThat(Bsn.parse(typed).value()).isEqualTo("123456782");
    }

    @Test
    void constructorStoresTheNineDigitsSoTypedVariantsAreEqual() {
        assertThat(new Bsn("123.456.782")).isEqualTo(new Bsn("123456782"));
        assertThat(new Bsn(" 123 456 782 ").value()).isEqualTo("123456782").hasSize(9);
    }

    @Test
    void normaliseRemovesOnlySpacesAndDots() {
        assertThat(Bsn.normalise("12.34 5a")).isEqualTo("12345a");
        assertThat(Bsn.normalise(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "12345678", "abc"})
    void parsingAnInvalidNumberFails(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Bsn.parse(text));
        assertThatIllegalArgumentException().isThrownBy(() -> new Bsn(text));
    }

    @Test
    void parsingNothingFails() {
        assertThatIllegalArgumentException().isThrownBy(() -> Bsn.parse(null));
    }

    @Test
    void isShownAsTheNineDigits() {
        assertThat(Bsn.parse("111.222.333")).hasToString("111222333");
    }
}
