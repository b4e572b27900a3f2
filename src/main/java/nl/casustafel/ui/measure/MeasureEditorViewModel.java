package nl.casustafel.ui.measure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.measure.Measure;
import nl.casustafel.domain.measure.MeasureCategory;
import nl.casustafel.domain.measure.MeasureDraft;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.household.Member;
import nl.casustafel.service.measure.MeasureRow;
import nl.casustafel.service.measure.MeasureService;
import nl.casustafel.service.partner.PartnerService;
import nl.casustafel.ui.common.DateFields;
import nl.casustafel.ui.common.Failures;
import nl.casustafel.ui.common.FormViewModel;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creating or editing one measure: category, type (filtered by the category), whom it concerns, owner partner,
 * responsible person, start, deadline (empty = the type's legal clock proposes it, shown as a hint), status and
 * description. Validates before saving and shows messages per field; a conflict keeps the input and says a
 * colleague changed the measure; a measure locked by a closed conference is changed as an amendment with a reason.
 * Used by the household view and by the conference meeting mode through {@link MeasureDialogs#edit}.
 */
public final class MeasureEditorViewModel extends FormViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MeasureEditorViewModel.class);
    /** Field name of the amendment's reason (the draft's fields use {@link MeasureDraft}'s constants). */
    public static final String REASON = "reason";
    static final String LOCKED_KEY = "error.measure.locked";

    /** Whom the measure concerns: a member, or the household as a whole ({@code personId} null). */
    public record Concern(Long personId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final MeasureService measures;
    private final PartnerService partners;
    private final long householdId;
    private final Long agendaItemId;
    private final Long measureId;
    private int version;
    private final Long currentOwnerId;

    private final ObjectProperty<MeasureCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<MeasureType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<Concern> concern = new SimpleObjectProperty<>();
    private final ObjectProperty<Partner> owner = new SimpleObjectProperty<>();
    private final StringProperty responsible = new SimpleStringProperty("");
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty deadline = new SimpleStringProperty("");
    private final ObjectProperty<MeasureStatus> status = new SimpleObjectProperty<>(MeasureStatus.OPEN);
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");

    private final ObservableList<MeasureType> types = FXCollections.observableArrayList();
    private final ObservableList<Concern> concerns = FXCollections.observableArrayList();
    private final ObservableList<Partner> owners = FXCollections.observableArrayList();
    // Held here: an unmodifiable view only listens weakly to its source, so it must not be recreated per call.
    private final ObservableList<MeasureType> typesView = FXCollections.unmodifiableObservableList(types);
    private final ObservableList<Concern> concernsView = FXCollections.unmodifiableObservableList(concerns);
    private final ObservableList<Partner> ownersView = FXCollections.unmodifiableObservableList(owners);

    private final ReadOnlyStringWrapper deadlineHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper proposedDeadline = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper amendment = new ReadOnlyBooleanWrapper(false);
    private Long savedId;
    private boolean filteringTypes;

    private MeasureEditorViewModel(MeasureService measures, PartnerService partners, I18n i18n, UiExecutor executor,
                                   Clock clock, long householdId, Long agendaItemId, Long measureId, int version,
                                   Long currentOwnerId, List<Member> members) {
        super(i18n, executor, clock);
        this.measures = measures;
        this.partners = partners;
        this.householdId = householdId;
        this.agendaItemId = agendaItemId;
        this.measureId = measureId;
        this.version = version;
        this.currentOwnerId = currentOwnerId;
        concerns.add(new Concern(null, i18n.get("measure.concerns.household")));
        members.stream().sorted(Comparator.comparing(m -> m.person().name().sortKey()))
                .map(m -> new Concern(m.person().id(), m.person().name().displayName() + " \u2013 "
                        + i18n.label(m.membership().role()).toLowerCase(i18n.locale())))
                .forEach(concerns::add);
        concern.set(concerns.get(0));
        types.setAll(MeasureType.values());
        category.addListener((obs, was, now) -> categoryChanged(now));
        type.addListener((obs, was, now) -> typeChanged(now));
        start.addListener((obs, was, now) -> updateProposal());
        deadline.addListener((obs, was, now) -> updateProposal());
    }

    /** A new measure of the household, agreed in {@code agendaItemId} (null outside a conference). */
    public static MeasureEditorViewModel forCreate(MeasureService measures, PartnerService partners, I18n i18n,
                                                   UiExecutor executor, Clock clock, long householdId,
                                                   Long agendaItemId, List<Member> members, LocalDate defaultStart) {
        MeasureEditorViewModel vm = new MeasureEditorViewModel(measures, partners, i18n, executor, clock,
                householdId, agendaItemId, null, 0, null, members);
        vm.start.set(i18n.date(defaultStart == null ? vm.today() : defaultStart));
        vm.loadPartners();
        return vm;
    }

    /** Edits the terms of an existing measure; a locked one (closed conference) becomes an amendment with a reason. */
    public static MeasureEditorViewModel forEdit(MeasureService measures, PartnerService partners, I18n i18n,
                                                 UiExecutor executor, Clock clock, MeasureRow row,
                                                 List<Member> members) {
        Measure m = row.measure();
        MeasureEditorViewModel vm = new MeasureEditorViewModel(measures, partners, i18n, executor, clock,
                m.householdId(), m.agendaItemId(), m.id(), m.version(), m.ownerPartnerId(), members);
        vm.category.set(m.category());
        vm.type.set(m.type());
        if (m.concernedPersonId() != null) {
            Concern c = vm.concerns.stream().filter(x -> Objects.equals(x.personId(), m.concernedPersonId()))
                    .findFirst().orElseGet(() -> {
                        // No longer a member: keep the person so that saving does not change whom it concerns.
                        Concern gone = new Concern(m.concernedPersonId(), row.concernedPersonName() == null ? "?"
                                : row.concernedPersonName());
                        vm.concerns.add(gone);
                        return gone;
                    });
            vm.concern.set(c);
        }
        vm.responsible.set(nz(m.responsiblePerson()));
        vm.start.set(i18n.date(m.startDate()));
        vm.deadline.set(i18n.date(m.deadline()));
        vm.status.set(m.status());
        vm.description.set(nz(m.description()));
        if (m.locked()) {
            vm.amendment.set(true);
            vm.showMessage(i18n.get("measure.editor.lockedIntro"));
        }
        vm.loadPartners();
        return vm;
    }

    private void loadPartners() {
        executor.submit(() -> partners.list(true), list -> {
            List<Partner> choices = list.stream()
                    .filter(p -> p.active() || Objects.equals(p.id(), currentOwnerId)).toList();
            Partner keep = owner.get();
            owners.setAll(choices);
            Long wanted = keep != null ? Long.valueOf(keep.id()) : currentOwnerId;
            owner.set(choices.stream().filter(p -> Objects.equals(p.id(), wanted)).findFirst().orElse(null));
        }, failure -> {
            Failures.logIfUnexpected(LOG, "Loading partners for the measure editor failed", failure);
            showMessage(i18n.error(failure));
        });
    }

    private void categoryChanged(MeasureCategory now) {
        MeasureType keep = type.get();
        filteringTypes = true;
        try {
            types.setAll(now == null ? List.of(MeasureType.values()) : MeasureType.inCategory(now));
            type.set(keep != null && (now == null || keep.fits(now)) ? keep : null);
        } finally {
            filteringTypes = false;
        }
        updateProposal();
    }

    private void typeChanged(MeasureType now) {
        if (!filteringTypes && now != null && category.get() == null) {
            // Choosing a type first files it under the type's own category.
            category.set(now.category());
        }
        updateProposal();
    }

    private void updateProposal() {
        MeasureType t = type.get();
        LocalDate s = DateFields.parseDate(start.get());
        deadlineHint.set(MeasureTexts.deadlineHint(i18n, t, s));
        proposedDeadline.set(t == null || s == null ? "" : t.clock().defaultDeadline(s).map(i18n::date).orElse(""));
    }

    public boolean isNew() {
        return measureId == null;
    }

    @Override
    public String title() {
        return i18n.get(isNew() ? "measure.editor.createTitle"
                : amendment.get() ? "measure.editor.amendTitle" : "measure.editor.editTitle");
    }

    /** Validates and, when valid, saves in the background; the dialog closes when {@link #savedProperty()} turns true. */
    @Override
    public void save() {
        List<FieldError> problems = new ArrayList<>();
        LocalDate s = date(start.get(), MeasureDraft.START, problems);
        LocalDate d = date(deadline.get(), MeasureDraft.DEADLINE, problems);
        MeasureDraft draft = new MeasureDraft(category.get(), type.get(),
                concern.get() == null ? null : concern.get().personId(), owner.get() == null ? null : owner.get().id(),
                blankToNull(responsible.get()), s, d, status.get(), blankToNull(description.get()));
        addUnlessPresent(problems, draft.validate(today()));
        String why = blankToNull(reason.get());
        if (amendment.get() && why == null) {
            problems.add(FieldError.of(REASON, "measure.validation.reasonRequired"));
        }
        int v = version;
        Callable<Long> work;
        if (isNew()) {
            work = () -> measures.add(householdId, agendaItemId, draft);
        } else if (amendment.get()) {
            work = () -> {
                measures.amend(measureId, v, draft, why);
                return measureId;
            };
        } else {
            work = () -> {
                measures.update(measureId, v, draft);
                return measureId;
            };
        }
        submit(problems, work, id -> savedId = id);
    }

    @Override
    protected String conflictMessageKey() {
        return "measure.editor.conflict";
    }

    @Override
    protected boolean handleFailure(Throwable t) {
        if (t instanceof DomainException d && LOCKED_KEY.equals(d.messageKey())) {
            // The conference was closed meanwhile: the change can only be recorded as an amendment with a reason.
            amendment.set(true);
            showFieldErrors(List.of(FieldError.of(REASON, "measure.validation.reasonRequired")));
            showMessage(i18n.get("measure.editor.lockedNow"));
            return true;
        }
        return false;
    }

    /** After a conflict: take the measure's current version (and lock), so that saving again applies the input. */
    @Override
    protected void conflicted() {
        if (measureId == null) {
            return;
        }
        executor.submit(() -> measures.forHousehold(householdId).stream()
                .filter(r -> r.measure().id() == measureId).findFirst(), fresh -> {
                    if (fresh.isEmpty()) {
                        showMessage(i18n.get("measure.editor.removed"));
                        return;
                    }
                    version = fresh.get().measure().version();
                    if (fresh.get().measure().locked()) {
                        amendment.set(true);
                    }
                }, failure -> Failures.logIfUnexpected(LOG, "Reloading a measure after a conflict failed", failure));
    }

    /** Clearer words for the two mistakes chairs make most: no owner, an end before the start. */
    @Override
    protected String fieldMessage(FieldError e) {
        if (MeasureDraft.OWNER.equals(e.field()) && "validation.required".equals(e.messageKey())) {
            return i18n.get("measure.validation.ownerRequired");
        }
        if (MeasureDraft.DEADLINE.equals(e.field()) && "validation.endBeforeStart".equals(e.messageKey())) {
            return i18n.get("measure.validation.deadlineBeforeStart", nz(start.get()).strip());
        }
        if (MeasureDraft.DEADLINE.equals(e.field()) && "validation.required".equals(e.messageKey())) {
            return i18n.get("measure.validation.deadlineRequired");
        }
        return super.fieldMessage(e);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The id of the saved measure; empty until saved. */
    public Optional<Long> savedId() {
        return Optional.ofNullable(savedId);
    }

    public long householdId() {
        return householdId;
    }

    // Inputs (bound by the dialog)

    public ObjectProperty<MeasureCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<MeasureType> typeProperty() {
        return type;
    }

    public ObjectProperty<Concern> concernProperty() {
        return concern;
    }

    public ObjectProperty<Partner> ownerProperty() {
        return owner;
    }

    public StringProperty responsibleProperty() {
        return responsible;
    }

    public StringProperty startProperty() {
        return start;
    }

    /** The deadline as typed; empty means "the type's clock decides". */
    public StringProperty deadlineProperty() {
        return deadline;
    }

    public ObjectProperty<MeasureStatus> statusProperty() {
        return status;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** The reason of an amendment (only asked for a locked measure). */
    public StringProperty reasonProperty() {
        return reason;
    }

    // Choices and outputs

    /** The types of the chosen category (all types while none is chosen). */
    public ObservableList<MeasureType> types() {
        return typesView;
    }

    public ObservableList<Concern> concerns() {
        return concernsView;
    }

    /** Active partners (plus the current owner when it has since been deactivated). */
    public ObservableList<Partner> owners() {
        return ownersView;
    }

    /** The legal clock in words under the deadline field. */
    public ReadOnlyStringProperty deadlineHintProperty() {
        return deadlineHint.getReadOnlyProperty();
    }

    /** The end the type's clock proposes from the start (dd-MM-yyyy); empty when it proposes none. */
    public ReadOnlyStringProperty proposedDeadlineProperty() {
        return proposedDeadline.getReadOnlyProperty();
    }

    /** True when the change is recorded as an amendment of a locked measure (a reason is required). */
    public ReadOnlyBooleanProperty amendmentProperty() {
        return amendment.getReadOnlyProperty();
    }
}
