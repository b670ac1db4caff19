package io.sightline.checklist;

import io.sightline.series.Event;
import io.sightline.series.EventAttributes;
import io.sightline.series.EventKinds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Severity;
import io.sightline.series.Unit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Any input may be absent, gapped or garbled: the engine says "unknown", never crashes and never invents numbers. */
class DefensiveInputsTest {
    private static final long T0 = Telemetry.T0;

    @Test
    void emptyStoreIsNotAnAllClear() {
        Diagnosis d = new DiagnosisEngine().evaluate(new SeriesStore(), T0);
        assertThat(d.ranked()).allSatisfy(h -> assertThat(h.score()).isZero());
        assertThat(d.evidence().all()).allSatisfy(e -> assertThat(e.status()).isEqualTo(Evidence.Status.UNKNOWN));
        assertThat(DiagnosisText.render(d, T0)).startsWith("Diagnosis from").contains("No hypothesis has support");
    }

    @Test
    void garbledThreadDumpAndPoolWithoutMaxAreUnknownNotZero() {
        SeriesStore store = new SeriesStore();
        Series active = store.series(SeriesId.of(Metrics.SOURCE_JMX, "a", Metrics.POOL_ACTIVE, Map.of(Metrics.LABEL_POOL, "p")), Unit.CONNECTIONS);
        for (int i = 0; i < 60; i++) {
            active.append(T0 + i * 1000L, 5);
        }
        store.events().add(new Event(T0 + 50_000, "jmx/a", EventKinds.THREAD_DUMP, Severity.INFO, "dump",
                Map.of(EventAttributes.DUMP_WAITING_FOR_POOL, "many", EventAttributes.DUMP_JDBC_IO, "")));

        Diagnosis d = new DiagnosisEngine().evaluate(store, T0 + 60_000);

        assertThat(d.evidence().get(EvidenceIds.POOL_UTILISATION).known()).isFalse();
        assertThat(d.evidence().get(EvidenceIds.DUMP_WAITING_FOR_POOL).known()).isFalse();
        assertThat(d.evidence().get(EvidenceIds.HELD_WITHOUT_IO).known()).isFalse();
    }

    @Test
    void poolMaximumWrittenOnlyOnceStillCounts() {
        SeriesStore store = new SeriesStore();
        Map<String, String> pool = Map.of(Metrics.LABEL_POOL, "p");
        store.series(SeriesId.of(Metrics.SOURCE_JMX, "a", Metrics.POOL_MAX, pool), Unit.CONNECTIONS).append(T0, 10);
        Series active = store.series(SeriesId.of(Metrics.SOURCE_JMX, "a", Metrics.POOL_ACTIVE, pool), Unit.CONNECTIONS);
        for (int i = 0; i < 600; i++) {
            active.append(T0 + i * 1000L, 10);
        }

        Evidence util = new DiagnosisEngine().evaluate(store, T0 + 599_000).evidence().get(EvidenceIds.POOL_UTILISATION);

        assertThat(util.strength()).isEqualTo(1.0);
        assertThat(util.text()).startsWith("Pool p at 10/10 (100%) for 9m59s");
    }

    @Test
    void utilisationNeverExceedsFullWhenTheMaximumIsLoweredInsideTheWindow() {
        SeriesStore store = new SeriesStore();
        Map<String, String> pool = Map.of(Metrics.LABEL_POOL, "shop-db");
        Series max = store.series(SeriesId.of(Metrics.SOURCE_JMX, "a", Metrics.POOL_MAX, pool), Unit.CONNECTIONS);
        Series active = store.series(SeriesId.of(Metrics.SOURCE_JMX, "a", Metrics.POOL_ACTIVE, pool), Unit.CONNECTIONS);
        max.append(T0, 20);
        for (int i = 0; i < 120; i++) {
            // At 110 s the gauges are read apart: active briefly above the new maximum.
            active.append(T0 + i * 1000L, i < 100 ? 12 : i == 110 ? 4 : 3);
            if (i == 100) {
                max.append(T0 + i * 1000L, 3);
            }
        }

        Evidence util = new DiagnosisEngine().evaluate(store, T0 + 119_000).evidence().get(EvidenceIds.POOL_UTILISATION);

        assertThat(util.value()).isLessThanOrEqualTo(1.0);
        assertThat(util.text()).startsWith("Pool shop-db at 3/3 (").doesNotContain("(101%)");
    }

    @Test
    void targetUnreachableMakesThePoolUnknownInsteadOfHoldingTheLastValue() {
        Telemetry t = new Telemetry(60).run(Duration.ofMinutes(2));
        long lost = t.now;
        t.store.matching(id -> id.source().equals(Metrics.SOURCE_JMX)).forEach(s -> s.appendGap(lost));

        Diagnosis d = new DiagnosisEngine().evaluate(t.store, lost + Duration.ofMinutes(3).toMillis());

        assertThat(d.evidence().get(EvidenceIds.POOL_UTILISATION).known()).isFalse();
        assertThat(d.evidence().get(EvidenceIds.POOL_WAITING).known()).isFalse();
    }
}
