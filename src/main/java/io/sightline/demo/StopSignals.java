package io.sightline.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Turns SIGINT and SIGTERM into a clean stop with exit code 0: without a handler the JVM would exit 130/143 and
 * leave the cleanup to shutdown hooks. {@code sun.misc.Signal} is the JDK's supported way (module
 * {@code jdk.unsupported}); where a signal cannot be handled the shutdown hooks still stop the demo.
 */
final class StopSignals {
    private static final Logger LOG = LoggerFactory.getLogger(StopSignals.class);

    private StopSignals() {
    }

    static void onInterrupt(Runnable stop) {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), signal -> stop.run());
            } catch (IllegalArgumentException e) {
                LOG.warn("cannot handle SIG{}: {}", name, e.getMessage());
            }
        }
    }
}
