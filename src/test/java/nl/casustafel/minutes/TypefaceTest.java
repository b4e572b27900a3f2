package nl.casustafel.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** User text made drawable with the embedded font instead of failing in PDFBox. */
class TypefaceTest {
    private static PDDocument doc;
    private static Typeface regular;

    @BeforeAll
    static void font() {
        doc = new PDDocument();
        regular = new Typeface(PdfA.regular(doc));
    }

    @AfterAll
    static void close() throws Exception {
        doc.close();
    }

    @Test
    void dutchDiacriticsAndTheEuroSignStay() {
        assertThat(regular.clean("Zoë Çelik, Renée, Yılmaz, € 12,50 – ’t Hof")).isEqualTo(
                "Zoë Çelik, Renée, Yılmaz, € 12,50 – ’t Hof");
    }

    @Test
    void tabsBecomeSpacesAndControlAndFormatCharactersDisappear() {
        assertThat(regular.clean("a\tb\u0007c\u200Bd\u00ADe")).isEqualTo("a bcde");
    }

    @Test
    void lineEndsBecomeNewlinesAndCleanLineJoinsThem() {
        assertThat(regular.clean("a\r\nb\rc\u2028d")).isEqualTo("a\nb\nc\nd");
        assertThat(regular.cleanLine("a\nb")).isEqualTo("a b");
    }

    @Test
    void decomposedDiacriticsAreComposed() {
        assertThat(regular.clean("Cafe\u0301 Zoe\u0308")).isEqualTo("Café Zoë");
    }

    @Test
    void charactersWithoutAGlyphAndStraySurrogatesAreReplacedOrDropped() throws Exception {
        String cleaned = regular.clean("\u6F22\u5B57 \uD800x");

        assertThat(cleaned).isEqualTo("\uFFFD\uFFFD x");
        assertThat(regular.width(cleaned, 10)).isPositive();
        regular.font().encode(cleaned);
    }

    @Test
    void nullIsEmpty() {
        assertThat(regular.clean(null)).isEmpty();
    }
}
