package nl.casustafel.ui.measure;

import nl.casustafel.TestStores;
import nl.casustafel.domain.security.Role;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.measure.MeasureDraft;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.household.HouseholdDossier;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.service.household.Member;

/**
 * Not a test: adds fictional measures to a demo store so that the measures UI can be looked at before the demo
 * generator makes measures. Usage: java -cp target/casustafel.jar:target/test-classes
 * nl.casustafel.ui.measure.MeasureDemoSeed DATA_DIR
 */
public final class MeasureDemoSeed {
    private MeasureDemoSeed() {
    }

    public static void main(String[] args) {
        Clock clock = Clock.systemUTC();
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(7);
        try (AppContext app = TestStores.open(Path.of(args[0]), clock, Role.SPECIALIST)) {
            List<Partner> partners = app.partners().list(false);
            var page = app.households().search(new HouseholdQuery(null, null, false, null,
                    HouseholdQuery.SortField.NAME, true, 0, 60));
            int count = 0;
            for (var summary : page.items()) {
                HouseholdDossier d = app.households().open(summary.id());
                for (Member m : d.members()) {
                    MeasureType type = switch (m.membership().role()) {
                        case SUSPECT -> random.nextBoolean() ? MeasureType.TEMPORARY_RESTRAINING_ORDER
                                : MeasureType.PROBATION_SUPERVISION;
                        case CHILD -> random.nextInt(3) == 0 ? MeasureType.SUPERVISION_ORDER_OTS : null;
                        case VICTIM -> MeasureType.SAFETY_PLAN;
                        default -> null;
                    };
                    if (type == null || random.nextInt(4) == 0) {
                        continue;
                    }
                    LocalDate start = today.minusDays(random.nextInt(200));
                    LocalDate deadline = type.clock().deadlineRequired() ? start.plusMonths(6) : null;
                    Partner owner = partners.get(random.nextInt(Math.min(8, partners.size())));
                    long id = app.measures().add(d.household().id(), null, new MeasureDraft(type.category(), type,
                            m.person().id(), owner.id(), "M. de Vries", start, deadline, MeasureStatus.OPEN,
                            null));
                    int roll = random.nextInt(6);
                    if (roll < 3) {
                        MeasureStatus status = roll == 0 ? MeasureStatus.DONE : roll == 1
                                ? MeasureStatus.NOT_DONE_PARTNER_DID_NOT_ACT : MeasureStatus.IN_PROGRESS;
                        int version = app.measures().forHousehold(d.household().id()).stream()
                                .filter(r -> r.measure().id() == id).findFirst().orElseThrow().measure().version();
                        app.measures().changeStatus(id, version, status, null, null);
                    }
                    count++;
                }
                if (random.nextInt(3) == 0) {
                    app.measures().add(d.household().id(), null, new MeasureDraft(
                            MeasureType.RVDK_INVESTIGATION_REQUEST.category(), MeasureType.RVDK_INVESTIGATION_REQUEST,
                            null, partners.get(0).id(), null, today.minusDays(20), today.plusDays(40),
                            MeasureStatus.OPEN, null));
                    count++;
                }
            }
            System.out.println("measures added: " + count);
        }
    }
}
