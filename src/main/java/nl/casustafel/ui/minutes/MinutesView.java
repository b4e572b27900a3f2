package nl.casustafel.ui.minutes;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.casustafel.domain.minutes.MinutesStatus;
import nl.casustafel.minutes.PageImages.PageImage;
import nl.casustafel.ui.common.Dialogs;
import nl.casustafel.ui.common.EmptyState;
import nl.casustafel.ui.common.FileDialogs;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Icons;
import nl.casustafel.ui.minutes.MinutesViewModel.LogRow;
import nl.casustafel.ui.minutes.MinutesViewModel.State;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Verslag tab: the status of the current version with the actions it allows, the rendered pages (zoom with
 * Ctrl+plus / Ctrl+minus, Ctrl+0, or Ctrl+scroll) and the distribution log. Builds controls bound to the
 * {@link MinutesViewModel}; file choosers go through {@link FileDialogs}.
 */
public final class MinutesView {
    static final KeyCombination SIGN = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final double PAGE_GAP = 18;

    private final MinutesViewModel vm;
    private final I18n i18n;
    private final FileDialogs files;
    private final StackPane root = new StackPane();
    private final VBox pagesBox = new VBox(PAGE_GAP);
    private final ScrollPane pageScroll = new ScrollPane(pagesBox);
    private final Label pageLabel = new Label();
    private final TableView<LogRow> logTable = new TableView<>();
    private Button firstAction;
    private int lastLogSize = -1;
    private ToggleButton showLogToggle;
    private ToggleButton showPreviewToggle;
    /** The zoom follows the width of the preview (fit width) until the user zooms. */
    private boolean userZoomed;
    private boolean fitting;

    public MinutesView(MinutesViewModel vm, I18n i18n, FileDialogs files) {
        this.vm = vm;
        this.i18n = i18n;
        this.files = files;
        root.setId("minutesView");
        root.getStyleClass().add("minutes-view");
        MinutesStyles.apply(root);
        Node loading = loading();
        Node none = noneState();
        Node main = main();
        root.getChildren().addAll(loading, none, main);
        showState(loading, vm.stateProperty().isEqualTo(State.LOADING));
        showState(none, vm.stateProperty().isEqualTo(State.NONE));
        showState(main, vm.stateProperty().isEqualTo(State.VERSION));
    }

    public Node root() {
        return root;
    }

    private static void showState(Node node, ObservableValue<Boolean> when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** The keys of the tab: Ctrl+Shift+S signs, Ctrl+P prints, Ctrl+plus/minus/0 zoom. True when handled. */
    public boolean handleKey(KeyEvent e) {
        if (SIGN.match(e)) {
            sign();
            return true;
        }
        if (PRINT.match(e)) {
            if (vm.canDistributeProperty().get()) {
                vm.print();
            }
            return true;
        }
        if (e.isShortcutDown() && !e.isAltDown()) {
            KeyCode code = e.getCode();
            if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) {
                vm.zoomIn();
                return true;
            }
            if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
                vm.zoomOut();
                return true;
            }
            if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
                userZoomed = false;
                fitWidth();
                return true;
            }
        }
        return false;
    }

    /** Focuses the first action that is allowed now. */
    public void focus() {
        javafx.application.Platform.runLater(() -> {
            if (firstAction != null && firstAction.getScene() != null) {
                firstAction.requestFocus();
            }
        });
    }

    // ---- states -------------------------------------------------------------------------------------------

    private Node loading() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(36, 36);
        Label text = new Label(i18n.get("common.loading"));
        text.getStyleClass().add("text-muted");
        VBox box = new VBox(10, spinner, text);
        box.setId("minutesLoading");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node noneState() {
        EmptyState empty = new EmptyState(Material2AL.DESCRIPTION, i18n.get("minutes.none.title"),
                i18n.get("minutes.none.text"));
        empty.node().setId("minutesNone");
        Button create = button("minutes.action.concept", Material2AL.ADD, "minutesCreateConcept");
        create.getStyleClass().add("accent");
        create.disableProperty().bind(vm.canCreateConceptProperty().not());
        create.setOnAction(e -> vm.createConcept());
        // Shares its mnemonic with the verify button of the other state: only one of them is ever shown.
        Button verify = button("minutes.action.verify", Material2MZ.VERIFIED_USER, "minutesVerifyNone");
        verify.disableProperty().bind(vm.busyProperty());
        verify.setOnAction(e -> verify());
        empty.addActions(create, verify);
        empty.addBelow(messageLabel("minutesNoneMessage"));
        vm.stateProperty().addListener((obs, was, now) -> {
            if (now == State.NONE) {
                firstAction = create;
            }
        });
        return empty.node();
    }

    private Node main() {
        BorderPane pane = new BorderPane();
        pane.setId("minutesMain");
        pane.setTop(header());
        // The pages and the log each get the whole width: one at a time, switched with Alt+D / Alt+L.
        ToggleGroup views = new ToggleGroup();
        ToggleButton previewToggle = new ToggleButton(i18n.get("minutes.view.preview"),
                Icons.of(Material2AL.DESCRIPTION));
        previewToggle.setId("minutesShowPreview");
        previewToggle.getStyleClass().add("left-pill");
        ToggleButton logToggle = new ToggleButton();
        logToggle.setGraphic(Icons.of(Material2AL.HISTORY));
        logToggle.setId("minutesShowLog");
        logToggle.getStyleClass().add("right-pill");
        logToggle.textProperty().bind(Bindings.createStringBinding(() ->
                i18n.get("minutes.view.log", vm.log().size()), vm.log()));
        for (ToggleButton t : List.of(previewToggle, logToggle)) {
            t.setToggleGroup(views);
            t.setMnemonicParsing(true);
            t.setMinWidth(Region.USE_PREF_SIZE);
            // A mnemonic only fires an ActionEvent, which does not select a toggle button by itself.
            t.setOnAction(e -> t.setSelected(true));
        }
        views.selectToggle(previewToggle);
        // A toggle group lets the selected button be unselected: keep one selected.
        views.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                views.selectToggle(was);
            }
        });
        // A copy saved, printed or distributed just now: show the log with its new line.
        vm.overviewProperty().addListener((obs, was, now) -> {
            int size = now == null ? 0 : now.log().size();
            if (lastLogSize >= 0 && size > lastLogSize) {
                showLog(true);
            }
            lastLogSize = size;
        });
        showLogToggle = logToggle;
        showPreviewToggle = previewToggle;
        HBox switcher = new HBox(0, previewToggle, logToggle);
        switcher.setMinWidth(Region.USE_PREF_SIZE);

        Node preview = preview(switcher);
        Node logPane = logPane(switcher);
        preview.visibleProperty().bind(logToggle.selectedProperty().not());
        logPane.visibleProperty().bind(logToggle.selectedProperty());
        StackPane content = new StackPane(preview, logPane);
        content.setId("minutesContent");
        BorderPane.setMargin(content, new Insets(8, 0, 0, 0));
        pane.setCenter(content);
        pane.setPadding(new Insets(10));
        return pane;
    }

    /** Shows the distribution log (true) or the pages (false). */
    public void showLog(boolean log) {
        (log ? showLogToggle : showPreviewToggle).setSelected(true);
    }

    // ---- header and actions -------------------------------------------------------------------------------

    private Node header() {
        Label status = new Label();
        status.setId("minutesStatus");
        status.getStyleClass().add("minutes-status");
        status.textProperty().bind(vm.statusTextProperty());
        status.setWrapText(true);
        status.setGraphic(Icons.of(Material2AL.DESCRIPTION, "minutes-status-icon"));
        vm.statusProperty().addListener((obs, was, now) -> {
            status.getStyleClass().removeIf(c -> c.startsWith("minutes-status-"));
            if (now != null) {
                status.getStyleClass().add("minutes-status-" + now.name());
            }
        });
        Label testBadge = new Label(i18n.get("minutes.header.testCertificate"), Icons.of(Material2MZ.SCIENCE));
        testBadge.setId("minutesTestBadge");
        testBadge.getStyleClass().addAll("badge", "test-certificate-badge");
        testBadge.setTooltip(new Tooltip(i18n.get("minutes.header.testCertificate.tooltip")));
        testBadge.visibleProperty().bind(vm.testCertificateProperty());
        testBadge.managedProperty().bind(testBadge.visibleProperty());
        testBadge.setMinWidth(Region.USE_PREF_SIZE);
        // Back to concept belongs to the approved status; with a change after approval the warning offers it.
        Button reopen = button("minutes.action.reopen", Material2MZ.UNDO, "minutesReopen");
        reopen.getStyleClass().add("flat");
        reopen.disableProperty().bind(vm.canReopenProperty().not());
        reopen.visibleProperty().bind(vm.statusProperty().isEqualTo(MinutesStatus.APPROVED)
                .and(vm.changedWarningProperty().isEmpty()));
        reopen.managedProperty().bind(reopen.visibleProperty());
        reopen.setOnAction(e -> vm.reopen());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("minutesBusy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        Button verify = button("minutes.action.verify", Material2MZ.VERIFIED_USER, "minutesVerify");
        verify.disableProperty().bind(vm.busyProperty());
        verify.setOnAction(e -> verify());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(10, status, testBadge, reopen, spacer, busy, verify);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        Label correction = new Label();
        correction.setId("minutesCorrection");
        correction.getStyleClass().add("minutes-correction");
        correction.setWrapText(true);
        correction.textProperty().bind(vm.correctionTextProperty());
        hideWhenEmpty(correction);

        VBox header = new VBox(6, titleRow, correction, changedWarning(), messageLabel("minutesMessage"),
                noticeLabel(), toolbar());
        header.getStyleClass().add("minutes-header");
        return header;
    }

    private Node changedWarning() {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(vm.changedWarningProperty());
        text.setId("minutesChangedText");
        // Replaces the reopen button next to the status while the warning shows, mnemonic included.
        Button reopen = button("minutes.action.reopen", Material2MZ.UNDO, "minutesReopenWarning");
        reopen.visibleProperty().bind(vm.statusProperty().isEqualTo(MinutesStatus.APPROVED));
        reopen.managedProperty().bind(reopen.visibleProperty());
        reopen.disableProperty().bind(vm.canReopenProperty().not());
        reopen.setOnAction(e -> vm.reopen());
        // The toolbar's correction button keeps the mnemonic: two shown at once would only move the focus.
        Button correct = button("minutes.action.correct", Material2MZ.RATE_REVIEW, "minutesCorrectWarning");
        correct.setMnemonicParsing(false);
        correct.setText(correct.getText().replace("_", ""));
        correct.visibleProperty().bind(vm.statusProperty().isEqualTo(MinutesStatus.SIGNED));
        correct.managedProperty().bind(correct.visibleProperty());
        correct.disableProperty().bind(vm.canCorrectProperty().not());
        correct.setOnAction(e -> correct());
        HBox box = new HBox(10, Icons.of(Material2MZ.WARNING, "minutes-warning-icon"), text, reopen, correct);
        HBox.setHgrow(text, Priority.ALWAYS);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("minutesChanged");
        box.getStyleClass().add("minutes-warning");
        box.visibleProperty().bind(vm.changedWarningProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node toolbar() {
        Button approve = button("minutes.action.approve", Material2AL.CHECK_CIRCLE, "minutesApprove");
        approve.disableProperty().bind(vm.canApproveProperty().not());
        approve.setOnAction(e -> approve());
        Button sign = button("minutes.action.sign", Material2AL.GESTURE, "minutesSign");
        sign.disableProperty().bind(vm.canSignProperty().not());
        sign.setTooltip(new Tooltip(i18n.get("minutes.action.sign.tooltip")));
        sign.setOnAction(e -> sign());
        Button correct = button("minutes.action.correct", Material2MZ.RATE_REVIEW, "minutesCorrect");
        correct.disableProperty().bind(vm.canCorrectProperty().not());
        correct.setOnAction(e -> correct());
        Button save = button("minutes.action.save", Material2MZ.SAVE_ALT, "minutesSave");
        save.disableProperty().bind(vm.canDistributeProperty().not());
        save.setOnAction(e -> save());
        Button print = button("minutes.action.print", Material2MZ.PRINT, "minutesPrint");
        print.disableProperty().bind(vm.canDistributeProperty().not());
        print.setTooltip(new Tooltip(i18n.get("minutes.action.print.tooltip")));
        print.setOnAction(e -> vm.print());
        Button distribute = button("minutes.action.distribute", Material2MZ.SEND, "minutesDistribute");
        distribute.disableProperty().bind(vm.canDistributeProperty().not());
        distribute.setOnAction(e -> distribute());
        // The next step of the lifecycle stands out.
        vm.statusProperty().addListener((obs, was, now) -> {
            for (Button b : List.of(approve, sign, distribute)) {
                b.getStyleClass().remove("accent");
            }
            Button next = now == MinutesStatus.CONCEPT ? approve : now == MinutesStatus.APPROVED ? sign
                    : now == MinutesStatus.SIGNED ? distribute : null;
            if (next != null) {
                next.getStyleClass().add("accent");
                firstAction = next;
            }
        });
        FlowPane bar = new FlowPane(8, 8, approve, sign, correct, separator(), save, print, distribute);
        bar.setId("minutesActions");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("minutes-actions");
        return bar;
    }

    private static Node separator() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.setPrefHeight(26);
        return s;
    }

    private Button button(String key, Ikon icon, String id) {
        Button b = new Button(i18n.get(key), Icons.of(icon));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private Label messageLabel(String id) {
        Label message = new Label();
        message.setId(id);
        message.getStyleClass().add("form-error");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        hideWhenEmpty(message);
        return message;
    }

    private Label noticeLabel() {
        Label notice = new Label();
        notice.setId("minutesNotice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.setGraphic(Icons.of(Material2AL.CHECK_CIRCLE));
        notice.textProperty().bind(Bindings.createStringBinding(() -> vm.noticeProperty().get() == null ? ""
                : vm.noticeProperty().get().text(), vm.noticeProperty()));
        hideWhenEmpty(notice);
        return notice;
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void approve() {
        if (Dialogs.confirm(Dialogs.windowOf(root), i18n, i18n.get("minutes.approve.title"),
                i18n.get("minutes.approve.text"), i18n.get("minutes.approve.confirm"))) {
            vm.approve();
        }
    }

    private void sign() {
        SigningViewModel<?> signing = vm.signing();
        if (signing != null) {
            MinutesDialogs.sign(signing, i18n, Dialogs.windowOf(root), files);
        }
    }

    private void correct() {
        CorrectionViewModel correction = vm.correction();
        if (correction != null) {
            MinutesDialogs.correction(correction, i18n, Dialogs.windowOf(root));
        }
    }

    private void distribute() {
        DistributionViewModel distribution = vm.distribution();
        if (distribution != null) {
            MinutesDialogs.distribute(distribution, i18n, Dialogs.windowOf(root), files);
        }
    }

    private void save() {
        Path target = files.save(Dialogs.windowOf(root), i18n.get("minutes.save.title"), vm.defaultFileName(),
                i18n.get("minutes.file.filter"), "*.pdf");
        if (target != null) {
            vm.saveCopy(target);
        }
    }

    private void verify() {
        Path file = files.open(Dialogs.windowOf(root), i18n.get("minutes.verify.chooseTitle"),
                i18n.get("minutes.file.filter"), "*.pdf");
        if (file != null) {
            vm.verify(file, result -> MinutesDialogs.verification(result, i18n, Dialogs.windowOf(root)));
        }
    }

    // ---- preview ------------------------------------------------------------------------------------------

    private Node preview(Node switcher) {
        pagesBox.setId("minutesPages");
        pagesBox.getStyleClass().add("minutes-pages");
        pagesBox.setAlignment(Pos.TOP_CENTER);
        pagesBox.setPadding(new Insets(18));
        pageScroll.setId("minutesPreview");
        pageScroll.getStyleClass().add("minutes-preview");
        pageScroll.setFitToWidth(true);
        pageScroll.setPannable(true);
        pageScroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                if (e.getDeltaY() > 0) {
                    vm.zoomIn();
                } else {
                    vm.zoomOut();
                }
                e.consume();
            }
        });
        vm.pages().addListener((ListChangeListener<PageImage>) change -> showPages());
        vm.zoomProperty().addListener((obs, was, now) -> {
            if (!fitting) {
                userZoomed = true;
            }
        });
        pageScroll.widthProperty().addListener((obs, was, now) -> fitWidth());
        pageScroll.vvalueProperty().addListener((obs, was, now) -> updatePageLabel());
        vm.zoomProperty().addListener((obs, was, now) -> updatePageLabel());
        pageScroll.viewportBoundsProperty().addListener((obs, was, now) -> updatePageLabel());
        pagesBox.heightProperty().addListener((obs, was, now) -> updatePageLabel());

        ProgressIndicator rendering = new ProgressIndicator();
        rendering.setId("minutesPreviewProgress");
        rendering.setMaxSize(56, 56);
        rendering.visibleProperty().bind(vm.previewLoadingProperty());
        Label failed = new Label();
        failed.setId("minutesPreviewMessage");
        failed.getStyleClass().add("form-error");
        failed.setWrapText(true);
        failed.textProperty().bind(vm.previewMessageProperty());
        hideWhenEmpty(failed);
        StackPane stack = new StackPane(pageScroll, rendering, failed);

        pageLabel.setId("minutesPageLabel");
        pageLabel.getStyleClass().add("text-muted");
        Button out = iconButton(Material2MZ.ZOOM_OUT, "minutes.zoom.out", "minutesZoomOut");
        out.setOnAction(e -> vm.zoomOut());
        Button in = iconButton(Material2MZ.ZOOM_IN, "minutes.zoom.in", "minutesZoomIn");
        in.setOnAction(e -> vm.zoomIn());
        Slider zoom = new Slider(MinutesViewModel.MIN_ZOOM, MinutesViewModel.MAX_ZOOM, vm.zoomProperty().get());
        zoom.setId("minutesZoom");
        zoom.setPrefWidth(140);
        zoom.setAccessibleText(i18n.get("minutes.zoom"));
        zoom.valueProperty().bindBidirectional(vm.zoomProperty());
        Label percent = new Label();
        percent.setId("minutesZoomPercent");
        percent.getStyleClass().add("text-muted");
        percent.setMinWidth(Region.USE_PREF_SIZE);
        percent.textProperty().bind(Bindings.createStringBinding(() ->
                Math.round(vm.zoomProperty().get() * 100) + " %", vm.zoomProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox pageBox = new HBox(16, pageLabel);
        pageBox.setAlignment(Pos.CENTER_LEFT);
        HBox bar = new HBox(6, switcher, pageBox, spacer, out, zoom, in, percent);
        HBox.setMargin(pageBox, new Insets(0, 0, 0, 14));
        return contentPane(stack, bar, switcher);
    }

    /**
     * The preview and the distribution log share one place, each with its bar on top; the switcher between
     * them moves to the bar of the visible one.
     */
    private static BorderPane contentPane(Node content, HBox bar, Node switcher) {
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("minutes-content-bar");
        bar.setPadding(new Insets(4, 8, 4, 8));
        BorderPane pane = new BorderPane(content);
        pane.setTop(bar);
        pane.getStyleClass().add("minutes-content");
        pane.visibleProperty().addListener((obs, was, now) -> {
            if (now && switcher.getParent() != bar) {
                bar.getChildren().add(0, switcher);
            }
        });
        return pane;
    }

    private Button iconButton(Ikon icon, String key, String id) {
        Button b = new Button(null, Icons.of(icon));
        b.setId(id);
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(i18n.get(key)));
        b.setAccessibleText(i18n.get(key));
        return b;
    }

    private void showPages() {
        pagesBox.getChildren().clear();
        int number = 0;
        for (PageImage page : vm.pages()) {
            number++;
            WritableImage image = new WritableImage(page.width(), page.height());
            image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                    page.argb(), 0, page.width());
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(vm.zoomProperty().multiply(page.width()));
            view.setId("minutesPage-" + number);
            view.getStyleClass().add("minutes-page");
            view.setAccessibleText(i18n.get("minutes.preview.page", number, vm.pages().size()));
            pagesBox.getChildren().add(view);
        }
        fitWidth();
        updatePageLabel();
    }

    /** Unless the user zoomed: the pages as wide as the preview (at most the rendered size). */
    private void fitWidth() {
        if (userZoomed || vm.pages().isEmpty()) {
            return;
        }
        // The control's width less the padding, the shadow and a vertical scroll bar: steady whether the bar shows.
        double available = pageScroll.getWidth() - 2 * 18 - 2 * 10 - 16;
        if (available < 100) {
            return;
        }
        double zoom = Math.max(MinutesViewModel.MIN_ZOOM, Math.min(1.0, available / vm.pages().get(0).width()));
        fitting = true;
        try {
            vm.zoomProperty().set(zoom);
        } finally {
            fitting = false;
        }
    }

    /** "Pagina x van y": the page at the top third of the visible part. */
    private void updatePageLabel() {
        int count = pagesBox.getChildren().size();
        if (count == 0) {
            pageLabel.setText(vm.previewLoadingProperty().get() ? "" : i18n.get("minutes.preview.none"));
            return;
        }
        // From the pages' sizes rather than their positions, which lag one layout pass behind.
        double zoom = vm.zoomProperty().get();
        double contentHeight = pagesBox.getPadding().getTop() + pagesBox.getPadding().getBottom()
                + vm.pages().stream().mapToDouble(p -> p.height() * zoom).sum() + PAGE_GAP * (count - 1);
        Bounds viewport = pageScroll.getViewportBounds();
        double top = Math.max(0, contentHeight - viewport.getHeight()) * pageScroll.getVvalue();
        double probe = top + viewport.getHeight() / 3;
        double y = pagesBox.getPadding().getTop();
        int current = 1;
        for (int k = 0; k < count && k < vm.pages().size(); k++) {
            if (y <= probe) {
                current = k + 1;
            }
            y += vm.pages().get(k).height() * zoom + PAGE_GAP;
        }
        pageLabel.setText(i18n.get("minutes.preview.page", current, count));
    }

    // ---- distribution log ---------------------------------------------------------------------------------

    private Node logPane(Node switcher) {
        Label title = new Label(i18n.get("minutes.log.hint"));
        title.getStyleClass().add("text-muted");
        logTable.setId("minutesLog");
        logTable.getStyleClass().add("minutes-log");
        logTable.setItems(vm.log());
        logTable.setPlaceholder(new Label(i18n.get("minutes.log.empty")));
        logTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<LogRow, Instant> when = new TableColumn<>(i18n.get("minutes.log.when"));
        when.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().at()));
        when.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty || at == null ? null : i18n.dateTime(at));
            }
        });
        when.setPrefWidth(132);
        when.setSortType(TableColumn.SortType.DESCENDING);
        TableColumn<LogRow, Integer> version = new TableColumn<>(i18n.get("minutes.log.version"));
        version.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().version()));
        version.setPrefWidth(66);
        version.getStyleClass().add("numeric");
        TableColumn<LogRow, String> recipient = text("minutes.log.recipient", 170, LogRow::recipient);
        TableColumn<LogRow, String> action = text("minutes.log.action", 92, LogRow::actionText);
        TableColumn<LogRow, String> own = text("minutes.log.needToKnow", 150,
                r -> i18n.get(r.needToKnow() ? "common.yes" : "common.no"));
        TableColumn<LogRow, String> hash = new TableColumn<>(i18n.get("minutes.log.sha"));
        hash.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sha256()));
        hash.setCellFactory(col -> new TableCell<>() {
            {
                getStyleClass().add("hash-cell");
            }

            @Override
            protected void updateItem(String sha, boolean empty) {
                super.updateItem(sha, empty);
                if (empty || sha == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(sha.length() <= MinutesViewModel.SHORT_HASH ? sha
                        : sha.substring(0, MinutesViewModel.SHORT_HASH));
                setTooltip(new Tooltip(sha));
            }
        });
        hash.setPrefWidth(118);
        TableColumn<LogRow, String> by = text("minutes.log.by", 150, LogRow::by);
        logTable.getColumns().setAll(List.of(when, version, recipient, action, own, hash, by));

        MenuItem copy = new MenuItem(i18n.get("minutes.log.copyHash"));
        copy.setOnAction(e -> copyHash());
        copy.setAccelerator(COPY);
        logTable.setContextMenu(new ContextMenu(copy));
        logTable.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copyHash();
                e.consume();
            }
        });
        HBox bar = new HBox(16, title);
        bar.setMinHeight(40);
        return contentPane(logTable, bar, switcher);
    }

    private void copyHash() {
        LogRow row = logTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(row.sha256());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private TableColumn<LogRow, String> text(String key, double width, java.util.function.Function<LogRow, String> f) {
        TableColumn<LogRow, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(f.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
