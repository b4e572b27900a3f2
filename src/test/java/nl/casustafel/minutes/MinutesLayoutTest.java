package nl.casustafel.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.casustafel.domain.minutes.MinutesStatus;
import nl.casustafel.minutes.MinutesContent.HouseholdSection;
import nl.casustafel.minutes.PdfGlyphs.Glyph;
import nl.casustafel.minutes.PdfGlyphs.TextLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** How the minutes flow over pages, read back from the PDF with PDFBox. */
class MinutesLayoutTest {
    private static final String MARKING =
            "VERTROUWELIJK – uitsluitend voor deelnemers aan het casusoverleg; niet verder verspreiden";
    private static final String MEASURES_HEADER = "Type Betreft Eigenaar Verantwoordelijke Deadline Status";
    private static final PageGeometry PAGE = PageGeometry.A4;
    /** Points a glyph may reach beyond its area (rounding in PDFBox's text positions). */
    private static final float TOLERANCE = 1f;

    private static PdfGlyphs render(MinutesContent content) throws Exception {
        return PdfGlyphs.read(new MinutesRenderer().render(content));
    }

    /** A glyph in the body frame (between the header and footer bands); y measured from the top of the page. */
    private static boolean inBody(Glyph g) {
        return g.baseline() > PAGE.height() - PAGE.bodyTop() && g.baseline() < PAGE.height() - PAGE.bodyBottom();
    }

    private static List<TextLine> bodyLines(PdfGlyphs pdf) {
        return pdf.lines(MinutesLayoutTest::inBody);
    }

    @Test
    void everyPageCarriesTheMarkingAndPageXOfY() throws Exception {
        PdfGlyphs pdf = render(MinutesSamples.large());

        assertThat(pdf.pages()).isGreaterThan(5);
        for (int page = 1; page <= pdf.pages(); page++) {
            String text = pdf.pageText(page);
            assertThat(text).as("page %d", page).contains(MARKING)
                    .contains("Pagina " + page + " van " + pdf.pages())
                    .contains("Versie 3").contains(MinutesSamples.DOCUMENT_ID.toString())
                    .contains("Gegenereerd op 24-11-2026 14:05");
            Matcher other = Pattern.compile("Pagina (\\d+) van (\\d+)").matcher(text);
            assertThat(other.find()).isTrue();
            assertThat(other.find()).as("one page number on page %d", page).isFalse();
        }
    }

    @Test
    void pagesAreA4AndFontsAreEmbeddedSubsets() throws Exception {
        byte[] bytes = new MinutesRenderer().render(MinutesSamples.large());
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(0.5f));
                assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(0.5f));
                List<COSName> names = new ArrayList<>();
                page.getResources().getFontNames().forEach(names::add);
                assertThat(names).isNotEmpty();
                for (COSName name : names) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
                }
            }
        }
    }

    @Test
    void noGlyphLiesOutsideTheFrameOrTheHeaderAndFooterBands() throws Exception {
        HouseholdSection longTexts = MinutesSamples.texts("Gezin Lang", MinutesSamples.longText(5000),
                "x".repeat(300), MinutesSamples.longText(800), MinutesSamples.longText(5000) + " " + "y".repeat(300));
        HouseholdSection longName = MinutesSamples.texts("Gezin " + "Van der Heijden-Çelik ".repeat(8),
                "Zorg.", "Goed.", "Moet.", "Besluit.");
        MinutesContent content = MinutesSamples.withHouseholds(MinutesSamples.large(), List.of(
                MinutesSamples.household("Gezin Van den Broek", 60, 5), longTexts, longName,
                MinutesSamples.deJong()));
        content = MinutesSamples.withIdentity(content, new MinutesContent.Identity(MinutesSamples.DOCUMENT_ID, 4,
                MinutesStatus.CONCEPT, "Gemeente Utrecht – wijkteam Overvecht, Zuilen en Noordoost ".repeat(3), 7,
                3, MinutesSamples.PREVIOUS_SHA, MinutesSamples.longText(6000), MinutesSamples.GENERATED_AT,
                MinutesSamples.AUDIT_HEAD));
        byte[] bytes = new MinutesRenderer().render(content);
        Files.write(Path.of("target", "minutes-edge-cases.pdf"), bytes);
        PdfGlyphs pdf = PdfGlyphs.read(bytes);
        float h = PAGE.height();
        List<String> outside = new ArrayList<>();
        for (Glyph g : pdf.glyphs()) {
            if (g.text().isBlank()) {
                continue;
            }
            float top = g.baseline() - g.size() * 0.93f;
            float bottom = g.baseline() + g.size() * 0.24f;
            boolean inX = g.x() >= PAGE.left() - TOLERANCE && g.x() + g.width() <= PAGE.right() + TOLERANCE;
            boolean inFrame = top >= h - PAGE.bodyTop() - TOLERANCE && bottom <= h - PAGE.bodyBottom() + TOLERANCE;
            boolean inHeader = top >= h - PAGE.headerBandTop() - TOLERANCE
                    && bottom <= h - PAGE.headerRule() + TOLERANCE;
            boolean inFooter = top >= h - PAGE.footerRule() - TOLERANCE
                    && bottom <= h - PAGE.footerBandBottom() + TOLERANCE;
            if (!inX || !(inFrame || inHeader || inFooter)) {
                outside.add(g.page() + ":" + g.text() + "@" + g.x() + "," + g.baseline());
            }
        }

        assertThat(pdf.pages()).isGreaterThan(8);
        assertThat(pdf.glyphs()).hasSizeGreaterThan(20_000);
        assertThat(outside).isEmpty();
        assertThat(pdf.compact(MinutesLayoutTest::inBody)).as("the correction reason, over two pages")
                .contains(MinutesSamples.longText(6000).replaceAll("\\s+", ""));
    }

    @Test
    void sixtyMeasuresRunOverPagesAndEveryContinuationStartsWithTheHeaderRow() throws Exception {
        PdfGlyphs pdf = render(MinutesSamples.withMeasures(60));
        List<TextLine> lines = bodyLines(pdf);
        Map<Integer, Integer> firstRowPage = new TreeMap<>();
        Pattern row = Pattern.compile("Medewerker (\\d\\d)");
        for (TextLine line : lines) {
            Matcher m = row.matcher(line.text());
            while (m.find()) {
                assertThat(firstRowPage.put(Integer.parseInt(m.group(1)), line.page())).as(m.group()).isNull();
            }
        }

        assertThat(firstRowPage).hasSize(60);
        TreeSet<Integer> pages = new TreeSet<>(firstRowPage.values());
        assertThat(pages).as("pages with measure rows").hasSizeGreaterThanOrEqualTo(3);
        for (int page : pages.tailSet(pages.first(), false)) {
            TextLine first = lines.stream().filter(l -> l.page() == page).findFirst().orElseThrow();
            assertThat(first.text()).as("first line of page %d", page).isEqualTo(MEASURES_HEADER);
            assertThat(first.allBold()).isTrue();
        }
        assertThat(lines.stream().filter(l -> l.text().equals(MEASURES_HEADER)).count())
                .as("header rows: one per page of the agreed measures, one for the carried-over")
                .isEqualTo(pages.size() + 1);
    }

    @Test
    void aMeasureRowIsNeverSplitOverTwoPages() throws Exception {
        PdfGlyphs pdf = render(MinutesSamples.withMeasures(60));
        Map<String, Integer> pageOf = new TreeMap<>();
        Pattern cell = Pattern.compile("(Persoon|Partner|Medewerker) (\\d\\d)");
        for (TextLine line : bodyLines(pdf)) {
            Matcher m = cell.matcher(line.text());
            while (m.find()) {
                Integer before = pageOf.putIfAbsent(m.group(2), line.page());
                assertThat(before == null || before == line.page()).as("row %s", m.group(2)).isTrue();
            }
        }
        assertThat(pageOf).hasSize(60);
    }

    @Test
    void aHeadingIsNeverTheLastLineOnAPage() throws Exception {
        int pagesChecked = 0;
        for (int sentences = 0; sentences <= 60; sentences += 2) {
            HouseholdSection first = MinutesSamples.texts("Gezin Eerst", "Zorg.", "Goed.", "Moet.",
                    MinutesSamples.paragraph("Besluit", sentences));
            MinutesContent content = MinutesSamples.withHouseholds(MinutesSamples.small(),
                    List.of(first, MinutesSamples.deJong(), MinutesSamples.yilmaz(),
                            MinutesSamples.household("Gezin Van Dam", 4, 7)));
            PdfGlyphs pdf = render(content);
            List<TextLine> lines = bodyLines(pdf);
            for (int page = 1; page < pdf.pages(); page++) {
                int p = page;
                TextLine last = lines.stream().filter(l -> l.page() == p).reduce((a, b) -> b).orElseThrow();
                assertThat(isHeading(last)).as("last line of page %d with %d sentences: %s", page, sentences,
                        last.text()).isFalse();
                assertThat(last.text()).as("a table header row ends page %d", page).isNotEqualTo(MEASURES_HEADER);
                pagesChecked++;
            }
        }
        assertThat(pagesChecked).isGreaterThan(60);
    }

    /** Headings are bold and at least 10.5 pt; nothing else is. */
    private static boolean isHeading(TextLine line) {
        return line.allBold() && line.maxSize() >= 10.4f;
    }

    @Test
    void theHeadingDetectionSeesTheHeadings() throws Exception {
        List<TextLine> headings = bodyLines(render(MinutesSamples.small())).stream()
                .filter(MinutesLayoutTest::isHeading).toList();

        assertThat(headings).extracting(TextLine::text).contains("Aanwezigheid", "1. Gezin De Jong",
                "2. Gezin Yılmaz", "Besluiten", "Afgesproken maatregelen",
                "Openstaande maatregelen uit eerder overleg");
    }

    @Test
    void aLongTextAndAVeryLongWordFlowOverPagesAndAreComplete() throws Exception {
        String text = MinutesSamples.longText(5000);
        String word = "Ä" + "b".repeat(298) + "Z";
        HouseholdSection household = MinutesSamples.texts("Gezin Lang", "Zorg.", "Goed.", "Moet.",
                text + " " + word + " einde.");
        PdfGlyphs pdf = render(MinutesSamples.withHouseholds(MinutesSamples.small(), List.of(household)));

        String body = pdf.compact(MinutesLayoutTest::inBody);
        assertThat(text.length()).isGreaterThanOrEqualTo(5000);
        assertThat(body).contains((text + word + "einde.").replaceAll("\\s+", ""));
        List<Integer> pages = bodyLines(pdf).stream().filter(l -> l.text().contains("woord")).map(TextLine::page)
                .distinct().toList();
        assertThat(pages).as("the text continues on a next page").hasSizeGreaterThan(1);
        assertThat(bodyLines(pdf).stream().filter(l -> l.text().matches("b{20,}Z?"))).as("the word is broken")
                .isNotEmpty();
    }

    @Test
    void aTableRowTallerThanAPageIsSplitBetweenLinesAndRepeatsTheColumnHeaders() throws Exception {
        String worries = MinutesSamples.longText(9000);
        HouseholdSection household = MinutesSamples.texts("Gezin Lang", worries, "Goed.", "Moet.", "Besluit.");
        PdfGlyphs pdf = render(MinutesSamples.withHouseholds(MinutesSamples.small(), List.of(household)));
        float firstColumnEnd = PAGE.left() + PAGE.frameWidth() / 3;

        String column = pdf.compact(g -> inBody(g) && g.x() < firstColumnEnd && !g.bold());

        assertThat(column).contains(worries.replaceAll("\\s+", ""));
        List<TextLine> lines = bodyLines(pdf);
        List<Integer> pages = lines.stream().filter(l -> l.text().contains("woord")).map(TextLine::page).distinct()
                .toList();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        for (int page : pages.subList(1, pages.size())) {
            TextLine first = lines.stream().filter(l -> l.page() == page).findFirst().orElseThrow();
            assertThat(first.text()).isEqualTo("Zorgen Wat gaat goed Wat moet er gebeuren");
        }
    }

    @Test
    void lineBreaksInFreeTextAreKept() throws Exception {
        HouseholdSection household = MinutesSamples.texts("Gezin Regels", "Eerste zorg\nTweede zorg",
                "Goed.", "Moet.", "Eerste besluit\n\nDerde regel na een lege regel\r\nVierde regel");
        List<String> lines = bodyLines(render(MinutesSamples.withHouseholds(MinutesSamples.small(),
                List.of(household)))).stream().map(TextLine::text).toList();

        assertThat(lines).contains("Eerste besluit", "Derde regel na een lege regel", "Vierde regel");
        assertThat(lines).anyMatch(l -> l.startsWith("Eerste zorg")).anyMatch(l -> l.startsWith("Tweede zorg"));
    }

    @Test
    void charactersTheFontCannotDrawAreReplacedInsteadOfFailing() throws Exception {
        HouseholdSection household = MinutesSamples.texts("Gezin Teken\u0007s",
                "Tab\there, bel\u0007, emoji \uD83D\uDE00, Chinees \u6F22, losse \uD800 helft", "Goed.",
                "Moet.", "Cafe\u0301 en Zoë betalen € 25,–");
        PdfGlyphs pdf = render(MinutesSamples.withHouseholds(MinutesSamples.small(), List.of(household)));

        String text = pdf.allText();
        assertThat(text).contains("Gezin Tekens").contains("Café en Zoë betalen € 25,–").contains("Tab here, bel,")
                .contains("Chinees \uFFFD").doesNotContain("\u6F22").doesNotContain("\u0007");
    }
}
