package nl.casustafel.ui.conference;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import nl.casustafel.domain.common.ConflictException;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.conference.AgendaItemState;
import nl.casustafel.domain.conference.AssessmentDraft;
import nl.casustafel.domain.conference.SafetyScore;
import nl.casustafel.domain.conference.UnhandledItemsException;
import nl.casustafel.domain.household.Household;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.conference.AgendaEntry;
import nl.casustafel.service.conference.AgendaItemDetail;
import nl.casustafel.service.conference.ConferenceDetail;
import nl.casustafel.service.conference.ConferenceService;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.measure.MeasureRow;
import nl.casustafel.service.measure.MeasureService;
import nl.casustafel.service.partner.PartnerService;
import nl.casustafel.ui.common.FailureMessages;
import nl.casustafel.ui.common.Failures;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The meeting mode: one agenda item at a time through the six steps of the safety-first flow (open measures from
 * last time, new incidents, safety, the three columns, decisions and new measures, case director and phase), with
 * the item's time box, a parking place and closing the conference. The assessment is saved when the chair leaves
 * an item or a step, and on Ctrl+S; in a closed conference a change is an amendment with a reason.
 */
public final class MeetingViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MeetingViewModel.class);
    public static final int STEPS = 6;

    /** One row of the 0-10 safety scale: a partner present and its score (null = not given). */
    public static final class ScoreRow {
        private final Partner partner;
        private final ObjectProperty<Integer> score = new SimpleObjectProperty<>();

        ScoreRow(Partner partner, Integer value) {
            this.partner = partner;
            score.set(value);
        }

        public Partner partner() {
            return partner;
        }

        public ObjectProperty<Integer> scoreProperty() {
            return score;
        }
    }

    private final ConferenceService conferences;
    private final MeasureService measures;
    private final HouseholdService households;
    private final PartnerService partnerService;
    private final UiExecutor executor;
    private final I18n i18n;
    private final Clock clock;
    private final long conferenceId;

    private final ReadOnlyObjectWrapper<ConferenceDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyListWrapper<AgendaEntry> agenda = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<AgendaItemDetail> item = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyListWrapper<MeasureRow> carriedOver =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<MeasureRow> agreedHere =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<ScoreRow> scores = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<Partner> partners = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ObjectProperty<Boolean> immediateDanger = new SimpleObjectProperty<>();
    private final StringProperty worries = new SimpleStringProperty("");
    private final StringProperty goingWell = new SimpleStringProperty("");
    private final StringProperty mustHappen = new SimpleStringProperty("");
    private final StringProperty decisions = new SimpleStringProperty("");
    private final ObjectProperty<Partner> directorPartner = new SimpleObjectProperty<>();
    private final StringProperty directorName = new SimpleStringProperty("");
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper spread = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper elapsedSeconds = new ReadOnlyLongWrapper(0);
    private final ReadOnlyBooleanWrapper overTime = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private AssessmentDraft loadedAssessment;
    private Instant itemStartedAt;
    /** A save met a colleague's change: nothing is saved or left until the chair saves explicitly (Ctrl+S). */
    private boolean conflictPending;
    /** The chair was told that a change in a closed conference needs an amendment; a second move drops it. */
    private boolean closedEditWarned;

    public MeetingViewModel(ConferenceService conferences, MeasureService measures, HouseholdService households,
                            PartnerService partnerService, UiExecutor executor, I18n i18n, Clock clock,
                            long conferenceId) {
        this.conferences = conferences;
        this.measures = measures;
        this.households = households;
        this.partnerService = partnerService;
        this.executor = executor;
        this.i18n = i18n;
        this.clock = clock;
        this.conferenceId = conferenceId;
    }

    /** Loads the conference and opens the first item still to discuss (or the first). */
    public void load() {
        busy.set(true);
        executor.submit(() -> new Loaded(conferences.open(conferenceId), partnerService.list(false)), loaded -> {
            busy.set(false);
            partners.setAll(loaded.partners());
            showConference(loaded.detail());
            int first = 0;
            for (int k = 0; k < agenda.size(); k++) {
                if (agenda.get(k).item().state() == AgendaItemState.PENDING) {
                    first = k;
                    break;
                }
            }
            if (!agenda.isEmpty()) {
                openIndex(first);
            }
        }, this::failed);
    }

    private record Loaded(ConferenceDetail detail, List<Partner> partners) {
    }

    private void showConference(ConferenceDetail d) {
        detail.set(d);
        agenda.setAll(d.agenda());
    }

    private void reloadAgenda() {
        executor.submit(() -> conferences.open(conferenceId), this::showConference, this::failed);
    }

    // ---- moving through the agenda -----------------------------------------------------------------------

    /** Opens the item at {@code k}, saving the current one first when it changed. */
    public void goToItem(int k) {
        if (k < 0 || k >= agenda.size() || busy.get()) {
            return;
        }
        saveThen(() -> openIndex(k));
    }

    public void nextItem() {
        goToItem(index.get() + 1);
    }

    public void previousItem() {
        goToItem(index.get() - 1);
    }

    private void openIndex(int k) {
        long itemId = agenda.get(k).item().id();
        busy.set(true);
        executor.submit(() -> {
            AgendaItemDetail d = conferences.openItem(itemId);
            return new ItemLoaded(d, measures.forHousehold(d.household().id()));
        }, loaded -> {
            busy.set(false);
            index.set(k);
            step.set(1);
            itemStartedAt = clock.instant();
            tick();
            showItem(loaded.detail());
            showMeasures(loaded.measures());
        }, this::failed);
    }

    private record ItemLoaded(AgendaItemDetail detail, List<MeasureRow> measures) {
    }

    private void showItem(AgendaItemDetail d) {
        item.set(d);
        var it = d.item();
        immediateDanger.set(it.immediateDanger());
        worries.set(nz(it.worries()));
        goingWell.set(nz(it.goingWell()));
        mustHappen.set(nz(it.mustHappen()));
        decisions.set(nz(it.decisions()));
        Map<Long, Integer> given = new LinkedHashMap<>();
        d.scores().forEach(s -> given.put(s.partnerId(), s.score()));
        scores.setAll(d.scoringPartners().stream().map(p -> new ScoreRow(p, given.get(p.id()))).toList());
        // Scores of partners that are no longer scoring (attendance changed) are kept, not lost.
        d.scores().stream().filter(s -> d.scoringPartners().stream().noneMatch(p -> p.id() == s.partnerId()))
                .forEach(s -> partners.stream().filter(p -> p.id() == s.partnerId()).findFirst()
                        .ifPresent(p -> scores.add(new ScoreRow(p, s.score()))));
        scores.forEach(r -> r.scoreProperty().addListener((obs, was, now) -> updateSpread()));
        updateSpread();
        Household h = d.household();
        phase.set(h.phase());
        directorName.set(h.caseDirector() == null ? "" : nz(h.caseDirector().name()));
        directorPartner.set(h.caseDirector() == null ? null : partners.stream()
                .filter(p -> p.id() == h.caseDirector().partnerId()).findFirst().orElse(null));
        loadedAssessment = assessment();
    }

    private void showMeasures(List<MeasureRow> rows) {
        long itemId = item.get().item().id();
        LocalDate meetingDay = detail.get().conference().date();
        LocalDate today = DomainTime.today(clock);
        // Carried over: open measures agreed elsewhere, and those followed up in this meeting (so the chair sees
        // what was just marked). Agreed here: the measures this item decided.
        carriedOver.setAll(rows.stream().filter(r -> !Objects.equals(r.measure().agendaItemId(), itemId))
                .filter(r -> !r.measure().status().isClosed() || r.measure().statusChangedOn().equals(meetingDay)
                        || r.measure().statusChangedOn().equals(today))
                .toList());
        agreedHere.setAll(rows.stream().filter(r -> Objects.equals(r.measure().agendaItemId(), itemId)).toList());
    }

    /** Reloads the current item's measures (after a measure was added or changed). */
    public void reloadMeasures() {
        AgendaItemDetail d = item.get();
        if (d == null) {
            return;
        }
        executor.submit(() -> measures.forHousehold(d.household().id()), this::showMeasures, this::failed);
    }

    public void nextStep() {
        goToStep(step.get() + 1);
    }

    public void previousStep() {
        goToStep(step.get() - 1);
    }

    /** Shows step {@code n} (1-6), saving the assessment when it changed. */
    public void goToStep(int n) {
        if (n < 1 || n > STEPS || n == step.get()) {
            return;
        }
        saveThen(() -> step.set(n));
    }

    // ---- the assessment ----------------------------------------------------------------------------------

    /** The assessment as entered now. */
    public AssessmentDraft assessment() {
        Map<Long, Integer> map = new LinkedHashMap<>();
        scores.forEach(r -> {
            if (r.scoreProperty().get() != null) {
                map.put(r.partner().id(), r.scoreProperty().get());
            }
        });
        return new AssessmentDraft(immediateDanger.get(), map, worries.get(), goingWell.get(), mustHappen.get(),
                decisions.get());
    }

    public boolean isDirty() {
        return item.get() != null && loadedAssessment != null && !loadedAssessment.equals(assessment());
    }

    /**
     * Saves when changed (Ctrl+S). After a conflict this is the chair's explicit decision to store what is on
     * screen. In a closed conference a change needs {@link #amend} instead.
     */
    public void save() {
        if (isClosed()) {
            if (isDirty()) {
                message.set(i18n.get("meeting.amend.pending"));
            }
            return;
        }
        conflictPending = false;
        saveThen(() -> { });
    }

    /**
     * Saves the current item when it changed, then runs {@code next} (leaving a step, an item or the meeting).
     * {@code next} does not run when the save fails, after an unresolved conflict, or while other work is under
     * way: what the chair typed is never dropped silently.
     */
    public void saveThen(Runnable next) {
        if (busy.get()) {
            // A save or load is under way: a second key press must not save the same version twice.
            return;
        }
        if (!isDirty()) {
            closedEditWarned = false;
            next.run();
            return;
        }
        if (isClosed()) {
            if (!closedEditWarned) {
                closedEditWarned = true;
                message.set(i18n.get("meeting.amend.pending"));
                return;
            }
            // Second move after the warning: the chair lets the change go.
            closedEditWarned = false;
            showItem(item.get());
            next.run();
            return;
        }
        if (conflictPending) {
            message.set(i18n.get("meeting.conflict"));
            return;
        }
        var it = item.get().item();
        AssessmentDraft draft = assessment();
        var problems = draft.validate();
        if (!problems.isEmpty()) {
            message.set(i18n.error(problems.get(0)));
            return;
        }
        run(() -> {
            conferences.saveAssessment(it.id(), it.version(), draft);
            return conferences.openItem(it.id());
        }, saved -> {
            item.set(saved);
            loadedAssessment = draft;
            next.run();
        });
    }

    /** In a closed conference: records the changed assessment as an amendment with {@code reason}. */
    public void amend(String reason) {
        if (!isDirty()) {
            return;
        }
        var it = item.get().item();
        AssessmentDraft draft = assessment();
        closedEditWarned = false;
        run(() -> {
            conferences.amendAssessment(it.id(), it.version(), draft, reason);
            return conferences.openItem(it.id());
        }, saved -> {
            item.set(saved);
            loadedAssessment = draft;
            message.set(i18n.get("meeting.amended"));
            reloadAgenda();
        });
    }

    /** Puts the current item on the parking place and opens the next one still to discuss. */
    public void park() {
        setStateAndMoveOn(AgendaItemState.PARKED);
    }

    /** Marks the current item handled and opens the next one still to discuss. */
    public void done() {
        setStateAndMoveOn(AgendaItemState.DONE);
    }

    private void setStateAndMoveOn(AgendaItemState state) {
        if (item.get() == null || isClosed()) {
            return;
        }
        saveThen(() -> {
            var it = item.get().item();
            run(() -> {
                conferences.setItemState(it.id(), it.version(), state);
                return conferences.open(conferenceId);
            }, d -> {
                showConference(d);
                int next = nextToDiscuss(index.get());
                if (next >= 0) {
                    openIndex(next);
                } else {
                    openIndex(index.get());
                }
            });
        });
    }

    /** The next pending item after {@code from} (wrapping), else the first parked one, else -1. */
    int nextToDiscuss(int from) {
        int n = agenda.size();
        for (int k = 1; k <= n; k++) {
            int candidate = (from + k) % n;
            if (agenda.get(candidate).item().state() == AgendaItemState.PENDING) {
                return candidate;
            }
        }
        for (int k = 0; k < n; k++) {
            if (agenda.get(k).item().state() == AgendaItemState.PARKED) {
                return k;
            }
        }
        return -1;
    }

    // ---- measures --------------------------------------------------------------------------------------

    /** Follow-up of a carried-over measure: gereed, or niet uitgevoerd with its reason. */
    public void markMeasure(MeasureRow row, MeasureStatus status) {
        long itemId = item.get().item().id();
        run(() -> {
            measures.changeStatus(row.measure().id(), row.measure().version(), status, itemId, null);
            return null;
        }, ignored -> reloadMeasures());
    }

    /** Extends a measure by its legal clock. */
    public void extendMeasure(MeasureRow row) {
        long itemId = item.get().item().id();
        run(() -> measures.extend(row.measure().id(), row.measure().version(), null, itemId), newDeadline -> {
            message.set(i18n.get("meeting.measure.extended", i18n.date(newDeadline)));
            reloadMeasures();
        });
    }

    // ---- case director and phase ----------------------------------------------------------------------

    /** Saves the case director and the household's phase. */
    public void saveDirection() {
        Household h = item.get().household();
        HouseholdDraft d = HouseholdDraft.of(h);
        Partner partner = directorPartner.get();
        HouseholdDraft changed = new HouseholdDraft(d.name(), d.street(), d.houseNumber(), d.postcode(), d.city(),
                phase.get(), partner == null ? null : partner.id(), directorName.get(), d.openedOn());
        var problems = changed.validate(DomainTime.today(clock));
        if (!problems.isEmpty()) {
            message.set(i18n.error(problems.get(0)));
            return;
        }
        long itemId = item.get().item().id();
        run(() -> {
            households.update(h.id(), h.version(), changed);
            return conferences.openItem(itemId);
        }, saved -> {
            item.set(saved);
            message.set(i18n.get("meeting.direction.saved"));
        });
    }

    /** Closes the household (afschalen / afsluiten) as a decision of this conference, dated on its day. */
    public void closeHousehold(String reason) {
        Household h = item.get().household();
        LocalDate day = detail.get().conference().date();
        long itemId = item.get().item().id();
        run(() -> {
            households.close(h.id(), h.version(), day.isAfter(DomainTime.today(clock)) ? DomainTime.today(clock)
                    : day, reason);
            return conferences.openItem(itemId);
        }, saved -> {
            item.set(saved);
            message.set(i18n.get("meeting.household.closed"));
        });
    }

    // ---- closing the conference ---------------------------------------------------------------------------

    /**
     * Saves the current item, then closes the conference; with unhandled items and {@code force} false,
     * {@code onUnhandled} gets their number and nothing changes.
     */
    public void closeConference(boolean force, Consumer<Integer> onUnhandled, Runnable onClosed) {
        saveThen(() -> {
            busy.set(true);
            int version = detail.get().conference().version();
            executor.submit(() -> {
                conferences.close(conferenceId, version, force);
                return conferences.open(conferenceId);
            }, d -> {
                busy.set(false);
                showConference(d);
                onClosed.run();
            }, failure -> {
                if (failure instanceof UnhandledItemsException u) {
                    busy.set(false);
                    onUnhandled.accept(u.count());
                } else {
                    failed(failure);
                }
            });
        });
    }

    // ---- time box ----------------------------------------------------------------------------------------

    /** Updates the elapsed time of the current item (the view calls this every second). */
    public void tick() {
        if (itemStartedAt == null || item.get() == null) {
            elapsedSeconds.set(0);
            overTime.set(false);
            return;
        }
        long seconds = Math.max(0, Duration.between(itemStartedAt, clock.instant()).getSeconds());
        elapsedSeconds.set(seconds);
        overTime.set(seconds > item.get().item().timeBoxMinutes() * 60L);
    }

    /** "mm:ss / mm:00" for the time box display. */
    public String timeBoxText() {
        long s = elapsedSeconds.get();
        int box = item.get() == null ? 0 : item.get().item().timeBoxMinutes();
        return String.format("%d:%02d / %d:00", s / 60, s % 60, box);
    }

    private void updateSpread() {
        List<Integer> given = scores.stream().map(r -> r.scoreProperty().get()).filter(Objects::nonNull).toList();
        if (given.isEmpty()) {
            spread.set(i18n.get("meeting.safety.noScores"));
            return;
        }
        int min = given.stream().mapToInt(Integer::intValue).min().orElse(SafetyScore.MIN);
        int max = given.stream().mapToInt(Integer::intValue).max().orElse(SafetyScore.MAX);
        double mean = given.stream().mapToInt(Integer::intValue).average().orElse(0);
        spread.set(i18n.get("meeting.safety.spread", max - min, min, max, String.format(i18n.locale(), "%.1f", mean),
                given.size()));
    }

    // ---- plumbing ----------------------------------------------------------------------------------------

    private <T> void run(Callable<T> work, Consumer<T> after) {
        busy.set(true);
        message.set("");
        executor.submit(work, result -> {
            busy.set(false);
            after.accept(result);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        Failures.logIfUnexpected(LOG, "A meeting action failed", failure);
        if (failure instanceof ConflictException) {
            // Keep what the chair typed: reload only the conference, not the item's fields.
            message.set(i18n.get("meeting.conflict"));
            conflictPending = true;
            AgendaItemDetail d = item.get();
            if (d != null) {
                executor.submit(() -> conferences.openItem(d.item().id()), fresh -> {
                    item.set(fresh);
                    Map<Long, Integer> theirScores = new LinkedHashMap<>();
                    fresh.scores().forEach(sc -> theirScores.put(sc.partnerId(), sc.score()));
                    loadedAssessment = new AssessmentDraft(fresh.item().immediateDanger(), theirScores,
                            fresh.item().worries(), fresh.item().goingWell(), fresh.item().mustHappen(),
                            fresh.item().decisions());
                }, f -> { });
            }
            reloadAgenda();
            reloadMeasures();
        } else {
            message.set(FailureMessages.message(i18n, failure));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public boolean isClosed() {
        return detail.get() != null && detail.get().conference().isClosed();
    }

    public long conferenceId() {
        return conferenceId;
    }

    public ReadOnlyObjectProperty<ConferenceDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<AgendaEntry> agenda() {
        return agenda.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AgendaItemDetail> itemProperty() {
        return item.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<MeasureRow> carriedOver() {
        return carriedOver.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<MeasureRow> agreedHere() {
        return agreedHere.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<ScoreRow> scores() {
        return scores.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<Partner> partners() {
        return partners.getReadOnlyProperty();
    }

    public ObjectProperty<Boolean> immediateDangerProperty() {
        return immediateDanger;
    }

    public StringProperty worriesProperty() {
        return worries;
    }

    public StringProperty goingWellProperty() {
        return goingWell;
    }

    public StringProperty mustHappenProperty() {
        return mustHappen;
    }

    public StringProperty decisionsProperty() {
        return decisions;
    }

    public ObjectProperty<Partner> directorPartnerProperty() {
        return directorPartner;
    }

    public StringProperty directorNameProperty() {
        return directorName;
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ReadOnlyStringProperty spreadProperty() {
        return spread.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty elapsedSecondsProperty() {
        return elapsedSeconds.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overTimeProperty() {
        return overTime.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
