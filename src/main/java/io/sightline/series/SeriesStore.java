package io.sightline.series;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Every series and event of one session (live or replayed). Sources create their series here and append to
 * them; charts, the capture writer and the checklist read them. Has no JavaFX imports: charts poll
 * {@link Series#size()} once per pulse rather than being called per sample.
 */
public final class SeriesStore {
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);

    private final ConcurrentMap<SeriesId, Series> series = new ConcurrentHashMap<>();
    private final List<Consumer<Series>> seriesListeners = new CopyOnWriteArrayList<>();
    private final EventLog events = new EventLog();
    private final long retentionMillis;

    public SeriesStore() {
        this(DEFAULT_RETENTION);
    }

    public SeriesStore(Duration retention) {
        this.retentionMillis = retention.toMillis();
    }

    /** The series with this id, created with {@code unit} on first use. */
    public Series series(SeriesId id, Unit unit) {
        Series existing = series.get(id);
        if (existing != null) {
            return existing;
        }
        Series created = new Series(id, unit, retentionMillis);
        Series raced = series.putIfAbsent(id, created);
        if (raced != null) {
            return raced;
        }
        seriesListeners.forEach(l -> l.accept(created));
        return created;
    }

    public Optional<Series> find(SeriesId id) {
        return Optional.ofNullable(series.get(id));
    }

    public Collection<Series> all() {
        return List.copyOf(series.values());
    }

    public List<Series> matching(Predicate<SeriesId> filter) {
        List<Series> out = new ArrayList<>();
        for (Series s : series.values()) {
            if (filter.test(s.id())) {
                out.add(s);
            }
        }
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }

    /** Called, on the creating thread, for every series created from now on. */
    public void onNewSeries(Consumer<Series> listener) {
        seriesListeners.add(listener);
    }

    public EventLog events() {
        return events;
    }

    public long retentionMillis() {
        return retentionMillis;
    }
}
