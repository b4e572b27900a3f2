package nl.casustafel.minutes;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * PDF/A-2b groundwork for the minutes: a document with XMP metadata that matches its document information, an
 * sRGB output intent, and the DejaVu fonts (shipped with their licence under assets/fonts) embedded as subsets,
 * which cover Dutch diacritics and the euro sign. See pitfalls.md, item 7.
 */
public final class PdfA {
    private static final String FONTS = "/nl/casustafel/minutes/fonts/";
    public static final String PRODUCER = "Casustafel";
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private PdfA() {
    }

    /** A new, empty PDF/A-2b document in Dutch (nl-NL) titled {@code title}, created at {@code created}. */
    public static PDDocument newDocument(String title, Instant created) {
        return newDocument(title, created, DUTCH);
    }

    /**
     * A new, empty PDF/A-2b document titled {@code title}, created at {@code created}, whose natural language
     * (the catalog's /Lang, which screen readers use) is {@code language}, e.g. nl-NL or en-GB.
     */
    public static PDDocument newDocument(String title, Instant created, Locale language) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(language, "language");
        PDDocument doc = new PDDocument();
        try {
            Calendar when = GregorianCalendar.getInstance(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(created.toEpochMilli());
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setProducer(PRODUCER);
            info.setCreator(PRODUCER);
            info.setCreationDate(when);
            info.setModificationDate(when);

            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            dc.addCreator(PRODUCER);
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool(PRODUCER);
            basic.setCreateDate(when);
            basic.setModifyDate(when);
            xmp.createAndAddAdobePDFSchema().setProducer(PRODUCER);
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            id.setConformance("B");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, bytes, true);
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(bytes.toByteArray());
            doc.getDocumentCatalog().setMetadata(metadata);

            ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
            PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(srgb.getData()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            doc.getDocumentCatalog().addOutputIntent(intent);
            doc.getDocumentCatalog().setLanguage(language.toLanguageTag());
            return doc;
        } catch (IOException | javax.xml.transform.TransformerException | org.apache.xmpbox.type.BadFieldValueException e) {
            closeQuietly(doc);
            throw new IllegalStateException("PDF/A preparation failed", e);
        }
    }

    /** DejaVu Sans, embedded as a subset. */
    public static PDType0Font regular(PDDocument doc) {
        return font(doc, "DejaVuSans.ttf");
    }

    /** DejaVu Sans Bold, embedded as a subset. */
    public static PDType0Font bold(PDDocument doc) {
        return font(doc, "DejaVuSans-Bold.ttf");
    }

    private static PDType0Font font(PDDocument doc, String file) {
        try (InputStream in = PdfA.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + file);
            }
            return PDType0Font.load(doc, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
