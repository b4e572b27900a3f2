package nl.casustafel.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.RiskMarker;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.ui.common.UiExecutor;

/** Shared helpers for UI tests: a fixed clock, a private in-memory store and a few households. */
public final class UiTestSupport {
    /** Monday 2 March 2026, 10:00 in Amsterdam. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    private UiTestSupport() {
    }

    public static AppContext newContext() {
        return AppContext.inMemory("ui-" + UUID.randomUUID(), CLOCK, nl.casustafel.domain.security.Role.SPECIALIST);
    }

    public static LocalDate today() {
        return DomainTime.today(CLOCK);
    }

    /** A household made by the specialist (whoever is logged in at the moment). */
    public static long household(AppContext ctx, String name, String postcode, String city) {
        return household(ctx, name, postcode, city, null);
    }

    public static long household(AppContext ctx, String name, String postcode, String city, Long directorPartnerId) {
        return nl.casustafel.TestRoles.households(ctx).create(new HouseholdDraft(name, "Dorpsstraat", "1", postcode, city,
                Phase.DIRECT_SAFETY, directorPartnerId, directorPartnerId == null ? null : "J. de Regisseur",
                today().minusDays(30)));
    }

    public static void incident(AppContext ctx, long householdId, int daysAgo, RiskMarker... markers) {
        nl.casustafel.TestRoles.households(ctx).addIncident(householdId, new IncidentDraft(today().minusDays(daysAgo), LocalTime.of(21, 30),
                IncidentType.DOMESTIC_VIOLENCE_PHYSICAL, Severity.MODERATE, null, IncidentSource.POLICE, null,
                Set.of(markers), List.of()));
    }

    public static Partner partner(AppContext ctx, String shortName) {
        return ctx.partners().list(true).stream().filter(p -> p.shortName().equals(shortName)).findFirst()
                .orElseThrow();
    }

    /** An executor that keeps work until the test runs it, in any order: for "newest query wins" tests. */
    public static final class ManualUiExecutor implements UiExecutor {
        private final Deque<Runnable> pending = new ArrayDeque<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Throwable> onFailure) {
            pending.addLast(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        public int pendingCount() {
            return pending.size();
        }

        public void runOldest() {
            pending.removeFirst().run();
        }

        public void runNewest() {
            pending.removeLast().run();
        }

        public void runAll() {
            while (!pending.isEmpty()) {
                pending.removeFirst().run();
            }
        }
    }
}
