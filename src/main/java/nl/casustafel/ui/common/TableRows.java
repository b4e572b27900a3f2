package nl.casustafel.ui.common;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.util.Callback;

/** Row factories for tables: open a row with a double click, and mark rows with a CSS pseudo-class. */
public final class TableRows {
    private TableRows() {
    }

    /** Rows that call {@code onOpen} with their item on a double click. */
    public static <R> Callback<TableView<R>, TableRow<R>> opening(Consumer<R> onOpen) {
        return marking(null, item -> false, onOpen);
    }

    /**
     * Rows that carry the pseudo-class {@code pseudoClass} while {@code marked} holds for their item, and call
     * {@code onOpen} with their item on a double click.
     */
    public static <R> Callback<TableView<R>, TableRow<R>> marking(String pseudoClass, Predicate<R> marked,
                                                                   Consumer<R> onOpen) {
        PseudoClass state = pseudoClass == null ? null : PseudoClass.getPseudoClass(pseudoClass);
        return table -> {
            TableRow<R> row = new TableRow<>() {
                @Override
                protected void updateItem(R item, boolean empty) {
                    super.updateItem(item, empty);
                    if (state != null) {
                        pseudoClassStateChanged(state, !empty && item != null && marked.test(item));
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        };
    }
}
