package io.sightline.capture.replay;

import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Severity;
import io.sightline.series.Unit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplaySessionTest {
    static final long T0 = 1_767_000_000_000L;
    static final SeriesId ACTIVE = SeriesId.of("jmx", "shop-1", "hikari.active");

    private final MutableClock wall = new MutableClock();
    private ReplaySession session;

    @BeforeEach
    void load() {
        SeriesStore store = new SeriesStore();
        Series s = store.series(ACTIVE, Unit.CONNECTIONS);
        for (int i = 0; i <= 600; i++) { // 10 minutes at 1 Hz
            if (i == 300) {
                s.appendGap(T0 + i * 1000L);
            } else {
                s.append(T0 + i * 1000L, i);
            }
        }
        store.events().add(Event.of(T0 + 60_000, "log/app", EventKinds.LOG_POOL_TIMEOUT, Severity.ERROR, "timeout"));
        store.events().add(Event.of(T0 + 120_000, "checklist", EventKinds.CHECKLIST_ACTION, Severity.INFO, "raised pool"));
        store.events().add(Event.of(T0 + 120_000, "user", EventKinds.NOTE, Severity.INFO, "same instant"));
        session = new ReplaySession(store, wall);
    }

    @Test
    void coversTheWholeCaptureAndStartsPausedAtItsStart() {
        assertThat(session.start()).isEqualTo(T0);
        assertThat(session.end()).isEqualTo(T0 + 600_000);
        assertThat(session.clock().isPlaying()).isFalse();
        assertThat(session.clock().playhead()).isEqualTo(T0);
        assertThat(session.tickTimes()).containsExactly(T0 + 60_000, T0 + 120_000);
    }

    @Test
    void playsAtTheChosenSpeedPausesAndStopsAtTheEnd() {
        ReplayClock clock = session.clock();
        clock.play();
        wall.advance(10_000);
        assertThat(clock.playhead()).isEqualTo(T0 + 10_000);
        clock.setSpeed(60);
        wall.advance(2_000);
        assertThat(clock.playhead()).isEqualTo(T0 + 130_000);
        clock.pause();
        wall.advance(50_000);
        assertThat(clock.playhead()).isEqualTo(T0 + 130_000);
        clock.play();
        wall.advance(60_000); // 3600 s of capture at 60x: far past the end
        assertThat(clock.playhead()).isEqualTo(T0 + 600_000);
        assertThat(clock.isPlaying()).isFalse();
        clock.play(); // at the end: plays from the start again
        assertThat(clock.playhead()).isEqualTo(T0);
        assertThatThrownBy(() -> clock.setSpeed(61)).hasMessageContaining("between 1x and 60x");
        assertThatThrownBy(() -> clock.setSpeed(0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jumpsFromEventToEvent() {
        assertThat(session.nextEvent()).isTrue();
        assertThat(session.clock().playhead()).isEqualTo(T0 + 60_000);
        assertThat(session.nextEvent()).isTrue();
        assertThat(session.clock().playhead()).isEqualTo(T0 + 120_000);
        assertThat(session.nextEvent()).isFalse();
        assertThat(session.clock().playhead()).isEqualTo(T0 + 120_000);
        assertThat(session.previousEvent()).isTrue();
        assertThat(session.clock().playhead()).isEqualTo(T0 + 60_000);
        assertThat(session.previousEvent()).isFalse();
        session.clock().seek(T0 - 5_000);
        assertThat(session.clock().playhead()).isEqualTo(T0);
    }

    @Test
    void showsTheLatestReadingsAndTheEventsOfTheWindowAtThePlayhead() {
        ReplaySession.Visible v = session.visibleAt(T0 + 125_500, Duration.ofMinutes(1));
        assertThat(v.latest().get(ACTIVE)).isEqualTo(new ReplaySession.Reading(T0 + 125_000, 125));
        assertThat(v.windowFrom()).isEqualTo(T0 + 65_500);
        assertThat(v.events()).extracting(Event::text).containsExactly("raised pool", "same instant");
        assertThat(session.visibleAt(T0 + 300_500, Duration.ofMinutes(1)).latest().get(ACTIVE).value()).isNaN();
        assertThat(session.visibleAt(T0 - 1, Duration.ofMinutes(1)).latest()).isEmpty();
    }

    static final class MutableClock extends Clock {
        private long now = 1_000_000;

        void advance(long ms) {
            now += ms;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now);
        }
    }
}
