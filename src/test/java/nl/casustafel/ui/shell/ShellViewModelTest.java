package nl.casustafel.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import nl.casustafel.MutableClock;
import nl.casustafel.TestClocks;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.ui.common.SynchronousUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {
    private final MutableClock clock = new MutableClock(TestClocks.NOW);
    private final AppContext ctx = AppContext.inMemory(TestClocks.uniqueName("shell"), clock, nl.casustafel.domain.security.Role.SPECIALIST);
    private final ShellViewModel vm = new ShellViewModel(ctx.households(), ctx.settings(), new SynchronousUiExecutor(),
            clock);

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aWindowLeftOpenOvernightRefreshesTheSignalsOnceTheDateChanges() {
        long id = ctx.households().create(new HouseholdDraft("Gezin Smit", null, null, null, null,
                Phase.DIRECT_SAFETY, null, null, LocalDate.of(2025, 1, 1)));
        for (LocalDate date : new LocalDate[] {LocalDate.of(2025, 11, 24), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 6, 1)}) {
            ctx.households().addIncident(id, new IncidentDraft(date, null, IncidentType.OTHER, Severity.MINOR, null,
                    IncidentSource.POLICE, null, null, null));
        }
        HouseholdQuery withSignals = new HouseholdQuery("", null, true, null, null, true, 0, 10);
        AtomicInteger listRefreshes = new AtomicInteger();
        vm.refreshStaleSignals(listRefreshes::incrementAndGet);
        assertThat(ctx.households().search(withSignals).total()).isEqualTo(1);

        clock.advance(Duration.ofHours(2)); // same day: nothing to do
        vm.refreshIfNewDay(listRefreshes::incrementAndGet);
        assertThat(listRefreshes.get()).isZero();

        clock.advance(Duration.ofDays(1)); // 25-11-2026: the first incident left the 12-month window
        vm.refreshIfNewDay(listRefreshes::incrementAndGet);

        assertThat(listRefreshes.get()).isEqualTo(1);
        assertThat(ctx.households().search(withSignals).total()).isZero();
    }

    @Test
    void theChosenLanguageIsSaved() {
        vm.saveLanguage("en");

        assertThat(ctx.settings().get(ShellViewModel.LANGUAGE_SETTING)).contains("en");
    }
}
