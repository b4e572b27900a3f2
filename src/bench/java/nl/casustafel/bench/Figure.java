package nl.casustafel.bench;

import java.util.Locale;

/**
 * One figure of the suite and its line, {@code bench NAME: VALUE UNIT (baseline BASELINE UNIT, ratio R)}, which a
 * script can read; {@code ratio} is value / baseline. A figure that cannot be measured here prints
 * {@code bench NAME: n/a (why)}.
 */
record Figure(String name, double value, String unit, double baseline, String why) {

    static Figure of(String name, double value, String unit, double baseline) {
        return new Figure(name, value, unit, baseline, null);
    }

    static Figure notAvailable(String name, String why) {
        return new Figure(name, Double.NaN, null, Double.NaN, why);
    }

    double ratio() {
        return value / baseline;
    }

    String line() {
        if (why != null) {
            return "bench " + name + ": n/a (" + why + ")";
        }
        return String.format(Locale.ROOT, "bench %s: %s %s (baseline %s %s, ratio %.2f)", name, number(value), unit,
                number(baseline), unit, ratio());
    }

    /** Three significant digits or whole numbers: 0.412, 12.3, 148, 15234. */
    private static String number(double x) {
        double a = Math.abs(x);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", x);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", x);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", x);
        }
        return String.format(Locale.ROOT, "%.3f", x);
    }
}
