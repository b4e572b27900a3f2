package nl.casustafel.ui.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/** The sections of the left navigation, with their icon, CSS id and shortcut (Ctrl+1..4). */
public enum Section {
    DOSSIERS("navDossiers", "shell.nav.dossiers", Material2AL.FOLDER_SHARED, KeyCode.DIGIT1),
    CONFERENCES("navConferences", "shell.nav.conferences", Material2AL.GROUPS, KeyCode.DIGIT2),
    MEASURES("navMeasures", "shell.nav.measures", Material2AL.ASSIGNMENT_TURNED_IN, KeyCode.DIGIT3),
    ADMIN("navAdmin", "shell.nav.admin", Material2AL.ADMIN_PANEL_SETTINGS, KeyCode.DIGIT4);

    private final String navId;
    private final String labelKey;
    private final Ikon icon;
    private final KeyCombination shortcut;

    Section(String navId, String labelKey, Ikon icon, KeyCode key) {
        this.navId = navId;
        this.labelKey = labelKey;
        this.icon = icon;
        this.shortcut = new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    public String navId() {
        return navId;
    }

    public String labelKey() {
        return labelKey;
    }

    public Ikon icon() {
        return icon;
    }

    public KeyCombination shortcut() {
        return shortcut;
    }
}
