package io.sightline.source.jmx;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * JVMs on this machine, found through the Attach API. Listing is cheap and touches nothing; attaching starts the
 * target's local management agent on demand ({@code startLocalManagementAgent()}), which is what jconsole does.
 */
public final class LocalJvms {
    private LocalJvms() {
    }

    /** One local JVM: its pid, the main class (or jar) it was started with, and the full command display name. */
    public record LocalJvm(long pid, String mainClass, String displayName) {
        /** A series-safe name: main class simple name and pid, e.g. {@code ShopService-4711}. */
        public String targetName() {
            String main = mainClass.isBlank() ? "jvm" : mainClass;
            int slash = Math.max(main.lastIndexOf('/'), main.lastIndexOf('.'));
            if (main.endsWith(".jar")) {
                main = main.substring(Math.max(main.lastIndexOf('/'), 0)).replace("/", "");
            } else if (slash >= 0) {
                main = main.substring(slash + 1);
            }
            return TargetSpec.sanitize(main + "-" + pid);
        }

        public TargetSpec spec() {
            return TargetSpec.local(pid, targetName());
        }
    }

    /** Every JVM the Attach API lists (this one included), sorted by pid. */
    public static List<LocalJvm> list() {
        List<LocalJvm> out = new ArrayList<>();
        for (VirtualMachineDescriptor d : VirtualMachine.list()) {
            try {
                long pid = Long.parseLong(d.id());
                String display = d.displayName() == null ? "" : d.displayName();
                String main = display.isBlank() ? "" : display.split(" ", 2)[0];
                out.add(new LocalJvm(pid, main, display));
            } catch (NumberFormatException ignored) {
                // not a process id: an attach provider we do not understand
            }
        }
        out.sort((a, b) -> Long.compare(a.pid(), b.pid()));
        return out;
    }

    /**
     * Starts (if needed) the local management agent of {@code pid} and returns its JMX service URL.
     *
     * @throws TargetUnavailableException with a one-line reason when the JVM cannot be attached
     */
    public static String serviceUrl(long pid, String targetName) throws TargetUnavailableException {
        VirtualMachine vm = null;
        try {
            vm = VirtualMachine.attach(Long.toString(pid));
            return vm.startLocalManagementAgent();
        } catch (AttachNotSupportedException | IOException e) {
            throw new TargetUnavailableException("target '" + targetName + "' (pid " + pid + "): cannot attach: "
                    + oneLine(e), TargetUnavailableException.Reason.BAD_ADDRESS, e);
        } finally {
            if (vm != null) {
                try {
                    vm.detach();
                } catch (IOException ignored) {
                    // detaching a JVM that just went away has nothing left to release
                }
            }
        }
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
