package io.sightline.ui.sources;

import io.sightline.source.jmx.Credentials;
import io.sightline.source.jmx.TargetSpec;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.util.Optional;

/**
 * Adds or edits a remote target: name, address (host:port or service:jmx: URL), user and password, TLS and a
 * truststore. The password is handed to the session only; the saved target never holds it.
 */
final class TargetDialog extends Dialog<TargetDialog.Result> {
    /** What the user entered: the spec to save and the secrets for this session. */
    record Result(TargetSpec spec, Credentials credentials) {
    }

    private final TextField name = new TextField();
    private final TextField address = new TextField();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final CheckBox tls = new CheckBox("TLS");
    private final TextField truststore = new TextField();
    private final PasswordField truststorePassword = new PasswordField();
    private final Label error = new Label();

    TargetDialog(TargetSpec existing) {
        setTitle(existing == null ? "Add JMX target" : "Edit " + existing.name());
        address.setPromptText("host:port or service:jmx:rmi:///jndi/rmi://host:port/jmxrmi");
        name.setPromptText("optional; defaults to the address");
        user.setPromptText("only for password-protected targets");
        password.setPromptText("kept in memory for this session, never saved");
        truststore.setPromptText("truststore file (.p12/.jks), optional");
        if (existing != null) {
            name.setText(existing.name());
            address.setText(existing.address());
            user.setText(existing.user() == null ? "" : existing.user());
            tls.setSelected(existing.tls());
            truststore.setText(existing.truststore() == null ? "" : existing.truststore());
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Address"), address);
        grid.addRow(1, new Label("Name"), name);
        grid.addRow(2, new Label("User"), user);
        grid.addRow(3, new Label("Password"), password);
        grid.addRow(4, new Label(""), tls);
        grid.addRow(5, new Label("Truststore"), truststore);
        grid.addRow(6, new Label("Truststore password"), truststorePassword);
        grid.add(error, 0, 7, 2, 1);
        address.setPrefColumnCount(34);
        getDialogPane().setContent(grid);
        ButtonType save = new ButtonType("Save and connect", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        getDialogPane().lookupButton(save).disableProperty().bind(address.textProperty().isEmpty());
        setResultConverter(b -> b == save ? result().orElse(null) : null);
    }

    private Optional<Result> result() {
        String a = address.getText().trim();
        TargetSpec spec = new TargetSpec(name.getText(), a, user.getText(), tls.isSelected() || !truststore.getText().isBlank(),
                truststore.getText());
        char[] pw = password.getText().isEmpty() ? null : password.getText().toCharArray();
        char[] tpw = truststorePassword.getText().isEmpty() ? null : truststorePassword.getText().toCharArray();
        return Optional.of(new Result(spec, new Credentials(pw, tpw)));
    }
}
