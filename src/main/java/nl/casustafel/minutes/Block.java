package nl.casustafel.minutes;

import java.io.IOException;

/** Something placed in the body frame from the flow's cursor downwards, onto as many pages as it needs. */
interface Block {

    /**
     * The height that must be free for this block to begin on the current page, space above included: all of
     * it for a block that is never split (a heading), the first lines or rows of one that may be.
     */
    float leadHeight(float width);

    /** Draws the block at the cursor, asking the flow for new pages as it goes, and moves the cursor below it. */
    void place(PageFlow flow) throws IOException;

    /** True for a heading: it goes to the next page rather than end a page without what follows it. */
    default boolean keepWithNext() {
        return false;
    }
}
