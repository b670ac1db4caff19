package io.sightline.source.log;

import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.Metrics;
import io.sightline.series.Severity;

import java.util.List;
import java.util.Map;

/**
 * The sink behind every parser: feeds derived metrics, runs the recognisers over each entry's text (and over
 * raw lines, whatever their layout), and turns entries with a stack trace into exception events.
 */
public final class LogProcessor implements LogSink {
    private final String eventSource;
    private final DerivedMetrics metrics;
    private final LogOutputs outputs;

    /**
     * @param eventSource the events' source, {@code log/<target>}
     */
    public LogProcessor(String eventSource, DerivedMetrics metrics, LogOutputs outputs) {
        this.eventSource = eventSource;
        this.metrics = metrics;
        this.outputs = outputs;
    }

    @Override
    public void request(long timeMillis, int status, long latencyMicros) {
        metrics.request(timeMillis, status, latencyMicros);
    }

    @Override
    public void record(LogRecord r) {
        metrics.entry(r.timeMillis());
        recognise(r.timeMillis(), r.fullText());
        String cls = r.exceptionClass();
        if (cls != null) {
            metrics.exception(r.timeMillis(), cls);
            if (!outputs.wantsEvents()) {
                return;
            }
            String text = r.message().isEmpty() ? cls : r.message();
            outputs.event(new Event(r.timeMillis(), eventSource, EventKinds.LOG_EXCEPTION,
                    r.severity() == Severity.ERROR ? Severity.ERROR : Severity.WARN, text,
                    Map.of("class", cls, "logger", r.logger(), "thread", r.thread())));
        }
    }

    @Override
    public boolean wantsEntryDetail() {
        return outputs.wantsEvents();
    }

    @Override
    public void gcPause(long timeMillis, double pauseMillis, String kind, String text) {
        metrics.gcPause(timeMillis, pauseMillis);
        outputs.gcPause(timeMillis, pauseMillis, kind);
        if ("full".equals(kind)) {
            outputs.event(new Event(timeMillis, eventSource, EventKinds.LOG_GC_FULL, Severity.WARN,
                    String.format("Full GC pause %.1f ms", pauseMillis), Map.of("pauseMs", Double.toString(pauseMillis))));
        }
    }

    @Override
    public void raw(long timeMillis, String text, String reason) {
        if (outputs.wantsEvents()) {
            outputs.event(new Event(timeMillis, eventSource, EventKinds.LOG_UNPARSED, Severity.DEBUG, text,
                    Map.of("reason", reason)));
        }
        recognise(timeMillis, text);
    }

    private void recognise(long time, String text) {
        if (!outputs.wantsEvents()) {
            // metrics only: of all recognisers only the pool timeout feeds a series, and a substring finds it
            if (text.indexOf(Recognisers.POOL_TIMEOUT_PHRASE) >= 0) {
                metrics.poolTimeout(time);
            }
            return;
        }
        List<Recogniser.Match> matches = Recognisers.recognise(text);
        for (Recogniser.Match m : matches) {
            if (m.kind().equals(EventKinds.LOG_POOL_TIMEOUT)) {
                metrics.poolTimeout(time);
            }
            if (outputs.wantsEvents()) {
                outputs.event(new Event(time, eventSource, m.kind(), m.severity(), m.line(), m.attributes()));
                poolNumbers(time, m.attributes());
            }
        }
    }

    private void poolNumbers(long time, Map<String, String> a) {
        String pool = a.get("pool");
        if (pool == null || pool.isEmpty() || a.get("total") == null) {
            return;
        }
        outputs.poolGauge(time, pool, Metrics.POOL_TOTAL, Double.parseDouble(a.get("total")));
        outputs.poolGauge(time, pool, Metrics.POOL_ACTIVE, Double.parseDouble(a.get("active")));
        outputs.poolGauge(time, pool, Metrics.POOL_IDLE, Double.parseDouble(a.get("idle")));
        outputs.poolGauge(time, pool, Metrics.POOL_WAITING, Double.parseDouble(a.get("waiting")));
    }
}
