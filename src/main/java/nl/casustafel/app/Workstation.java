package nl.casustafel.app;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The workstation's name for the distribution log (and later the audit trail). */
final class Workstation {
    private Workstation() {
    }

    /** The name as the audit trail takes it: letters, digits, '.', '_' and '-', at most 100 characters. */
    static String name() {
        String cleaned = raw().replaceAll("[^\\p{L}\\p{N}._-]", "-");
        cleaned = cleaned.isEmpty() ? "onbekend" : cleaned;
        return cleaned.length() > 100 ? cleaned.substring(0, 100) : cleaned;
    }

    private static String raw() {
        String fromEnvironment = System.getenv("COMPUTERNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "onbekend";
        }
    }
}
