package nl.casustafel.ui.household;

import java.time.Clock;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.measure.MeasureService;
import nl.casustafel.service.partner.PartnerService;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import nl.casustafel.ui.household.form.HouseholdDialogs;
import nl.casustafel.ui.household.form.HouseholdFormViewModel;
import nl.casustafel.ui.shell.Navigator;

/**
 * The household pages for the main window. {@link #open} returns a host node; following a link to another
 * household of a member ("ook in: ...") replaces the host's content, so the shell needs no extra navigation.
 */
public final class HouseholdPagesImpl implements nl.casustafel.ui.shell.HouseholdPages {
    private final HouseholdService households;
    private final PartnerService partners;
    private final MeasureService measures;
    private final Navigator navigator;
    private final I18n i18n;
    private final UiExecutor executor;
    private final Clock clock;
    private nl.casustafel.service.security.SecurityService security;

    /** {@code navigator} plans a Samen op in Acuut conference for an incident; null where there is none (tests). */
    public HouseholdPagesImpl(HouseholdService households, PartnerService partners, MeasureService measures,
                              I18n i18n, UiExecutor executor, Clock clock, Navigator navigator) {
        this.households = households;
        this.partners = partners;
        this.measures = measures;
        this.navigator = navigator;
        this.i18n = i18n;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * The pages for the logged-in user: actions the role cannot use are hidden, and roles that may see it get the
     * tab Inzage (who has seen the dossier).
     */
    public HouseholdPagesImpl withSecurity(nl.casustafel.service.security.SecurityService security) {
        this.security = security;
        return this;
    }

    @Override
    public Node open(long householdId, Runnable backToList) {
        StackPane host = new StackPane();
        host.setId("householdHost");
        show(host, householdId, backToList);
        return host;
    }

    /** Builds the view of a household in {@code host} and starts loading it; returns the view. */
    public HouseholdView show(StackPane host, long householdId, Runnable backToList) {
        HouseholdViewModel vm = new HouseholdViewModel(households, partners, measures, i18n, executor, clock,
                householdId);
        HouseholdView view = new HouseholdView(vm, backToList, otherId -> show(host, otherId, backToList),
                navigator == null ? null : navigator::planAcute);
        if (security != null) {
            var permissions = nl.casustafel.ui.common.Permissions.of(security);
            // Keeping the dossier (persons, incidents, agencies) is the specialist's work.
            view.restrict(permissions.allows(nl.casustafel.service.security.UseCase.INCIDENT_ADD),
                    permissions.allows(nl.casustafel.service.security.UseCase.MEASURE_ADD));
            if (permissions.allows(nl.casustafel.service.security.UseCase.HOUSEHOLD_AUDIT)) {
                HouseholdAuditViewModel audit = new HouseholdAuditViewModel(security, executor, i18n, householdId);
                view.addAuditTab(new HouseholdAuditView(audit).node(), audit::load);
            }
        }
        host.getChildren().setAll(view.node());
        vm.load();
        return view;
    }

    @Override
    public Optional<Long> createHousehold(Window owner) {
        HouseholdFormViewModel vm = HouseholdFormViewModel.forCreate(households, partners, i18n, executor, clock);
        return HouseholdDialogs.household(vm, i18n, owner).flatMap(id -> vm.createdId());
    }
}
