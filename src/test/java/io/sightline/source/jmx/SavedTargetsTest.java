package io.sightline.source.jmx;

import io.sightline.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SavedTargetsTest {
    @Test
    void savesTargetsWithoutTheirPasswords(@TempDir Path home) throws Exception {
        SavedTargets saved = new SavedTargets(new Workspace(home));
        TargetSpec prod = new TargetSpec("shop-prod", "db-host.internal:9010", "monitor", true, "/etc/sightline/trust.p12");
        Credentials secret = new Credentials("hunter2-very-secret".toCharArray(), "trust-pass-9".toCharArray());
        saved.put(prod);
        saved.put(TargetSpec.of("service:jmx:rmi:///jndi/rmi://127.0.0.1:9999/jmxrmi"));

        String file = Files.readString(home.resolve("targets.json"));
        assertThat(file).contains("shop-prod").contains("monitor").contains("trust.p12")
                .doesNotContain("hunter2").doesNotContain("trust-pass").doesNotContainIgnoringCase("password");
        assertThat(secret.toString()).doesNotContain("hunter2");

        SavedTargets reread = new SavedTargets(new Workspace(home));
        assertThat(reread.load()).containsExactly(prod,
                new TargetSpec("127.0.0.1:9999", "service:jmx:rmi:///jndi/rmi://127.0.0.1:9999/jmxrmi", null, false, null));
        reread.put(prod.withName("shop-prod"));
        reread.remove("127.0.0.1:9999");
        assertThat(new SavedTargets(new Workspace(home)).load()).containsExactly(prod);
    }

    @Test
    void targetNamesAreSafeInSeriesIds() {
        assertThat(TargetSpec.of("10.0.0.5:9010").name()).isEqualTo("10.0.0.5:9010");
        assertThat(new TargetSpec("shop {eu}/1, a=b", "h:1", null, false, null).name()).isEqualTo("shop_eu_1_a_b");
        assertThat(TargetSpec.local(4711, null).name()).isEqualTo("pid-4711");
    }
}
