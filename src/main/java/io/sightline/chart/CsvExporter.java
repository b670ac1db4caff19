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
 * ({@code time,epoch_ms,series,unit,value,provisional}), raw and undecimated so nothing is lost; a gap is an
 * empty value. A series' provisional tail (open log buckets, values may still change) follows its final samples
 * with {@code provisional} = {@code true}, so a spreadsheet can tell an estimate from a settled figure.
 */
public final class CsvExporter {
    public static final String HEADER = "time,epoch_ms,series,unit,value,provisional";

    private CsvExporter() {
    }

    public static void write(Collection<PlotSeries> series, TimeRange range, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        StringBuilder row = new StringBuilder(96);
        for (PlotSeries p : series) {
            Series.Snapshot s = p.series().snapshot().withProvisional();
            String id = quote(p.id().toString());
            String unit = quote(p.unit().symbol());
            for (int i = s.lowerBound(range.from()); i < s.size() && s.time(i) < range.to(); i++) {
                long t = s.time(i);
                double v = s.value(i);
                row.setLength(0);
                row.append(Instant.ofEpochMilli(t)).append(',').append(t).append(',').append(id).append(',')
                        .append(unit).append(',');
                if (!Double.isNaN(v)) {
                    row.append(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
                }
                row.append(',').append(s.isProvisional(i)).append('\n');
                out.write(row.toString());
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
