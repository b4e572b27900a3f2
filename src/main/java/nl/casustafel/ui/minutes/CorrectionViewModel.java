package nl.casustafel.ui.minutes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.service.minutes.MinutesService;
import nl.casustafel.ui.common.FormViewModel;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;

/**
 * A correction of the signed minutes: a new concept version that refers to the signed one, with the reason
 * (required; it is printed in the corrected minutes).
 */
public final class CorrectionViewModel extends FormViewModel {
    /** The field name the service uses for the reason, so that its validation shows at the field too. */
    public static final String REASON = "reason";
    /** The stored reason's maximum length. */
    public static final int MAX_REASON = 1000;

    private final MinutesService minutes;
    private final long conferenceId;
    private final int signedNumber;
    private final StringProperty reason = new SimpleStringProperty("");

    public CorrectionViewModel(MinutesService minutes, I18n i18n, UiExecutor executor, Clock clock,
                               long conferenceId, int signedNumber) {
        super(i18n, executor, clock);
        this.minutes = minutes;
        this.conferenceId = conferenceId;
        this.signedNumber = signedNumber;
    }

    @Override
    public String title() {
        return i18n.get("minutes.correction.title", signedNumber);
    }

    @Override
    public void save() {
        String text = reason.get() == null ? "" : reason.get().strip();
        List<FieldError> problems = new ArrayList<>();
        if (text.isEmpty()) {
            problems.add(FieldError.of(REASON, "minutes.correction.reasonRequired"));
        } else if (text.length() > MAX_REASON) {
            problems.add(FieldError.of(REASON, "minutes.correction.reasonTooLong", MAX_REASON));
        }
        submit(problems, () -> minutes.startCorrection(conferenceId, text), id -> { });
    }

    @Override
    protected String conflictMessageKey() {
        return "minutes.conflict";
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
