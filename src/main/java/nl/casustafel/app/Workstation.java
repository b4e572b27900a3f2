package nl.casustafel.app;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The workstation's name for the distribution log (and later the audit trail). */
final class Workstation {
    private Workstation() {
    }

    static String name() {
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
