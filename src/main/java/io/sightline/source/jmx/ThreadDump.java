package io.sightline.source.jmx;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One classified thread dump of a target: threads grouped by identical stack, with a count per class.
 *
 * @param timeMillis when the dump was taken
 * @param target     the target name
 * @param trigger    why it was taken ("on demand", or the automatic reason)
 * @param groups     threads with identical state and stack, largest group first
 */
public record ThreadDump(long timeMillis, String target, String trigger, List<Group> groups) {
    /** Threads that share a state and a stack. */
    public record Group(ThreadClass threadClass, String state, List<String> threadNames, List<String> frames) {
        public int count() {
            return threadNames.size();
        }
    }

    public int threadCount() {
        return groups.stream().mapToInt(Group::count).sum();
    }

    /** Threads per class; every class present, zero included, so charts see zeros and not gaps. */
    public Map<ThreadClass, Integer> counts() {
        Map<ThreadClass, Integer> counts = new EnumMap<>(ThreadClass.class);
        for (ThreadClass c : ThreadClass.values()) {
            counts.put(c, 0);
        }
        for (Group g : groups) {
            counts.merge(g.threadClass(), g.count(), Integer::sum);
        }
        return counts;
    }

    /** One line for the timeline: the non-zero classes, largest first. */
    public String summary() {
        StringBuilder sb = new StringBuilder("thread dump (" + trigger + "): " + threadCount() + " threads");
        counts().entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> sb.append(", ").append(e.getValue()).append(' ').append(e.getKey().label()));
        return sb.toString();
    }
}
