package io.sightline.source.jmx;

import org.junit.jupiter.api.Test;

import javax.management.ObjectName;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PoolMBeansTest {
    @Test
    void pairsPoolsWithTheirConfigInBothSchemesAndIgnoresOtherMBeans() throws Exception {
        Set<ObjectName> names = Set.of(
                new ObjectName("com.zaxxer.hikari:type=Pool (shop)"),
                new ObjectName("com.zaxxer.hikari:type=PoolConfig (shop)"),
                new ObjectName("com.zaxxer.hikari:type=Pool,name=orders"),
                new ObjectName("com.zaxxer.hikari:type=PoolConfig,name=orders"),
                new ObjectName("com.zaxxer.hikari:type=Pool (no config (yet))"),
                new ObjectName("com.zaxxer.hikari:name=stray"));
        List<PoolMBeans.PoolNames> pools = PoolMBeans.fromNames(names);
        assertThat(pools).extracting(PoolMBeans.PoolNames::pool).containsExactly("no config (yet)", "orders", "shop");
        assertThat(pools.get(0).configMBean()).isNull();
        assertThat(pools.get(1).scheme()).isEqualTo(PoolMBeans.Scheme.NAME_KEY);
        assertThat(pools.get(1).configMBean()).hasToString("com.zaxxer.hikari:type=PoolConfig,name=orders");
        assertThat(pools.get(2).scheme()).isEqualTo(PoolMBeans.Scheme.CLASSIC);
        assertThat(pools.get(2).configMBean()).hasToString("com.zaxxer.hikari:type=PoolConfig (shop)");
    }

    @Test
    void theDiagnosisNamesTheUsualCausesAndAnotherPoolLibrary() {
        String text = NoPoolsDiagnosis.explain("billing", List.of("java.lang", "com.mchange.v2.c3p0", "JMImplementation"));
        assertThat(text).startsWith("No HikariCP pool MBeans on 'billing'")
                .contains("registerMbeans=true").contains("spring.datasource.hikari.register-mbeans=true")
                .contains("not started yet").contains("unique poolName").contains("c3p0");
        assertThat(NoPoolsDiagnosis.explain("x", List.of("java.lang"))).doesNotContain("Note:");
    }
}
