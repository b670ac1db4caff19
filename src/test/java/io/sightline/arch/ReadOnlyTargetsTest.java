package io.sightline.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.sightline.source.jmx.TargetActions;
import org.junit.jupiter.api.Test;

import javax.management.Attribute;
import javax.management.JMX;
import javax.management.MBeanServerConnection;
import javax.management.MBeanServerInvocationHandler;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sightline is read-only towards targets (DESIGN.md): only {@link TargetActions}, where every write needs a
 * person's confirmation, may call {@code setAttribute}/{@code setAttributes}/{@code invoke} on an MBean server or
 * build an MBean proxy (a proxy's setters and operations would be writes in disguise).
 */
class ReadOnlyTargetsTest {
    private static final Set<String> WRITES = Set.of("setAttribute", "setAttributes", "invoke");
    private static final Set<Class<?>> PROXY_FACTORIES = Set.of(JMX.class, MBeanServerInvocationHandler.class,
            ManagementFactory.class);
    private static final Set<String> PROXY_METHODS = Set.of("newMBeanProxy", "newMXBeanProxy", "newProxyInstance",
            "newPlatformMXBeanProxy");

    private static final DescribedPredicate<JavaMethodCall> WRITE_OR_PROXY = new DescribedPredicate<>(
            "setAttribute/setAttributes/invoke on an MBean server, or an MBean proxy") {
        @Override
        public boolean test(JavaMethodCall call) {
            boolean write = WRITES.contains(call.getName())
                    && call.getTargetOwner().isAssignableTo(MBeanServerConnection.class);
            boolean proxy = PROXY_METHODS.contains(call.getName())
                    && PROXY_FACTORIES.stream().anyMatch(c -> call.getTargetOwner().isEquivalentTo(c));
            return write || proxy;
        }
    };

    static final ArchRule ONLY_TARGET_ACTIONS_WRITES = noClasses()
            .that().doNotHaveFullyQualifiedName(TargetActions.class.getName())
            .should().callMethodWhere(WRITE_OR_PROXY)
            .because("Sightline never writes to a target unless a person confirms it, in one audited class");

    @Test
    void onlyTargetActionsWritesToTargets() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.sightline");
        ONLY_TARGET_ACTIONS_WRITES.check(production);
    }

    @Test
    void theRuleCatchesAWriteAndAProxy() {
        JavaClasses offenders = new ClassFileImporter().importClasses(SneakyWriter.class, SneakyProxy.class);
        assertThat(ONLY_TARGET_ACTIONS_WRITES.evaluate(offenders).getFailureReport().getDetails())
                .hasSize(2).anyMatch(d -> d.contains("setAttribute")).anyMatch(d -> d.contains("newMBeanProxy"));
    }

    /** What the rule must refuse: a write outside TargetActions. */
    static final class SneakyWriter {
        void write(MBeanServerConnection c, ObjectName n) throws Exception {
            c.setAttribute(n, new Attribute("MaximumPoolSize", 1));
        }
    }

    /** A proxy's setter would be a write in disguise. */
    static final class SneakyProxy {
        Object proxy(MBeanServerConnection c, ObjectName n) {
            return JMX.newMBeanProxy(c, n, Runnable.class);
        }
    }
}
