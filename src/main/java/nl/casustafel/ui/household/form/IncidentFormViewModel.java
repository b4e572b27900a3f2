package nl.casustafel.ui.household.form;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.InvolvedPerson;
import nl.casustafel.domain.incident.RiskMarker;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.household.Member;
import nl.casustafel.ui.common.FormViewModel;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;

/** Register or edit an incident: when, what, how serious, risk markers and who was involved in which role. */
public final class IncidentFormViewModel extends FormViewModel {

    /** A household member who may be marked as involved, with the role they had in the incident. */
    public static final class InvolvedChoice {
        private final long personId;
        private final String name;
        private final BooleanProperty selected = new SimpleBooleanProperty(false);
        private final ObjectProperty<PersonRole> role = new SimpleObjectProperty<>();

        InvolvedChoice(long personId, String name, PersonRole role) {
            this.personId = personId;
            this.name = name;
            this.role.set(role);
        }

        public long personId() {
            return personId;
        }

        public String name() {
            return name;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }

        public ObjectProperty<PersonRole> roleProperty() {
            return role;
        }
    }

    private final HouseholdService households;
    private final long householdId;
    private final Long incidentId;
    private int version;

    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty time = new SimpleStringProperty("");
    private final ObjectProperty<IncidentType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>();
    private final ObjectProperty<IncidentSource> source = new SimpleObjectProperty<>(IncidentSource.POLICE);
    private final StringProperty registrationNumber = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final Map<RiskMarker, BooleanProperty> markers = new EnumMap<>(RiskMarker.class);
    private final List<InvolvedChoice> involved = new ArrayList<>();

    private IncidentFormViewModel(HouseholdService households, I18n i18n, UiExecutor executor, Clock clock,
                                  long householdId, Long incidentId, int version, List<Member> members) {
        super(i18n, executor, clock);
        this.households = households;
        this.householdId = householdId;
        this.incidentId = incidentId;
        this.version = version;
        for (RiskMarker m : RiskMarker.values()) {
            markers.put(m, new SimpleBooleanProperty(false));
        }
        for (Member m : members) {
            involved.add(new InvolvedChoice(m.person().id(), m.person().name().displayName(), m.membership().role()));
        }
    }

    public static IncidentFormViewModel forCreate(HouseholdService households, I18n i18n, UiExecutor executor,
                                                  Clock clock, long householdId, List<Member> members) {
        IncidentFormViewModel vm = new IncidentFormViewModel(households, i18n, executor, clock, householdId, null, 0,
                members);
        vm.date.set(i18n.date(vm.today()));
        return vm;
    }

    public static IncidentFormViewModel forEdit(HouseholdService households, I18n i18n, UiExecutor executor,
                                                Clock clock, Incident incident, List<Member> members) {
        IncidentFormViewModel vm = new IncidentFormViewModel(households, i18n, executor, clock,
                incident.householdId(), incident.id(), incident.version(), members);
        IncidentDraft d = IncidentDraft.of(incident);
        vm.date.set(i18n.date(d.date()));
        vm.time.set(i18n.time(d.time()));
        vm.type.set(d.type());
        vm.severity.set(d.severity());
        vm.source.set(d.source());
        vm.registrationNumber.set(HouseholdFormViewModel.nz(d.registrationNumber()));
        vm.description.set(HouseholdFormViewModel.nz(d.description()));
        d.riskMarkers().forEach(m -> vm.markers.get(m).set(true));
        for (InvolvedPerson p : d.involved()) {
            vm.involved.stream().filter(c -> c.personId() == p.personId()).findFirst().ifPresent(c -> {
                c.selectedProperty().set(true);
                c.roleProperty().set(p.role());
            });
        }
        return vm;
    }

    public boolean isNew() {
        return incidentId == null;
    }

    public Long incidentId() {
        return incidentId;
    }

    @Override
    public String title() {
        return i18n.get(isNew() ? "incident.form.createTitle" : "incident.form.editTitle");
    }

    @Override
    public void save() {
        List<FieldError> problems = new ArrayList<>();
        LocalDate d = date(date.get(), IncidentDraft.DATE, problems);
        LocalTime t = time(time.get(), IncidentDraft.TIME, problems);
        Set<RiskMarker> chosen = EnumSet.noneOf(RiskMarker.class);
        markers.forEach((m, p) -> {
            if (p.get()) {
                chosen.add(m);
            }
        });
        List<InvolvedPerson> persons = new ArrayList<>();
        for (InvolvedChoice c : involved) {
            if (c.selectedProperty().get()) {
                if (c.roleProperty().get() == null) {
                    problems.add(FieldError.of(IncidentDraft.INVOLVED, "validation.required"));
                } else {
                    persons.add(new InvolvedPerson(c.personId(), c.roleProperty().get()));
                }
            }
        }
        IncidentDraft draft = new IncidentDraft(d, t, type.get(), severity.get(),
                registrationNumber.get() == null || registrationNumber.get().isBlank() ? null
                        : registrationNumber.get().strip(),
                source.get(), description.get() == null || description.get().isBlank() ? null : description.get(),
                chosen, persons);
        addUnlessPresent(problems, draft.validate(clock.instant()));
        if (isNew()) {
            submit(problems, () -> households.addIncident(householdId, draft), id -> { });
        } else {
            long id = incidentId;
            int v = version;
            submit(problems, () -> {
                households.updateIncident(id, v, draft);
                return id;
            }, ignored -> { });
        }
    }

    public void rebase(int currentVersion) {
        this.version = currentVersion;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public ObjectProperty<IncidentType> typeProperty() {
        return type;
    }

    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    public ObjectProperty<IncidentSource> sourceProperty() {
        return source;
    }

    public StringProperty registrationNumberProperty() {
        return registrationNumber;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public BooleanProperty markerProperty(RiskMarker marker) {
        return markers.get(marker);
    }

    public List<InvolvedChoice> involved() {
        return involved;
    }
}
