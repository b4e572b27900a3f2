package nl.casustafel.ui.conference;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import nl.casustafel.domain.conference.ConferenceStatus;
import nl.casustafel.service.conference.ConferenceQuery;
import nl.casustafel.service.conference.ConferenceService;
import nl.casustafel.service.conference.ConferenceSummary;
import nl.casustafel.ui.common.Failures;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The conference list: newest first, filtered by status; reloads when the filter changes. */
public final class ConferenceListViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ConferenceListViewModel.class);

    private final ConferenceService conferences;
    private final UiExecutor executor;
    private final I18n i18n;
    private final ReadOnlyListWrapper<ConferenceSummary> items =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ObjectProperty<ConferenceStatus> status = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loadedOnce = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int generation;

    public ConferenceListViewModel(ConferenceService conferences, UiExecutor executor, I18n i18n) {
        this.conferences = conferences;
        this.executor = executor;
        this.i18n = i18n;
        status.addListener((obs, was, now) -> load());
    }

    /** Loads the list; an answer to an older request is dropped. */
    public void load() {
        int mine = ++generation;
        loading.set(true);
        ConferenceQuery query = new ConferenceQuery(status.get(), null, null, ConferenceQuery.MAX_LIMIT);
        executor.submit(() -> conferences.list(query), list -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            loadedOnce.set(true);
            message.set("");
            items.setAll(list);
        }, failure -> {
            loading.set(false);
            Failures.logIfUnexpected(LOG, "Loading the conference list failed", failure);
            message.set(i18n.error(failure));
        });
    }

    public ReadOnlyListProperty<ConferenceSummary> items() {
        return items.getReadOnlyProperty();
    }

    /** Null for all statuses. */
    public ObjectProperty<ConferenceStatus> statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once a first answer came: before that, an empty list says nothing. */
    public ReadOnlyBooleanProperty loadedOnceProperty() {
        return loadedOnce.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
