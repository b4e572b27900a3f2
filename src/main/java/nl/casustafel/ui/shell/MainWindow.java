package nl.casustafel.ui.shell;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import nl.casustafel.service.security.SecurityService;
import nl.casustafel.service.security.Session;
import nl.casustafel.service.security.UseCase;
import nl.casustafel.ui.admin.AccountsView;
import nl.casustafel.ui.admin.AccountsViewModel;
import nl.casustafel.ui.admin.AdminView;
import nl.casustafel.ui.admin.AuditView;
import nl.casustafel.ui.admin.AuditViewModel;
import nl.casustafel.ui.common.Permissions;
import nl.casustafel.ui.security.ChangePasswordViewModel;
import nl.casustafel.ui.security.IdleWatch;
import nl.casustafel.ui.security.LockPane;
import nl.casustafel.ui.security.LockViewModel;
import nl.casustafel.ui.security.PasswordDialogs;
import nl.casustafel.ui.admin.AdminViewModel;
import nl.casustafel.ui.common.Dialogs;
import nl.casustafel.ui.common.EmptyState;
import nl.casustafel.ui.common.FxDebouncer;
import nl.casustafel.ui.common.FxUiExecutor;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Icons;
import nl.casustafel.ui.common.Theme;
import nl.casustafel.ui.common.UiExecutor;
import nl.casustafel.ui.common.UiThread;
import nl.casustafel.ui.list.DossierListView;
import nl.casustafel.ui.list.DossierListViewModel;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's content: header (name, language switch, the user's menu), left navigation (Dossiers,
 * Overleggen, Maatregelen, Beheer; Ctrl+1..4, only the sections the logged-in role can use), the content area and a
 * status bar with the user, the role and a busy indicator. Switching the language rebuilds everything inside
 * {@link #root()} in the new language and saves the choice.
 * <p>
 * Lock: Ctrl+L, the user's menu, or {@code security.lockMinutes} (default 10) without keyboard or mouse input in
 * any of the application's windows lock the session and replace everything inside {@link #root()} by the lock pane
 * (dialogs are closed), so no dossier stays visible or reachable with Tab until the password is given again.
 * Used by CasustafelApp and, on an in-memory store, by the UI tests.
 */
public final class MainWindow implements Navigator {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    /** Setting key of the chosen language ("nl" or "en"). */
    public static final String LANGUAGE_SETTING = ShellViewModel.LANGUAGE_SETTING;
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NEW_HOUSEHOLD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    /** How often the idle timer looks whether the window must lock. */
    static final Duration IDLE_CHECK = Duration.seconds(5);

    private final ShellServices ctx;
    private final ShellViewModel shellViewModel;
    private Timeline dayWatch;
    private final UiExecutor executor;
    private final Features features;
    private final StackPane root = new StackPane();
    private final SecurityService security;
    private final IdleWatch idle = new IdleWatch(java.time.InstantSource.system(),
            java.time.Duration.ofMinutes(AdminViewModel.LOCK_MINUTES_DEFAULT));
    private final javafx.event.EventHandler<javafx.scene.input.InputEvent> activity = e -> idle.activity();
    private final javafx.collections.ListChangeListener<javafx.stage.Window> windowWatch = this::watchWindows;
    private Timeline idleTimer;
    private Runnable onSignOut = this::closeWindow;
    private boolean locked;
    private Map<KeyCombination, Runnable> acceleratorsWhileLocked = Map.of();
    private Session session;
    private Permissions permissions = new Permissions(null);
    private LockViewModel lockViewModel;
    private LockPane lockPane;
    private Node frameNode;

    // Everything below is rebuilt when the language changes.
    private I18n i18n;
    private HouseholdPages householdPages;
    private ConferencePages conferencePages;
    private SectionPage measuresPage;
    private DossierListViewModel listViewModel;
    private DossierListView listView;
    private AdminViewModel adminViewModel;
    private AccountsViewModel accountsViewModel;
    private AuditViewModel auditViewModel;
    private Node adminNode;
    private final Map<Section, ToggleButton> navButtons = new EnumMap<>(Section.class);
    private final Map<Section, Node> placeholders = new EnumMap<>(Section.class);
    private StackPane content;
    private Section current = Section.DOSSIERS;
    private Long openHouseholdId;
    private Node householdNode;

    /**
     * The main window with the given feature pages (built again for each language). The composition root
     * plugs in the features, so that the shell does not depend on them.
     */
    public MainWindow(ShellServices ctx, I18n i18n, UiExecutor executor, Features features) {
        this.ctx = ctx;
        this.executor = executor;
        this.features = features;
        this.shellViewModel = new ShellViewModel(ctx.households(), ctx.settings(), executor, ctx.clock());
        root.setId("mainWindow");
        root.getStyleClass().add("main-window");
        Theme.style(root);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        this.security = ctx.security();
        build(i18n);
        watchInput();
        loadLockMinutes();
    }

    /** What "Afmelden / andere gebruiker" does after the session ended (the application shows the login again). */
    public void setOnSignOut(Runnable onSignOut) {
        this.onSignOut = onSignOut;
    }

    /**
     * Reads the session again and rebuilds the window for its role (another user took over the same store in a
     * test; the application builds a new window for every login).
     */
    public void refreshSession() {
        build(i18n);
    }

    // ---- lock ------------------------------------------------------------------------------------------------------

    /** Locks the session and hides everything behind the lock pane (Ctrl+L, idle time, the user's menu). */
    public void lock() {
        if (locked || session == null) {
            return;
        }
        locked = true;
        security.lock();
        closeOtherWindows();
        if (root.getScene() != null) {
            acceleratorsWhileLocked = new java.util.LinkedHashMap<>(root.getScene().getAccelerators());
            root.getScene().getAccelerators().clear();
        }
        lockViewModel.reset();
        root.getChildren().setAll(lockPane.root());
        Platform.runLater(lockPane::focus);
        LOG.info("Session locked");
    }

    public boolean isLocked() {
        return locked;
    }

    private void unlocked() {
        locked = false;
        root.getChildren().setAll(frameNode);
        if (root.getScene() != null) {
            acceleratorsWhileLocked.forEach(root.getScene().getAccelerators()::putIfAbsent);
        }
        acceleratorsWhileLocked = Map.of();
        idle.activity();
        LOG.info("Session unlocked");
    }

    /** Signs out (audited), then hands over to the application (login window) or closes the window. */
    public void signOut() {
        dispose();
        security.signOut();
        onSignOut.run();
    }

    private void closeWindow() {
        javafx.stage.Window window = Dialogs.windowOf(root);
        if (window != null) {
            window.hide();
        }
    }

    /** The dialogs and pop-ups of this window would show a dossier over the lock: closed (as cancelled). */
    private void closeOtherWindows() {
        javafx.stage.Window own = Dialogs.windowOf(root);
        for (javafx.stage.Window w : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
            if (w != own && ownedBy(w, own)) {
                w.hide();
            }
        }
    }

    private static boolean ownedBy(javafx.stage.Window w, javafx.stage.Window own) {
        javafx.stage.Window owner = w instanceof javafx.stage.Stage st ? st.getOwner()
                : w instanceof javafx.stage.PopupWindow p ? p.getOwnerWindow() : null;
        while (owner != null) {
            if (owner == own) {
                return true;
            }
            owner = owner instanceof javafx.stage.Stage st ? st.getOwner()
                    : owner instanceof javafx.stage.PopupWindow p ? p.getOwnerWindow() : null;
        }
        return false;
    }

    /** The idle lock: input in any window of the application counts; the timer looks every few seconds. */
    private void watchInput() {
        javafx.stage.Window.getWindows().forEach(w -> w.addEventFilter(javafx.scene.input.InputEvent.ANY, activity));
        javafx.stage.Window.getWindows().addListener(windowWatch);
        idleTimer = new Timeline(new KeyFrame(IDLE_CHECK, e -> checkIdle()));
        idleTimer.setCycleCount(Animation.INDEFINITE);
        idleTimer.play();
    }

    private void watchWindows(javafx.collections.ListChangeListener.Change<? extends javafx.stage.Window> c) {
        while (c.next()) {
            c.getRemoved().forEach(w -> w.removeEventFilter(javafx.scene.input.InputEvent.ANY, activity));
            c.getAddedSubList().forEach(w -> w.addEventFilter(javafx.scene.input.InputEvent.ANY, activity));
        }
    }

    /** Locks when nobody gave input for the lock time (the idle timer calls this; tests may too). */
    public void checkIdle() {
        if (!locked && session != null && idle.isIdle()) {
            LOG.info("Locking after {} minutes without input", idle.limit().toMinutes());
            lock();
        }
    }

    /** The idle watch, whose time source tests replace. */
    public IdleWatch idleWatch() {
        return idle;
    }

    /** Minutes without input before the window locks; applied at once. */
    public void setLockMinutes(int minutes) {
        idle.setLimit(java.time.Duration.ofMinutes(minutes));
    }

    private int lockMinutes() {
        return (int) idle.limit().toMinutes();
    }

    private void loadLockMinutes() {
        executor.submit(() -> ctx.settings().get(AdminViewModel.LOCK_MINUTES_SETTING).map(String::strip)
                        .map(Integer::parseInt).orElse(AdminViewModel.LOCK_MINUTES_DEFAULT),
                minutes -> setLockMinutes(Math.max(AdminViewModel.LOCK_MINUTES_MIN,
                        Math.min(AdminViewModel.LOCK_MINUTES_MAX, minutes))),
                failure -> LOG.warn("The lock time could not be read; {} minutes", lockMinutes()));
    }

    private void changePassword() {
        ChangePasswordViewModel vm = new ChangePasswordViewModel(security, executor, i18n);
        if (PasswordDialogs.changePassword(vm, i18n, Dialogs.windowOf(root))) {
            Dialogs.info(Dialogs.windowOf(root), i18n, i18n.get("changePassword.title"),
                    i18n.get("changePassword.done"));
        }
    }

    private boolean allowed(Section section) {
        return switch (section) {
            case DOSSIERS -> permissions.allows(UseCase.HOUSEHOLD_SEARCH);
            case CONFERENCES -> permissions.allows(UseCase.CONFERENCE_LIST);
            case MEASURES -> permissions.allows(UseCase.MEASURE_OVERVIEW);
            case ADMIN -> permissions.allows(UseCase.ACCOUNT_LIST);
        };
    }

    /** The node to put in the scene. */
    public Parent root() {
        return root;
    }

    public I18n i18n() {
        return i18n;
    }

    /** Re-evaluates signals that were last evaluated before today, in the background; refreshes the list. */
    public void refreshStaleSignals() {
        shellViewModel.refreshStaleSignals(() -> listViewModel.refresh());
        // Signals depend on today's date: look every ten minutes whether a new day has begun.
        if (dayWatch == null) {
            dayWatch = new Timeline(new KeyFrame(Duration.minutes(10),
                    e -> shellViewModel.refreshIfNewDay(() -> listViewModel.refresh())));
            dayWatch.setCycleCount(Animation.INDEFINITE);
            dayWatch.play();
        }
    }

    /**
     * Runs {@code action} once on the FX thread when the dossier list has shown its first page (or its empty
     * or error state): after the pulse that laid it out. The benchmark of start-up waits for this moment.
     */
    public void whenListShown(Runnable action) {
        var state = listViewModel.stateProperty();
        Runnable afterNextPulse = () -> {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                root.getScene().removePostLayoutPulseListener(listener[0]);
                Platform.runLater(action);
            };
            root.getScene().addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        };
        if (state.get() != DossierListViewModel.State.LOADING || !allowed(Section.DOSSIERS)) {
            afterNextPulse.run();
            return;
        }
        state.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends DossierListViewModel.State> obs,
                                DossierListViewModel.State was, DossierListViewModel.State is) {
                if (is != DossierListViewModel.State.LOADING) {
                    state.removeListener(this);
                    afterNextPulse.run();
                }
            }
        });
    }

    /** Stops background work this window started (demo generation is cancelled cooperatively). */
    public void dispose() {
        listViewModel.cancelDemo();
        if (dayWatch != null) {
            dayWatch.stop();
        }
        if (idleTimer != null) {
            idleTimer.stop();
            idleTimer = null;
            javafx.stage.Window.getWindows().removeListener(windowWatch);
            javafx.stage.Window.getWindows().forEach(w -> w.removeEventFilter(javafx.scene.input.InputEvent.ANY,
                    activity));
        }
    }

    /** Shows a section (as Ctrl+1..4 do). */
    public void show(Section section) {
        if (!allowed(section) || locked) {
            return;
        }
        current = section;
        navButtons.get(section).setSelected(true);
        Node node = switch (section) {
            case DOSSIERS -> householdNode != null ? householdNode : listView.root();
            case ADMIN -> admin();
            case CONFERENCES -> conferencePages == null ? placeholder(section) : conferencePages.node();
            case MEASURES -> measuresPage == null ? placeholder(section) : measuresPage.node();
        };
        content.getChildren().setAll(node);
        if (section == Section.CONFERENCES && conferencePages != null) {
            conferencePages.shown();
        } else if (section == Section.MEASURES && measuresPage != null) {
            measuresPage.shown();
        }
        if (section == Section.DOSSIERS && householdNode == null) {
            listViewModel.reloadPartners();
        }
    }

    public Section currentSection() {
        return current;
    }

    /** Opens one household in the content area. */
    @Override
    public void openHousehold(long householdId) {
        openHouseholdId = householdId;
        householdNode = householdPages.open(householdId, this::backToList);
        show(Section.DOSSIERS);
    }

    @Override
    public void openConference(long conferenceId) {
        if (conferencePages != null) {
            show(Section.CONFERENCES);
            conferencePages.openConference(conferenceId);
        }
    }

    @Override
    public void planAcute(long incidentId) {
        if (conferencePages != null) {
            show(Section.CONFERENCES);
            conferencePages.planAcute(incidentId);
        }
    }

    /** Leaves the household view and shows the list again, refreshed. */
    public void backToList() {
        openHouseholdId = null;
        householdNode = null;
        show(Section.DOSSIERS);
        listViewModel.refresh();
        listView.focusSearch();
    }

    /** Asks the household feature for its create dialog; opens the new household when saved. */
    public void newHousehold() {
        if (!permissions.allows(UseCase.HOUSEHOLD_CREATE)) {
            return;
        }
        householdPages.createHousehold(Dialogs.windowOf(root)).ifPresent(id -> {
            listViewModel.refresh();
            openHousehold(id);
        });
    }

    /** Switches the language: saves the setting and rebuilds the window's content. */
    public void switchLanguage(Locale locale) {
        if (locale.getLanguage().equals(i18n.languageTag())) {
            return;
        }
        shellViewModel.saveLanguage(locale.getLanguage());
        if (ctx.dataDirectory() != null) {
            // Also outside the store, so that the next login window speaks the same language.
            shellViewModel.savePreferredLanguage(new nl.casustafel.ui.common.UiPreferences(ctx.dataDirectory()),
                    locale.getLanguage());
        }
        listViewModel.cancelDemo();
        build(new I18n(locale));
    }

    private void build(I18n language) {
        this.i18n = language;
        this.session = security.session().orElse(null);
        this.permissions = Permissions.of(security);
        if (!allowed(current)) {
            current = java.util.Arrays.stream(Section.values()).filter(this::allowed).findFirst().orElse(current);
        }
        this.householdPages = features.households(language, this);
        this.conferencePages = features.conferences(language, this);
        this.measuresPage = features.measures(language, this);
        this.listViewModel = new DossierListViewModel(ctx.households(), ctx.partners(), ctx.demo(), executor,
                UiThread.fx(), new FxDebouncer(Duration.millis(250)), language);
        this.listView = new DossierListView(listViewModel, language, this::openHousehold, this::newHousehold);
        listView.restrict(permissions.allows(UseCase.HOUSEHOLD_CREATE), permissions.allows(UseCase.DEMO_GENERATE));
        this.adminViewModel = null;
        this.adminNode = null;
        this.placeholders.clear();
        this.navButtons.clear();
        this.content = new StackPane();
        content.setId("contentArea");
        content.getStyleClass().add("content-area");

        BorderPane frame = new BorderPane();
        frame.getStyleClass().add("frame");
        frame.setTop(header());
        frame.setLeft(navigation());
        frame.setCenter(content);
        frame.setBottom(statusBar());
        frameNode = frame;
        root.getChildren().setAll(frame);
        if (session != null) {
            lockViewModel = new LockViewModel(security, executor, language, this::unlocked);
            lockPane = new LockPane(lockViewModel, language, session.displayName(), session.userName(),
                    this::signOut);
        }

        if (openHouseholdId != null && allowed(Section.DOSSIERS)) {
            householdNode = householdPages.open(openHouseholdId, this::backToList);
        }
        if (allowed(current)) {
            show(current);
        } else {
            content.getChildren().setAll(new EmptyState(Material2MZ.SECURITY, i18n.get("shell.noSections.title"),
                    i18n.get("shell.noSections.text")).node());
        }
        if (allowed(Section.DOSSIERS)) {
            listViewModel.start();
        }
    }

    private Node header() {
        Label logo = new Label(i18n.get("app.title"), Icons.of(Material2MZ.SECURITY, "app-logo-icon"));
        logo.setId("appTitle");
        logo.getStyleClass().add("app-title");
        Label subtitle = new Label(i18n.get("shell.subtitle"));
        subtitle.getStyleClass().add("app-subtitle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ComboBox<Locale> language = new ComboBox<>();
        language.setId("languageSwitch");
        language.getItems().setAll(I18n.SUPPORTED);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : i18n.get("shell.language." + locale.getLanguage());
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.setValue(I18n.SUPPORTED.stream().filter(l -> l.getLanguage().equals(i18n.languageTag()))
                .findFirst().orElse(I18n.DUTCH));
        language.disableProperty().bind(listViewModel.demoRunningProperty());
        // Rebuild after the combo box has finished its own event: it is replaced by the rebuild.
        language.valueProperty().addListener((obs, was, is) -> {
            if (is != null) {
                Platform.runLater(() -> switchLanguage(is));
            }
        });
        Label languageLabel = new Label(i18n.get("shell.language"), Icons.of(Material2MZ.TRANSLATE));
        languageLabel.setMnemonicParsing(true);
        languageLabel.setLabelFor(language);
        languageLabel.getStyleClass().add("header-label");

        HBox header = new HBox(12, logo, subtitle, spacer, languageLabel, language);
        if (session != null) {
            header.getChildren().add(userMenu());
        }
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        header.setId("appHeader");
        return header;
    }

    private Node userMenu() {
        javafx.scene.control.MenuItem change = new javafx.scene.control.MenuItem(
                i18n.get("shell.user.changePassword"), Icons.of(Material2MZ.VPN_KEY));
        change.setId("menuChangePassword");
        change.setOnAction(e -> changePassword());
        javafx.scene.control.MenuItem lockItem = new javafx.scene.control.MenuItem(
                i18n.get("shell.user.lock", LOCK.getDisplayText()), Icons.of(Material2AL.LOCK));
        lockItem.setId("menuLock");
        lockItem.setOnAction(e -> Platform.runLater(this::lock));
        javafx.scene.control.MenuItem out = new javafx.scene.control.MenuItem(i18n.get("shell.user.signOut"),
                Icons.of(Material2AL.LOG_OUT));
        out.setId("menuSignOut");
        out.setOnAction(e -> Platform.runLater(this::signOut));
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton(session.displayName(),
                Icons.of(Material2AL.ACCOUNT_CIRCLE), change, lockItem, new javafx.scene.control.SeparatorMenuItem(),
                out);
        menu.setId("userMenu");
        menu.getStyleClass().add("user-menu");
        menu.setMnemonicParsing(false);
        menu.setTooltip(new Tooltip(i18n.get("shell.user.tooltip", session.userName(), i18n.label(session.role()))));
        return menu;
    }

    private Node navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.getStyleClass().add("nav");
        nav.setId("navigation");
        for (Section section : Section.values()) {
            if (!allowed(section)) {
                continue;
            }
            ToggleButton button = new ToggleButton(i18n.get(section.labelKey()), Icons.of(section.icon(), "nav-icon"));
            button.setId(section.navId());
            button.getStyleClass().add("nav-button");
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setMnemonicParsing(false);
            button.setTooltip(new Tooltip(i18n.get(section.labelKey()) + "  (" + section.shortcut().getDisplayText()
                    + ")"));
            // A click on the selected section keeps it selected (a navigation never has "nothing").
            button.setOnAction(e -> show(section));
            navButtons.put(section, button);
            nav.getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label shortcuts = new Label(i18n.get("shell.nav.shortcuts"));
        shortcuts.getStyleClass().add("nav-hint");
        shortcuts.setWrapText(true);
        nav.getChildren().addAll(spacer, shortcuts);
        return nav;
    }

    private Node statusBar() {
        Path dir = ctx.dataDirectory();
        Label status = new Label(dir == null ? i18n.get("shell.status.inMemory")
                : i18n.get("shell.status.store", dir.toString()));
        status.setId("statusText");
        status.getStyleClass().add("status-text");
        status.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("busyIndicator");
        busy.getStyleClass().add("busy-indicator");
        Label busyText = new Label(i18n.get("shell.status.busy"));
        busyText.getStyleClass().add("status-text");
        HBox busyBox = new HBox(6, busy, busyText);
        busyBox.setAlignment(Pos.CENTER_RIGHT);
        if (executor instanceof FxUiExecutor fx) {
            busyBox.visibleProperty().bind(fx.busyProperty().greaterThan(0));
        } else {
            busyBox.setVisible(false);
        }
        Label version = new Label(i18n.get("shell.status.version", ctx.version()));
        version.getStyleClass().add("status-text");
        Label user = new Label(session == null ? i18n.get("shell.status.signedOut")
                : i18n.get("shell.status.user", session.displayName(), session.userName(), i18n.label(session.role())),
                Icons.of(Material2AL.ACCOUNT_CIRCLE));
        user.setId("sessionText");
        user.getStyleClass().add("status-text");
        user.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, user, status, spacer, busyBox, version);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setId("statusBar");
        return bar;
    }

    private Node placeholder(Section section) {
        return placeholders.computeIfAbsent(section, s -> {
            String key = s == Section.CONFERENCES ? "shell.conferences" : "shell.measures";
            EmptyState state = new EmptyState(s.icon(), i18n.get(key + ".title"), i18n.get(key + ".text"));
            Label badge = new Label(i18n.get("common.notAvailable"));
            badge.getStyleClass().addAll("badge", "muted");
            state.node().getChildren().add(1, badge);
            state.node().setId(s == Section.CONFERENCES ? "conferencesState" : "measuresState");
            return state.node();
        });
    }

    private Node admin() {
        if (adminNode == null) {
            adminViewModel = new AdminViewModel(ctx.partners(), ctx.settings(), executor, i18n, ctx.dataDirectory(),
                    ctx.logDirectory(), ctx.version(), this::setLockMinutes);
            accountsViewModel = new AccountsViewModel(security, ctx.partners(), executor, i18n);
            auditViewModel = new AuditViewModel(security, executor, i18n);
            javafx.scene.control.Tab auditTab = adminTab("adminAuditTab", "admin.tab.audit", Material2MZ.VERIFIED_USER,
                    new AuditView(auditViewModel).root());
            // Accounts first: keeping who may open the store is the beheerder's main work here.
            javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(
                    adminTab("adminAccountsTab", "admin.tab.accounts", Material2MZ.PEOPLE,
                            new AccountsView(accountsViewModel).root()),
                    auditTab,
                    adminTab("adminPartnersTab", "admin.tab.partners", Material2AL.BUSINESS,
                            new AdminView(adminViewModel, i18n).root()));
            tabs.setId("adminTabs");
            tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
            auditTab.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    auditViewModel.reload();
                }
            });
            adminNode = tabs;
        }
        adminViewModel.reload();
        adminViewModel.loadLockMinutes(lockMinutes());
        accountsViewModel.reload();
        auditViewModel.reload();
        return adminNode;
    }

    private javafx.scene.control.Tab adminTab(String id, String key, org.kordamp.ikonli.Ikon icon, Node content) {
        javafx.scene.control.Tab tab = new javafx.scene.control.Tab(i18n.get(key), content);
        tab.setId(id);
        tab.setGraphic(Icons.of(icon));
        return tab;
    }

    private void shortcuts(KeyEvent e) {
        if (locked) {
            return;
        }
        if (LOCK.match(e)) {
            e.consume();
            lock();
            return;
        }
        for (Section section : Section.values()) {
            if (section.shortcut().match(e) && allowed(section)) {
                show(section);
                e.consume();
                return;
            }
        }
        if (FIND.match(e)) {
            if (householdNode != null) {
                backToList();
            } else {
                show(Section.DOSSIERS);
                listView.focusSearch();
            }
            e.consume();
        } else if (NEW_HOUSEHOLD.match(e)) {
            e.consume();
            SectionPage page = current == Section.CONFERENCES ? conferencePages
                    : current == Section.MEASURES ? measuresPage : null;
            if (page == null || !page.createNew()) {
                newHousehold();
            }
        }
    }
}
