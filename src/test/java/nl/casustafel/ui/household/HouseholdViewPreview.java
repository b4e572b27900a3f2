package nl.casustafel.ui.household;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.InvolvementDraft;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.PersonDraft;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.household.RelationType;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.InvolvedPerson;
import nl.casustafel.domain.incident.RiskMarker;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.domain.signal.Signal;
import nl.casustafel.domain.signal.SignalType;
import nl.casustafel.service.household.HouseholdDossier;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.ui.common.FxUiExecutor;
import nl.casustafel.ui.common.I18n;

/**
 * Throwaway preview to look at the household view: a realistic household in an in-memory store, shown in a
 * 1280x800 window. Arguments: tab index (0-3), optional "en", optional "incident" / "person" to open a dialog.
 * Signals are added by a wrapper around the service while the escalation rules are being built elsewhere.
 */
public final class HouseholdViewPreview {
    private HouseholdViewPreview() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            int tab = args.isEmpty() ? 0 : Integer.parseInt(args.get(0));
            I18n i18n = args.contains("en") ? new I18n(I18n.ENGLISH) : new I18n(I18n.DUTCH);
            Clock clock = Clock.systemUTC();
            AppContext app = AppContext.inMemory("preview", clock, nl.casustafel.domain.security.Role.SPECIALIST);
            long id = seed(app, LocalDate.now(clock));
            HouseholdService withSignals = withFakeSignals(app.households());
            FxUiExecutor executor = new FxUiExecutor();
            HouseholdPagesImpl pages = new HouseholdPagesImpl(withSignals, app.partners(), app.measures(), i18n,
                    executor, clock, null);
            StackPane host = new StackPane();
            HouseholdView view = pages.show(host, id, () -> System.out.println("back"));
            view.selectTab(tab);
            nl.casustafel.ui.common.Theme.installUserAgentStylesheet();
            nl.casustafel.ui.common.Theme.style(host);
            Scene scene = new Scene(host, 1280, 800);
            stage.setScene(scene);
            stage.setTitle("Casustafel - preview");
            stage.setX(0);
            stage.setY(0);
            stage.show();
            // Opens a dialog once the view has loaded, for a screenshot of it.
            String key = args.contains("incident") ? "I" : args.contains("person") ? "P" : null;
            if (key != null) {
                PauseTransition loaded = new PauseTransition(javafx.util.Duration.millis(2500));
                loaded.setOnFinished(e -> scene.getAccelerators().entrySet().stream()
                        .filter(a -> a.getKey().getName().endsWith(key)).findFirst()
                        .ifPresent(a -> a.getValue().run()));
                loaded.play();
            }
        }
    }

    public static long seed(AppContext app, LocalDate today) {
        HouseholdService s = app.households();
        List<Partner> partners = app.partners().list(false);
        long vt = partner(partners, "VT");
        long id = s.create(new HouseholdDraft("Gezin van den Berg", "Kerkstraat", "14b", "3511 AB", "Utrecht",
                Phase.DIRECT_SAFETY, vt, "Fatma Yılmaz", today.minusMonths(20)));
        long sanne = s.addNewMember(id, new PersonDraft("Sanne Maria", null, "de Vries", LocalDate.of(1989, 4, 12),
                "123456782", Gender.FEMALE, null), new MembershipDraft(PersonRole.VICTIM, today.minusYears(9), null));
        long mark = s.addNewMember(id, new PersonDraft("Mark", "van den", "Berg", LocalDate.of(1986, 11, 3), null,
                Gender.MALE, null), new MembershipDraft(PersonRole.SUSPECT, today.minusYears(9), today.minusMonths(7)));
        long noor = s.addNewMember(id, new PersonDraft("Noor", "van den", "Berg", LocalDate.of(2014, 2, 20), null,
                Gender.FEMALE, null), new MembershipDraft(PersonRole.CHILD, LocalDate.of(2014, 2, 20), null));
        long daan = s.addNewMember(id, new PersonDraft("Daan", "van den", "Berg", LocalDate.of(2018, 9, 5), null,
                Gender.MALE, null), new MembershipDraft(PersonRole.CHILD, LocalDate.of(2018, 9, 5), null));
        s.addRelation(sanne, mark, RelationType.EX_PARTNER);
        s.addRelation(sanne, noor, RelationType.PARENT_CHILD);
        s.addRelation(mark, noor, RelationType.PARENT_CHILD);
        s.addRelation(sanne, daan, RelationType.PARENT_CHILD);
        s.addRelation(mark, daan, RelationType.PARENT_CHILD);
        s.addRelation(noor, daan, RelationType.SIBLING);

        long other = s.create(new HouseholdDraft("Gezin Bakker", "Amsterdamsestraatweg", "201", "3551 CE", "Utrecht",
                Phase.STABLE_SAFETY, null, null, today.minusMonths(5)));
        s.addExistingMember(other, mark, new MembershipDraft(PersonRole.PARTNER, today.minusMonths(6), null));

        Object[][] incidents = {
                {700, IncidentType.DOMESTIC_VIOLENCE_PSYCHOLOGICAL, Severity.MINOR, Set.of()},
                {640, IncidentType.DOMESTIC_VIOLENCE_PHYSICAL, Severity.MODERATE, Set.of(RiskMarker.SUBSTANCE_USE)},
                {590, IncidentType.DOMESTIC_VIOLENCE_PSYCHOLOGICAL, Severity.MODERATE, Set.of(RiskMarker.CHILDREN_PRESENT)},
                {520, IncidentType.CHILD_ABUSE, Severity.SERIOUS, Set.of(RiskMarker.CHILDREN_PRESENT)},
                {470, IncidentType.DOMESTIC_VIOLENCE_PHYSICAL, Severity.MODERATE, Set.of()},
                {410, IncidentType.CONFUSED_BEHAVIOUR, Severity.MINOR, Set.of(RiskMarker.SUBSTANCE_USE)},
                {330, IncidentType.DOMESTIC_VIOLENCE_PHYSICAL, Severity.SERIOUS,
                        Set.of(RiskMarker.CHILDREN_PRESENT, RiskMarker.SUBSTANCE_USE)},
                {250, IncidentType.DOMESTIC_VIOLENCE_PHYSICAL, Severity.SEVERE,
                        Set.of(RiskMarker.STRANGULATION, RiskMarker.CHILDREN_PRESENT)},
                {215, IncidentType.EX_PARTNER_STALKING, Severity.MODERATE,
                        Set.of(RiskMarker.SEPARATION_RECENT, RiskMarker.STALKING)},
                {190, IncidentType.BREACH_OF_MEASURE, Severity.MODERATE, Set.of(RiskMarker.SEPARATION_RECENT)},
                {150, IncidentType.EX_PARTNER_STALKING, Severity.SERIOUS, Set.of(RiskMarker.STALKING)},
                {120, IncidentType.DOMESTIC_VIOLENCE_PSYCHOLOGICAL, Severity.MODERATE, Set.of(RiskMarker.COERCIVE_CONTROL)},
                {75, IncidentType.BREACH_OF_MEASURE, Severity.SERIOUS, Set.of()},
                {40, IncidentType.DOMESTIC_VIOLENCE_PHYSICAL, Severity.SEVERE,
                        Set.of(RiskMarker.WEAPON_OR_THREAT_TO_KILL, RiskMarker.CHILDREN_PRESENT)},
                {12, IncidentType.EX_PARTNER_STALKING, Severity.SERIOUS, Set.of(RiskMarker.STALKING)},
        };
        int n = 0;
        for (Object[] row : incidents) {
            n++;
            @SuppressWarnings("unchecked")
            Set<RiskMarker> markers = (Set<RiskMarker>) row[3];
            s.addIncident(id, new IncidentDraft(today.minusDays((Integer) row[0]), LocalTime.of(18 + n % 5, (n * 7) % 60),
                    (IncidentType) row[1], (Severity) row[2], "PL0900-2025" + String.format("%06d", 123000 + n * 17),
                    n % 4 == 0 ? IncidentSource.VEILIG_THUIS : IncidentSource.POLICE, "Melding " + n, markers,
                    List.of(new InvolvedPerson(sanne, PersonRole.VICTIM), new InvolvedPerson(mark, PersonRole.SUSPECT))));
        }
        s.addInvolvement(id, new InvolvementDraft(vt, "Fatma Yılmaz", "06-12345678 / f.yilmaz@vtu.nl",
                today.minusMonths(18), null, "Veiligheidsplan, casusregie"));
        s.addInvolvement(id, new InvolvementDraft(partner(partners, "GI"), "Joost de Graaf", "030-2345678",
                today.minusMonths(9), null, "Ondertoezichtstelling Noor en Daan"));
        s.addInvolvement(id, new InvolvementDraft(partner(partners, "RN"), "Ellen Smit", "ellen.smit@reclassering.nl",
                today.minusMonths(14), today.minusMonths(2), "Toezicht bijzondere voorwaarden (contactverbod)"));
        return id;
    }

    private static long partner(List<Partner> partners, String shortName) {
        return partners.stream().filter(p -> p.shortName().equals(shortName)).findFirst().orElseThrow().id();
    }

    /** Adds example signals to every dossier read, so that the signal display can be looked at. */
    static HouseholdService withFakeSignals(HouseholdService real) {
        return (HouseholdService) Proxy.newProxyInstance(HouseholdService.class.getClassLoader(),
                new Class<?>[] {HouseholdService.class}, (proxy, method, methodArgs) -> {
                    Object result;
                    try {
                        result = method.invoke(real, methodArgs);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result instanceof HouseholdDossier d && d.signals().isEmpty() && !d.incidents().isEmpty()) {
                        List<Incident> recent = d.incidents().stream()
                                .filter(i -> i.date().isAfter(LocalDate.now().minusMonths(12))).toList();
                        List<Incident> lethal = d.incidents().stream()
                                .filter(i -> i.has(RiskMarker.STRANGULATION) || i.has(RiskMarker.WEAPON_OR_THREAT_TO_KILL))
                                .toList();
                        List<Signal> signals = new ArrayList<>();
                        signals.add(new Signal(SignalType.ESCALATION, recent.stream().map(Incident::id).toList(),
                                recent.stream().map(Incident::date).toList(), recent.size()));
                        signals.add(new Signal(SignalType.LETHALITY_MARKER, lethal.stream().map(Incident::id).toList(),
                                lethal.stream().map(Incident::date).toList(), lethal.size()));
                        signals.add(new Signal(SignalType.NO_CASE_DIRECTOR, List.of(), List.of(), 3));
                        return new HouseholdDossier(d.household(), d.members(), d.relations(), d.incidents(),
                                d.involvements(), signals, d.statusChanges(), d.partners());
                    }
                    return result;
                });
    }
}
