package nl.casustafel.ui.household.form;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.household.PersonMatch;
import nl.casustafel.ui.common.FailureMessages;
import nl.casustafel.ui.common.FormViewModel;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import nl.casustafel.ui.household.PersonTexts;

/** Adds a person who is already known (for example an ex-partner in another household): search, pick, role. */
public final class ExistingPersonViewModel extends FormViewModel {
    public static final String PERSON = "person";
    public static final String START_DATE = "startDate";
    private static final int LIMIT = 50;

    /** One search result in words: name, birth date, masked BSN, the households the person is in. */
    public record Match(long personId, String name, String details, String households) {
    }

    private final HouseholdService households;
    private final long householdId;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Match> matches = FXCollections.observableArrayList();
    private final ObjectProperty<Match> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonRole> role = new SimpleObjectProperty<>();
    private final StringProperty startDate = new SimpleStringProperty("");
    private final StringProperty endDate = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private int searchGeneration;

    public ExistingPersonViewModel(HouseholdService households, I18n i18n, UiExecutor executor, Clock clock,
                                   long householdId) {
        super(i18n, executor, clock);
        this.households = households;
        this.householdId = householdId;
        startDate.set(i18n.date(today()));
    }

    @Override
    public String title() {
        return i18n.get("person.existing.title");
    }

    /** Searches by name or BSN in the background; older answers that arrive late are ignored. */
    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        int generation = ++searchGeneration;
        if (text.length() < 2) {
            // Also makes any answer still on its way stale.
            searching.set(false);
            matches.clear();
            return;
        }
        searching.set(true);
        executor.submit(() -> households.findPersons(text, LIMIT), found -> {
            if (generation == searchGeneration) {
                searching.set(false);
                matches.setAll(found.stream().map(this::toMatch).toList());
            }
        }, failure -> {
            if (generation != searchGeneration) {
                return;
            }
            searching.set(false);
            matches.clear();
            LoggerHolder.LOG.warn("Person search failed", failure);
            showMessage(FailureMessages.message(i18n, failure));
        });
    }

    private Match toMatch(PersonMatch m) {
        var p = m.person();
        List<String> details = new ArrayList<>();
        if (p.dateOfBirth() != null) {
            details.add(i18n.date(p.dateOfBirth()));
        }
        if (p.bsn() != null) {
            details.add(i18n.get("person.bsnShort", PersonTexts.maskBsn(p.bsn())));
        }
        String in = m.households().stream().map(r -> r.name() + " (" + i18n.label(r.role()) + ")")
                .collect(Collectors.joining(", "));
        return new Match(p.id(), p.name().displayName(), String.join(" \u00b7 ", details),
                in.isEmpty() ? "" : i18n.get("person.existing.in", in));
    }

    @Override
    public void save() {
        List<FieldError> problems = new ArrayList<>();
        if (selected.get() == null) {
            problems.add(FieldError.of(PERSON, "validation.required"));
        }
        var start = date(startDate.get(), START_DATE, problems);
        var end = date(endDate.get(), MembershipDraft.END_DATE, problems);
        MembershipDraft draft = new MembershipDraft(role.get(), start, end);
        addUnlessPresent(problems, draft.validate());
        Match m = selected.get();
        submit(problems, () -> {
            households.addExistingMember(householdId, m.personId(), draft);
            return m.personId();
        }, ignored -> { });
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Match> matches() {
        return matches;
    }

    public ObjectProperty<Match> selectedProperty() {
        return selected;
    }

    public ObjectProperty<PersonRole> roleProperty() {
        return role;
    }

    public StringProperty startDateProperty() {
        return startDate;
    }

    public StringProperty endDateProperty() {
        return endDate;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    private static final class LoggerHolder {
        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExistingPersonViewModel.class);
    }
}
