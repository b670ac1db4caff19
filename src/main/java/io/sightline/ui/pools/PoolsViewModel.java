package io.sightline.ui.pools;

import io.sightline.cli.UserInputException;
import io.sightline.lint.Facts;
import io.sightline.lint.Finding;
import io.sightline.lint.Linter;
import io.sightline.lint.facts.DbCredentials;
import io.sightline.lint.facts.JdbcUrls;
import io.sightline.lint.facts.LiveFacts;
import io.sightline.series.Metrics;
import io.sightline.series.PoolReading;
import io.sightline.series.SeriesStore;
import io.sightline.source.jmx.TargetPoller;
import io.sightline.source.jmx.TargetRegistry;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The DBA's table: every pool of every connected target with its latest numbers, its live PoolConfig and the lint
 * findings for it, joined with the database's limits when they were read. {@link #refresh()} runs on the UI
 * thread once a second and only reads (the store's latest values, the pollers' last config); linting runs on
 * {@code background} and only when a target's configs or the facts changed, its results picked up by the next
 * refresh, so no sample ever schedules UI work.
 */
public final class PoolsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PoolsViewModel.class);

    private final TargetRegistry registry;
    private final SeriesStore store;
    private final Executor background;
    private final Executor ui;
    private final LiveLint lint;
    private final ObservableList<PoolRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PoolRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final Map<String, PoolRow> byKey = new HashMap<>();
    private final Map<String, LiveLint.Input> submitted = new ConcurrentHashMap<>();
    private final Map<String, Map<String, List<Finding>>> results = new ConcurrentHashMap<>();
    private final ReadOnlyObjectWrapper<Facts> databaseFacts = new ReadOnlyObjectWrapper<>(Facts.none());
    private final ReadOnlyStringWrapper limitsText = new ReadOnlyStringWrapper("Database limits not read: "
            + "the connection-budget and idle-limit rules need them.");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper empty = new ReadOnlyStringWrapper(NO_TARGETS);
    private volatile int instances = 1;
    private volatile int surge;

    static final String NO_TARGETS = "No connected target. Connect a JVM whose HikariCP pool has registerMbeans=true.";

    /**
     * @param background where lint and database reads run
     * @param ui         the UI thread's executor ({@code Platform::runLater}); used once per "Read limits"
     */
    public PoolsViewModel(TargetRegistry registry, SeriesStore store, Executor background, Executor ui) {
        this.registry = registry;
        this.store = store;
        this.background = background;
        this.ui = ui;
        this.lint = new LiveLint(new Linter());
    }

    public ObservableList<PoolRow> rows() {
        return readOnlyRows;
    }

    /** The facts the rules see now: the database's limits and the instance counts entered. */
    public Facts facts() {
        return new Facts(instances, surge, null, null, null, null, null, List.of()).orElse(databaseFacts.get());
    }

    public ReadOnlyObjectProperty<Facts> databaseFactsProperty() {
        return databaseFacts.getReadOnlyProperty();
    }

    /** One line above the table: the database limits in use, or why there are none. */
    public ReadOnlyStringProperty limitsTextProperty() {
        return limitsText.getReadOnlyProperty();
    }

    /** The last error (unreachable database, wrong password), naming the redacted URL; empty when none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readingLimitsProperty() {
        return reading.getReadOnlyProperty();
    }

    /** What the table says when it has no rows. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return empty.getReadOnlyProperty();
    }

    public void setInstances(int n) {
        instances = Math.max(1, n);
    }

    public void setSurge(int n) {
        surge = Math.max(0, n);
    }

    /** Re-reads pools, numbers and finished lint results; submits a lint for each target whose inputs changed. */
    public void refresh() {
        Map<String, PoolReading> readings = new HashMap<>();
        for (PoolReading r : PoolReading.latest(store)) {
            if (r.source().equals(Metrics.SOURCE_JMX)) {
                readings.put(PoolRow.key(r.target(), r.pool()), r);
            }
        }
        Facts facts = facts();
        List<PoolRow> now = new ArrayList<>();
        List<TargetPoller> pollers = registry.pollers();
        for (TargetPoller poller : pollers) {
            String target = poller.spec().name();
            var pools = poller.pools();
            LiveLint.Input input = new LiveLint.Input(target, poller.spec().address(), LiveLint.configs(pools), facts);
            submitIfChanged(input);
            Map<String, List<Finding>> findings = results.getOrDefault(target, Map.of());
            for (var pool : pools) {
                PoolRow row = byKey.computeIfAbsent(PoolRow.key(target, pool.pool()), k -> new PoolRow(target, pool.pool()));
                row.update(readings.get(row.key()), pool.config(), findings.get(pool.pool()));
                now.add(row);
            }
        }
        byKey.keySet().retainAll(now.stream().map(PoolRow::key).toList());
        List<String> targets = pollers.stream().map(p -> p.spec().name()).toList();
        submitted.keySet().retainAll(targets);
        results.keySet().retainAll(targets);
        if (!rows.equals(now)) {
            rows.setAll(now);
        }
        empty.set(pollers.isEmpty() ? NO_TARGETS : "Connected, but no HikariCP pool seen yet. "
                + pollers.stream().map(p -> p.noPoolsDiagnosis().orElse("")).filter(s -> !s.isEmpty())
                .findFirst().orElse("Pools appear after the next discovery."));
    }

    private void submitIfChanged(LiveLint.Input input) {
        if (input.configs().isEmpty() || input.equals(submitted.get(input.target()))) {
            return;
        }
        submitted.put(input.target(), input);
        background.execute(() -> {
            try {
                Map<String, List<Finding>> findings = lint.run(input);
                // A slower, older run must not overwrite a newer one's findings.
                submitted.computeIfPresent(input.target(), (t, latest) -> {
                    if (latest.equals(input)) {
                        results.put(t, findings);
                    }
                    return latest;
                });
            } catch (RuntimeException e) {
                LOG.warn("lint of live pools on {} failed", input.target(), e);
            }
        });
    }

    /**
     * Reads {@code max_connections}, reserved slots and idle timeouts from the database, read-only, in the
     * background. The password is used for this one connection and kept nowhere.
     */
    public CompletableFuture<Facts> readLimits(String url, String user, String password) {
        if (url == null || url.isBlank()) {
            message.set("Enter a JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/app");
            return CompletableFuture.failedFuture(new UserInputException("no JDBC URL"));
        }
        reading.set(true);
        message.set("Reading limits from " + JdbcUrls.redact(url.trim()) + "…");
        DbCredentials db = new DbCredentials(url.trim(), blankToNull(user), blankToNull(password));
        CompletableFuture<Facts> read = CompletableFuture.supplyAsync(() -> LiveFacts.read(db), background);
        read.whenComplete((facts, failure) -> ui.execute(() -> limitsRead(db, facts, failure)));
        return read;
    }

    private void limitsRead(DbCredentials db, Facts facts, Throwable failure) {
        reading.set(false);
        if (failure != null) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            String why = cause instanceof UserInputException ? cause.getMessage()
                    : "cannot read limits from " + JdbcUrls.redact(db.url()) + ": "
                    + JdbcUrls.scrub(String.valueOf(cause.getMessage()), db.url(), db.password().orElse(null));
            message.set(why.lines().findFirst().orElse(why));
            return;
        }
        databaseFacts.set(facts);
        message.set("");
        limitsText.set(describe(JdbcUrls.redact(db.url()), facts));
    }

    static String describe(String url, Facts f) {
        if (f.dbMaxConnections() == null) {
            return "Database " + url + ": no limits readable over SQL (only PostgreSQL and MySQL/MariaDB report them).";
        }
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("max_connections", String.valueOf(f.dbMaxConnections()));
        parts.put("reserved", f.dbReserved() == null ? "unknown" : String.valueOf(f.dbReserved()));
        f.idleLimits().forEach(l -> parts.put(l.name(), HumanUnits.millis(l.timeout().toMillis(), "off")));
        StringBuilder s = new StringBuilder("Database ").append(url).append(": ");
        parts.forEach((k, v) -> s.append(k).append(' ').append(v).append(" · "));
        s.setLength(s.length() - 3);
        return s.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
