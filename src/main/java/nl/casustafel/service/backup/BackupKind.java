package nl.casustafel.service.backup;

/** Why a backup in the data directory's backups folder was made; each kind is rotated on its own (ADR 0013). */
public enum BackupKind {
    /** The first backup of a day (on exit, or when a command-line session closes). Keeps the last 7. */
    DAILY("daily", 7),
    /** Made when the window closes and today's daily backup exists already. Keeps the last 5. */
    EXIT("exit", 5),
    /** Asked for by an administrator ("back up now"). Keeps the last 10. */
    MANUAL("manual", 10);

    private final String code;
    private final int keep;

    BackupKind(String code, int keep) {
        this.code = code;
        this.keep = keep;
    }

    /** The word in the file name. */
    public String code() {
        return code;
    }

    /** How many backups of this kind rotation keeps. */
    public int keep() {
        return keep;
    }

    static BackupKind ofCode(String code) {
        for (BackupKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown backup kind");
    }
}
