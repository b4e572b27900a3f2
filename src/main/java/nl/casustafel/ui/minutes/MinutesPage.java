package nl.casustafel.ui.minutes;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.conference.ConferenceDetail;
import nl.casustafel.service.minutes.MinutesService;
import nl.casustafel.ui.common.FileDialogs;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import nl.casustafel.ui.conference.MinutesPanel;

/**
 * The Verslag tab of one conference: builds the view model and view, loads when the tab is first shown and again
 * when the conference was reloaded meanwhile.
 */
public final class MinutesPage implements MinutesPanel {
    private final MinutesViewModel vm;
    private final MinutesView view;
    private boolean visible;
    private boolean stale = true;
    private boolean closed;

    public MinutesPage(MinutesService minutes, UiExecutor executor, I18n i18n, Clock clock, FileDialogs files,
                       PdfPrinter printer, Path certificateDirectory, long conferenceId) {
        vm = new MinutesViewModel(minutes, executor, i18n, clock, printer, certificateDirectory, conferenceId);
        view = new MinutesView(vm, i18n, files);
    }

    @Override
    public Node node() {
        return view.root();
    }

    @Override
    public void conferenceLoaded(ConferenceDetail detail) {
        closed = detail.conference().isClosed();
        Set<Long> invited = detail.invitedPartners().stream().map(Partner::id).collect(Collectors.toSet());
        vm.setConference(detail.conference().chairName(), invited);
        stale = true;
        if (visible && closed) {
            reload();
        }
    }

    @Override
    public void shown() {
        visible = true;
        if (stale && closed) {
            reload();
        }
        view.focus();
    }

    @Override
    public void hidden() {
        visible = false;
    }

    private void reload() {
        stale = false;
        vm.load();
    }

    @Override
    public boolean handleKey(KeyEvent event) {
        return view.handleKey(event);
    }

    /** The view model (for tests that look at the state behind the tab). */
    public MinutesViewModel viewModel() {
        return vm;
    }
}
