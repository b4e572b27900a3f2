package nl.casustafel.minutes;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where things go on a page, in PDF points from the bottom left: the body frame that blocks flow into, and the
 * header and footer bands above and below it that are stamped on every page once the page count is known.
 */
record PageGeometry(PDRectangle mediaBox, float marginLeft, float marginRight, float headerBandTop,
                    float headerBaseline, float headerRule, float bodyTop, float bodyBottom, float footerRule,
                    float footerBaseline, float footerSecondBaseline, float footerBandBottom) {

    private static final float MM = 72f / 25.4f;

    /** A4 portrait, 20 mm side margins, a header band 10-16 mm and a footer band 9-19 mm from the edges. */
    static final PageGeometry A4 = a4();

    private static PageGeometry a4() {
        PDRectangle box = PDRectangle.A4;
        float h = box.getHeight();
        return new PageGeometry(box, 20 * MM, 20 * MM,
                h - 9 * MM, h - 13 * MM, h - 15 * MM,
                h - 22 * MM, 24 * MM,
                19 * MM, 15 * MM, 11 * MM, 8 * MM);
    }

    float width() {
        return mediaBox.getWidth();
    }

    float height() {
        return mediaBox.getHeight();
    }

    float left() {
        return marginLeft;
    }

    float right() {
        return width() - marginRight;
    }

    /** Width of the body frame (and of the header and footer lines). */
    float frameWidth() {
        return right() - left();
    }

    float frameHeight() {
        return bodyTop - bodyBottom;
    }
}
