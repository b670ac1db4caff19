package io.sightline.source.jmx;

import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.Metrics;
import io.sightline.series.Severity;
import io.sightline.series.Unit;

import javax.management.openmbean.CompositeData;
import java.io.IOException;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes a thread dump of a target (read-only, through {@link TargetActions#dumpAllThreads}), classifies every
 * thread, groups identical stacks, and records the result as a {@link EventKinds#THREAD_DUMP} event and as
 * {@code jmx/<target>/threads.class{class=...}} samples.
 */
final class ThreadDumper {
    static final int MAX_FRAMES = 40;
    private static final int TOP_GROUPS_IN_EVENT = 5;

    private final TargetSeries series;

    ThreadDumper(TargetSeries series) {
        this.series = series;
    }

    /** Dumps, classifies and records; synchronized because on-demand and automatic dumps may overlap. */
    synchronized ThreadDump dump(TargetConnection connection, String trigger, long timeMillis) throws IOException {
        CompositeData[] raw = TargetActions.dumpAllThreads(connection);
        ThreadDump dump = new ThreadDump(timeMillis, series.target(), trigger, group(raw));
        record(dump);
        return dump;
    }

    static List<ThreadDump.Group> group(CompositeData[] raw) {
        Map<String, List<String>> namesByStack = new LinkedHashMap<>();
        Map<String, ThreadDump.Group> groupByStack = new HashMap<>();
        for (CompositeData cd : raw) {
            if (cd == null) {
                continue; // the thread ended while the dump was taken
            }
            ThreadInfo info = ThreadInfo.from(cd);
            List<String> frames = frames(info.getStackTrace());
            String state = info.getThreadState().name();
            String key = state + '\n' + String.join("\n", frames);
            namesByStack.computeIfAbsent(key, k -> new ArrayList<>()).add(info.getThreadName());
            groupByStack.computeIfAbsent(key, k -> new ThreadDump.Group(ThreadClassifier.classify(state, frames),
                    state, namesByStack.get(key), frames));
        }
        List<ThreadDump.Group> groups = new ArrayList<>(groupByStack.values());
        groups.sort((a, b) -> b.count() != a.count() ? b.count() - a.count() : a.threadClass().compareTo(b.threadClass()));
        return List.copyOf(groups);
    }

    private static List<String> frames(StackTraceElement[] stack) {
        List<String> frames = new ArrayList<>(Math.min(stack.length, MAX_FRAMES));
        for (int i = 0; i < stack.length && i < MAX_FRAMES; i++) {
            frames.add(stack[i].getClassName() + '.' + stack[i].getMethodName());
        }
        return frames;
    }

    private void record(ThreadDump dump) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("trigger", dump.trigger());
        attributes.put("threads", Integer.toString(dump.threadCount()));
        dump.counts().forEach((c, n) -> {
            attributes.put(c.label(), Integer.toString(n));
            series.get(Metrics.THREADS_BY_CLASS, Unit.THREADS, Metrics.LABEL_CLASS, c.label()).append(dump.timeMillis(), n);
        });
        attributes.put("top-stacks", topStacks(dump));
        boolean waiting = dump.counts().get(ThreadClass.WAITING_FOR_POOL_CONNECTION) > 0;
        series.store().events().add(new Event(dump.timeMillis(), Metrics.SOURCE_JMX + "/" + dump.target(),
                EventKinds.THREAD_DUMP, waiting ? Severity.WARN : Severity.INFO, dump.summary(), attributes));
    }

    private static String topStacks(ThreadDump dump) {
        StringBuilder sb = new StringBuilder();
        dump.groups().stream().filter(g -> g.threadClass() != ThreadClass.IDLE).limit(TOP_GROUPS_IN_EVENT).forEach(g -> {
            sb.append(g.count()).append(" x ").append(g.threadClass().label()).append(" (").append(g.state()).append(")\n");
            g.frames().stream().limit(12).forEach(f -> sb.append("    at ").append(f).append('\n'));
        });
        return sb.toString();
    }
}
