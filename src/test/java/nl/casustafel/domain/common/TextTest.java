package nl.casustafel.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Ëlla Müller|ella muller",
            "Chloë Zoë Noël Anaïs Joëlle|chloe zoe noel anais joelle",
            "René Hélène Inês Daniël Michaël|rene helene ines daniel michael",
            "ÇOBAN Öztürk|coban ozturk",
            "Yılmaz|yilmaz",
            "İbrahim|ibrahim",
            "Straße|strasse",
            "STRAẞE|strasse",
            "Søren Łukasz|soren lukasz",
            "Æsop Cœur|aesop coeur",
            "Đorđe Þór|dorde thor",
            "ĳsselmeer|ijsselmeer",
            "ﬁets|fiets",
            "VAN DEN BERG|van den berg",
            "in 't Veld|in 't veld",
            "plain ascii 123|plain ascii 123"})
    void foldRemovesCaseAndAccents(String text, String folded) {
        assertThat(Text.fold(text)).isEqualTo(folded);
    }

    @Test
    void foldOfNothingIsEmpty() {
        assertThat(Text.fold(null)).isEmpty();
        assertThat(Text.fold("")).isEmpty();
    }

    @Test
    void foldOfComposedAndDecomposedFormsIsTheSame() {
        String composed = "\u00EBlla";   // ë as one code point
        String decomposed = "e\u0308lla"; // e + combining diaeresis
        assertThat(Text.fold(composed)).isEqualTo(Text.fold(decomposed)).isEqualTo("ella");
    }

    @Test
    void tokensAreFoldedWordsInOrderWithoutDuplicates() {
        assertThat(Text.tokens("Gezin van den Berg, Van Den Bérg; 's-Hertogenbosch (1234 AB)!"))
                .containsExactly("gezin", "van", "den", "berg", "s", "hertogenbosch", "1234", "ab");
    }

    @Test
    void tokensSplitOnPunctuationAndKeepDigits() {
        assertThat(Text.tokens("PL0900-2025123456 / e-mail: m.dewit@example.org"))
                .containsExactly("pl0900", "2025123456", "e", "mail", "m", "dewit", "example", "org");
    }

    @Test
    void tokensOfNothingAreEmpty() {
        assertThat(Text.tokens(null)).isEmpty();
        assertThat(Text.tokens("  ,.;  ")).isEmpty();
    }

    @Test
    void longTokensAreCutAndStillDeduplicated() {
        String long1 = "a".repeat(100);
        String long2 = "a".repeat(90);

        assertThat(Text.tokens(long1 + " " + long2)).containsExactly("a".repeat(Text.MAX_TOKEN_LENGTH));
    }

    @Test
    void cuttingALongTokenNeverSplitsACharacter() {
        String word = "a".repeat(Text.MAX_TOKEN_LENGTH - 1) + "\uD840\uDC00" + "bc"; // U+20000, a CJK ideograph outside the BMP

        String token = Text.tokens(word).get(0);

        assertThat(token).hasSize(Text.MAX_TOKEN_LENGTH - 1);
        assertThat(Character.isHighSurrogate(token.charAt(token.length() - 1))).isFalse();
    }

    @Test
    void blankAndTrimHelpers() {
        assertThat(Text.isBlank(null)).isTrue();
        assertThat(Text.isBlank(" \t")).isTrue();
        assertThat(Text.isBlank(" x ")).isFalse();
        assertThat(Text.trimToNull("  ")).isNull();
        assertThat(Text.trimToNull("  Jan ")).isEqualTo("Jan");
        assertThat(Text.isLongerThan(null, 0)).isFalse();
        assertThat(Text.isLongerThan("  abc  ", 3)).isFalse();
        assertThat(Text.isLongerThan("abcd", 3)).isTrue();
    }
}
