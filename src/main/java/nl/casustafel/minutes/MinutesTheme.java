package nl.casustafel.minutes;

import java.awt.Color;

/**
 * The minutes' type scale and colours: near-black text, grey for secondary text and lines, and one restrained
 * accent (a dark government blue) for the title, household headings and the confidentiality marking.
 */
final class MinutesTheme {
    static final Color INK = new Color(0x1B, 0x1D, 0x21);
    static final Color MUTED = new Color(0x5B, 0x61, 0x69);
    static final Color ACCENT = new Color(0x15, 0x42, 0x73);
    static final Color RULE = new Color(0xC5, 0xCA, 0xD1);
    static final Color RULE_STRONG = new Color(0x8A, 0x91, 0x9A);
    static final Color FILL = new Color(0xEC, 0xEF, 0xF2);
    static final Color FILL_LIGHT = new Color(0xF5, 0xF6, 0xF8);
    static final Color CONCEPT = new Color(0xD6, 0xD8, 0xDB);

    final Typeface regular;
    final Typeface bold;
    final TextStyle title;
    final TextStyle section;
    final TextStyle subsection;
    final TextStyle body;
    final TextStyle bodyBold;
    final TextStyle label;
    final TextStyle small;
    final TextStyle cell;
    final TextStyle cellBold;
    final TextStyle cellMuted;
    final TextStyle cellHead;
    final TextStyle mark;
    final TextStyle markBold;

    final Table.Look grid;
    final Table.Look columns;
    final Table.Look facts;
    final Band.Look concept;
    final Band.Look notice;
    final Band.Look warning;
    final Band.Look signature;

    MinutesTheme(Typeface regular, Typeface bold) {
        this.regular = regular;
        this.bold = bold;
        title = new TextStyle(bold, 18, ACCENT);
        section = new TextStyle(bold, 13, ACCENT);
        subsection = new TextStyle(bold, 10.5f, INK);
        body = new TextStyle(regular, 9.5f, INK);
        bodyBold = new TextStyle(bold, 9.5f, INK);
        label = new TextStyle(regular, 9.5f, MUTED);
        small = new TextStyle(regular, 8, MUTED);
        cell = new TextStyle(regular, 8.2f, INK);
        cellBold = new TextStyle(bold, 8.2f, INK);
        cellMuted = new TextStyle(regular, 7.2f, MUTED);
        cellHead = new TextStyle(bold, 7.8f, INK);
        mark = new TextStyle(regular, 7.5f, MUTED);
        markBold = new TextStyle(bold, 7.5f, ACCENT);

        grid = new Table.Look(FILL, RULE_STRONG, RULE, FILL_LIGHT, FILL, ACCENT, 3.6f, 3.2f, false);
        columns = new Table.Look(FILL, RULE_STRONG, RULE, null, null, null, 5, 4, true);
        facts = new Table.Look(null, null, null, null, null, null, 0, 1.2f, false);
        concept = new Band.Look(CONCEPT, null, null, 6);
        notice = new Band.Look(FILL_LIGHT, ACCENT, null, 6);
        warning = new Band.Look(null, null, INK, 7);
        signature = new Band.Look(FILL_LIGHT, null, RULE_STRONG, 8);
    }
}
