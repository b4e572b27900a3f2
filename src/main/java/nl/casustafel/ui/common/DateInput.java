package nl.casustafel.ui.common;

import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import nl.casustafel.ui.common.DateFields;

/**
 * Binds a date picker (dd-MM-yyyy) to the text a form view model holds. The view model keeps what the user
 * typed, also when it is not a date, so that it can say "not a valid date" instead of silently losing it.
 */
public final class DateInput {
    private DateInput() {
    }

    public static DatePicker datePicker(StringProperty text) {
        return DateFields.datePicker(text);
    }

    /** A HH:mm field bound both ways to the view model's text. */
    public static TextField timeField(StringProperty text) {
        TextField field = DateFields.timeField();
        field.textProperty().bindBidirectional(text);
        return field;
    }
}
