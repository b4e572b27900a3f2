package nl.casustafel.ui.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.household.Household;
import nl.casustafel.domain.household.HouseholdStatusChange;
import nl.casustafel.domain.household.Involvement;
import nl.casustafel.domain.household.Relation;
import nl.casustafel.domain.household.RelationType;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.incident.RiskMarker;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.domain.signal.Signal;
import nl.casustafel.service.household.HouseholdDossier;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.household.Member;
import nl.casustafel.service.measure.MeasureService;
import nl.casustafel.service.partner.PartnerService;
import nl.casustafel.ui.common.FailureMessages;
import nl.casustafel.ui.common.Failures;
import nl.casustafel.ui.common.FormViewModel;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import nl.casustafel.ui.household.HouseholdRows.IncidentLink;
import nl.casustafel.ui.household.HouseholdRows.IncidentRow;
import nl.casustafel.ui.household.HouseholdRows.InvolvementRow;
import nl.casustafel.ui.household.HouseholdRows.MemberRow;
import nl.casustafel.ui.household.HouseholdRows.OtherHousehold;
import nl.casustafel.ui.household.HouseholdRows.RelationRow;
import nl.casustafel.ui.household.HouseholdRows.SignalRow;
import nl.casustafel.ui.household.form.ExistingPersonViewModel;
import nl.casustafel.ui.household.form.HouseholdFormViewModel;
import nl.casustafel.ui.household.form.IncidentFormViewModel;
import nl.casustafel.ui.household.form.InvolvementFormViewModel;
import nl.casustafel.ui.household.form.PersonFormViewModel;
import nl.casustafel.ui.household.form.RelationFormViewModel;
import nl.casustafel.ui.household.form.StatusChangeViewModel;
import nl.casustafel.ui.household.genogram.GenogramLayout;
import nl.casustafel.ui.measure.HouseholdMeasuresViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of one household's view: the dossier (loaded in the background, reloaded after every change so that
 * signals are current) turned into rows and texts, and the forms for every change.
 */
public final class HouseholdViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(HouseholdViewModel.class);

    private final HouseholdService households;
    private final PartnerService partnerService;
    private final I18n i18n;
    private final UiExecutor executor;
    private final Clock clock;
    private final long householdId;
    private final HouseholdMeasuresViewModel measures;

    private final ReadOnlyObjectWrapper<HouseholdDossier> dossier = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper director = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasDirector = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper statusHistory = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<Incident>> incidents = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<GenogramLayout> genogram = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private final ObservableList<IncidentRow> incidentRows = FXCollections.observableArrayList();
    private final ObservableList<InvolvementRow> involvementRows = FXCollections.observableArrayList();
    private final ObservableList<InvolvementRow> activeInvolvements = FXCollections.observableArrayList();
    private final ObservableList<SignalRow> signals = FXCollections.observableArrayList();
    private final ObservableList<RelationRow> relations = FXCollections.observableArrayList();
    private final List<Partner> activePartners = new ArrayList<>();
    // Held here: an unmodifiable view only listens weakly to its source, so it must not be recreated per call.
    private final ObservableList<MemberRow> membersView = FXCollections.unmodifiableObservableList(members);
    private final ObservableList<IncidentRow> incidentRowsView = FXCollections.unmodifiableObservableList(incidentRows);
    private final ObservableList<InvolvementRow> involvementRowsView = FXCollections.unmodifiableObservableList(involvementRows);
    private final ObservableList<InvolvementRow> activeInvolvementsView = FXCollections.unmodifiableObservableList(activeInvolvements);
    private final ObservableList<SignalRow> signalsView = FXCollections.unmodifiableObservableList(signals);
    private final ObservableList<RelationRow> relationsView = FXCollections.unmodifiableObservableList(relations);
    private Consumer<String> errorHandler = message -> { };
    private int loadGeneration;

    public HouseholdViewModel(HouseholdService households, PartnerService partners, MeasureService measureService,
                              I18n i18n, UiExecutor executor, Clock clock, long householdId) {
        this.households = households;
        this.partnerService = partners;
        this.i18n = i18n;
        this.executor = executor;
        this.clock = clock;
        this.householdId = householdId;
        this.measures = new HouseholdMeasuresViewModel(measureService, partners, i18n, executor, clock, householdId);
        // A measure change reloads the dossier: its signals (overdue measures, clocks running out) follow.
        measures.setOnChanged(this::load);
    }

    /** The household's measures: matrix, list, editor and follow-up. */
    public HouseholdMeasuresViewModel measures() {
        return measures;
    }

    /** Where failures of actions without a dialog of their own (remove, reload) are shown. */
    public void setErrorHandler(Consumer<String> errorHandler) {
        this.errorHandler = errorHandler;
    }

    /** Loads (or reloads) the dossier in the background. */
    public void load() {
        load(d -> { });
    }

    /** Reloads, then hands the fresh dossier to {@code then} (used to refresh a form's version after a conflict). */
    public void load(Consumer<HouseholdDossier> then) {
        int generation = ++loadGeneration;
        loading.set(true);
        executor.submit(() -> new Loaded(households.open(householdId), partnerService.list(false)), loaded -> {
            if (generation == loadGeneration) {
                loading.set(false);
                loadError.set("");
                apply(loaded.dossier(), loaded.partners());
                // Members and roles decide the matrix's rows and gaps: reload the measures with the dossier.
                measures.setMembers(loaded.dossier().members());
                measures.load();
            }
            then.accept(loaded.dossier());
        }, failure -> {
            if (generation == loadGeneration) {
                loading.set(false);
            }
            logUnexpected("Loading household " + householdId, failure);
            loadError.set(FailureMessages.message(i18n, failure));
        });
    }

    private record Loaded(HouseholdDossier dossier, List<Partner> partners) {
    }

    private void apply(HouseholdDossier d, List<Partner> partners) {
        LocalDate today = today();
        Household h = d.household();
        activePartners.clear();
        activePartners.addAll(partners);
        name.set(h.name());
        address.set(h.address().display().isEmpty() ? i18n.get("household.addressUnknown") : h.address().display());
        open.set(h.isOpen());
        status.set(i18n.label(h.status()));
        phase.set(i18n.label(h.phase()));
        if (h.caseDirector() == null) {
            hasDirector.set(false);
            director.set(i18n.get("household.noCaseDirector"));
        } else {
            hasDirector.set(true);
            String partner = d.partner(h.caseDirector().partnerId()).map(Partner::shortName).orElse("?");
            String who = h.caseDirector().name();
            director.set(who == null || who.isBlank() ? partner : partner + " \u2013 " + who);
        }
        statusHistory.set(d.statusChanges().stream().max(Comparator
                        .comparing(HouseholdStatusChange::decidedOn).thenComparingLong(HouseholdStatusChange::id))
                .map(c -> i18n.get("household.statusSince", i18n.label(c.status()), i18n.date(c.decidedOn())))
                .orElse(i18n.get("household.openedOn", i18n.date(h.openedOn()))));

        Map<Long, String> names = new LinkedHashMap<>();
        d.members().forEach(m -> names.put(m.person().id(), m.person().name().displayName()));
        members.setAll(d.members().stream().map(m -> memberRow(m, today)).toList());
        incidentRows.setAll(d.incidents().stream().map(i -> incidentRow(i, names)).toList());
        List<InvolvementRow> inv = d.involvements().stream().map(i -> involvementRow(d, i, today)).toList();
        involvementRows.setAll(inv);
        activeInvolvements.setAll(inv.stream().filter(InvolvementRow::active).toList());
        signals.setAll(d.signals().stream().map(s -> signalRow(s, h.lastConferenceOn())).toList());
        relations.setAll(d.relations().stream().map(r -> relationRow(r, names)).toList());
        incidents.set(d.incidents());
        genogram.set(GenogramLayout.layout(d.members().stream()
                .map(m -> new GenogramLayout.Person(m.person().id(), shortName(m.person().name()),
                        m.person().gender(), m.membership().role(), m.person().dateOfBirth()))
                .toList(), d.relations()));
        dossier.set(d);
    }

    private MemberRow memberRow(Member m, LocalDate today) {
        var p = m.person();
        List<OtherHousehold> others = m.otherHouseholds().stream()
                .map(r -> new OtherHousehold(r.householdId(), i18n.get("household.alsoIn", r.name(),
                        i18n.label(r.role()).toLowerCase(i18n.locale()))))
                .toList();
        return new MemberRow(p.id(), m.membership().id(), p.name().displayName(), p.name().sortName(),
                m.membership().role(), i18n.label(m.membership().role()), PersonTexts.period(i18n, m.membership()),
                p.dateOfBirth(), PersonTexts.ageAndBirth(i18n, p, today), PersonTexts.maskBsn(p.bsn()), others);
    }

    private IncidentRow incidentRow(Incident i, Map<Long, String> names) {
        String markers = i.riskMarkers().stream().sorted()
                .map(m -> i18n.get("incident.marker.short." + m.name())).collect(Collectors.joining(", "));
        String persons = i.involved().stream()
                .map(p -> names.getOrDefault(p.personId(), "?") + " (" + i18n.label(p.role()).toLowerCase(i18n.locale()) + ")")
                .collect(Collectors.joining(", "));
        return new IncidentRow(i.id(), i.occurredAt(), i18n.dateTime(i.occurredAt()), i.type(), i18n.label(i.type()),
                i.severity(), i18n.label(i.severity()), i.registrationNumber() == null ? "" : i.registrationNumber(),
                i18n.label(i.source()), markers, persons,
                i.has(RiskMarker.STRANGULATION) || i.has(RiskMarker.WEAPON_OR_THREAT_TO_KILL));
    }

    private InvolvementRow involvementRow(HouseholdDossier d, Involvement i, LocalDate today) {
        String partner = d.partner(i.partnerId()).map(Partner::shortName).orElse("?");
        boolean active = i.isActiveOn(today);
        return new InvolvementRow(i.id(), partner, nz(i.contactPerson()), nz(i.contactDetails()), i.startDate(),
                i.endDate(), nz(i.description()), active,
                i18n.get(active ? "involvement.active" : "involvement.ended"));
    }

    private SignalRow signalRow(Signal s, LocalDate lastConference) {
        List<IncidentLink> links = new ArrayList<>();
        for (int k = 0; k < s.incidentIds().size(); k++) {
            LocalDate date = k < s.dates().size() ? s.dates().get(k) : null;
            links.add(new IncidentLink(s.incidentIds().get(k), date == null ? "#" + (k + 1) : i18n.date(date)));
        }
        return new SignalRow(s.type(), SignalTexts.title(i18n, s), SignalTexts.reason(i18n, s, lastConference),
                SignalTexts.isDanger(s.type()), links);
    }

    private RelationRow relationRow(Relation r, Map<Long, String> names) {
        String a = names.getOrDefault(r.personAId(), "?");
        String b = names.getOrDefault(r.personBId(), "?");
        String text = r.type() == RelationType.PARENT_CHILD
                ? i18n.get("relation.parentOf", a, b)
                : i18n.get("relation.between", a, b, i18n.label(r.type()).toLowerCase(i18n.locale()));
        return new RelationRow(r.id(), r.type(), text);
    }

    /** "Sanne de Vries" for "Sanne Maria de Vries": the first given name and the family name. */
    static String shortName(nl.casustafel.domain.household.PersonName name) {
        String first = name.givenNames().isBlank() ? "" : name.givenNames().split("\\s+")[0];
        return (first + " " + name.familyName()).strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private LocalDate today() {
        return DomainTime.today(clock);
    }

    private void logUnexpected(String what, Throwable failure) {
        Failures.logIfUnexpected(LOG, what + " failed", failure);
    }

    // ---- forms -------------------------------------------------------------------------------------------

    private <F extends FormViewModel> F wire(F form, Consumer<HouseholdDossier> rebase) {
        form.setOnSaved(this::load);
        form.setOnConflict(() -> load(rebase));
        return form;
    }

    /** Partners to choose from: the active ones, plus {@code current} when it has since been deactivated. */
    private List<Partner> partnerChoices(Long current) {
        List<Partner> choices = new ArrayList<>(activePartners);
        if (current != null && choices.stream().noneMatch(p -> p.id() == current) && dossier.get() != null) {
            dossier.get().partner(current).ifPresent(choices::add);
        }
        return choices;
    }

    public HouseholdFormViewModel editHouseholdForm() {
        Household h = dossier.get().household();
        HouseholdFormViewModel[] ref = new HouseholdFormViewModel[1];
        ref[0] = wire(HouseholdFormViewModel.forEdit(households, i18n, executor, clock, h,
                        partnerChoices(h.caseDirector() == null ? null : h.caseDirector().partnerId())),
                d -> ref[0].rebase(d.household().version()));
        return ref[0];
    }

    public StatusChangeViewModel statusChangeForm() {
        StatusChangeViewModel[] ref = new StatusChangeViewModel[1];
        ref[0] = wire(new StatusChangeViewModel(households, i18n, executor, clock, dossier.get().household()),
                d -> ref[0].rebase(d.household().version()));
        return ref[0];
    }

    public IncidentFormViewModel newIncidentForm() {
        return wire(IncidentFormViewModel.forCreate(households, i18n, executor, clock, householdId,
                dossier.get().members()), d -> { });
    }

    /** The edit form of an incident of this household, if it (still) exists. */
    public Optional<IncidentFormViewModel> editIncidentForm(long incidentId) {
        HouseholdDossier d = dossier.get();
        Optional<Incident> incident = d.incidents().stream().filter(i -> i.id() == incidentId).findFirst();
        return incident.map(i -> {
            IncidentFormViewModel[] ref = new IncidentFormViewModel[1];
            ref[0] = wire(IncidentFormViewModel.forEdit(households, i18n, executor, clock, i, d.members()),
                    fresh -> fresh.incidents().stream().filter(x -> x.id() == incidentId).findFirst()
                            .ifPresent(x -> ref[0].rebase(x.version())));
            return ref[0];
        });
    }

    public PersonFormViewModel newMemberForm() {
        return wire(PersonFormViewModel.forNewMember(households, i18n, executor, clock, householdId), d -> { });
    }

    public ExistingPersonViewModel existingPersonForm() {
        return wire(new ExistingPersonViewModel(households, i18n, executor, clock, householdId), d -> { });
    }

    public Optional<PersonFormViewModel> editPersonForm(long personId) {
        return dossier.get().member(personId).map(m -> {
            PersonFormViewModel[] ref = new PersonFormViewModel[1];
            ref[0] = wire(PersonFormViewModel.forEditPerson(households, i18n, executor, clock, m),
                    fresh -> fresh.member(personId).ifPresent(x -> ref[0].rebase(x.person().version())));
            return ref[0];
        });
    }

    public Optional<PersonFormViewModel> editMembershipForm(long personId) {
        return dossier.get().member(personId).map(m -> {
            PersonFormViewModel[] ref = new PersonFormViewModel[1];
            ref[0] = wire(PersonFormViewModel.forEditMembership(households, i18n, executor, clock, m),
                    fresh -> fresh.member(personId).ifPresent(x -> ref[0].rebase(x.membership().version())));
            return ref[0];
        });
    }

    public RelationFormViewModel newRelationForm() {
        List<RelationFormViewModel.Choice> choices = dossier.get().members().stream()
                .sorted(Comparator.comparing(m -> m.person().name().sortKey()))
                .map(m -> new RelationFormViewModel.Choice(m.person().id(), m.person().name().displayName()))
                .toList();
        return wire(new RelationFormViewModel(households, i18n, executor, clock, choices), d -> { });
    }

    public InvolvementFormViewModel newInvolvementForm() {
        return wire(InvolvementFormViewModel.forCreate(households, i18n, executor, clock, householdId,
                partnerChoices(null)), d -> { });
    }

    public Optional<InvolvementFormViewModel> editInvolvementForm(long involvementId) {
        return dossier.get().involvements().stream().filter(i -> i.id() == involvementId).findFirst().map(i -> {
            InvolvementFormViewModel[] ref = new InvolvementFormViewModel[1];
            ref[0] = wire(InvolvementFormViewModel.forEdit(households, i18n, executor, clock, i,
                            partnerChoices(i.partnerId())),
                    fresh -> fresh.involvements().stream().filter(x -> x.id() == involvementId).findFirst()
                            .ifPresent(x -> ref[0].rebase(x.version())));
            return ref[0];
        });
    }

    // ---- actions without a form ------------------------------------------------------------------------------

    /** Removes a person from this household (the person stays known elsewhere). */
    public void removeMember(long personId) {
        dossier.get().member(personId).ifPresent(m -> run(() -> households.removeMembership(m.membership().id(),
                m.membership().version()), "Removing membership " + m.membership().id()));
    }

    public void removeRelation(long relationId) {
        run(() -> households.removeRelation(relationId), "Removing relation " + relationId);
    }

    private void run(Runnable work, String what) {
        executor.submit(() -> {
            work.run();
            return Boolean.TRUE;
        }, ok -> load(), failure -> {
            logUnexpected(what, failure);
            errorHandler.accept(failure instanceof nl.casustafel.domain.common.ConflictException
                    ? i18n.get("household.conflict.reloadedNoInput") : FailureMessages.message(i18n, failure));
            load();
        });
    }

    /** Name of the member, for confirmation questions. */
    public String memberName(long personId) {
        return dossier.get() == null ? "" : dossier.get().member(personId)
                .map(m -> m.person().name().displayName()).orElse("");
    }

    // ---- properties ----------------------------------------------------------------------------------------

    public long householdId() {
        return householdId;
    }

    public I18n i18n() {
        return i18n;
    }

    public LocalDate todayDate() {
        return today();
    }

    public ReadOnlyObjectProperty<HouseholdDossier> dossierProperty() {
        return dossier.getReadOnlyProperty();
    }

    public HouseholdDossier getDossier() {
        return dossier.get();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty addressProperty() {
        return address.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty directorProperty() {
        return director.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasDirectorProperty() {
        return hasDirector.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusHistoryProperty() {
        return statusHistory.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Incident>> incidentsProperty() {
        return incidents.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GenogramLayout> genogramProperty() {
        return genogram.getReadOnlyProperty();
    }

    public ObservableList<MemberRow> members() {
        return membersView;
    }

    public ObservableList<IncidentRow> incidentRows() {
        return incidentRowsView;
    }

    public ObservableList<InvolvementRow> involvementRows() {
        return involvementRowsView;
    }

    public ObservableList<InvolvementRow> activeInvolvements() {
        return activeInvolvementsView;
    }

    public ObservableList<SignalRow> signals() {
        return signalsView;
    }

    public ObservableList<RelationRow> relations() {
        return relationsView;
    }
}
