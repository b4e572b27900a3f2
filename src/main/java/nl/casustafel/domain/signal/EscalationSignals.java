package nl.casustafel.domain.signal;

import java.time.LocalDate;
import java.util.List;

/** The escalation rules of domain.md as pure functions. */
public final class EscalationSignals {
    private EscalationSignals() {
    }

    /** The signals that are active on {@code today}, in the order of {@link SignalType}. */
    public static List<Signal> evaluate(SignalInput input, LocalDate today) {
        return List.of();
    }
}
