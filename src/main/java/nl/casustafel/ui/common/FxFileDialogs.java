package nl.casustafel.ui.common;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FileDialogs} with JavaFX's native choosers; the next dialog opens in the folder chosen last. */
public final class FxFileDialogs implements FileDialogs {
    private File lastFolder;

    @Override
    public Path open(Window owner, String title, String filterName, String... patterns) {
        FileChooser chooser = chooser(title, filterName, patterns);
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Path save(Window owner, String title, String initialFileName, String filterName, String... patterns) {
        FileChooser chooser = chooser(title, filterName, patterns);
        chooser.setInitialFileName(initialFileName);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Path folder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File folder = chooser.showDialog(owner);
        if (folder == null) {
            return null;
        }
        lastFolder = folder;
        return folder.toPath();
    }

    private FileChooser chooser(String title, String filterName, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (patterns.length > 0) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        }
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Path remember(File file) {
        if (file == null) {
            return null;
        }
        lastFolder = file.getParentFile();
        return file.toPath();
    }
}
