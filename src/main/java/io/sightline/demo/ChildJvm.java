package io.sightline.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JVM flags of the demo's child processes. Heaps stay small and the JIT stays at C1 because the demo shares a
 * small machine with the console. Every child uses the same collector, whatever the scenario, so the GC in use
 * (visible over JMX) says nothing about the scenario.
 */
final class ChildJvm {
    private ChildJvm() {
    }

    static List<String> support(String heap, Path runDir, String logName) {
        List<String> args = common(heap, runDir);
        args.add("-Dlogback.configurationFile=io/sightline/demo/logback-demo-support.xml");
        args.add("-Dsightline.demo.log=" + logName);
        return args;
    }

    static List<String> service(Path runDir, int jmxPort) {
        List<String> args = common("160m", runDir);
        args.add("-Dlogback.configurationFile=io/sightline/demo/logback-demo-service.xml");
        args.add("-Dcom.sun.management.jmxremote.port=" + jmxPort);
        args.add("-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort);
        args.add("-Dcom.sun.management.jmxremote.authenticate=false");
        args.add("-Dcom.sun.management.jmxremote.ssl=false");
        args.add("-Dcom.sun.management.jmxremote.host=127.0.0.1");
        args.add("-Djava.rmi.server.hostname=127.0.0.1");
        return args;
    }

    private static List<String> common(String heap, Path runDir) {
        List<String> args = new ArrayList<>();
        args.add("-Xmx" + heap);
        args.add("-XX:+UseSerialGC");
        args.add("-XX:TieredStopAtLevel=1");
        args.add("-Xss512k");
        args.add("-Djava.awt.headless=true");
        args.add("-Dsightline.demo.logs=" + runDir);
        return args;
    }
}
