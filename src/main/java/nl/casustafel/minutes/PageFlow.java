package nl.casustafel.minutes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Hands out pages and vertical positions in the body frame: a cursor that moves down, and a new page when what
 * comes next does not fit. Places blocks in order and keeps each heading on the page of what follows it.
 */
final class PageFlow implements AutoCloseable {
    private static final float SLACK = 0.01f;

    private final PDDocument doc;
    private final PageGeometry geometry;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private Painter painter;
    private float y;

    PageFlow(PDDocument doc, PageGeometry geometry) throws IOException {
        this.doc = doc;
        this.geometry = geometry;
        newPage();
    }

    PageGeometry geometry() {
        return geometry;
    }

    float left() {
        return geometry.left();
    }

    float width() {
        return geometry.frameWidth();
    }

    /** The cursor: the top of the next thing placed. */
    float y() {
        return y;
    }

    /** Room left on this page below the cursor. */
    float remaining() {
        return y - geometry.bodyBottom();
    }

    /** True when nothing has been placed on this page yet. */
    boolean atPageTop() {
        return y >= geometry.bodyTop() - SLACK;
    }

    Painter painter() {
        return painter;
    }

    List<PDPage> pages() {
        return List.copyOf(pages);
    }

    /** Ends this page and moves the cursor to the top of a new one. */
    void newPage() throws IOException {
        closeContent();
        PDPage page = new PDPage(geometry.mediaBox());
        doc.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(doc, page);
        painter = new Painter(content);
        y = geometry.bodyTop();
    }

    /** Starts a new page unless {@code height} fits below the cursor (or the page is still empty). */
    void ensure(float height) throws IOException {
        if (!fits(height) && !atPageTop()) {
            newPage();
        }
    }

    boolean fits(float height) {
        return height <= remaining() + SLACK;
    }

    /** Moves the cursor down over something just drawn. */
    void advance(float height) {
        if (!fits(height)) {
            throw new IllegalStateException("drawn below the bottom margin: " + height + " > " + remaining());
        }
        y -= height;
    }

    /** White space between blocks: none at the top of a page, and never past the bottom margin. */
    void gap(float height) {
        if (!atPageTop()) {
            y = Math.max(y - height, geometry.bodyBottom());
        }
    }

    /** Places the blocks in order; a heading goes to a new page when what must follow it does not fit. */
    void place(List<? extends Block> blocks) throws IOException {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.keepWithNext() && i + 1 < blocks.size()) {
                ensure(chainHeight(blocks, i));
            }
            block.place(this);
        }
    }

    /** The heading(s) starting at {@code i} and the lead of the first block that is not a heading. */
    private float chainHeight(List<? extends Block> blocks, int i) {
        float height = 0;
        int k = i;
        while (k < blocks.size()) {
            Block block = blocks.get(k);
            height += block.leadHeight(width());
            if (!block.keepWithNext()) {
                break;
            }
            k++;
        }
        return height;
    }

    @Override
    public void close() throws IOException {
        closeContent();
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
            painter = null;
        }
    }
}
