package io.sightline.chart;

import io.sightline.series.Series;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;

/**
 * Writes the samples of the given series inside a time range as CSV, one row per sample
 * ({@code time,epoch_ms,series,unit,value}), raw and undecimated so nothing is lost; a gap is an empty value.
 */
public final class CsvExporter {
    public static final String HEADER = "time,epoch_ms,series,unit,value";

    private CsvExporter() {
    }

    public static void write(Collection<PlotSeries> series, TimeRange range, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        StringBuilder row = new StringBuilder(96);
        for (PlotSeries p : series) {
            Series.Snapshot s = p.series().snapshot();
            String id = quote(p.id().toString());
            String unit = quote(p.unit().symbol());
            IOException[] failure = new IOException[1];
            s.forEach(range.from(), range.to(), (t, v) -> {
                if (failure[0] != null) {
                    return;
                }
                row.setLength(0);
                row.append(Instant.ofEpochMilli(t)).append(',').append(t).append(',').append(id).append(',')
                        .append(unit).append(',');
                if (!Double.isNaN(v)) {
                    row.append(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
                }
                row.append('\n');
                try {
                    out.write(row.toString());
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
        out.flush();
    }

    public static void write(Collection<PlotSeries> series, TimeRange range, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(series, range, w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
