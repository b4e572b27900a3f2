package nl.casustafel.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.casustafel.domain.measure.Measure;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CSV cells: quoting, formula neutralisation, labels per language. */
class MeasureCsvTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain|plain",
            "a;b|`\"a;b\"`",
            "say \"hi\"|`\"say \"\"hi\"\"\"`",
            "=SUM(A1)|'=SUM(A1)",
            "+31 6|'+31 6",
            "-1|'-1",
            "@cmd|'@cmd",
            "=1;2|`\"'=1;2\"`",
            "1-2|1-2"})
    void cellsAreNeutralisedAndQuoted(String value, String expected) {
        assertThat(MeasureCsv.cell(value)).isEqualTo(expected);
    }

    @Test
    void leadingTabOrCarriageReturnIsNeutralised() {
        assertThat(MeasureCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(MeasureCsv.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(MeasureCsv.cell("a\nb")).isEqualTo("\"a\nb\"");
    }

    @Test
    void headerAndLabelsFollowTheLanguageWithoutFallingBackToTheMachine() throws IOException {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            Measure m = new Measure(1, 0, 1, null, MeasureType.SAFETY_PLAN.category(), MeasureType.SAFETY_PLAN, null,
                    2, null, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 4, 2), MeasureStatus.OPEN,
                    LocalDate.of(2026, 1, 2), null, null, 0, false);
            StringWriter dutch = new StringWriter();
            new MeasureCsv(Locale.forLanguageTag("nl-NL")).write(
                    List.of(new MeasureCsv.Line(m, "Gezin Ölçer", "VT", null, null)), dutch);

            String[] lines = dutch.toString().split("\r\n");
            assertThat(lines[0]).startsWith("\uFEFFHuishouden;Betreft;Categorie;");
            assertThat(lines[1]).isEqualTo(
                    "Gezin Ölçer;Heel huishouden;Veiligheid;" + dutchLabel() + ";VT;;02-01-2026;02-04-2026;Open;"
                            + "02-01-2026;0;;");
        } finally {
            Locale.setDefault(previous);
        }
    }

    private static String dutchLabel() {
        return java.util.ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("nl-NL"),
                java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("enum.MeasureType.SAFETY_PLAN");
    }
}
