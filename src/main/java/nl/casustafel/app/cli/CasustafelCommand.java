package nl.casustafel.app.cli;

/** Command line entry (being built). */
public final class CasustafelCommand {
    private CasustafelCommand() {
    }

    public static int run(String[] args) {
        return 0;
    }
}
