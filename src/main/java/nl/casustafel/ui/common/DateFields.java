package nl.casustafel.ui.common;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Date and time inputs in the Dutch formats dd-MM-yyyy and HH:mm. */
public final class DateFields {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_SHORT = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private DateFields() {
    }

    /** A date picker that shows and accepts dd-MM-yyyy (also d-M-yyyy); bad text leaves the value empty. */
    public static DatePicker datePicker() {
        DatePicker picker = new DatePicker();
        picker.setPromptText("31-12-2026"); // an example, readable in every language
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return parseDate(text);
            }
        });
        // Commit typed text when focus leaves, so that a typed date is never silently lost.
        picker.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit(picker);
            }
        });
        return picker;
    }

    /**
     * A date picker bound to the text a view model holds. The view model keeps what the user typed, also when it
     * is not a date, so that it can say "not a valid date" instead of silently losing it.
     */
    public static DatePicker datePicker(StringProperty text) {
        DatePicker picker = datePicker();
        TextField editor = picker.getEditor();
        picker.setValue(parseDate(text.get()));
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
        // The view model may set the text itself (a quick choice of period): show it.
        text.addListener((obs, was, now) -> {
            if (!picker.isFocused() && !java.util.Objects.equals(now, editor.getText())) {
                LocalDate date = parseDate(now);
                if (date != null || now == null || now.isBlank()) {
                    picker.setValue(date);
                }
                editor.setText(now);
            }
        });
        return picker;
    }

    private static boolean isInvalid(String text) {
        return text != null && !text.isBlank() && parseDate(text) == null;
    }

    /** Applies the editor's text to the value (null when the text is not a date). */
    public static void commit(DatePicker picker) {
        String text = picker.getEditor().getText();
        picker.setValue(parseDate(text));
    }

    /** True when the editor holds text that is not a valid date. */
    public static boolean hasInvalidText(DatePicker picker) {
        String text = picker.getEditor().getText();
        return text != null && !text.isBlank() && parseDate(text) == null;
    }

    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace('/', '-').replace('.', '-');
        for (DateTimeFormatter f : new DateTimeFormatter[] {DATE, DATE_SHORT}) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }

    /** A text field for HH:mm. */
    public static TextField timeField() {
        TextField field = new TextField();
        field.setPromptText("21:30");
        field.setPrefColumnCount(5);
        return field;
    }

    public static LocalTime parseTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip().replace('.', ':'), TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static String formatTime(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }
}
