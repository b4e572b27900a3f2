package nl.casustafel.exchange;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.casustafel.domain.measure.Measure;

/**
 * Measures as CSV that Dutch Excel opens as it is: a UTF-8 byte order mark, {@code ;} as separator, CRLF line
 * ends, RFC 4180 quoting (a cell with the separator, a quote or a line break is quoted, quotes doubled), dates
 * dd-MM-yyyy. A cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
 * gets a leading apostrophe. Headers and enum labels come from the bundle {@code i18n/messages} in the given
 * language, without falling back to the machine's language.
 */
public final class MeasureCsv {
    /** The byte order mark that tells Excel the file is UTF-8. */
    public static final char BOM = '\uFEFF';
    public static final char SEPARATOR = ';';
    private static final String BUNDLE = "i18n.messages";
    private static final String LINE_END = "\r\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    /** Header keys, in column order. */
    static final List<String> COLUMNS = List.of("household", "person", "category", "type", "owner", "responsible",
            "start", "deadline", "status", "statusChangedOn", "extensions", "agreedOn", "description");

    /** One measure with the names a reader needs beside it; {@code concernedPersonName} null = whole household. */
    public record Line(Measure measure, String householdName, String ownerPartnerName, String concernedPersonName,
                       LocalDate agreedOn) {
    }

    private final ResourceBundle bundle;

    public MeasureCsv(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Writes the BOM, the header and one row per line; does not close {@code out}. */
    public void write(List<Line> lines, Writer out) throws IOException {
        out.write(BOM);
        List<String> header = new ArrayList<>(COLUMNS.size());
        for (String column : COLUMNS) {
            header.add(bundle.getString("measure.csv." + column));
        }
        writeRow(header, out);
        for (Line line : lines) {
            writeRow(cells(line), out);
        }
    }

    private List<String> cells(Line line) {
        Measure m = line.measure();
        return List.of(
                text(line.householdName()),
                line.concernedPersonName() == null ? bundle.getString("measure.csv.wholeHousehold")
                        : line.concernedPersonName(),
                label(m.category()),
                label(m.type()),
                text(line.ownerPartnerName()),
                text(m.responsiblePerson()),
                date(m.startDate()),
                date(m.deadline()),
                label(m.status()),
                date(m.statusChangedOn()),
                Integer.toString(m.extensionCount()),
                date(line.agreedOn()),
                text(m.description()));
    }

    private String label(Enum<?> value) {
        return bundle.getString("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    private static void writeRow(List<String> cells, Writer out) throws IOException {
        for (int k = 0; k < cells.size(); k++) {
            if (k > 0) {
                out.write(SEPARATOR);
            }
            out.write(cell(cells.get(k)));
        }
        out.write(LINE_END);
    }

    /** One cell: formula-neutralised, then quoted when RFC 4180 requires it. */
    static String cell(String value) {
        String safe = neutralise(value);
        boolean quote = safe.indexOf(SEPARATOR) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** A leading apostrophe before text a spreadsheet would otherwise evaluate as a formula. */
    static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
