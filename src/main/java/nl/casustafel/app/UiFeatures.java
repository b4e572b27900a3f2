package nl.casustafel.app;

import java.nio.file.Path;
import nl.casustafel.ui.common.FileDialogs;
import nl.casustafel.ui.common.FxFileDialogs;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import nl.casustafel.ui.conference.ConferencePagesImpl;
import nl.casustafel.ui.conference.MeasureEditor;
import nl.casustafel.ui.conference.MinutesPanel;
import nl.casustafel.ui.measure.MeasureDialogs;
import nl.casustafel.ui.measure.MeasureEditorViewModel;
import nl.casustafel.ui.household.HouseholdPagesImpl;
import nl.casustafel.ui.measure.MeasuresPage;
import nl.casustafel.ui.minutes.AwtPdfPrinter;
import nl.casustafel.ui.minutes.MinutesPage;
import nl.casustafel.ui.minutes.PdfPrinter;
import nl.casustafel.ui.shell.ConferencePages;
import nl.casustafel.ui.shell.Features;
import nl.casustafel.ui.shell.HouseholdPages;
import nl.casustafel.ui.shell.Navigator;
import nl.casustafel.ui.shell.SectionPage;

/** Builds the feature pages of the main window from the composition root's services. */
public final class UiFeatures implements Features {
    private final AppContext context;
    private final UiExecutor executor;
    private final FileDialogs files;
    private final PdfPrinter printer;
    private final Path certificateDirectory;

    /** The features with the operating system's file dialogs and printing. */
    public UiFeatures(AppContext context, UiExecutor executor) {
        this(context, executor, new FxFileDialogs(), new AwtPdfPrinter(), certificateDirectory(context));
    }

    /**
     * The features with other file dialogs and printing (UI tests, which cannot drive native dialogs) and the
     * folder for personal test certificates.
     */
    public UiFeatures(AppContext context, UiExecutor executor, FileDialogs files, PdfPrinter printer,
                      Path certificateDirectory) {
        this.context = context;
        this.executor = executor;
        this.files = files;
        this.printer = printer;
        this.certificateDirectory = certificateDirectory;
    }

    /** The data directory's certificates folder; for an in-memory store a folder in the temporary directory. */
    private static Path certificateDirectory(AppContext context) {
        return context.dataDirectory() != null ? context.dataDirectory().resolve("certificates")
                : Path.of(System.getProperty("java.io.tmpdir"), "casustafel-certificates");
    }

    @Override
    public HouseholdPages households(I18n i18n, Navigator navigator) {
        return new HouseholdPagesImpl(context.households(), context.partners(), context.measures(), i18n, executor,
                context.clock(), navigator).withSecurity(context.security());
    }

    @Override
    public ConferencePages conferences(I18n i18n, Navigator navigator) {
        var permissions = nl.casustafel.ui.common.Permissions.of(context.security());
        ConferencePagesImpl pages = new ConferencePagesImpl(context.conferences(), context.measures(),
                context.households(), context.partners(), i18n, executor, context.clock(), navigator,
                measureEditor(i18n), minutesPanels(i18n));
        pages.restrict(permissions.allows(nl.casustafel.service.security.UseCase.CONFERENCE_PLAN),
                permissions.allows(nl.casustafel.service.security.UseCase.CONFERENCE_ACUTE));
        return pages;
    }

    /** The measure feature's dialog, for a measure agreed in a conference's agenda item (starting on its day). */
    private MeasureEditor measureEditor(I18n i18n) {
        return (owner, item, afterSave) -> {
            var vm = MeasureEditorViewModel.forCreate(context.measures(), context.partners(), i18n, executor,
                    context.clock(), item.household().id(), item.item().id(), item.members(),
                    item.conference().date());
            if (MeasureDialogs.edit(vm, i18n, owner).isPresent()) {
                afterSave.run();
            }
        };
    }

    /** The minutes feature's Verslag tab for a conference. */
    private MinutesPanel.Factory minutesPanels(I18n i18n) {
        return conferenceId -> new MinutesPage(context.minutes(), executor, i18n, context.clock(), files, printer,
                certificateDirectory, conferenceId);
    }

    @Override
    public SectionPage measures(I18n i18n, Navigator navigator) {
        return new MeasuresPage(context.measures(), context.partners(), i18n, executor, context.clock(), navigator);
    }
}
