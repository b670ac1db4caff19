package io.sightline.source.jmx;

import io.sightline.concurrent.SafeRunnable;
import io.sightline.source.jmx.LocalJvms.LocalJvm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The JMX targets of one session, for the GUI's sources panel and anything else that needs them: local JVMs (from
 * the Attach API), saved remote targets (persisted without passwords), and one {@link TargetPoller} per connected
 * target. Thread-safe; nothing here blocks for long, but {@link #refreshLocalJvms()} attaches nothing and
 * {@link #connect} returns at once (connecting happens on the poller's worker).
 */
public final class TargetRegistry implements AutoCloseable {
    private final SavedTargets saved;
    private final SavedWatches watches;
    private final PollContext context;
    private final Map<String, TargetPoller> pollers = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile List<LocalJvm> localJvms = List.of();
    private volatile Duration interval = PollContext.DEFAULT_INTERVAL;

    /** A registry whose charted attributes last for this session only. */
    public TargetRegistry(SavedTargets saved, PollContext context) {
        this(saved, new SavedWatches(null), context);
    }

    public TargetRegistry(SavedTargets saved, SavedWatches watches, PollContext context) {
        this.saved = saved;
        this.watches = watches;
        this.context = context;
    }

    public PollContext context() {
        return context;
    }

    /** Lists local JVMs again (cheap: reads the attach directory, attaches to nothing). */
    public List<LocalJvm> refreshLocalJvms() {
        long self = ProcessHandle.current().pid();
        List<LocalJvm> found = new ArrayList<>(LocalJvms.list());
        found.removeIf(j -> j.pid() == self);
        localJvms = List.copyOf(found);
        changed();
        return localJvms;
    }

    public List<LocalJvm> localJvms() {
        return localJvms;
    }

    public List<TargetSpec> savedTargets() {
        return saved.load();
    }

    /** Saves (or replaces, by name) a remote target. Never its password. */
    public void save(TargetSpec spec) {
        saved.put(spec);
        changed();
    }

    /** Forgets a saved target and stops polling it. */
    public void remove(String name) {
        disconnect(name);
        saved.remove(name);
        changed();
    }

    /**
     * Starts polling a target (or returns its poller if it already runs; one that FAILED, e.g. on a wrong
     * password, is replaced). Returns at once; watch
     * {@link TargetPoller#state()} or {@link #onChange} for CONNECTED, RECONNECTING or FAILED with its reason.
     */
    public TargetPoller connect(TargetSpec spec, Credentials credentials) {
        TargetPoller failed = pollers.get(spec.name());
        if (failed != null && failed.state().phase() == TargetState.Phase.FAILED) {
            disconnect(spec.name()); // e.g. a wrong password: try again with the credentials given now
        }
        TargetPoller poller = pollers.computeIfAbsent(spec.name(), n -> {
            TargetPoller p = new TargetPoller(spec, credentials, context);
            p.setInterval(interval);
            p.setWatches(watches.of(spec.name()));
            p.onStateChange(s -> changed());
            return p;
        });
        poller.start();
        changed();
        return poller;
    }

    /** Charts one more attribute of a target, now if it is polled and whenever it is polled again. */
    public void watch(String target, AttributeWatch watch) {
        List<AttributeWatch> now = watches.add(target, watch);
        poller(target).ifPresent(p -> p.setWatches(now));
    }

    /** Stops polling an attribute of a target; its series keeps what was read. */
    public void unwatch(String target, AttributeWatch watch) {
        watches.remove(target, watch);
        poller(target).ifPresent(p -> p.unwatch(watch));
    }

    public List<AttributeWatch> watches(String target) {
        return watches.of(target);
    }

    /** Stops polling a target; its series keep what was captured, ending in a gap. */
    public void disconnect(String name) {
        TargetPoller p = pollers.remove(name);
        if (p != null) {
            p.close();
            changed();
        }
    }

    public Optional<TargetPoller> poller(String name) {
        return Optional.ofNullable(pollers.get(name));
    }

    public List<TargetPoller> pollers() {
        List<TargetPoller> out = new ArrayList<>(pollers.values());
        out.sort((a, b) -> a.spec().name().compareTo(b.spec().name()));
        return out;
    }

    /** The poll interval of every target, now and later (100 ms..60 s). */
    public void setInterval(Duration newInterval) {
        interval = PollContext.checkInterval(newInterval);
        pollers.values().forEach(p -> p.setInterval(newInterval));
    }

    public Duration interval() {
        return interval;
    }

    /**
     * Called (on whatever thread made the change: a poller's worker, or the caller) when targets or their states
     * change. A UI marshals to its own thread and coalesces.
     */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(l -> SafeRunnable.of("target registry listener", l).run());
    }

    @Override
    public void close() {
        pollers.keySet().forEach(this::disconnect);
    }
}
