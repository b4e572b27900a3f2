package nl.casustafel.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.casustafel.domain.minutes.MinutesStatus;
import nl.casustafel.minutes.MinutesContent.HouseholdSection;
import nl.casustafel.minutes.MinutesContent.Identity;
import nl.casustafel.minutes.MinutesContent.Signing;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** What the minutes say: facts, notices only when they apply, labels in the chosen language, clean metadata. */
class MinutesRendererTest {
    private static final String CONCEPT_BAND = "CONCEPT – niet vastgesteld";
    private static final String TEST_CERTIFICATE =
            "Proefcertificaat: niet uitgegeven door de organisatie – alleen om te proberen";

    private static String text(MinutesContent content) throws Exception {
        return PdfGlyphs.read(new MinutesRenderer().render(content)).streamText();
    }

    private static MinutesContent small(Identity identity) {
        return MinutesSamples.withIdentity(MinutesSamples.small(), identity);
    }

    @Test
    void theFirstPageShowsTheConferenceFacts() throws Exception {
        PdfGlyphs pdf = PdfGlyphs.read(new MinutesRenderer().render(MinutesSamples.small()));
        String first = pdf.pageText(1);

        assertThat(first).contains("Verslag Regulier casusoverleg", "dinsdag 24-11-2026", "10:00–11:30",
                "Zorg- en Veiligheidshuis Utrecht, zaal Vredenburg", "Voorzitter Jan van den Berg",
                "Notulist Pieter de Vries", "Status Vastgesteld", "Versie 2");
    }

    @Test
    void attendanceIsGroupedPerPartnerWithTheConfidentialityStatementOfIncidentalParticipants() throws Exception {
        String text = text(MinutesSamples.small());

        assertThat(text).contains("Veilig Thuis Zoë Çelik Deelnemer Aanwezig Ja")
                .contains("Renée Jansen-Dekker Deelnemer Afgemeld Ja")
                .contains("Sjoerd ter Horst Deelnemer Afwezig Nee")
                .contains("Zonder organisatie")
                .contains("Getekend op 03-11-2026")
                .contains("Daan Visser Incidentele deelnemer Niet vastgelegd Nee Niet vastgelegd");
    }

    @Test
    void aHouseholdShowsItsAssessmentMeasuresAndCarriedOverMeasures() throws Exception {
        String text = text(MinutesSamples.small());

        assertThat(text).contains("1. Gezin De Jong", "Reden agendering Vervolg", "Direct gevaar Nee",
                "Spreiding (laagste–hoogste): 4–6", "Zorgen Wat gaat goed Wat moet er gebeuren",
                "van € 1.250 opstarten.", "Besluiten", "Regievoerder Zoë Çelik (Veilig Thuis)",
                "Fase Stabiele veiligheid", "Afgesproken maatregelen", "Heel huishouden",
                "Wettelijk einde", "Openstaande maatregelen uit eerder overleg", "Reclasseringstoezicht",
                "2. Gezin Yılmaz", "Reden agendering Acuut", "Direct gevaar Ja", "Regievoerder Niet vastgelegd",
                "Geen openstaande maatregelen uit eerder overleg.");
        assertThat(text).contains("Veiligheidsplan met veiligheidsvoorwaarden Veiligheid Heel huishouden Veilig Thuis "
                + "Zoë Çelik 24-02-2027 Wettelijk einde In uitvoering");
    }

    @Test
    void emptyListsGetAShortLine() throws Exception {
        HouseholdSection empty = MinutesSamples.texts("Gezin Leeg", null, " ", null, null);
        String text = text(MinutesSamples.withHouseholds(MinutesSamples.small(), List.of(empty)));

        assertThat(text).contains("Geen nieuwe maatregelen.", "Geen openstaande maatregelen uit eerder overleg.",
                "Er zijn geen scores gegeven.", "Direct gevaar Niet beoordeeld");
        String none = text(MinutesSamples.withHouseholds(MinutesSamples.small(), List.of()));
        assertThat(none).contains("In deze versie van het verslag staan geen huishoudens.");
    }

    @Test
    void aConceptIsMarkedOnTheFirstPageAndInEveryPageHeader() throws Exception {
        PdfGlyphs concept = PdfGlyphs.read(new MinutesRenderer().render(small(MinutesSamples.identity(
                MinutesStatus.CONCEPT))));

        assertThat(concept.pageText(1)).contains(CONCEPT_BAND).contains("Status Concept – niet vastgesteld");
        for (int page = 1; page <= concept.pages(); page++) {
            assertThat(concept.pageText(page)).containsPattern("verspreiden\\s+CONCEPT");
        }
        for (MinutesStatus status : List.of(MinutesStatus.APPROVED, MinutesStatus.SIGNED)) {
            String text = text(small(MinutesSamples.identity(status)));
            assertThat(text).doesNotContain("CONCEPT").doesNotContain("Concept")
                    .contains(status == MinutesStatus.APPROVED ? "Status Vastgesteld" : "Status Ondertekend");
        }
    }

    @Test
    void aNeedToKnowVersionSaysForWhomAndHowManyHouseholdsWereLeftOut() throws Exception {
        PdfGlyphs pdf = PdfGlyphs.read(new MinutesRenderer().render(small(MinutesSamples.needToKnow(
                "Veilig Thuis", 3))));

        assertThat(pdf.streamText()).contains("Versie voor Veilig Thuis: bevat alleen de "
                + "huishoudens waarbij Veilig Thuis betrokken is (3 weggelaten).");
        for (int page = 1; page <= pdf.pages(); page++) {
            assertThat(pdf.pageText(page)).contains("Versie voor Veilig Thuis");
        }
        assertThat(text(MinutesSamples.small())).doesNotContain("Versie voor").doesNotContain("weggelaten");
    }

    @Test
    void aCorrectionNamesTheVersionItReplacesWithTheStartOfItsHashAndTheReason() throws Exception {
        String text = text(small(MinutesSamples.correction(1, "Verkeerde score overgenomen.")));

        assertThat(text).contains("Vervangt versie 1 (SHA-256 0123456789abcdef…): Verkeerde score overgenomen.");
        assertThat(text).doesNotContain(MinutesSamples.PREVIOUS_SHA);
        assertThat(text(MinutesSamples.small())).doesNotContain("Vervangt versie");
    }

    @Test
    void signingBlockAuditHeadAndTestCertificateNoticeEndTheLastPage() throws Exception {
        PdfGlyphs pdf = PdfGlyphs.read(new MinutesRenderer().render(MinutesSamples.withSigning(
                MinutesSamples.small(), new Signing(MinutesSamples.CHAIR, true))));
        String last = pdf.pageText(pdf.pages());

        assertThat(last).contains("Digitaal ondertekend door Jan van den Berg", TEST_CERTIFICATE,
                "Kop van het auditspoor: " + MinutesSamples.AUDIT_HEAD);

        String real = text(MinutesSamples.withSigning(MinutesSamples.small(), new Signing("Zoë Çelik", false)));
        assertThat(real).contains("Digitaal ondertekend door Zoë Çelik").doesNotContain("Proefcertificaat");

        String unsigned = text(MinutesSamples.small());
        assertThat(unsigned).doesNotContain("Digitaal ondertekend").doesNotContain("Proefcertificaat")
                .contains("Kop van het auditspoor: " + MinutesSamples.AUDIT_HEAD);
        Identity noAudit = new Identity(MinutesSamples.DOCUMENT_ID, 1, MinutesStatus.APPROVED, null, 0, null, null,
                null, MinutesSamples.GENERATED_AT, null);
        assertThat(text(small(noAudit))).doesNotContain("auditspoor");
    }

    @Test
    void englishMinutesHaveEnglishLabels() throws Exception {
        PdfGlyphs pdf = PdfGlyphs.read(new MinutesRenderer(MinutesRenderer.ENGLISH).render(MinutesSamples.withSigning(
                small(MinutesSamples.identity(MinutesStatus.CONCEPT)), new Signing(MinutesSamples.CHAIR, true))));
        String text = pdf.streamText();

        assertThat(text).contains("CONFIDENTIAL – only for participants in the case conference",
                "Minutes: Regular case conference", "Tuesday 24-11-2026", "DRAFT – not approved", "Attendance",
                "Immediate danger", "Agreed measures", "Open measures from earlier conferences", "Whole household",
                "Worries What is going well What must happen", "Digitally signed by Jan van den Berg",
                "Test certificate", "Page 1 of " + pdf.pages(), "Follow-up", "Probation supervision");
        assertThat(text).doesNotContain("Pagina").doesNotContain("VERTROUWELIJK").doesNotContain("Aanwezigheid")
                .doesNotContain("Afgesproken").doesNotContain("Proefcertificaat");
    }

    @Test
    void metadataCarriesTypeAndDateButNoPersonalData() throws Exception {
        Map<Locale, String> titles = Map.of(
                MinutesRenderer.DUTCH, "Verslag Regulier casusoverleg 24-11-2026",
                MinutesRenderer.ENGLISH, "Minutes Regular case conference 24-11-2026");
        for (var expected : titles.entrySet()) {
            byte[] bytes = new MinutesRenderer(expected.getKey()).render(MinutesSamples.withIdentity(
                    MinutesSamples.large(), MinutesSamples.needToKnow("Veilig Thuis", 2)));
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                var info = doc.getDocumentInformation();
                assertThat(info.getTitle()).isEqualTo(expected.getValue());
                assertThat(info.getAuthor()).isNull();
                assertThat(info.getSubject()).isNull();
                assertThat(info.getKeywords()).isNull();
                ByteArrayOutputStream xmp = new ByteArrayOutputStream();
                doc.getDocumentCatalog().getMetadata().exportXMPMetadata().transferTo(xmp);
                String metadata = xmp.toString(StandardCharsets.UTF_8);
                assertThat(metadata).contains(expected.getValue());
                for (String personal : List.of("Jong", "Yılmaz", "Berg", "Çelik", "Veilig Thuis")) {
                    assertThat(info.getTitle()).doesNotContain(personal);
                    assertThat(metadata).doesNotContain(personal);
                }
            }
        }
    }

    @Test
    void theTwoLanguagesSetTheirOwnDocumentLanguage() throws Exception {
        try (PDDocument nl = Loader.loadPDF(new MinutesRenderer().render(MinutesSamples.small()));
             PDDocument en = Loader.loadPDF(new MinutesRenderer(MinutesRenderer.ENGLISH).render(
                     MinutesSamples.small()))) {
            assertThat(nl.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            assertThat(en.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void anUnsupportedLanguageGivesDutchMinutesMarkedAsDutch() throws Exception {
        byte[] bytes = new MinutesRenderer(Locale.GERMANY).render(MinutesSamples.small());
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
        }
        assertThat(PdfGlyphs.read(bytes).streamText()).contains("Pagina 1 van", "dinsdag 24-11-2026")
                .doesNotContain("Dienstag");
        try (PDDocument doc = Loader.loadPDF(new MinutesRenderer(Locale.ENGLISH).render(
                MinutesSamples.small()))) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void writingToAStreamGivesTheSameDocumentAsTheBytes() throws Exception {
        MinutesRenderer renderer = new MinutesRenderer();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(MinutesSamples.small(), out);

        assertThat(PdfGlyphs.read(out.toByteArray()).allText())
                .isEqualTo(PdfGlyphs.read(renderer.render(MinutesSamples.small())).allText());
    }
}
