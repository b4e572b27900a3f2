package nl.casustafel.ui.minutes;

import java.util.List;
import java.util.Objects;
import nl.casustafel.domain.common.DomainException;

/**
 * The operating system's printing behind an interface: the application uses {@link AwtPdfPrinter}; UI tests use a
 * printer that records what it was given. Called off the FX thread. Job names never carry personal data.
 */
public interface PdfPrinter {

    /** One PDF to print, with the job name the print queue shows. */
    record Document(byte[] pdf, String jobName) {
        public Document {
            Objects.requireNonNull(pdf, "pdf");
            Objects.requireNonNull(jobName, "jobName");
        }
    }

    /**
     * Shows the print dialog once and, when the user confirms it, prints the documents in order with the printer
     * and settings chosen there.
     *
     * @return how many documents were printed: 0 when the dialog was cancelled
     * @throws PrintFailure when printing failed; it says how many documents were printed before
     */
    int print(List<Document> documents);

    /** Prints one document; true when it was printed, false when the dialog was cancelled. */
    default boolean print(byte[] pdf, String jobName) {
        return print(List.of(new Document(pdf, jobName))) == 1;
    }

    /** Printing failed (no printer, a printer error) after {@code printed} documents. */
    final class PrintFailure extends DomainException {
        private final int printed;

        public PrintFailure(String messageKey, int printed, Throwable cause) {
            super(messageKey, cause);
            this.printed = printed;
        }

        public int printed() {
            return printed;
        }
    }
}
