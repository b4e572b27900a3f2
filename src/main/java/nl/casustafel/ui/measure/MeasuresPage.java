package nl.casustafel.ui.measure;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import nl.casustafel.service.measure.MeasureService;
import nl.casustafel.service.partner.PartnerService;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Icons;
import nl.casustafel.ui.common.UiExecutor;
import nl.casustafel.ui.shell.Navigator;
import nl.casustafel.ui.shell.SectionPage;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Maatregelen section: tab Overzicht (every measure across households and conferences, with filters, export
 * and the way to the household) and tab Verantwoording (accountability per partner over a period). Alt+1/Alt+2
 * switch tabs, Ctrl+E exports. Reloads whenever the section is shown: measures change in meetings.
 */
public final class MeasuresPage implements SectionPage {
    public static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    private final MeasureOverviewViewModel overview;
    private final AccountabilityViewModel accountability;
    private final MeasureOverviewView overviewView;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Map<KeyCombination, Runnable> accelerators = new LinkedHashMap<>();

    public MeasuresPage(MeasureService measures, PartnerService partners, I18n i18n, UiExecutor executor, Clock clock,
                        Navigator navigator) {
        this.overview = new MeasureOverviewViewModel(measures, partners, i18n, executor, clock);
        this.accountability = new AccountabilityViewModel(measures, partners, i18n, executor, clock);
        this.overviewView = new MeasureOverviewView(overview, i18n, navigator::openHousehold);
        root.setId("measuresPage");
        root.getStyleClass().add("measures-page");
        MeasureStyles.apply(root);

        Label title = new Label(i18n.get("measure.page.title"));
        title.getStyleClass().add("page-title");
        Label shortcuts = new Label(i18n.get("measure.page.shortcuts"));
        shortcuts.getStyleClass().add("text-muted");
        shortcuts.setMinWidth(0);
        HBox header = new HBox(16, title, shortcuts);
        header.setAlignment(Pos.BASELINE_LEFT);
        root.setTop(header);

        tabs.setId("measureTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab overviewTab = new Tab(i18n.get("measure.tab.overview"), overviewView.node());
        overviewTab.setId("measureOverviewTab");
        overviewTab.setGraphic(Icons.of(Material2AL.LIST_ALT));
        Tab accountabilityTab = new Tab(i18n.get("measure.tab.accountability"),
                new AccountabilityView(accountability, i18n).node());
        accountabilityTab.setId("accountabilityTab");
        accountabilityTab.setGraphic(Icons.of(Material2AL.ASSESSMENT));
        tabs.getTabs().addAll(overviewTab, accountabilityTab);
        root.setCenter(tabs);

        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.ALT_DOWN), () -> selectTab(0));
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.ALT_DOWN), () -> selectTab(1));
        accelerators.put(EXPORT, () -> {
            selectTab(0);
            overviewView.export();
        });
        // Shortcuts count only while the page is in the window (the shell swaps pages in and out).
        root.sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                detach(was);
            }
            if (now != null) {
                now.getAccelerators().putAll(accelerators);
            }
        });
    }

    private void detach(Scene scene) {
        accelerators.forEach((combination, action) -> scene.getAccelerators().remove(combination, action));
    }

    /** Selects a tab: 0 overview, 1 accountability. */
    public void selectTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        overview.reload();
        accountability.load();
    }

    public MeasureOverviewViewModel overview() {
        return overview;
    }

    public AccountabilityViewModel accountability() {
        return accountability;
    }
}
