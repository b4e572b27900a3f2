package nl.casustafel.ui.household.form;

import javafx.application.Platform;
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
        DatePicker picker = DateFields.datePicker();
        TextField editor = picker.getEditor();
        picker.setValue(DateFields.parseDate(text.get()));
        editor.setText(text.get());
        editor.textProperty().addListener((obs, was, now) -> {
            // While the user types, the picker owns the focus (its editor only has fake focus). When focus has
            // left, text changes come from the picker itself (it clears text it cannot parse): not from the user.
            if (picker.isFocused()) {
                text.set(now);
            } else if ((now == null || now.isEmpty()) && isInvalid(text.get())) {
                // The picker clears text it cannot parse when focus leaves: show the typed text again.
                Platform.runLater(() -> editor.setText(text.get()));
            }
        });
        picker.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                text.set(picker.getConverter().toString(now));
            }
        });
        return picker;
    }

    private static boolean isInvalid(String text) {
        return text != null && !text.isBlank() && DateFields.parseDate(text) == null;
    }

    /** A HH:mm field bound both ways to the view model's text. */
    public static TextField timeField(StringProperty text) {
        TextField field = DateFields.timeField();
        field.textProperty().bindBidirectional(text);
        return field;
    }
}
