package io.sightline.capture;

import io.sightline.capture.codec.ValueEncoding;
import io.sightline.redact.HostRedactor;
import io.sightline.redact.Redactor;
import io.sightline.series.Event;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * "Save capture as…": writes the part of a capture (or of a live store) inside a time window to a new file,
 * optionally with host names and IP addresses replaced by aliases for sharing outside the team. Credentials are
 * always removed ({@link Redactor}), whatever the source file held.
 */
public final class CaptureExporter {
    /** @param redactHosts replace host names and IPs (series targets too) with {@code host-N}/{@code ip-N} */
    public record Options(boolean redactHosts) {
        public static final Options PLAIN = new Options(false);
        public static final Options SHARE = new Options(true);
    }

    /**
     * What was exported; {@code aliases} maps each hidden host to its alias, for the person exporting (it is not
     * written to the file).
     */
    public record Result(Path file, int series, long samples, long events, Map<String, String> aliases,
                         CaptureReport sourceReport) {
    }

    private CaptureExporter() {
    }

    /** Exports {@code window} of the capture {@code src} into the new file {@code dest}. */
    public static Result export(Path src, TimeWindow window, Path dest, Options options) {
        try (CaptureReader reader = CaptureReader.open(src)) {
            CaptureReader.Replay replay = reader.replay();
            Result r = export(replay.store(), replay.metadata(), window, dest, options);
            return new Result(r.file(), r.series(), r.samples(), r.events(), r.aliases(), replay.report());
        }
    }

    /** Exports {@code window} of a store (a live session) into the new file {@code dest}. */
    public static Result export(SeriesStore store, CaptureMetadata metadata, TimeWindow window, Path dest,
                                Options options) {
        Redactor redactor = new Redactor();
        HostRedactor hosts = new HostRedactor(options.redactHosts() ? knownHosts(store) : List.of());
        UnaryOperator<String> clean = options.redactHosts() ? t -> hosts.redact(redactor.redact(t)) : redactor::redact;
        CaptureMetadata meta = metadata.mapText(clean).withRange(
                Math.max(window.from(), nullToMin(metadata.startedAt())), Math.min(window.to(), nullToMax(metadata.endedAt())));
        long samples = 0;
        long events = 0;
        int series = 0;
        try (CaptureFile file = CaptureFile.create(dest, meta)) {
            for (Series s : store.matching(id -> true)) {
                long n = writeSeries(file, s, Redaction.seriesId(s.id(), clean), window);
                series += n > 0 ? 1 : 0;
                samples += n;
            }
            for (Event e : store.events().between(window.from(), window.to())) {
                file.insertEvent(Redaction.event(e, clean));
                events++;
            }
            file.commit();
        } catch (SQLException e) {
            throw new CaptureException(dest, "export failed: " + e.getMessage(), e);
        }
        return new Result(dest, series, samples, events, hosts.aliases(), null);
    }

    private static long writeSeries(CaptureFile file, Series s, SeriesId id, TimeWindow window) throws SQLException {
        Series.Snapshot snap = s.snapshot();
        int from = snap.lowerBound(window.from());
        int to = window.to() == Long.MAX_VALUE ? snap.size() : snap.lowerBound(window.to());
        if (from >= to) {
            return 0;
        }
        ValueEncoding encoding = Encodings.forUnit(s.unit());
        SeriesRecorder recorder = new SeriesRecorder(file.insertSeries(id, s.unit(), encoding), encoding);
        for (int i = from; i < to; i++) {
            recorder.add(snap.time(i), snap.value(i), file);
        }
        recorder.seal(file);
        return to - from;
    }

    /** Names to hide: the targets of JMX series (a host or service name) and nothing the regexes miss. */
    private static List<String> knownHosts(SeriesStore store) {
        List<String> out = new ArrayList<>();
        for (Series s : store.all()) {
            if (Metrics.SOURCE_JMX.equals(s.id().source()) && !out.contains(s.id().target())) {
                out.add(s.id().target());
            }
        }
        return out;
    }

    private static long nullToMin(Long v) {
        return v == null ? Long.MIN_VALUE : v;
    }

    private static long nullToMax(Long v) {
        return v == null ? Long.MAX_VALUE : v;
    }
}
