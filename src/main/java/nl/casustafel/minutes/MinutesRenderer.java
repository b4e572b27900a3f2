package nl.casustafel.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import nl.casustafel.domain.minutes.MinutesStatus;
import nl.casustafel.minutes.MinutesContent.Identity;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Lays out one version of the minutes ("verslag casusoverleg") as a PDF/A-2b document: A4, DejaVu Sans, the
 * confidentiality marking and page x of y on every page, in Dutch (nl-NL, the default) or English. The file is
 * not signed here; signing adds an incremental update to these bytes.
 *
 * <p>Thread-safe: every call builds its own document.
 */
public final class MinutesRenderer {
    /** The primary language of the minutes. */
    public static final Locale DUTCH = MinutesLabels.DUTCH;
    /** The second language. */
    public static final Locale ENGLISH = MinutesLabels.ENGLISH;

    private final Locale locale;

    /** Minutes in Dutch. */
    public MinutesRenderer() {
        this(DUTCH);
    }

    /**
     * Minutes in the language of {@code locale}: English for any English locale, Dutch for every other. Dates
     * stay dd-MM-yyyy and times HH:mm in Europe/Amsterdam in both.
     */
    public MinutesRenderer(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** The PDF/A-2b bytes of {@code content}. */
    public byte[] render(MinutesContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            render(content, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the PDF/A-2b document of {@code content} to {@code out}; does not close {@code out}. */
    public void render(MinutesContent content, OutputStream out) throws IOException {
        Objects.requireNonNull(content, "content");
        MinutesLabels labels = new MinutesLabels(locale);
        String title = MinutesComposer.documentTitle(labels, content.header());
        try (PDDocument doc = PdfA.newDocument(title, content.identity().generatedAt(), labels.locale())) {
            MinutesTheme theme = new MinutesTheme(new Typeface(PdfA.regular(doc)), new Typeface(PdfA.bold(doc)));
            PageGeometry geometry = PageGeometry.A4;
            PageFlow flow = new PageFlow(doc, geometry);
            try (flow) {
                flow.place(new MinutesComposer(labels, theme, content).blocks());
            }
            new RunningMarks(geometry, theme, marks(labels, content.identity())).stamp(doc, flow.pages());
            doc.save(out);
        }
    }

    private static RunningMarks.Texts marks(MinutesLabels labels, Identity id) {
        String identity = labels.text("minutes.pdf.footer.version", Integer.toString(id.version())) + "  \u00b7  "
                + labels.text("minutes.pdf.footer.document", id.documentId().toString());
        return new RunningMarks.Texts(
                labels.text("minutes.pdf.marking"),
                id.status() == MinutesStatus.CONCEPT ? labels.text("minutes.pdf.marking.concept") : null,
                identity,
                labels.text("minutes.pdf.footer.generated", MinutesLabels.dateTime(id.generatedAt())),
                id.recipientName() == null ? null : labels.text("minutes.pdf.footer.recipient",
                        id.recipientName().strip()),
                (page, pages) -> labels.text("minutes.pdf.footer.page", Integer.toString(page),
                        Integer.toString(pages)));
    }
}
