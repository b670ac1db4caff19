package io.sightline.ui.sources;

import io.sightline.source.jmx.Credentials;
import io.sightline.source.jmx.LocalJvms.LocalJvm;
import io.sightline.source.jmx.TargetPoller;
import io.sightline.source.jmx.TargetRegistry;
import io.sightline.source.jmx.TargetSpec;
import io.sightline.source.jmx.ThreadDump;
import io.sightline.source.log.LogFollower;
import io.sightline.source.log.LogSource;
import io.sightline.ui.CoalescedTask;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * State of the sources panel: local JVMs, saved remote targets and session targets (the demo) with their
 * connection states, and the commands the panel offers. Lives on the FX thread; the registry's changes arrive on
 * pollers' threads and are coalesced into one refresh per FX pulse at most. Anything that may block (listing
 * local JVMs, which reads the attach directory) runs on {@code background}.
 */
public final class SourcesViewModel {
    /** Connected first, then saved, session, local; then by name. */
    private static final java.util.Comparator<SourceItem> ORDER = java.util.Comparator
            .comparing((SourceItem i) -> !i.connected())
            .thenComparing(i -> i.kind() == SourceItem.Kind.LOCAL)
            .thenComparing(SourceItem::name, String.CASE_INSENSITIVE_ORDER);

    private final TargetRegistry registry;
    private final Executor background;
    private final Executor fx;
    private final Clock clock;
    private final ObservableList<SourceItem> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<LogRow> logRows = FXCollections.observableArrayList();
    private LogFollower logs;
    private final CoalescedTask refreshLater;

    /**
     * @param background where blocking work runs (a Lifecycle pool)
     * @param fx         the FX thread ({@code Platform::runLater}); tests pass a direct executor
     */
    public SourcesViewModel(TargetRegistry registry, Executor background, Executor fx, Clock clock) {
        this.registry = registry;
        this.background = background;
        this.fx = fx;
        this.refreshLater = new CoalescedTask(fx, this::refresh);
        this.clock = clock;
        registry.onChange(this::requestRefresh);
    }

    public static SourcesViewModel onFxThread(TargetRegistry registry, Executor background, Clock clock) {
        return new SourcesViewModel(registry, background, Platform::runLater, clock);
    }

    public ObservableList<SourceItem> items() {
        return items;
    }

    /** The last command's outcome, one line (an error names the target). */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Lists local JVMs again, off the FX thread. */
    public void refreshLocalJvms() {
        background.execute(() -> {
            try {
                registry.refreshLocalJvms();
            } catch (RuntimeException e) {
                fx.execute(() -> message.set("Cannot list local JVMs: " + e.getMessage()));
            }
        });
    }

    /** Starts polling a row's target; the password, if any, is used for this session only. */
    public void connect(SourceItem item, char[] password) {
        registry.connect(item.spec(), new Credentials(password, null));
        message.set("Connecting to " + item.name() + "…");
    }

    public void disconnect(SourceItem item) {
        registry.disconnect(item.name());
        message.set("Stopped polling " + item.name() + "; its charts keep what was captured.");
    }

    /** Saves a new or edited remote target (never its password) and connects it. */
    public void saveAndConnect(TargetSpec spec, String replacedName, Credentials credentials) {
        if (replacedName != null && !replacedName.equals(spec.name())) {
            registry.remove(replacedName);
        }
        registry.disconnect(spec.name()); // an edit reconnects with the new settings
        registry.save(spec);
        registry.connect(spec, credentials);
        message.set("Saved " + spec.name() + " (without its password) and connecting…");
    }

    public void remove(SourceItem item) {
        registry.remove(item.name());
        message.set("Removed " + item.name() + ".");
    }

    /** Lets the panel add log sources to {@code follower} (the session) and list them with their status. */
    public SourcesViewModel withLogs(LogFollower follower) {
        this.logs = follower;
        return this;
    }

    public boolean canAddLogs() {
        return logs != null;
    }

    /** A log source as the panel lists it. */
    public record LogRow(String name, String status) {
    }

    /** One row per log source: its name and status (a command's stderr, rotations, lines parsed). */
    public ObservableList<LogRow> logRows() {
        return logRows;
    }

    /** Re-reads the log sources' statuses (cheap: volatile reads); FX thread. */
    public void refreshLogs() {
        if (logs == null) {
            return;
        }
        List<LogRow> rows = logs.logs().stream().map(l -> new LogRow(l.name(), l.status())).toList();
        if (!rows.equals(logRows)) {
            logRows.setAll(rows);
        }
    }

    /** Starts following a file or a command, off the FX thread; the outcome is the message line. */
    public void addLog(boolean command, String text) {
        message.set("Starting " + (command ? "command '" + text + "'" : text) + "…");
        background.execute(() -> {
            try {
                LogSource s = command ? logs.followCommand(text) : logs.followFile(Path.of(text));
                fx.execute(() -> {
                    message.set("Following " + s.name() + "; its lines join the log pane, its metrics the charts.");
                    refreshLogs();
                });
            } catch (RuntimeException e) {
                fx.execute(() -> message.set("Cannot follow " + text + ": " + e.getMessage()));
            }
        });
    }

    /** The MBean browser of a connected target (where the user picks more attributes to chart). */
    public MBeanBrowserViewModel mbeanBrowser(SourceItem item) {
        return new MBeanBrowserViewModel(registry, item.name(), fx);
    }

    /** Takes a classified thread dump; {@code onDump} runs on the FX thread. */
    public void threadDump(SourceItem item, Consumer<ThreadDump> onDump) {
        registry.poller(item.name()).ifPresentOrElse(p -> {
            message.set("Taking a thread dump of " + item.name() + "…");
            CompletableFuture<ThreadDump> dump = p.threadDump();
            dump.whenComplete((d, e) -> fx.execute(() -> {
                if (e != null) {
                    message.set("Thread dump of " + item.name() + " failed: " + rootMessage(e));
                } else {
                    message.set(d.summary());
                    onDump.accept(d);
                }
            }));
        }, () -> message.set(item.name() + " is not connected."));
    }

    private final java.util.Set<TargetPoller> watchedPollers =
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    private void requestRefresh() {
        refreshLater.request();
    }

    /** Rebuilds the rows from the registry; FX thread. */
    public void refresh() {
        Map<String, SourceItem> rows = new LinkedHashMap<>();
        Map<String, TargetPoller> pollers = new LinkedHashMap<>();
        registry.pollers().forEach(p -> pollers.put(p.spec().name(), p));
        // Pools are discovered after the connect (a pool that starts later, a service restarted by a deploy): watch
        // each poller's ticks so a row never keeps saying "no pools" once it has some. Coalesced to one refresh.
        pollers.values().stream().filter(watchedPollers::add).forEach(p -> p.onTick(this::requestRefresh));
        for (LocalJvm jvm : registry.localJvms()) {
            rows.put(jvm.targetName(), row(jvm.spec(), SourceItem.Kind.LOCAL, pollers.get(jvm.targetName()),
                    jvm.mainClass().isBlank() ? "pid " + jvm.pid() : "pid " + jvm.pid() + " · " + jvm.mainClass()));
        }
        for (TargetSpec spec : registry.savedTargets()) {
            rows.put(spec.name(), row(spec, SourceItem.Kind.SAVED, pollers.get(spec.name()), spec.address()));
        }
        for (TargetPoller p : pollers.values()) {
            rows.putIfAbsent(p.spec().name(), row(p.spec(), p.spec().isLocal() ? SourceItem.Kind.LOCAL
                    : SourceItem.Kind.SESSION, p, p.spec().address()));
        }
        List<SourceItem> sorted = new ArrayList<>(rows.values());
        sorted.sort(ORDER);
        if (!sorted.equals(items)) {
            items.setAll(sorted);
        }
    }

    private SourceItem row(TargetSpec spec, SourceItem.Kind kind, TargetPoller poller, String idle) {
        if (poller == null) {
            return new SourceItem(spec, kind, null, idle);
        }
        String status = poller.status();
        if (poller.state().phase() == io.sightline.source.jmx.TargetState.Phase.CONNECTED && poller.pools().isEmpty()
                && poller.noPoolsDiagnosis().isPresent()) {
            status = "connected: no HikariCP pools (select for why)";
        }
        return new SourceItem(spec, kind, poller.state().phase(), status);
    }

    /** Why a connected target shows no pools, or empty. */
    public String diagnosis(SourceItem item) {
        return registry.poller(item.name()).flatMap(TargetPoller::noPoolsDiagnosis).orElse("");
    }

    Clock clock() {
        return clock;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
