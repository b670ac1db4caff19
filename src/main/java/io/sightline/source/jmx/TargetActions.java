package io.sightline.source.jmx;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.management.Attribute;
import javax.management.JMException;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Objects;

/**
 * The one audited place that calls {@code setAttribute} or {@code invoke} on a target (an ArchUnit test keeps
 * both out of every other class). Sightline is read-only towards targets: every write or operation needs a
 * {@link UserConfirmation} that a person gave for exactly that action. The single exception is
 * {@link #dumpAllThreads}, an operation by JMX's definition but one that only reads thread state.
 */
public final class TargetActions {
    private static final Logger LOG = LoggerFactory.getLogger(TargetActions.class);
    private static final ObjectName THREADING = JvmReads.name(ManagementFactory.THREAD_MXBEAN_NAME);
    private static final String[] DUMP_SIGNATURE = {"boolean", "boolean"};

    private TargetActions() {
    }

    /**
     * A person's explicit yes to one action on one target, e.g. from a confirmation dialog. Carries what was shown
     * to them so the log says what they agreed to.
     *
     * @param who     who confirmed (user name or "cli")
     * @param shownAs the text of the confirmation they accepted
     */
    public record UserConfirmation(String who, String shownAs) {
        public UserConfirmation {
            Objects.requireNonNull(who, "who");
            Objects.requireNonNull(shownAs, "shownAs");
        }
    }

    /**
     * Read-only: {@code ThreadMXBean.dumpAllThreads(false, false)}, without lock details (cheaper on the target).
     */
    static CompositeData[] dumpAllThreads(TargetConnection target) throws IOException {
        try {
            return (CompositeData[]) target.server().invoke(THREADING, "dumpAllThreads",
                    new Object[] {false, false}, DUMP_SIGNATURE);
        } catch (JMException e) {
            throw new IOException("thread dump of " + target.spec().name() + " failed: " + e.getMessage(), e);
        }
    }

    /** Writes an attribute (e.g. a pool's MaximumPoolSize) after a person confirmed it. */
    public static void setAttribute(TargetConnection target, ObjectName mbean, Attribute attribute,
                                    UserConfirmation confirmation) throws IOException, JMException {
        Objects.requireNonNull(confirmation, "a person must confirm every write to a target");
        LOG.info("{} confirmed '{}': setting {}.{} on {}", confirmation.who(), confirmation.shownAs(), mbean,
                attribute.getName(), target.spec().name());
        target.server().setAttribute(mbean, attribute);
    }

    /** Invokes an operation (e.g. a pool's softEvictConnections) after a person confirmed it. */
    public static Object invoke(TargetConnection target, ObjectName mbean, String operation, Object[] params,
                                String[] signature, UserConfirmation confirmation) throws IOException, JMException {
        Objects.requireNonNull(confirmation, "a person must confirm every operation on a target");
        LOG.info("{} confirmed '{}': invoking {}.{} on {}", confirmation.who(), confirmation.shownAs(), mbean,
                operation, target.spec().name());
        return target.server().invoke(mbean, operation, params, signature);
    }
}
