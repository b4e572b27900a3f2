package nl.casustafel.ui.admin;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.casustafel.domain.security.Account;
import nl.casustafel.domain.security.Role;
import nl.casustafel.ui.common.Dialogs;
import nl.casustafel.ui.common.FormDialog;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Icons;
import nl.casustafel.ui.common.TableRows;
import nl.casustafel.ui.security.PasswordDialogs;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Beheer, Accounts: the table of accounts and Nieuw account, Wijzigen, Wachtwoord opnieuw instellen. */
public final class AccountsView {
    private final AccountsViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(10);
    private final TableView<Account> table = new TableView<>();

    public AccountsView(AccountsViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        root.setId("accountsView");
        root.getStyleClass().add("card");
        Label title = new Label(i18n.get("account.list.title"));
        title.getStyleClass().add("section-title");
        Label explanation = new Label(i18n.get("account.list.text"));
        explanation.getStyleClass().add("text-muted");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        Button add = new Button(i18n.get("account.add"), Icons.of(Material2MZ.PERSON_ADD));
        add.setId("addAccount");
        add.setMnemonicParsing(true);
        add.setOnAction(e -> edit(null));
        Button edit = new Button(i18n.get("common.edit"), Icons.of(Material2AL.EDIT));
        edit.setId("editAccount");
        edit.setMnemonicParsing(true);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        Button reset = new Button(i18n.get("account.reset"), Icons.of(Material2MZ.VPN_KEY));
        reset.setId("resetPassword");
        reset.setMnemonicParsing(true);
        reset.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reset.setOnAction(e -> reset(table.getSelectionModel().getSelectedItem()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(8, title, spacer, add, edit, reset);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("accountsMessage");
        message.getStyleClass().add("notice");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        table.setId("accountTable");
        table.getStyleClass().addAll("dense", "striped");
        table.setItems(vm.accounts());
        table.setPlaceholder(new Label(i18n.get("common.loading")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column("account.column.userName", Account::userName, 160),
                column("account.column.displayName", Account::displayName, 240),
                column("account.column.role", a -> i18n.label(a.role()), 130),
                column("account.column.partner", a -> vm.partnerName(a.partnerCode()), 220),
                column("account.column.active", a -> i18n.get(a.active() ? "common.yes" : "common.no"), 80)));
        table.setRowFactory(TableRows.marking("inactive", a -> !a.active(), this::edit));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                edit(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(titleRow, explanation, message, table);
    }

    private TableColumn<Account, String> column(String key, java.util.function.Function<Account, String> value,
                                                double width) {
        TableColumn<Account, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    public Node root() {
        return root;
    }

    private Window window() {
        return Dialogs.windowOf(root);
    }

    private void edit(Account account) {
        AccountEditorViewModel editor = vm.editor(account);
        FormDialog dialog = new FormDialog(editor, i18n, window(), "accountDialog");
        TextField user = dialog.form().add(nl.casustafel.domain.security.AccountDraft.USER_NAME,
                i18n.get("account.field.userName"), dialog.text(editor.userNameProperty()));
        user.setId("accountUserName");
        user.setEditable(editor.isNew());
        if (!editor.isNew()) {
            user.getStyleClass().add("read-only");
        }
        dialog.form().add(nl.casustafel.domain.security.AccountDraft.DISPLAY_NAME,
                i18n.get("account.field.displayName"), dialog.text(editor.displayNameProperty()))
                .setId("accountDisplayName");
        ComboBox<Role> role = dialog.form().add(nl.casustafel.domain.security.AccountDraft.ROLE,
                i18n.get("account.field.role"), dialog.choice(Role.values(), editor.roleProperty()));
        role.setId("accountRole");
        var partner = dialog.form().add(nl.casustafel.domain.security.AccountDraft.PARTNER,
                i18n.get("account.field.partner"),
                dialog.choice(editor.partners(), editor.partnerProperty(), p -> p.name()));
        partner.setId("accountPartner");
        partner.disableProperty().bind(editor.roleProperty().isNotEqualTo(Role.PARTNER_READER));
        if (editor.isNew()) {
            PasswordDialogs.password(dialog, AccountEditorViewModel.PASSWORD, i18n.get("account.field.password"),
                    editor.passwordProperty()).setId("accountPassword");
            PasswordDialogs.password(dialog, AccountEditorViewModel.REPEAT, i18n.get("account.field.repeat"),
                    editor.repeatProperty()).setId("accountPasswordRepeat");
        } else {
            CheckBox active = new CheckBox(i18n.get("account.field.active"));
            active.setId("accountActive");
            active.selectedProperty().bindBidirectional(editor.activeProperty());
            dialog.form().addWide(active);
            dialog.setBeforeSave(() -> !editor.deactivates() || Dialogs.confirm(dialog.dialog().getDialogPane()
                    .getScene().getWindow(), i18n, i18n.get("account.deactivate.title"),
                    i18n.get("account.deactivate.text", account.displayName(), account.userName()),
                    i18n.get("account.deactivate.confirm")));
        }
        if (dialog.showAndWait()) {
            vm.afterEdit(i18n.get(editor.isNew() ? "account.created" : "account.saved", editor.draft().userName()));
        }
    }

    private void reset(Account account) {
        PasswordResetViewModel reset = vm.passwordReset(account);
        FormDialog dialog = new FormDialog(reset, i18n, window(), "resetPasswordDialog");
        dialog.addBelow(new Label(i18n.get("account.reset.text", account.displayName())));
        PasswordDialogs.password(dialog, PasswordResetViewModel.PASSWORD, i18n.get("account.field.password"),
                reset.passwordProperty()).setId("resetPasswordField");
        PasswordDialogs.password(dialog, PasswordResetViewModel.REPEAT, i18n.get("account.field.repeat"),
                reset.repeatProperty()).setId("resetPasswordRepeat");
        if (dialog.showAndWait()) {
            vm.afterEdit(i18n.get("account.reset.done", account.userName()));
        }
    }
}
