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
import nl.casustafel.domain.security.AccountDraft;
import nl.casustafel.domain.security.AuditEvent;
import nl.casustafel.domain.security.Role;
import nl.casustafel.security.Argon2Params;
import nl.casustafel.security.KeySlots;
import nl.casustafel.security.LoginThrottle;
import nl.casustafel.security.StoreKey;
import nl.casustafel.service.security.Access;
import nl.casustafel.service.security.DefaultSecurityService;
import nl.casustafel.service.security.LoginGate;
import nl.casustafel.service.security.Passwords;
import nl.casustafel.service.security.SecurityService;
import nl.casustafel.service.security.Session;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.ValidationException;
import nl.casustafel.store.security.JooqAccountStore;
import nl.casustafel.store.security.JooqAuditStore;
import java.util.List;
import java.util.Optional;
import nl.casustafel.service.backup.BackupKind;
import nl.casustafel.service.backup.BackupRestore;
import nl.casustafel.service.backup.BackupService;
import nl.casustafel.service.backup.DefaultBackupService;
import nl.casustafel.service.retention.DefaultRetentionService;
import nl.casustafel.service.retention.RetentionService;
import nl.casustafel.store.retention.JooqRetentionStore;
import nl.casustafel.service.security.UseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: opens the store for a user and builds every service with constructor injection. Nothing
 * else creates services; there are no static singletons.
 * <p>
 * A store on disk is encrypted and opens only through a login ({@link #initialise}, {@link #login}): the
 * password opens the user's key slot, the slot gives the store key, the key opens the store (ADR 0009, 0012).
 * Stores without key slots (in memory, or a {@link Database} opened elsewhere: tests and benchmarks) start with
 * nobody logged in and take a {@link #signInTrusted trusted sign-in}; every use case is still checked and
 * audited.
 */
public final class AppContext implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
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
    private final Access access;
    private final DefaultSecurityService security;
    private final JooqAccountStore accountStore;
    private final KeySlots keySlots;
    private final StoreKey storeKey;
    private final BackupService backups;
    private final RetentionService retention;

    private AppContext(Database database, Path dataDirectory, Clock clock, KeySlots keySlots, StoreKey storeKey,
                       LoginThrottle throttle) {
        this.database = database;
        this.dataDirectory = dataDirectory;
        this.clock = clock;
        this.keySlots = keySlots;
        this.storeKey = storeKey;
        var dsl = database.dsl();
        var auditStore = new JooqAuditStore(dsl, database, clock);
        this.accountStore = new JooqAccountStore(dsl);
        var householdStore = new JooqHouseholdStore(dsl);
        var personStore = new JooqPersonStore(dsl);
        var incidentStore = new JooqIncidentStore(dsl);
        var partnerStore = new JooqPartnerStore(dsl);
        var measureStore = new JooqMeasureStore(dsl);
        var derived = new HouseholdDerivedData(householdStore, personStore, incidentStore, measureStore, clock);
        this.access = new Access(database, auditStore,
                (household, partner) -> householdStore.involves(household, partner,
                        nl.casustafel.domain.common.DomainTime.today(clock)), Workstation.name());
        this.security = new DefaultSecurityService(access, database, accountStore, auditStore, partnerStore,
                keySlots, storeKey, throttle == null ? new LoginThrottle(clock) : throttle, clock);
        this.households = new DefaultHouseholdService(access, database, householdStore, personStore, incidentStore,
                partnerStore, derived, clock);
        this.partners = new DefaultPartnerService(access, database, partnerStore, clock);
        this.settings = new DefaultSettingsService(access, database, new JooqSettingsStore(dsl), clock);
        this.measures = new DefaultMeasureService(access, database, measureStore, householdStore, personStore, partnerStore,
                derived, clock);
        this.conferences = new DefaultConferenceService(access, database, new JooqConferenceStore(dsl),
                new JooqAgendaStore(dsl), householdStore, personStore, incidentStore, partnerStore, derived, clock);
        this.minutes = new DefaultMinutesService(access, database, new JooqMinutesStore(dsl), conferences, measures,
                households, partners, (content, locale) -> new MinutesRenderer(locale).render(content), clock,
                () -> auditStore.head().hash());
        this.demo = new DefaultDemoService(access, database, householdStore, personStore, incidentStore, partnerStore,
                derived, clock, conferences, measures);
        this.backups = new DefaultBackupService(access, database, dataDirectory, keySlots, storeKey, clock);
        this.retention = new DefaultRetentionService(access, new JooqRetentionStore(dsl), clock);
    }

    /** True when the data directory holds a store (so the first start is over). */
    public static boolean isInitialised(Path dataDirectory) {
        return KeySlots.in(dataDirectory).exists() || Database.exists(dataDirectory);
    }

    /**
     * The first start: creates the encrypted store, its key slots and the administrator account, and logs the
     * administrator in. {@code kdf} is the Argon2id cost of every key slot (calibrated on this machine).
     */
    public static AppContext initialise(Path dataDirectory, Clock clock, AccountDraft administrator,
                                        char[] password, Argon2Params kdf) {
        if (administrator.role() != Role.ADMINISTRATOR) {
            throw new IllegalArgumentException("the first account is an administrator");
        }
        ValidationException.throwIfAny(administrator.validate());
        Passwords.requireAcceptable(password);
        if (isInitialised(dataDirectory)) {
            throw new DomainException("error.init.exists");
        }
        KeySlots slots = KeySlots.in(dataDirectory);
        StoreKey key = slots.create(nl.casustafel.domain.security.UserNames.normalise(administrator.userName()),
                password, kdf);
        Database database = null;
        try {
            database = Database.openEncrypted(dataDirectory, key);
            var accounts = new JooqAccountStore(database.dsl());
            database.run(() -> accounts.insert(administrator, clock.instant()));
            AppContext context = new AppContext(database, dataDirectory, clock, slots, key, null);
            context.security.start(administrator.userName(), List.of());
            return context;
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            key.destroy();
            // No half store: without its administrator the directory would count as initialised.
            try {
                java.nio.file.Files.deleteIfExists(slots.file());
                java.nio.file.Files.deleteIfExists(dataDirectory.resolve(Database.FILE_NAME + ".mv.db"));
            } catch (java.io.IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Converts an unencrypted store (made before encryption) into an encrypted one with key slots and its first
     * administrator, and logs the administrator in. The plain file is kept aside until the conversion succeeded
     * and put back when it fails; then it is deleted (ADR 0012).
     */
    public static AppContext encrypt(Path dataDirectory, Clock clock, AccountDraft administrator, char[] password,
                                     Argon2Params kdf) {
        if (administrator.role() != Role.ADMINISTRATOR) {
            throw new IllegalArgumentException("the first account is an administrator");
        }
        ValidationException.throwIfAny(administrator.validate());
        Passwords.requireAcceptable(password);
        KeySlots slots = KeySlots.in(dataDirectory);
        if (slots.exists() || !Database.exists(dataDirectory) || Database.isEncrypted(dataDirectory)) {
            throw new DomainException("error.encrypt.notPlain");
        }
        Path file = dataDirectory.resolve(Database.FILE_NAME + ".mv.db");
        Path aside = dataDirectory.resolve(Database.FILE_NAME + ".mv.db.plain");
        try {
            java.nio.file.Files.copy(file, aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new DomainException("error.encrypt.copy");
        }
        StoreKey key = slots.create(nl.casustafel.domain.security.UserNames.normalise(administrator.userName()),
                password, kdf);
        Database database = null;
        try {
            Database.encryptPlain(dataDirectory, key);
            database = Database.openEncrypted(dataDirectory, key);
            var accounts = new JooqAccountStore(database.dsl());
            Database opened = database;
            database.run(() -> accounts.insert(administrator, clock.instant()));
            AppContext context = new AppContext(opened, dataDirectory, clock, slots, key, null);
            context.security.start(administrator.userName(), List.of());
            java.nio.file.Files.deleteIfExists(aside);
            return context;
        } catch (RuntimeException | java.io.IOException e) {
            if (database != null) {
                database.close(); // before the plain file goes back under it
            }
            key.destroy();
            try {
                java.nio.file.Files.move(aside, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                java.nio.file.Files.deleteIfExists(slots.file());
            } catch (java.io.IOException restore) {
                e.addSuppressed(restore);
            }
            throw e instanceof RuntimeException r ? r : new DomainException("error.encrypt.copy");
        }
    }

    /**
     * Logs in: the password opens the user's key slot (with the login slowdown of {@code gate}), the key opens
     * the encrypted store, the account must be active. Failed logins kept by the gate are audited now.
     *
     * @throws nl.casustafel.security.WrongPasswordException wrong name or password ({@code error.login.failed})
     */
    public static AppContext login(Path dataDirectory, Clock clock, String userName, char[] password,
                                   LoginGate gate) {
        KeySlots slots = KeySlots.in(dataDirectory);
        if (!slots.exists()) {
            throw new DomainException(Database.exists(dataDirectory) ? "error.login.plainStore" : "error.login.noStore");
        }
        StoreKey key = gate.unlock(slots, userName, password);
        Database database = null;
        AppContext context = null;
        try {
            database = Database.openEncrypted(dataDirectory, key);
            context = new AppContext(database, dataDirectory, clock, slots, key, gate.throttle());
            context.security.start(userName, gate.drain(context.access.workstation()));
            gate.clear(); // only now: the failures are in the audit trail
            return context;
        } catch (RuntimeException e) {
            if (context != null) {
                context.close();
            } else {
                if (database != null) {
                    database.close();
                }
                key.destroy();
            }
            throw e;
        }
    }

    /**
     * Restores a backup into a new data directory and logs in there (ADR 0013): the backup's key slots and the
     * password give the store key, every segment is verified, the store file is unpacked and checked, and only an
     * active administrator of the backup's moment may restore. The restore is audited (BACKUP_RESTORE) in the
     * restored store. A target that holds a store is refused; a failure leaves no store behind.
     *
     * @throws nl.casustafel.security.WrongPasswordException wrong name or password ({@code error.login.failed})
     */
    public static AppContext restore(Path backup, Path newDataDirectory, Clock clock, String userName,
                                     char[] password, LoginGate gate) {
        BackupRestore.Restored restored = BackupRestore.restore(backup, newDataDirectory, userName, password, gate);
        StoreKey key = restored.key();
        Database database = null;
        AppContext context = null;
        try {
            database = Database.openEncrypted(newDataDirectory, key);
            context = new AppContext(database, newDataDirectory, clock, KeySlots.in(newDataDirectory), key,
                    gate.throttle());
            context.security.start(userName, gate.drain(context.access.workstation()));
            gate.clear();
            context.access.run(UseCase.BACKUP_RESTORE, restored.backupId(), () -> { });
            return context;
        } catch (RuntimeException e) {
            if (context != null) {
                context.close();
            } else {
                if (database != null) {
                    database.close();
                }
                key.destroy();
            }
            throw e;
        }
    }

    /**
     * A context on a store opened elsewhere, without key slots (benchmarks: an encrypted store opened with a
     * known key); the context closes it. Nobody is logged in: see {@link #signInTrusted}.
     */
    public static AppContext of(Database database, Path dataDirectory, Clock clock) {
        return new AppContext(database, dataDirectory, clock, null, null, null);
    }

    /**
     * The demo generator without its conferences (the households part only): the benchmark stores, whose
     * size would make replaying meetings through the use cases take minutes (ADR 0011).
     */
    public DemoService demoHouseholdsOnly() {
        var dsl = database.dsl();
        var householdStore = new JooqHouseholdStore(dsl);
        var personStore = new JooqPersonStore(dsl);
        var incidentStore = new JooqIncidentStore(dsl);
        return new DefaultDemoService(access, database, householdStore, personStore, incidentStore,
                new JooqPartnerStore(dsl), new HouseholdDerivedData(householdStore, personStore, incidentStore,
                new JooqMeasureStore(dsl), clock), clock);
    }

    /** A context on a private in-memory store: tests and benchmarks. Nobody is logged in. */
    public static AppContext inMemory(String name, Clock clock) {
        return new AppContext(Database.inMemory(name), null, clock, null, null, null);
    }

    /** An in-memory store with a trusted sign-in in the given role: tests. */
    public static AppContext inMemory(String name, Clock clock, Role role) {
        AppContext context = inMemory(name, clock);
        context.signInTrusted(role);
        return context;
    }

    /**
     * For a store without key slots only (in memory, tests, benchmarks): signs in as the account
     * {@code <role>-test} (created when missing) without a password, so that tests run every use case through
     * the same checks and audit as a real session. Refused for a store that has key slots.
     */
    public Session signInTrusted(Role role) {
        if (keySlots != null) {
            throw new IllegalStateException("a store with key slots needs a password");
        }
        String userName = role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-test";
        database.run(() -> {
            if (!accountStore.userNameExists(userName)) {
                String partner = role == Role.PARTNER_READER ? firstPartnerCode() : null;
                accountStore.insert(new AccountDraft(userName, "Test " + role.name().toLowerCase(java.util.Locale.ROOT),
                        role, partner, true), clock.instant());
            }
        });
        return security.start(userName, List.of());
    }

    /** Signs in as a partner-lezer of the given partner (store without key slots only): tests. */
    public Session signInTrustedAsPartner(String partnerCode) {
        if (keySlots != null) {
            throw new IllegalStateException("a store with key slots needs a password");
        }
        String userName = "partner-" + partnerCode.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        database.run(() -> {
            if (!accountStore.userNameExists(userName)) {
                accountStore.insert(new AccountDraft(userName, "Test " + partnerCode, Role.PARTNER_READER,
                        partnerCode, true), clock.instant());
            }
        });
        return security.start(userName, List.of());
    }

    private String firstPartnerCode() {
        return new nl.casustafel.store.partner.JooqPartnerStore(database.dsl()).list(false).get(0).code();
    }

    public SecurityService security() {
        return security;
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

    public BackupService backups() {
        return backups;
    }

    public RetentionService retention() {
        return retention;
    }

    /**
     * The backup when the window closes (called by the window's exit hook, before {@link #close()}): the daily
     * backup when today has none yet, else an on-exit backup. Only for an encrypted store on disk with someone
     * logged in; a failure is logged (without personal data) and never stops the exit.
     */
    public Optional<Path> backupOnExit() {
        return backupQuietly(true);
    }

    /** The daily backup when today has none yet; otherwise nothing. Called by {@link #close()}. */
    private Optional<Path> backupQuietly(boolean onExit) {
        if (keySlots == null || storeKey == null || dataDirectory == null || security.session().isEmpty()) {
            return Optional.empty();
        }
        try {
            if (backups.dailyDue()) {
                return Optional.of(backups.backupNow(BackupKind.DAILY));
            }
            return onExit ? Optional.of(backups.backupNow(BackupKind.EXIT)) : Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("Backup on close failed ({})", e instanceof DomainException d ? d.messageKey()
                    : e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The data directory, or null for an in-memory store. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The services and installation facts the main window needs. */
    public nl.casustafel.ui.shell.ShellServices shellServices() {
        return new nl.casustafel.ui.shell.ShellServices(households, partners, demo, settings, security, clock, dataDirectory,
                dataDirectory == null ? null : DataDirectory.logs(dataDirectory), AppVersion.get());
    }

    @Override
    public void close() {
        try {
            // Command-line runs and any other close make the daily backup only (ADR 0013).
            backupQuietly(false);
            if (access.current().isPresent()) {
                security.signOut();
            }
        } finally {
            database.close();
            if (storeKey != null) {
                storeKey.destroy();
            }
        }
    }
}
