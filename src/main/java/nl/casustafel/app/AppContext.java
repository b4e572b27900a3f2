package nl.casustafel.app;

import java.nio.file.Path;
import java.time.Clock;
import nl.casustafel.minutes.MinutesRenderer;
import nl.casustafel.service.conference.ConferenceService;
import nl.casustafel.service.conference.DefaultConferenceService;
import nl.casustafel.service.demo.DefaultDemoService;
import nl.casustafel.service.demo.DemoService;
import nl.casustafel.service.household.DefaultHouseholdService;
import nl.casustafel.service.household.HouseholdDerivedData;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.measure.DefaultMeasureService;
import nl.casustafel.service.measure.MeasureService;
import nl.casustafel.service.minutes.DefaultMinutesService;
import nl.casustafel.service.minutes.MinutesService;
import nl.casustafel.service.partner.DefaultPartnerService;
import nl.casustafel.service.partner.PartnerService;
import nl.casustafel.service.settings.DefaultSettingsService;
import nl.casustafel.service.settings.SettingsService;
import nl.casustafel.store.Database;
import nl.casustafel.store.conference.JooqAgendaStore;
import nl.casustafel.store.conference.JooqConferenceStore;
import nl.casustafel.store.household.JooqHouseholdStore;
import nl.casustafel.store.household.JooqIncidentStore;
import nl.casustafel.store.household.JooqPersonStore;
import nl.casustafel.store.measure.JooqMeasureStore;
import nl.casustafel.store.minutes.JooqMinutesStore;
import nl.casustafel.store.partner.JooqPartnerStore;
import nl.casustafel.store.settings.JooqSettingsStore;

/**
 * The composition root: builds the store and every service with constructor injection. Nothing else
 * creates services; there are no static singletons.
 */
public final class AppContext implements AutoCloseable {
    private final Database database;
    private final Path dataDirectory;
    private final Clock clock;
    private final HouseholdService households;
    private final PartnerService partners;
    private final DemoService demo;
    private final SettingsService settings;
    private final MeasureService measures;
    private final ConferenceService conferences;
    private final MinutesService minutes;

    private AppContext(Database database, Path dataDirectory, Clock clock) {
        this.database = database;
        this.dataDirectory = dataDirectory;
        this.clock = clock;
        var dsl = database.dsl();
        var householdStore = new JooqHouseholdStore(dsl);
        var personStore = new JooqPersonStore(dsl);
        var incidentStore = new JooqIncidentStore(dsl);
        var partnerStore = new JooqPartnerStore(dsl);
        var measureStore = new JooqMeasureStore(dsl);
        var derived = new HouseholdDerivedData(householdStore, personStore, incidentStore, measureStore, clock);
        this.households = new DefaultHouseholdService(database, householdStore, personStore, incidentStore,
                partnerStore, derived, clock);
        this.partners = new DefaultPartnerService(database, partnerStore, clock);
        this.settings = new DefaultSettingsService(database, new JooqSettingsStore(dsl), clock);
        this.measures = new DefaultMeasureService(database, measureStore, householdStore, personStore, partnerStore,
                derived, clock);
        this.conferences = new DefaultConferenceService(database, new JooqConferenceStore(dsl),
                new JooqAgendaStore(dsl), householdStore, personStore, incidentStore, partnerStore, derived, clock);
        this.minutes = new DefaultMinutesService(database, new JooqMinutesStore(dsl), conferences, measures,
                households, partners, (content, locale) -> new MinutesRenderer(locale).render(content), clock,
                System.getProperty("user.name"), Workstation.name());
        this.demo = new DefaultDemoService(database, householdStore, personStore, incidentStore, partnerStore,
                derived, clock, conferences, measures);
    }

    /** Opens (creating on first start) the store in the data directory. */
    public static AppContext open(Path dataDirectory, Clock clock) {
        return new AppContext(Database.openFile(dataDirectory), dataDirectory, clock);
    }

    /**
     * A context on a store opened elsewhere, for example an encrypted one ({@link Database#openEncrypted}) until
     * the login opens it here; the context closes it.
     */
    public static AppContext of(Database database, Path dataDirectory, Clock clock) {
        return new AppContext(database, dataDirectory, clock);
    }

    /** A context on a private in-memory store: tests and benchmarks. */
    public static AppContext inMemory(String name, Clock clock) {
        return new AppContext(Database.inMemory(name), null, clock);
    }

    public HouseholdService households() {
        return households;
    }

    public PartnerService partners() {
        return partners;
    }

    public DemoService demo() {
        return demo;
    }

    public SettingsService settings() {
        return settings;
    }

    public MeasureService measures() {
        return measures;
    }

    public MinutesService minutes() {
        return minutes;
    }

    public ConferenceService conferences() {
        return conferences;
    }

    public Clock clock() {
        return clock;
    }

    /** The data directory, or null for an in-memory store. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The services and installation facts the main window needs. */
    public nl.casustafel.ui.shell.ShellServices shellServices() {
        return new nl.casustafel.ui.shell.ShellServices(households, partners, demo, settings, clock, dataDirectory,
                dataDirectory == null ? null : DataDirectory.logs(dataDirectory), AppVersion.get());
    }

    @Override
    public void close() {
        database.close();
    }
}
