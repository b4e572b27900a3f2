package nl.casustafel.service.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.security.BackupFormat;

/**
 * Names of the backups in the backups folder: {@code casustafel-20261124-131500-daily.ccb} (local time of the
 * moment, a sequence number only when two fall in one second, the kind). Nothing personal is ever in a name.
 */
final class BackupNames {
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile(
            "casustafel-(\\d{8}-\\d{6})(?:-(\\d{1,4}))?-(daily|exit|manual)" + Pattern.quote(BackupFormat.EXTENSION));

    /** Sorts newest first. */
    static final Comparator<Parsed> NEWEST_FIRST = Comparator.comparing(Parsed::createdAt)
            .thenComparingInt(Parsed::sequence).reversed();

    private BackupNames() {
    }

    record Parsed(Path file, LocalDateTime createdAt, int sequence, BackupKind kind) {
    }

    /** The moment as the id the audit trail records ("20261124-131500", local time). */
    static String id(Instant instant) {
        return STAMP.format(instant.atZone(DomainTime.ZONE));
    }

    /** A name in {@code directory} that is not taken yet. */
    static Path free(Path directory, Instant instant, BackupKind kind) {
        String stamp = id(instant);
        for (int sequence = 0; sequence < 10_000; sequence++) {
            String name = "casustafel-" + stamp + (sequence == 0 ? "" : "-" + sequence) + "-" + kind.code()
                    + BackupFormat.EXTENSION;
            Path candidate = directory.resolve(name);
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free backup name");
    }

    static Optional<Parsed> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(file, LocalDateTime.parse(m.group(1), STAMP),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), BackupKind.ofCode(m.group(3))));
    }
}
