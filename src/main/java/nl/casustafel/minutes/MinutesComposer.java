package nl.casustafel.minutes;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.domain.conference.ConferenceRole;
import nl.casustafel.domain.minutes.MinutesStatus;
import nl.casustafel.minutes.MinutesContent.Attendee;
import nl.casustafel.minutes.MinutesContent.Header;
import nl.casustafel.minutes.MinutesContent.HouseholdSection;
import nl.casustafel.minutes.MinutesContent.Identity;
import nl.casustafel.minutes.MinutesContent.MeasureLine;
import nl.casustafel.minutes.MinutesContent.PartnerAttendance;
import nl.casustafel.minutes.MinutesContent.Score;
import nl.casustafel.minutes.MinutesContent.Signing;
import nl.casustafel.minutes.Table.Cell;
import nl.casustafel.minutes.Table.Row;

/**
 * Turns one version of the minutes into blocks for the page flow, in the order of the meeting: title, status and
 * notices, the meeting's facts, attendance per partner, then per household the safety assessment, the three
 * columns, decisions, case director and phase, the agreed and the carried-over measures, and last the signing.
 */
final class MinutesComposer {
    private static final String DASH = "\u2013";
    private static final int SHA_SHOWN = 16;
    private static final float[] FACTS = {24, 76};
    private static final float[] ATTENDANCE = {30, 18, 15, 15, 22};
    private static final float[] SCORES = {46, 10, 44};
    private static final float[] THREE_COLUMNS = {1, 1, 1};
    private static final float[] MEASURES = {26, 15, 14, 16, 13, 16};

    private final MinutesLabels labels;
    private final MinutesTheme theme;
    private final MinutesContent content;
    /** Shared by every measures table, so that they line up over the whole document. */
    private final Columns measureColumns;
    /** Shared by every safety scale table. */
    private final Columns scoreColumns;

    MinutesComposer(MinutesLabels labels, MinutesTheme theme, MinutesContent content) {
        this.labels = labels;
        this.theme = theme;
        this.content = content;
        List<Row> measureRows = new ArrayList<>();
        List<Row> scoreRows = new ArrayList<>();
        for (HouseholdSection household : content.households()) {
            household.agreed().forEach(m -> measureRows.add(measureRow(m)));
            household.carriedOver().forEach(m -> measureRows.add(measureRow(m)));
            household.scores().forEach(score -> scoreRows.add(scoreRow(score)));
        }
        this.measureColumns = new Columns(MEASURES, header("minutes.pdf.measures.type",
                "minutes.pdf.measures.concerns", "minutes.pdf.measures.owner", "minutes.pdf.measures.responsible",
                "minutes.pdf.measures.deadline", "minutes.pdf.measures.status"), measureRows);
        this.scoreColumns = new Columns(SCORES, header("minutes.pdf.scale.partner", "minutes.pdf.scale.score",
                "minutes.pdf.scale.bar"), scoreRows);
    }

    /** The document title (metadata and page title alike): no personal data, only the type and the date. */
    static String documentTitle(MinutesLabels labels, Header header) {
        return labels.text("minutes.pdf.documentTitle", labels.label(header.type()),
                MinutesLabels.date(header.startsAt()));
    }

    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        opening(blocks);
        attendance(content.attendance(), blocks);
        if (content.households().isEmpty()) {
            blocks.add(sectionHeading(labels.text("minutes.pdf.households.title")));
            blocks.add(TextBlock.of(labels.text("minutes.pdf.households.none"), theme.body, 0, 0));
        }
        int number = 1;
        for (HouseholdSection household : content.households()) {
            household(number++, household, blocks);
        }
        closing(content.identity(), content.signing(), blocks);
        return blocks;
    }

    private void opening(List<Block> blocks) {
        Identity id = content.identity();
        Header header = content.header();
        blocks.add(new Heading(labels.text("minutes.pdf.title", labels.label(header.type())), theme.title, 0, 8,
                null));
        if (id.status() == MinutesStatus.CONCEPT) {
            blocks.add(new Band(List.of(new Span(labels.text("minutes.pdf.concept.band"), theme.bodyBold),
                    new Span(labels.text("minutes.pdf.concept.explanation"), theme.small)),
                    theme.concept, 0, 6));
        }
        if (id.recipientName() != null) {
            blocks.add(new Band(List.of(new Span(labels.text("minutes.pdf.needToKnow", id.recipientName().strip(),
                    Integer.toString(id.omittedHouseholds())), theme.body)), theme.notice, 0, 6));
        }
        if (id.replacesVersion() != null) {
            blocks.add(new Band(List.of(new Span(labels.text("minutes.pdf.correction",
                    Integer.toString(id.replacesVersion()), shortHash(id.replacesSha256()),
                    orDash(id.correctionReason())), theme.body)), theme.notice, 0, 6));
        }
        List<Row> facts = new ArrayList<>();
        facts.add(fact("minutes.pdf.date", labels.dayAndDate(header.startsAt())));
        facts.add(fact("minutes.pdf.time", timeRange(header.startsAt(), header.durationMinutes())));
        facts.add(fact("minutes.pdf.place", orDash(header.place())));
        facts.add(fact("minutes.pdf.chair", orDash(header.chairName())));
        facts.add(fact("minutes.pdf.minuteTaker", orDash(header.minuteTakerName())));
        facts.add(fact("minutes.pdf.status", labels.text("minutes.pdf.status." + id.status().name())));
        facts.add(fact("minutes.pdf.version", Integer.toString(id.version())));
        blocks.add(new Table(FACTS, null, facts, theme.facts, 4, 0));
    }

    private static String timeRange(ZonedDateTime start, int minutes) {
        String from = MinutesLabels.time(start);
        return minutes <= 0 ? from : from + DASH + MinutesLabels.time(start.plusMinutes(minutes));
    }

    private Row fact(String labelKey, String value) {
        return Row.of(Cell.text(labels.text(labelKey), theme.label), Cell.text(value, theme.body));
    }

    private Row fact(String labelKey, String value, TextStyle valueStyle) {
        return Row.of(Cell.text(labels.text(labelKey), theme.label), Cell.text(value, valueStyle));
    }

    private void attendance(List<PartnerAttendance> attendance, List<Block> blocks) {
        blocks.add(sectionHeading(labels.text("minutes.pdf.attendance.title")));
        if (attendance.stream().allMatch(p -> p.people().isEmpty())) {
            blocks.add(TextBlock.of(labels.text("minutes.pdf.attendance.none"), theme.body, 0, 0));
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (PartnerAttendance partner : attendance) {
            if (partner.people().isEmpty()) {
                continue;
            }
            rows.add(Row.group(Cell.text(partner.partnerName() == null
                    ? labels.text("minutes.pdf.attendance.noPartner") : partner.partnerName(), theme.cellBold)));
            for (Attendee person : partner.people()) {
                rows.add(Row.of(
                        Cell.text(orDash(person.name()), theme.cell),
                        Cell.text(person.role() == null ? DASH : labels.label(person.role()), theme.cell),
                        Cell.text(person.attendance() == null ? labels.text("minutes.pdf.attendance.notRecorded")
                                : labels.label(person.attendance()), theme.cell),
                        Cell.text(labels.text(person.informationSent() ? "minutes.pdf.yes" : "minutes.pdf.no"),
                                theme.cell),
                        confidentiality(person)));
            }
        }
        blocks.add(new Table(ATTENDANCE, header("minutes.pdf.attendance.name", "minutes.pdf.attendance.role",
                "minutes.pdf.attendance.presence", "minutes.pdf.attendance.informationSent",
                "minutes.pdf.attendance.confidentiality"), rows, theme.grid, 0, 0));
    }

    private Cell confidentiality(Attendee person) {
        if (person.confidentialitySignedOn() != null) {
            return Cell.text(labels.text("minutes.pdf.attendance.signedOn",
                    MinutesLabels.date(person.confidentialitySignedOn())), theme.cell);
        }
        if (person.role() == ConferenceRole.INCIDENTAL_PARTICIPANT) {
            return Cell.text(labels.text("minutes.pdf.attendance.notSigned"), theme.cellBold);
        }
        return Cell.text(DASH, theme.cellMuted);
    }

    private void household(int number, HouseholdSection household, List<Block> blocks) {
        blocks.add(new Heading(number + ". " + household.householdName(), theme.section, 22, 5,
                MinutesTheme.ACCENT));
        List<Row> facts = new ArrayList<>();
        if (household.reason() != null) {
            facts.add(fact("minutes.pdf.household.reason", labels.label(household.reason())));
        }
        Boolean danger = household.immediateDanger();
        facts.add(fact("minutes.pdf.household.danger", labels.text(danger == null ? "minutes.pdf.danger.unknown"
                : danger ? "minutes.pdf.danger.yes" : "minutes.pdf.danger.no"),
                Boolean.TRUE.equals(danger) ? theme.bodyBold : theme.body));
        blocks.add(new Table(FACTS, null, facts, theme.facts, 0, 0));

        scores(household.scores(), blocks);

        blocks.add(new Table(THREE_COLUMNS, header("minutes.pdf.columns.worries", "minutes.pdf.columns.goingWell",
                "minutes.pdf.columns.mustHappen"), List.of(Row.of(
                Cell.text(orDash(household.worries()), theme.cell),
                Cell.text(orDash(household.goingWell()), theme.cell),
                Cell.text(orDash(household.mustHappen()), theme.cell))), theme.columns, 12, 0));

        blocks.add(subHeading(labels.text("minutes.pdf.household.decisions")));
        blocks.add(TextBlock.of(orDash(household.decisions()), theme.body, 0, 0));
        blocks.add(new Table(FACTS, null, List.of(
                fact("minutes.pdf.household.caseDirector", household.caseDirector() == null
                        ? labels.text("minutes.pdf.notRecorded") : household.caseDirector()),
                fact("minutes.pdf.household.phase", household.phase() == null
                        ? labels.text("minutes.pdf.notRecorded") : labels.label(household.phase()))),
                theme.facts, 8, 0));

        blocks.add(subHeading(labels.text("minutes.pdf.measures.agreed")));
        blocks.add(measures(household.agreed(), "minutes.pdf.measures.noneAgreed"));
        blocks.add(subHeading(labels.text("minutes.pdf.measures.carriedOver")));
        blocks.add(measures(household.carriedOver(), "minutes.pdf.measures.noneCarriedOver"));
    }

    private void scores(List<Score> scores, List<Block> blocks) {
        blocks.add(subHeading(labels.text("minutes.pdf.scale.title")));
        if (scores.isEmpty()) {
            blocks.add(TextBlock.of(labels.text("minutes.pdf.scale.none"), theme.body, 0, 0));
            return;
        }
        List<Row> rows = new ArrayList<>();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (Score score : scores) {
            min = Math.min(min, clamp(score.score()));
            max = Math.max(max, clamp(score.score()));
            rows.add(scoreRow(score));
        }
        blocks.add(new Table(scoreColumns, rows, theme.grid, 0, 0));
        blocks.add(TextBlock.of(labels.text("minutes.pdf.scale.spread", min + DASH + max), theme.small, 3, 0));
    }

    private static int clamp(int score) {
        return Math.max(0, Math.min(10, score));
    }

    private Row scoreRow(Score score) {
        int value = clamp(score.score());
        return Row.of(Cell.text(orDash(score.partnerName()), theme.cell),
                Cell.text(Integer.toString(value), theme.cellBold), Cell.bar(value / 10f, theme.cell));
    }

    private Block measures(List<MeasureLine> measures, String noneKey) {
        if (measures.isEmpty()) {
            return TextBlock.of(labels.text(noneKey), theme.body, 0, 0);
        }
        return new Table(measureColumns, measures.stream().map(this::measureRow).toList(), theme.grid, 0, 0);
    }

    private Row measureRow(MeasureLine m) {
        Cell type = m.category() == null ? Cell.text(labels.label(m.type()), theme.cell)
                : Cell.of(new Span(labels.label(m.type()), theme.cell),
                new Span(labels.label(m.category()), theme.cellMuted));
        Cell deadline = m.deadline() == null ? Cell.text(DASH, theme.cell)
                : m.legalEnd() ? Cell.of(new Span(MinutesLabels.date(m.deadline()), theme.cell),
                new Span(labels.text("minutes.pdf.measures.legalEnd"), theme.cellMuted))
                : Cell.text(MinutesLabels.date(m.deadline()), theme.cell);
        return Row.of(type,
                Cell.text(m.concerns() == null ? labels.text("minutes.pdf.measures.wholeHousehold") : m.concerns(),
                        theme.cell),
                Cell.text(orDash(m.ownerPartnerName()), theme.cell),
                Cell.text(orDash(m.responsiblePerson()), theme.cell),
                deadline,
                Cell.text(labels.label(m.status()), theme.cell));
    }

    private void closing(Identity id, Signing signing, List<Block> blocks) {
        String audit = id.auditHeadHash() == null || id.auditHeadHash().isBlank() ? null
                : labels.text("minutes.pdf.auditHead", id.auditHeadHash());
        if (signing == null) {
            if (audit != null) {
                blocks.add(TextBlock.of(audit, theme.small, 18, 0));
            }
            return;
        }
        blocks.add(sectionHeading(labels.text("minutes.pdf.signing.title")));
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(labels.text("minutes.pdf.signing.signedBy", orDash(signing.signerName())),
                theme.bodyBold));
        spans.add(new Span(labels.text("minutes.pdf.signing.note"), theme.small));
        if (audit != null) {
            spans.add(new Span(audit, theme.small));
        }
        blocks.add(new Band(spans, theme.signature, 0, 0, signing.testCertificate()));
        if (signing.testCertificate()) {
            blocks.add(new Band(List.of(new Span(labels.text("minutes.pdf.signing.testCertificate"),
                    theme.bodyBold)), theme.warning, 8, 0));
        }
    }

    private Block sectionHeading(String text) {
        return new Heading(text, theme.section, 22, 5, MinutesTheme.ACCENT);
    }

    private Block subHeading(String text) {
        return new Heading(text, theme.subsection, 12, 4, null);
    }

    private List<Cell> header(String... keys) {
        List<Cell> cells = new ArrayList<>(keys.length);
        for (String key : keys) {
            cells.add(Cell.text(labels.text(key), theme.cellHead));
        }
        return cells;
    }

    private static String shortHash(String sha256) {
        if (sha256 == null || sha256.isBlank()) {
            return DASH;
        }
        String hex = sha256.strip();
        return hex.length() <= SHA_SHOWN ? hex : hex.substring(0, SHA_SHOWN);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? DASH : text;
    }
}
