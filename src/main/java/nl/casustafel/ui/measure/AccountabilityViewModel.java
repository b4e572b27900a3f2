package nl.casustafel.ui.measure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.measure.PartnerAccountability;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.measure.MeasureService;
import nl.casustafel.service.partner.PartnerService;
import nl.casustafel.ui.common.DateFields;
import nl.casustafel.ui.common.Failures;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accountability per partner over a period (default the last 12 months): measures owned, done, not done for either
 * reason and overdue. The period is checked before loading; a message appears next to the field that is wrong.
 */
public final class AccountabilityViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AccountabilityViewModel.class);
    public static final String FROM = "from";
    public static final String TO = "to";

    /** Quick choices of the period. */
    public enum Period { LAST_3_MONTHS, LAST_12_MONTHS, THIS_YEAR }

    /** What the table area shows. */
    public enum State { LOADING, RESULTS, EMPTY, ERROR }

    /** One partner's row. */
    public record Row(long partnerId, String partner, int owned, int done, int notDoneCircumstancesChanged,
                      int notDonePartnerDidNotAct, int overdue) {
    }

    private final MeasureService measures;
    private final PartnerService partners;
    private final I18n i18n;
    private final UiExecutor executor;
    private final Clock clock;

    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final ReadOnlyListWrapper<Row> rows = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<Map<String, String>> errors = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper periodText = new ReadOnlyStringWrapper("");
    private long generation;

    public AccountabilityViewModel(MeasureService measures, PartnerService partners, I18n i18n, UiExecutor executor,
                                   Clock clock) {
        this.measures = measures;
        this.partners = partners;
        this.i18n = i18n;
        this.executor = executor;
        this.clock = clock;
        setPeriod(Period.LAST_12_MONTHS);
    }

    /** Fills in a quick choice and loads it. */
    public void choose(Period period) {
        setPeriod(period);
        load();
    }

    private void setPeriod(Period period) {
        LocalDate today = today();
        LocalDate start = switch (period) {
            case LAST_3_MONTHS -> today.minusMonths(3).plusDays(1);
            case LAST_12_MONTHS -> today.minusMonths(12).plusDays(1);
            case THIS_YEAR -> today.withDayOfYear(1);
        };
        from.set(i18n.date(start));
        to.set(i18n.date(today));
    }

    /** Checks the period and loads the figures; with a wrong period only the messages change. */
    public void load() {
        List<FieldError> problems = new ArrayList<>();
        LocalDate f = date(from.get(), FROM, problems);
        LocalDate t = date(to.get(), TO, problems);
        if (f != null && t != null && f.isAfter(t)) {
            problems.add(FieldError.of(FROM, "measure.accountability.fromAfterTo", i18n.date(t)));
        }
        if (!problems.isEmpty()) {
            Map<String, String> map = new LinkedHashMap<>();
            problems.forEach(p -> map.putIfAbsent(p.field(), i18n.error(p)));
            errors.set(Map.copyOf(map));
            return;
        }
        errors.set(Map.of());
        long mine = ++generation;
        if (rows.isEmpty()) {
            state.set(State.LOADING);
        }
        executor.submit(() -> new Loaded(measures.accountability(f, t), partners.list(true)), loaded -> {
            if (mine == generation) {
                apply(loaded, f, t);
            }
        }, failure -> {
            if (mine == generation) {
                Failures.logIfUnexpected(LOG, "Loading accountability failed", failure);
                rows.clear();
                message.set(i18n.error(failure));
                state.set(State.ERROR);
            }
        });
    }

    private record Loaded(List<PartnerAccountability> figures, List<Partner> partners) {
    }

    private void apply(Loaded loaded, LocalDate f, LocalDate t) {
        Map<Long, Partner> byId = loaded.partners().stream()
                .collect(Collectors.toMap(Partner::id, Function.identity()));
        rows.setAll(loaded.figures().stream()
                .filter(a -> a.owned() > 0 || a.overdue() > 0)
                .map(a -> new Row(a.partnerId(), byId.containsKey(a.partnerId())
                        ? byId.get(a.partnerId()).shortName() : "?", a.owned(), a.done(),
                        a.notDoneCircumstancesChanged(), a.notDonePartnerDidNotAct(), a.overdue()))
                .toList());
        periodText.set(i18n.get("measure.accountability.period", i18n.date(f), i18n.date(t)));
        message.set("");
        state.set(rows.isEmpty() ? State.EMPTY : State.RESULTS);
    }

    private static LocalDate date(String text, String field, List<FieldError> problems) {
        LocalDate date = DateFields.parseDate(text);
        if (date == null) {
            problems.add(FieldError.of(field, text == null || text.isBlank() ? "validation.required"
                    : "validation.invalidDate"));
        }
        return date;
    }

    private LocalDate today() {
        return DomainTime.today(clock);
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public ReadOnlyListProperty<Row> rows() {
        return rows.getReadOnlyProperty();
    }

    /** Field (FROM, TO) -> message. */
    public ReadOnlyObjectProperty<Map<String, String>> errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public Map<String, String> getErrors() {
        return errors.get();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "01-12-2025 t/m 24-11-2026", the period the figures are about. */
    public ReadOnlyStringProperty periodTextProperty() {
        return periodText.getReadOnlyProperty();
    }
}
