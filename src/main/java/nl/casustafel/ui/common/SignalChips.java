package nl.casustafel.ui.common;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import nl.casustafel.domain.signal.SignalType;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Escalation signals as small chips: red ("danger") for the signals that point to acute or lethal risk,
 * amber ("warning") for the others. Each chip shows an icon and a count; the tooltip lists the signals.
 */
public final class SignalChips {
    /** Signals that call for attention first: lethal-risk markers, the high-risk cluster, breaches, escalation. */
    private static final Set<SignalType> DANGER = EnumSet.of(SignalType.LETHALITY_MARKER,
            SignalType.HIGH_RISK_CLUSTER, SignalType.BREACH_OF_MEASURE, SignalType.ESCALATION);

    private SignalChips() {
    }

    public static boolean isDanger(SignalType type) {
        return DANGER.contains(type);
    }

    /** The style class for a signal: "danger" or "warning". */
    public static String severityClass(SignalType type) {
        return isDanger(type) ? "danger" : "warning";
    }

    /** One chip for one signal, with its label (for the dossier). */
    public static Label chip(SignalType type, I18n i18n) {
        Label chip = new Label(i18n.label(type), Icons.of(isDanger(type) ? Material2AL.ERROR : Material2MZ.WARNING));
        chip.getStyleClass().addAll("signal-chip", severityClass(type));
        return chip;
    }

    /** Compact chips with counts for a list row: at most one red and one amber chip, tooltip with all labels. */
    public static HBox compact(List<SignalType> signals, I18n i18n) {
        HBox box = new HBox(4);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("signal-chips");
        long danger = signals.stream().filter(SignalChips::isDanger).count();
        long warning = signals.size() - danger;
        if (danger > 0) {
            box.getChildren().add(countChip(Material2AL.ERROR, danger, "danger"));
        }
        if (warning > 0) {
            box.getChildren().add(countChip(Material2MZ.WARNING, warning, "warning"));
        }
        if (!signals.isEmpty()) {
            Tooltip tip = new Tooltip(signals.stream().map(i18n::label).collect(Collectors.joining("\n")));
            tip.setShowDelay(javafx.util.Duration.millis(250));
            Tooltip.install(box, tip);
        }
        return box;
    }

    private static Label countChip(org.kordamp.ikonli.Ikon icon, long count, String severity) {
        Label chip = new Label(Long.toString(count), Icons.of(icon));
        chip.getStyleClass().addAll("signal-chip", "compact", severity);
        return chip;
    }
}
