package nl.casustafel.ui.minutes;

import java.awt.HeadlessException;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.List;
import javax.print.PrintService;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints with the system print dialog ({@link PrinterJob}) and PDFBox's {@link PDFPageable}: the dialog is shown
 * for the first document; the others go to the printer and settings chosen there. Runs on a worker thread.
 */
public final class AwtPdfPrinter implements PdfPrinter {

    @Override
    public int print(List<Document> documents) {
        if (PrinterJob.lookupPrintServices().length == 0) {
            // Rather than AWT's own untranslated "No print service found" box.
            throw new PrintFailure("minutes.print.unavailable", 0, null);
        }
        int printed = 0;
        PrintRequestAttributeSet settings = new HashPrintRequestAttributeSet();
        PrintService service = null;
        try {
            for (Document d : documents) {
                try (PDDocument doc = Loader.loadPDF(d.pdf())) {
                    PrinterJob job = PrinterJob.getPrinterJob();
                    job.setJobName(d.jobName());
                    job.setPageable(new PDFPageable(doc));
                    if (service == null) {
                        if (!job.printDialog(settings)) {
                            return printed;
                        }
                        service = job.getPrintService();
                    } else {
                        job.setPrintService(service);
                    }
                    job.print(settings);
                    printed++;
                }
            }
            return printed;
        } catch (HeadlessException e) {
            throw new PrintFailure("minutes.print.unavailable", printed, e);
        } catch (PrinterException | IOException | RuntimeException e) {
            throw new PrintFailure("minutes.print.failed", printed, e);
        }
    }
}
