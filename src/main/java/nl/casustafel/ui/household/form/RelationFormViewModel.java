package nl.casustafel.ui.household.form;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.household.RelationType;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.ui.common.FormViewModel;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;

/** A relation between two household members, for the genogram. For parent-child, A is the parent. */
public final class RelationFormViewModel extends FormViewModel {
    public static final String PERSON_A = "personA";
    public static final String PERSON_B = "personB";
    public static final String TYPE = "type";

    /** A member to choose; shown by name. */
    public record Choice(long personId, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final HouseholdService households;
    private final ObservableList<Choice> members = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> personA = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> personB = new SimpleObjectProperty<>();
    private final ObjectProperty<RelationType> type = new SimpleObjectProperty<>(RelationType.PARTNER);

    public RelationFormViewModel(HouseholdService households, I18n i18n, UiExecutor executor, Clock clock,
                                 List<Choice> choices) {
        super(i18n, executor, clock);
        this.households = households;
        members.setAll(choices);
    }

    @Override
    public String title() {
        return i18n.get("relation.form.title");
    }

    @Override
    public void save() {
        List<FieldError> problems = new ArrayList<>();
        if (personA.get() == null) {
            problems.add(FieldError.of(PERSON_A, "validation.required"));
        }
        if (personB.get() == null) {
            problems.add(FieldError.of(PERSON_B, "validation.required"));
        }
        if (type.get() == null) {
            problems.add(FieldError.of(TYPE, "validation.required"));
        }
        if (problems.isEmpty() && personA.get().personId() == personB.get().personId()) {
            problems.add(FieldError.of(PERSON_B, "error.relationSelf"));
        }
        Choice a = personA.get();
        Choice b = personB.get();
        RelationType t = type.get();
        submit(problems, () -> households.addRelation(a.personId(), b.personId(), t), ignored -> { });
    }

    public ObservableList<Choice> members() {
        return members;
    }

    public ObjectProperty<Choice> personAProperty() {
        return personA;
    }

    public ObjectProperty<Choice> personBProperty() {
        return personB;
    }

    public ObjectProperty<RelationType> typeProperty() {
        return type;
    }
}
