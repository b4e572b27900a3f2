package nl.casustafel.ui.common;

import java.nio.file.Path;
import javafx.stage.Window;

/**
 * The operating system's file dialogs behind an interface: the application uses {@link FxFileDialogs}; UI tests,
 * which cannot drive native dialogs, answer with paths of their own. Every method answers null when cancelled.
 */
public interface FileDialogs {

    /** Asks for an existing file to open; {@code patterns} like "*.pdf". */
    Path open(Window owner, String title, String filterName, String... patterns);

    /** Asks where to save a file, proposing {@code initialFileName}. */
    Path save(Window owner, String title, String initialFileName, String filterName, String... patterns);

    /** Asks for a folder. */
    Path folder(Window owner, String title);
}
