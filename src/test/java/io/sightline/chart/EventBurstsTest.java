package io.sightline.chart;

import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventBurstsTest {
    private static Event at(long t, String kind) {
        return Event.of(t, "log/app", kind, Severity.ERROR, kind + " at " + t);
    }

    @Test
    void aStreamOfOneKindIsOneMarkAtItsOnsetAndAPauseStartsANewOne() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            events.add(at(60_000 + i * 100L, EventKinds.LOG_POOL_TIMEOUT)); // 50 s of timeouts, 10 per second
        }
        events.add(at(70_000, EventKinds.TARGET_RESTARTED));
        events.add(at(130_000, EventKinds.LOG_POOL_TIMEOUT)); // after a 20 s quiet spell
        events.add(at(131_000, EventKinds.LOG_POOL_STATS)); // routine: never a mark
        events.sort((a, b) -> Long.compare(a.timeMillis(), b.timeMillis()));

        List<EventBursts.Tick> ticks = EventBursts.of(events);

        assertThat(ticks).extracting(EventBursts.Tick::time).containsExactly(60_000L, 70_000L, 130_000L);
        assertThat(ticks).extracting(EventBursts.Tick::count).containsExactly(500, 1, 1);
        assertThat(EventBursts.after(ticks, 60_000).time()).isEqualTo(70_000);
        assertThat(EventBursts.before(ticks, 70_000).time()).isEqualTo(60_000);
        assertThat(EventBursts.after(ticks, 130_000)).isNull();
        assertThat(EventBursts.before(ticks, 60_000)).isNull();
    }
}
