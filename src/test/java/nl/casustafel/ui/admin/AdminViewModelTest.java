package nl.casustafel.ui.admin;

import static nl.casustafel.ui.UiTestSupport.partner;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.domain.partner.PartnerDraft;
import nl.casustafel.ui.admin.PartnerEditorViewModel.Outcome;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.SynchronousUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdminViewModelTest {
    private final AppContext ctx = AppContext.inMemory("admin-" + java.util.UUID.randomUUID(),
            nl.casustafel.ui.UiTestSupport.CLOCK, nl.casustafel.domain.security.Role.ADMINISTRATOR);
    private final I18n dutch = new I18n(I18n.DUTCH);
    private final AdminViewModel vm = new AdminViewModel(ctx.partners(), new SynchronousUiExecutor(), dutch,
            Path.of("/data/casustafel"), Path.of("/data/casustafel/logs"), "1.2.3");

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void listsInactivePartnersToo() {
        Partner halt = partner(ctx, "Halt");
        ctx.partners().update(halt.id(), halt.version(), new PartnerDraft(halt.name(), halt.shortName(), false));

        vm.reload();

        assertThat(vm.partners()).extracting(Partner::shortName).contains("Halt", "VT");
        assertThat(vm.partners()).filteredOn(p -> p.shortName().equals("Halt")).singleElement()
                .extracting(Partner::active).isEqualTo(false);
    }

    @Test
    void addsAPartnerAndReportsIt() {
        vm.reload();
        int before = vm.partners().size();
        PartnerEditorViewModel editor = vm.editor(null);
        editor.nameProperty().set("Buurtteam Noord");
        editor.shortNameProperty().set("BT Noord");
        List<Outcome> outcomes = new ArrayList<>();

        editor.save(outcomes::add);
        vm.afterEdit(dutch.get("admin.partner.saved", "Buurtteam Noord"));

        assertThat(outcomes).containsExactly(Outcome.SAVED);
        assertThat(vm.partners()).hasSize(before + 1);
        assertThat(vm.partners()).extracting(Partner::shortName).contains("BT Noord");
        assertThat(vm.messageProperty().get()).isEqualTo("Buurtteam Noord is opgeslagen.");
    }

    @Test
    void anInvalidPartnerIsNotSavedAndTheMessagesBelongToTheirFields() {
        vm.reload();
        int before = vm.partners().size();
        PartnerEditorViewModel editor = vm.editor(null);
        editor.nameProperty().set("  ");
        editor.shortNameProperty().set("x".repeat(61));
        List<Outcome> outcomes = new ArrayList<>();

        editor.save(outcomes::add);

        assertThat(outcomes).containsExactly(Outcome.INVALID);
        assertThat(editor.errorsProperty().get())
                .containsEntry(PartnerDraft.NAME, "Verplicht veld.")
                .containsEntry(PartnerDraft.SHORT_NAME, "Te lang: maximaal 60 tekens.");
        assertThat(ctx.partners().list(true)).hasSize(before);
    }

    @Test
    void aConflictingEditIsReportedAndTheListShowsTheOtherChange() {
        vm.reload();
        Partner vt = partner(ctx, "VT");
        PartnerEditorViewModel editor = vm.editor(vt);
        // A colleague renames the partner while this editor is open.
        ctx.partners().update(vt.id(), vt.version(), new PartnerDraft("Veilig Thuis Regio Utrecht", "VT", true));
        editor.nameProperty().set("Veilig Thuis Midden");
        List<Outcome> outcomes = new ArrayList<>();

        editor.save(outcomes::add);
        vm.afterEdit(editor.formErrorProperty().get());

        assertThat(outcomes).containsExactly(Outcome.CONFLICT);
        assertThat(editor.formErrorProperty().get()).isEqualTo(dutch.get("error.conflict"));
        assertThat(vm.messageProperty().get()).isEqualTo(dutch.get("error.conflict"));
        assertThat(vm.partners()).extracting(Partner::name).contains("Veilig Thuis Regio Utrecht")
                .doesNotContain("Veilig Thuis Midden");
    }

    @Test
    void showsVersionDataFolderAndLogFolder() {
        assertThat(vm.version()).isEqualTo("1.2.3");
        assertThat(vm.dataDirectory()).isEqualTo(Path.of("/data/casustafel").toString());
        assertThat(vm.logDirectory()).isEqualTo(Path.of("/data/casustafel/logs").toString());
        AdminViewModel inMemory = new AdminViewModel(ctx.partners(), new SynchronousUiExecutor(), dutch, null, null,
                "dev");
        assertThat(inMemory.dataDirectory()).isEqualTo(dutch.get("admin.inMemory"));
    }
}
