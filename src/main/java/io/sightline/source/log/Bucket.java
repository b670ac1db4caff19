package io.sightline.source.log;

import org.HdrHistogram.Histogram;

import java.util.HashMap;
import java.util.Map;

/** The counts of one interval while it is open. Mergeable, so two range readers can share one file. */
final class Bucket {
    final long start;
    long requests;
    long entries;
    long c4xx;
    long c5xx;
    long exceptions;
    long poolTimeouts;
    long gcPauses;
    double gcPauseMax;
    Histogram latencyMicros;
    Map<String, Long> exceptionsByClass;

    Bucket(long start) {
        this.start = start;
    }

    void request(int status, long latencyMicros, Histogram spare) {
        requests++;
        if (status >= 500) {
            c5xx++;
        } else if (status >= 400) {
            c4xx++;
        }
        if (latencyMicros >= 0) {
            if (this.latencyMicros == null) {
                this.latencyMicros = spare;
            }
            this.latencyMicros.recordValue(latencyMicros);
        }
    }

    void exception(String cls) {
        exceptions++;
        if (cls != null) {
            if (exceptionsByClass == null) {
                exceptionsByClass = new HashMap<>();
            }
            exceptionsByClass.merge(cls, 1L, Long::sum);
        }
    }

    void gcPause(double ms) {
        gcPauses++;
        gcPauseMax = Math.max(gcPauseMax, ms);
    }

    void merge(Bucket o) {
        requests += o.requests;
        entries += o.entries;
        c4xx += o.c4xx;
        c5xx += o.c5xx;
        exceptions += o.exceptions;
        poolTimeouts += o.poolTimeouts;
        gcPauses += o.gcPauses;
        gcPauseMax = Math.max(gcPauseMax, o.gcPauseMax);
        if (o.latencyMicros != null) {
            if (latencyMicros == null) {
                latencyMicros = newHistogram();
            }
            latencyMicros.add(o.latencyMicros);
        }
        if (o.exceptionsByClass != null) {
            o.exceptionsByClass.forEach(this::mergeClass);
        }
    }

    private void mergeClass(String cls, long n) {
        if (exceptionsByClass == null) {
            exceptionsByClass = new HashMap<>();
        }
        exceptionsByClass.merge(cls, n, Long::sum);
    }

    BucketValues values(long widthMillis) {
        double p50 = Double.NaN;
        double p95 = Double.NaN;
        double p99 = Double.NaN;
        if (latencyMicros != null && latencyMicros.getTotalCount() > 0) {
            p50 = latencyMicros.getValueAtPercentile(50) / 1000.0;
            p95 = latencyMicros.getValueAtPercentile(95) / 1000.0;
            p99 = latencyMicros.getValueAtPercentile(99) / 1000.0;
        }
        return new BucketValues(start, widthMillis, requests, entries, p50, p95, p99, c4xx, c5xx, exceptions,
                exceptionsByClass == null ? Map.of() : Map.copyOf(exceptionsByClass), poolTimeouts, gcPauses,
                gcPauses == 0 ? Double.NaN : gcPauseMax, false);
    }

    /** Two significant digits (1 % error) and auto-resize: small until a bucket sees long requests. */
    static Histogram newHistogram() {
        Histogram h = new Histogram(2);
        h.setAutoResize(true);
        return h;
    }
}
