package nl.casustafel.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Breaking text into lines that fit, measured with the embedded DejaVu Sans. */
class LineWrapperTest {
    private static PDDocument doc;
    private static TextStyle style;

    @BeforeAll
    static void font() {
        doc = new PDDocument();
        style = new TextStyle(new Typeface(PdfA.regular(doc)), 10, Color.BLACK);
    }

    @AfterAll
    static void close() throws Exception {
        doc.close();
    }

    private static List<String> wrap(String text, float width) {
        return LineWrapper.wrap(style.face().clean(text), style, width);
    }

    @Test
    void breaksBetweenWordsAndNoLineIsWiderThanAsked() {
        String text = MinutesSamples.paragraph("Zorg", 5);
        List<String> lines = wrap(text, 150);

        assertThat(lines).hasSizeGreaterThan(5);
        assertThat(lines).allMatch(l -> style.width(l) <= 150.01f);
        assertThat(String.join(" ", lines)).isEqualTo(text);
        assertThat(lines).noneMatch(l -> l.startsWith(" ") || l.endsWith(" "));
    }

    @Test
    void aLineTakesAsManyWordsAsFit() {
        List<String> lines = wrap("aa bb cc dd ee ff", style.width("aa bb cc") + 0.5f);

        assertThat(lines).containsExactly("aa bb cc", "dd ee ff");
    }

    @Test
    void aWordLongerThanTheLineIsBrokenBetweenCharactersAndTheNextWordFollowsOnItsLastPiece() {
        int perLine = wrap("x".repeat(200), 100).get(0).length();
        String full = "x".repeat(perLine);

        List<String> lines = wrap("voor " + "x".repeat(3 * perLine + 1) + " na", 100);

        assertThat(perLine).isGreaterThan(10);
        assertThat(style.width(full + "x")).isGreaterThan(100);
        assertThat(lines).containsExactly("voor", full, full, full, "x na");
    }

    @Test
    void aLongWordWithDiacriticsKeepsEveryCharacter() {
        String word = "Zoë".repeat(100);
        List<String> lines = wrap(word, 100);

        assertThat(lines).hasSizeGreaterThan(5).allMatch(l -> style.width(l) <= 100.01f);
        assertThat(String.join("", lines)).isEqualTo(word);
    }

    @Test
    void newlinesStartNewLinesAndAnEmptyLineStays() {
        assertThat(wrap("een\ntwee\n\nvier", 300)).containsExactly("een", "twee", "", "vier");
        assertThat(wrap("een\r\ntwee\rdrie", 300)).containsExactly("een", "twee", "drie");
        assertThat(wrap("", 300)).containsExactly("");
    }

    @Test
    void runsOfSpacesAndTabsCountAsOneSpace() {
        assertThat(wrap("  een  \t twee   ", 300)).containsExactly("een twee");
    }

    @Test
    void truncateShortensWithAnEllipsisOnlyWhenNeeded() {
        assertThat(LineWrapper.truncate("kort", style, 100)).isEqualTo("kort");
        String cut = LineWrapper.truncate("Versie voor Raad voor de Kinderbescherming", style, 80);
        assertThat(cut).endsWith("\u2026").startsWith("Versie");
        assertThat(style.width(cut)).isLessThanOrEqualTo(80);
    }
}
