package nl.casustafel.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import javafx.application.Application;
import nl.casustafel.app.cli.CasustafelCommand;

/**
 * Plain main (not a JavaFX Application, so the shaded jar starts on the class path): without a command it
 * opens the window, with a command it runs headless. No static logger here: the log directory must be
 * known before logging starts.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Path dataDirectory = DataDirectory.resolve(option(args, "--data-dir"));
        System.setProperty("casustafel.logDir", DataDirectory.logs(dataDirectory).toString());
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (opensWindow(args)) {
            String user = option(args, "--user");
            String password = System.getenv(CasustafelCommand.PASSWORD_VARIABLE);
            if (user != null && !user.isBlank() && password != null && !password.isEmpty()) {
                EarlyLogin.begin(dataDirectory, user, password.toCharArray(), Clock.systemUTC());
            }
            Application.launch(CasustafelApp.class, args);
        } else {
            System.exit(CasustafelCommand.run(args));
        }
    }

    /**
     * True when the arguments hold no command and no help or version request: only --data-dir, --lang and
     * --user (the window's login form then starts with that name; with CASUSTAFEL_PASSWORD set it logs in).
     */
    static boolean opensWindow(String[] args) {
        List<String> rest = Arrays.asList(args);
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (a.equals("--data-dir") || a.equals("--user")) {
                i++;
            } else if (!a.startsWith("--data-dir=") && !a.startsWith("--user=") && !a.startsWith("--lang")) {
                return false;
            }
        }
        return true;
    }

    /** The value of an option given as "--name value" or "--name=value", or null. */
    static String option(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        return null;
    }
}
