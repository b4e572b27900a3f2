package nl.casustafel.ui.household.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.RiskMarker;
import nl.casustafel.domain.incident.Severity;

/**
 * Where every incident goes on the timeline: x = time (months, at least the last twelve), y = severity
 * (four labelled rows). Also the month ticks, the "last 12 months" band and hit-testing (point -> incident).
 * Pure: no JavaFX, so it is tested without a screen.
 */
public final class TimelineModel {
    public static final double LEFT = 112;
    public static final double RIGHT = 40; // room for half of the last tick label
    public static final double TOP = 24;
    public static final double BOTTOM = 40;
    /** How far (in pixels) from a marker's centre a click or hover still counts. */
    public static final double HIT_RADIUS = 9;
    private static final double MIN_LABEL_SPACING = 64;

    /** One incident on the chart; x and y are the marker's centre. */
    public record Point(long incidentId, double x, double y, Instant occurredAt, IncidentType type, Severity severity,
                        boolean lethal, boolean childrenPresent) {
    }

    /** A month boundary; {@code label} is null for ticks without a label; {@code year} marks January. */
    public record Tick(double x, String label, boolean year) {
    }

    private final double width;
    private final double height;
    private final List<Point> points;
    private final List<Tick> ticks;
    private final double bandStart;
    private final double bandEnd;
    private final LocalDate start;
    private final LocalDate end;

    private TimelineModel(double width, double height, List<Point> points, List<Tick> ticks, double bandStart,
                          double bandEnd, LocalDate start, LocalDate end) {
        this.width = width;
        this.height = height;
        this.points = List.copyOf(points);
        this.ticks = List.copyOf(ticks);
        this.bandStart = bandStart;
        this.bandEnd = bandEnd;
        this.start = start;
        this.end = end;
    }

    /** Lays out the incidents for a chart of the given size (pixels). */
    public static TimelineModel layout(List<Incident> incidents, LocalDate today, double width, double height,
                                       Locale locale) {
        LocalDate first = incidents.stream().map(Incident::date).min(Comparator.naturalOrder()).orElse(today);
        LocalDate yearAgo = today.minusMonths(12);
        LocalDate start = (first.isBefore(yearAgo) ? first : yearAgo).withDayOfMonth(1);
        LocalDate end = today.plusMonths(1).withDayOfMonth(1);
        double plotWidth = Math.max(1, width - LEFT - RIGHT);
        double plotHeight = Math.max(1, height - TOP - BOTTOM);
        Instant startInstant = start.atStartOfDay(DomainTime.ZONE).toInstant();
        double totalSeconds = ChronoUnit.SECONDS.between(startInstant, end.atStartOfDay(DomainTime.ZONE).toInstant());

        List<Incident> ordered = new ArrayList<>(incidents);
        ordered.sort(Comparator.comparing(Incident::occurredAt).thenComparing(Incident::id));
        List<Point> points = new ArrayList<>(ordered.size());
        for (Incident i : ordered) {
            double x = LEFT + plotWidth * ChronoUnit.SECONDS.between(startInstant, i.occurredAt()) / totalSeconds;
            double y = rowY(i.severity(), plotHeight);
            y = avoidOverlap(points, x, y, i.severity());
            points.add(new Point(i.id(), x, y, i.occurredAt(), i.type(), i.severity(),
                    i.has(RiskMarker.STRANGULATION) || i.has(RiskMarker.WEAPON_OR_THREAT_TO_KILL),
                    i.childrenPresent()));
        }

        long months = ChronoUnit.MONTHS.between(start, end);
        double monthWidth = plotWidth / Math.max(1, months);
        int labelEvery = 1;
        for (int step : new int[] {1, 2, 3, 6, 12, 24, 60}) {
            labelEvery = step;
            if (monthWidth * step >= MIN_LABEL_SPACING) {
                break;
            }
        }
        DateTimeFormatter monthYear = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        DateTimeFormatter year = DateTimeFormatter.ofPattern("yyyy", locale);
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate m = start; !m.isAfter(end); m = m.plusMonths(1)) {
            double x = LEFT + plotWidth * ChronoUnit.DAYS.between(start, m) / (double) ChronoUnit.DAYS.between(start, end);
            int index = (int) ChronoUnit.MONTHS.between(start, m);
            String label = null;
            if (m.isBefore(end) && index % labelEvery == 0) {
                label = (labelEvery >= 12 ? year : monthYear).format(m).replace(".", "");
            }
            ticks.add(new Tick(x, label, m.getMonthValue() == 1));
        }
        double bandStart = xOf(yearAgo, start, end, plotWidth);
        double bandEnd = xOf(today.plusDays(1), start, end, plotWidth);
        return new TimelineModel(width, height, points, ticks, bandStart, bandEnd, start, end);
    }

    private static double xOf(LocalDate date, LocalDate start, LocalDate end, double plotWidth) {
        return LEFT + plotWidth * ChronoUnit.DAYS.between(start, date) / (double) ChronoUnit.DAYS.between(start, end);
    }

    /** Centre of the row for a severity: severe at the top, minor at the bottom. */
    private static double rowY(Severity severity, double plotHeight) {
        int fromTop = Severity.values().length - severity.level();
        return TOP + plotHeight * (fromTop + 0.5) / Severity.values().length;
    }

    /** Markers on (almost) the same spot are nudged up and down so that each stays visible and clickable. */
    private static double avoidOverlap(List<Point> placed, double x, double y, Severity severity) {
        double[] offsets = {0, -10, 10, -20, 20};
        for (double offset : offsets) {
            double candidate = y + offset;
            boolean free = placed.stream().noneMatch(p -> p.severity() == severity
                    && Math.abs(p.x() - x) < 8 && Math.abs(p.y() - candidate) < 8);
            if (free) {
                return candidate;
            }
        }
        return y;
    }

    /** The incident whose marker is nearest to (x, y) within {@link #HIT_RADIUS}, if any. */
    public Optional<Long> hit(double x, double y) {
        return hitPoint(x, y).map(Point::incidentId);
    }

    public Optional<Point> hitPoint(double x, double y) {
        Point best = null;
        double bestDistance = HIT_RADIUS * HIT_RADIUS;
        for (Point p : points) {
            double dx = p.x() - x;
            double dy = p.y() - y;
            double d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                best = p;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Centre y of the row of a severity. */
    public double rowY(Severity severity) {
        return rowY(severity, Math.max(1, height - TOP - BOTTOM));
    }

    public double plotLeft() {
        return LEFT;
    }

    public double plotRight() {
        return width - RIGHT;
    }

    public double plotTop() {
        return TOP;
    }

    public double plotBottom() {
        return height - BOTTOM;
    }

    public List<Point> points() {
        return points;
    }

    public List<Tick> ticks() {
        return ticks;
    }

    /** Left edge of the shaded "last 12 months" band. */
    public double bandStart() {
        return bandStart;
    }

    public double bandEnd() {
        return bandEnd;
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }
}
