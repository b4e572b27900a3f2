package nl.casustafel.minutes;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import nl.casustafel.domain.common.DomainException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF as pixels, for the preview on screen: PDFBox renders each page, the caller turns the ARGB
 * values into an image of its toolkit. Keeps PDFBox out of the user interface.
 */
public final class PageImages {
    private PageImages() {
    }

    /** One rendered page: {@code width} x {@code height} pixels, row by row, as ARGB values. */
    public record PageImage(int width, int height, int[] argb) {
    }

    /** Renders every page at {@code scale} (1 = 72 dpi). An unreadable PDF gives a domain exception. */
    public static List<PageImage> render(byte[] pdf, float scale) {
        return render(pdf, scale, () -> false);
    }

    /**
     * As {@link #render(byte[], float)}, stopping between pages (with the pages so far) when {@code cancelled}
     * answers true: cooperative cancellation, never an interrupt.
     */
    public static List<PageImage> render(byte[] pdf, float scale, BooleanSupplier cancelled) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<PageImage> pages = new ArrayList<>(doc.getNumberOfPages());
            for (int i = 0; i < doc.getNumberOfPages() && !cancelled.getAsBoolean(); i++) {
                BufferedImage image = renderer.renderImage(i, scale, ImageType.RGB);
                int w = image.getWidth();
                int h = image.getHeight();
                pages.add(new PageImage(w, h, image.getRGB(0, 0, w, h, null, 0, w)));
            }
            return pages;
        } catch (IOException e) {
            throw new DomainException("minutes.preview.failed", e);
        }
    }
}
