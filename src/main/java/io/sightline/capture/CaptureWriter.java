package io.sightline.capture;

import io.sightline.capture.codec.ValueEncoding;
import io.sightline.concurrent.Lifecycle;
import io.sightline.concurrent.SafeRunnable;
import io.sightline.redact.Redactor;
import io.sightline.series.Event;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Records everything a {@link SeriesStore} holds — every series, every event — into a capture file, whatever the
 * sources are. Every flush interval (at most 500 ms) it reads the samples that arrived since the last flush from
 * each series' snapshot and commits them, with new events, in one transaction; after a crash the file holds
 * everything up to the last commit (see {@link SeriesRecorder} for how open chunks are kept).
 *
 * <p>Event text, event attributes and metadata pass through the {@link Redactor} before they are written, so no
 * credential that a log line carried ever reaches the disk.
 */
public final class CaptureWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CaptureWriter.class);

    /**
     * @param flushInterval how often samples are committed; at most 500 ms so a crash loses under a second
     * @param retention     drop whole chunks (and events) older than this; zero keeps everything
     * @param encodings     declared resolution per series
     */
    public record Options(Duration flushInterval, Duration retention, Clock clock, Redactor redactor,
                          Function<Series, ValueEncoding> encodings) {
        public Options {
            if (flushInterval.isNegative() || flushInterval.isZero() || flushInterval.toMillis() > 500) {
                throw new IllegalArgumentException("flush interval must be in (0, 500 ms], not " + flushInterval);
            }
            if (retention.isNegative()) {
                throw new IllegalArgumentException("retention must not be negative");
            }
        }

        public static Options defaults() {
            return new Options(Duration.ofMillis(250), Duration.ZERO, Clock.systemUTC(), new Redactor(),
                    s -> Encodings.forUnit(s.unit()));
        }

        public Options withRetention(Duration r) {
            return new Options(flushInterval, r, clock, redactor, encodings);
        }

        public Options withFlushInterval(Duration f) {
            return new Options(f, retention, clock, redactor, encodings);
        }

        public Options withClock(Clock c) {
            return new Options(flushInterval, retention, c, redactor, encodings);
        }
    }

    private final SeriesStore store;
    private final CaptureFile file;
    private final Options options;
    private final Map<SeriesId, Series> pending = new ConcurrentHashMap<>();
    private final Map<SeriesId, Tracked> tracked = new LinkedHashMap<>();
    private final Queue<Event> events = new ConcurrentLinkedQueue<>();
    private volatile CaptureMetadata metadata;
    private volatile String failure;
    private ScheduledFuture<?> schedule;
    private long eventsWritten;
    private long lastRetentionSweep;
    /** Volatile: the store's listeners (which cannot be removed) check it and stop queueing after close. */
    private volatile boolean closed;

    /** A series being recorded and how far it has been read. */
    private static final class Tracked {
        final Series series;
        final SeriesRecorder recorder;
        long lastTime = Long.MIN_VALUE;
        int takenAtLastTime;

        Tracked(Series series, SeriesRecorder recorder) {
            this.series = series;
            this.recorder = recorder;
        }
    }

    private CaptureWriter(SeriesStore store, CaptureFile file, CaptureMetadata metadata, Options options) {
        this.store = store;
        this.file = file;
        this.options = options;
        this.metadata = metadata;
    }

    /**
     * Creates {@code path} (which must not exist), subscribes to {@code store} and flushes on a scheduler owned
     * by {@code lifecycle}; the writer is also owned by it, so closing the lifecycle closes the file cleanly.
     */
    public static CaptureWriter start(SeriesStore store, Path path, CaptureMetadata metadata, Lifecycle lifecycle,
                                      Options options) {
        CaptureMetadata clean = metadata.mapText(options.redactor()::redact);
        CaptureWriter writer = new CaptureWriter(store, CaptureFile.create(path, clean), clean, options);
        writer.subscribe();
        ScheduledExecutorService scheduler = lifecycle.newScheduler("capture-writer");
        long every = options.flushInterval().toMillis();
        writer.schedule = scheduler.scheduleWithFixedDelay(SafeRunnable.of("capture flush", writer::flush),
                every, every, TimeUnit.MILLISECONDS);
        lifecycle.own(writer);
        return writer;
    }

    private void subscribe() {
        store.onNewSeries(s -> {
            if (!closed) {
                pending.put(s.id(), s);
            }
        });
        store.all().forEach(s -> pending.put(s.id(), s));
        Set<Event> queued = Collections.newSetFromMap(new IdentityHashMap<>());
        store.events().onEvent(e -> {
            if (!closed) {
                events.add(e);
            }
        });
        queued.addAll(events);
        for (Event e : store.events().all()) {
            if (!queued.contains(e)) {
                events.add(e);
            }
        }
    }

    /** Commits what arrived since the last flush in one transaction. Called by the schedule and on close. */
    public synchronized void flush() {
        if (closed || failure != null) {
            return;
        }
        try {
            writeNewSeries();
            for (Tracked t : tracked.values()) {
                pull(t);
                t.recorder.flush(file);
            }
            writeEvents();
            writeMetadata();
            file.commit();
            sweepRetention();
        } catch (SQLException | RuntimeException e) {
            file.rollbackQuietly();
            failure = "capture " + file.path() + " stopped recording: " + e.getMessage();
            LOG.error("{}", failure, e);
        }
    }

    private void writeNewSeries() throws SQLException {
        for (Series s : List.copyOf(pending.values())) {
            pending.remove(s.id());
            if (!tracked.containsKey(s.id())) {
                ValueEncoding encoding = options.encodings().apply(s);
                long rowId = file.insertSeries(Redaction.seriesId(s.id(), options.redactor()::redact), s.unit(), encoding);
                tracked.put(s.id(), new Tracked(s, new SeriesRecorder(rowId, encoding)));
            }
        }
    }

    /** Reads samples newer than the last one taken; found by time, since retention shifts snapshot indexes. */
    private void pull(Tracked t) throws SQLException {
        Series.Snapshot snap = t.series.snapshot();
        int i = t.lastTime == Long.MIN_VALUE ? 0 : snap.lowerBound(t.lastTime);
        int skip = t.takenAtLastTime;
        for (; i < snap.size(); i++) {
            long time = snap.time(i);
            if (time == t.lastTime && skip > 0) {
                skip--;
                continue;
            }
            t.recorder.add(time, snap.value(i), file);
            t.takenAtLastTime = time == t.lastTime ? t.takenAtLastTime + 1 : 1;
            t.lastTime = time;
        }
    }

    private void writeEvents() throws SQLException {
        Event e;
        while ((e = events.poll()) != null) {
            file.insertEvent(Redaction.event(e, options.redactor()::redact));
            eventsWritten++;
        }
    }

    private void writeMetadata() throws SQLException {
        CaptureMetadata m = metadata;
        long now = options.clock().millis();
        metadata = m.withRange(m.startedAt(), now);
        file.putMetadata(metadata);
    }

    private void sweepRetention() throws SQLException {
        long keep = options.retention().toMillis();
        long now = options.clock().millis();
        if (keep <= 0 || now - lastRetentionSweep < 10_000) {
            return;
        }
        lastRetentionSweep = now;
        int dropped = file.dropBefore(now - keep);
        file.commit();
        if (dropped > 0) {
            file.reclaimFreePages();
            LOG.debug("retention dropped {} chunks older than {}", dropped, options.retention());
        }
    }

    /** Changes the metadata (e.g. a pool configuration seen); written, redacted, with the next flush. */
    public void updateMetadata(UnaryOperator<CaptureMetadata> change) {
        synchronized (this) {
            metadata = change.apply(metadata).mapText(options.redactor()::redact);
        }
    }

    public CaptureMetadata metadata() {
        return metadata;
    }

    public Path file() {
        return file.path();
    }

    /** Bytes on disk now, the write-ahead log included: what the recording indicator shows. */
    public long sizeBytes() {
        return size(file.path()) + size(Path.of(file.path() + "-wal"));
    }

    /** Why recording stopped (disk full, file removed), or {@code null} while it is healthy. */
    public String failure() {
        return failure;
    }

    public synchronized long samplesWritten() {
        long n = 0;
        for (Tracked t : tracked.values()) {
            n += t.recorder.samplesStored();
        }
        return n;
    }

    public synchronized long eventsWritten() {
        return eventsWritten;
    }

    public synchronized int seriesWritten() {
        return tracked.size();
    }

    /** Final flush, seals every open chunk, then checkpoints into a single file. Idempotent. */
    @Override
    public void close() {
        if (schedule != null) {
            schedule.cancel(false);
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            flush();
            closed = true;
            try {
                if (failure == null) {
                    for (Tracked t : new ArrayList<>(tracked.values())) {
                        t.recorder.seal(file);
                    }
                    file.commit();
                }
                file.close();
            } catch (SQLException e) {
                LOG.error("closing capture {} failed: {}", file.path(), e.getMessage());
            }
        }
    }

    private static long size(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
