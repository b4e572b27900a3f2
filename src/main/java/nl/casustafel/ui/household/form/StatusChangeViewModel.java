package nl.casustafel.ui.household.form;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.household.Household;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.ui.common.FormViewModel;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;

/** Closing or reopening a household: an explicit decision with a date (default today) and a reason. */
public final class StatusChangeViewModel extends FormViewModel {
    public static final String DECIDED_ON = "decidedOn";
    public static final String REASON = "reason";

    private final HouseholdService households;
    private final long householdId;
    private final boolean closing;
    private int version;
    private final StringProperty decidedOn = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");

    public StatusChangeViewModel(HouseholdService households, I18n i18n, UiExecutor executor, Clock clock,
                                 Household household) {
        super(i18n, executor, clock);
        this.households = households;
        this.householdId = household.id();
        this.version = household.version();
        this.closing = household.isOpen();
        decidedOn.set(i18n.date(today()));
    }

    public boolean isClosing() {
        return closing;
    }

    @Override
    public String title() {
        return i18n.get(closing ? "household.close.title" : "household.reopen.title");
    }

    /** The question asked before the decision is recorded. */
    public String confirmation() {
        return i18n.get(closing ? "household.close.confirm" : "household.reopen.confirm");
    }

    /** Checks the input without saving; true when it may be confirmed and saved. */
    public boolean check() {
        List<FieldError> problems = problems();
        if (!problems.isEmpty()) {
            showFieldErrors(problems);
            return false;
        }
        return true;
    }

    private List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        var date = date(decidedOn.get(), DECIDED_ON, problems);
        if (date == null && problems.isEmpty()) {
            problems.add(FieldError.of(DECIDED_ON, "validation.required"));
        } else if (date != null && date.isAfter(today())) {
            problems.add(FieldError.of(DECIDED_ON, "validation.dateInFuture"));
        }
        return problems;
    }

    @Override
    public void save() {
        List<FieldError> problems = problems();
        var date = date(decidedOn.get(), DECIDED_ON, new ArrayList<>());
        String why = InvolvementFormViewModel.blankToNull(reason.get());
        int v = version;
        submit(problems, () -> {
            if (closing) {
                households.close(householdId, v, date, why);
            } else {
                households.reopen(householdId, v, date, why);
            }
            return householdId;
        }, ignored -> { });
    }

    public void rebase(int currentVersion) {
        this.version = currentVersion;
    }

    public StringProperty decidedOnProperty() {
        return decidedOn;
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
