package io.sightline.source.jmx;

import io.sightline.concurrent.Backoff;
import io.sightline.concurrent.SafeRunnable;
import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.Metrics;
import io.sightline.series.Severity;
import io.sightline.source.Source;
import io.sightline.source.jmx.TargetState.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Polls one JMX target. The shared {@link TickScheduler} triggers its ticks (with the other targets of the same
 * interval); a new tick is skipped while the previous still runs, a stuck tick is left behind by the others, and
 * connecting runs on a worker of its own, so a slow or dead target never delays another and never piles up work. The connection stays open across ticks; a failure gaps every series of the
 * target, and reconnects follow a capped exponential backoff.
 */
public final class TargetPoller implements Source, TickScheduler.Tickable {
    private static final Logger LOG = LoggerFactory.getLogger(TargetPoller.class);

    private final TargetSpec spec;
    private final Credentials credentials;
    private final PollContext context;
    private final TargetSeries series;
    private final PollPlan plan;
    private final ThreadDumper dumper;
    private final Backoff.Delays backoff;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final List<Consumer<TargetState>> stateListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> tickListeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean dumping = new AtomicBoolean();

    /** Attributes the user chose to chart; the tick thread hands them to the plan when they change. */
    private volatile List<AttributeWatch> watches = List.of();
    private final AtomicBoolean watchesChanged = new AtomicBoolean();
    private volatile TargetState state;
    private volatile TargetConnection connection;
    private volatile Duration interval = PollContext.DEFAULT_INTERVAL;
    private boolean started;
    private volatile boolean closed;
    private volatile long tickStartedNanos;
    private volatile long lastTickNanos;
    private long nextAttemptMillis;
    private long lastDiscoveryMillis;
    private long lastAutoDumpMillis = Long.MIN_VALUE / 2;

    public TargetPoller(TargetSpec spec, Credentials credentials, PollContext context) {
        this.spec = spec;
        this.credentials = credentials;
        this.context = context;
        this.series = new TargetSeries(context.store, spec.name());
        this.plan = new PollPlan(series, context.clock, this::restarted);
        this.dumper = new ThreadDumper(series);
        this.backoff = new Backoff(context.backoffInitial, context.backoffCap).delays();
        this.state = TargetState.of(Phase.IDLE, "", context.clock.millis());
    }

    @Override
    public String name() {
        return Metrics.SOURCE_JMX + "/" + spec.name();
    }

    public TargetSpec spec() {
        return spec;
    }

    @Override
    public synchronized void start() {
        if (!started) {
            started = true;
            setState(TargetState.of(Phase.CONNECTING, spec.address(), context.clock.millis()));
            context.ticks.add(this, interval.toMillis());
            context.ticks.tickNow(this); // connect now rather than one interval from now
        }
    }

    /** Changes the poll interval (100 ms..60 s); takes effect at once. */
    public synchronized void setInterval(Duration newInterval) {
        Duration checked = PollContext.checkInterval(newInterval);
        if (started) {
            context.ticks.remove(this, interval.toMillis());
            context.ticks.add(this, checked.toMillis());
        }
        interval = checked;
    }

    public Duration interval() {
        return interval;
    }

    @Override
    public boolean tryStart() {
        if (busy.compareAndSet(false, true)) {
            tickStartedNanos = System.nanoTime();
            return true;
        }
        return false;
    }

    @Override
    public void runTick() {
        boolean handedOff = false;
        try {
            handedOff = tick();
        } catch (RuntimeException e) {
            LOG.warn("poll of {} failed; next tick runs as usual", spec.name(), e);
        } finally {
            if (!handedOff) {
                endTick();
            }
        }
    }

    private void endTick() {
        lastTickNanos = System.nanoTime() - tickStartedNanos;
        // still inside the tick: listeners see exactly this tick's samples
        tickListeners.forEach(l -> SafeRunnable.of("tick listener", l).run());
        busy.set(false);
    }

    /** How long the tick in flight has been running, or zero; the panel shows a target that stopped answering. */
    public Duration tickInFlight() {
        return busy.get() ? Duration.ofNanos(System.nanoTime() - tickStartedNanos) : Duration.ZERO;
    }

    /** From trigger to end of the last tick, queueing on the worker pool included. */
    public Duration lastTickDuration() {
        return Duration.ofNanos(lastTickNanos);
    }

    /** @return true when the tick handed its work (a connect) to another thread, which ends the tick */
    private boolean tick() {
        long now = context.clock.millis();
        TargetConnection c = connection;
        if (c == null) {
            if (now >= nextAttemptMillis && state.phase() != Phase.FAILED && state.phase() != Phase.STOPPED) {
                // connecting may take seconds: never on a batch runner, where it would hold up other targets
                context.workers.execute(() -> {
                    try {
                        SafeRunnable.of("connect " + spec.name(), this::connect).run();
                    } finally {
                        endTick();
                    }
                });
                return true;
            }
            return false;
        }
        try {
            if (now - lastDiscoveryMillis >= context.rediscovery.toMillis()) {
                plan.discoverPools(c.server());
                lastDiscoveryMillis = now;
            }
            if (watchesChanged.getAndSet(false)) {
                plan.watch(watches);
            }
            plan.tick(c.server());
            maybeAutoDump();
        } catch (java.io.IOException | RuntimeException e) {
            lost(c, e);
        }
        return false;
    }

    private void connect() {
        try {
            TargetConnection c = context.connector.connect(spec, credentials);
            if (closed) {
                c.close(); // closed while connecting: never leave a connection behind
                return;
            }
            plan.connected(c.server());
            lastDiscoveryMillis = context.clock.millis();
            backoff.reset();
            connection = c;
            setState(TargetState.of(Phase.CONNECTED, plan.describe(), context.clock.millis()));
            event(EventKinds.TARGET_CONNECTED, Severity.INFO, "connected to " + spec.name() + " (" + plan.describe() + ")");
        } catch (TargetUnavailableException e) {
            failed(e.getMessage(), e.isRetryable());
        } catch (java.io.IOException | RuntimeException e) {
            failed(JmxConnector.describe(spec, e, null).getMessage(), true);
        }
    }

    private void lost(TargetConnection c, Exception e) {
        connection = null;
        long now = context.clock.millis();
        series.gapAll(now);
        c.close();
        String why = JmxConnector.describe(spec, e, null).getMessage();
        LOG.info("lost {}: {}", spec.name(), why);
        event(EventKinds.TARGET_DISCONNECTED, Severity.WARN, "connection lost: " + why);
        backoff.reset();
        failed(why, !why.contains("refuses to deserialise"));
    }

    private void failed(String why, boolean retry) {
        long now = context.clock.millis();
        if (!retry) {
            setState(TargetState.of(Phase.FAILED, why, now));
            return;
        }
        nextAttemptMillis = now + backoff.nextMillis();
        setState(new TargetState(Phase.RECONNECTING, why, now, nextAttemptMillis));
    }

    private void restarted(String why) {
        event(EventKinds.TARGET_RESTARTED, Severity.WARN, spec.name() + " restarted: " + why);
    }

    private void maybeAutoDump() {
        long now = context.clock.millis();
        double waiting = plan.threadsWaiting();
        if (waiting > 0 && now - lastAutoDumpMillis >= context.autoDumpSpacing.toMillis()) {
            lastAutoDumpMillis = now;
            dumpAsync("automatic: " + (long) waiting + " threads waiting for a pool connection");
        }
    }

    /** Takes a classified thread dump now; completes with the dump, or exceptionally when not connected. */
    public CompletableFuture<ThreadDump> threadDump() {
        return dumpAsync("on demand");
    }

    private CompletableFuture<ThreadDump> dumpAsync(String trigger) {
        return onConnection(c -> dumper.dump(c, trigger, context.clock.millis()));
    }

    /** Starts charting one more MBean attribute of this target (from the next tick on). */
    public synchronized void watch(AttributeWatch watch) {
        if (!watches.contains(watch)) {
            List<AttributeWatch> next = new java.util.ArrayList<>(watches);
            next.add(watch);
            setWatches(next);
        }
    }

    /** Stops polling an attribute; its series keeps what was read. */
    public synchronized void unwatch(AttributeWatch watch) {
        if (watches.contains(watch)) {
            List<AttributeWatch> next = new java.util.ArrayList<>(watches);
            next.remove(watch);
            setWatches(next);
            context.store.find(watch.seriesId(spec.name())).ifPresent(s -> s.appendGap(context.clock.millis()));
        }
    }

    public synchronized void setWatches(List<AttributeWatch> next) {
        watches = List.copyOf(next);
        watchesChanged.set(true);
    }

    public List<AttributeWatch> watches() {
        return watches;
    }

    /** The target's MBeans, listed on a worker; fails when the target is not connected. */
    public CompletableFuture<List<String>> mbeans() {
        return onConnection(c -> MBeanCatalog.mbeans(c.server()));
    }

    /** The chartable attributes of one MBean with their current values, read on a worker. */
    public CompletableFuture<List<MBeanCatalog.Entry>> chartable(String mbean) {
        return onConnection(c -> MBeanCatalog.chartable(c.server(), mbean));
    }

    private interface RemoteCall<T> {
        T call(TargetConnection connection) throws java.io.IOException;
    }

    private <T> CompletableFuture<T> onConnection(RemoteCall<T> call) {
        TargetConnection c = connection;
        if (c == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("target '" + spec.name() + "' is not connected"));
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return call.call(c);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, context.workers);
    }

    public TargetState state() {
        return state;
    }

    @Override
    public String status() {
        return state.describe(context.clock.millis());
    }

    /** Pools seen on the target at the last discovery, with their last config. */
    public List<PoolView> pools() {
        return plan.pools();
    }

    /** Why no pool shows, when none does; empty while connected pools exist or before the first connect. */
    public java.util.Optional<String> noPoolsDiagnosis() {
        return java.util.Optional.ofNullable(plan.diagnosis());
    }

    public void onStateChange(Consumer<TargetState> listener) {
        stateListeners.add(listener);
    }

    /**
     * Called on the worker at the end of every tick (connected or not), before the next tick can start, so a
     * listener reads exactly this tick's samples; keep it short. The CLI captures its rows here.
     */
    public void onTick(Runnable listener) {
        tickListeners.add(listener);
    }

    private void setState(TargetState s) {
        if (closed && s.phase() != Phase.STOPPED) {
            return; // a tick that was in flight when the poller closed
        }
        state = s;
        stateListeners.forEach(l -> l.accept(s));
    }

    private void event(String kind, Severity severity, String text) {
        context.store.events().add(new Event(context.clock.millis(), name(), kind, severity, text,
                Map.of("target", spec.name())));
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (started) {
            context.ticks.remove(this, interval.toMillis());
        }
        TargetConnection c = connection;
        connection = null;
        if (c != null) {
            series.gapAll(context.clock.millis());
            try {
                context.workers.execute(c::close); // a dead target's close may wait for its read timeout
            } catch (java.util.concurrent.RejectedExecutionException e) {
                c.close(); // the session is ending anyway
            }
        }
        setState(TargetState.of(Phase.STOPPED, "", context.clock.millis()));
    }
}
