package io.sightline.ui.replay;

import io.sightline.capture.replay.ReplayClock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * "Now" as a replay sees it: the playhead. Views written for live data (the charts' follow-live, the checklist's
 * ages) then behave during replay as they did when the capture was recorded.
 */
final class PlayheadClock extends Clock {
    private final ReplayClock replay;
    private final ZoneId zone;

    PlayheadClock(ReplayClock replay, ZoneId zone) {
        this.replay = replay;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new PlayheadClock(replay, z);
    }

    @Override
    public long millis() {
        return replay.playhead();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }
}
