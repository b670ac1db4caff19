package io.sightline.capture.replay;

import java.time.Clock;

/**
 * The playhead of a replay: where in the capture we are, whether it moves, and how fast. Plain Java over a
 * wall {@link Clock}, so the scrubber's behaviour is unit-tested without waiting; the UI reads
 * {@link #playhead()} once per pulse.
 *
 * <p>The playhead is computed, not ticked: {@code anchor + (wall - anchorWall) × speed}, re-anchored on every
 * change, so it never drifts and costs nothing while paused. Playing stops at the end of the capture.
 */
public final class ReplayClock {
    public static final double MIN_SPEED = 1;
    public static final double MAX_SPEED = 60;

    private final Clock wall;
    private final long start;
    private final long end;
    private long anchor;
    private long anchorWall;
    private double speed = 1;
    private boolean playing;

    public ReplayClock(Clock wall, long start, long end) {
        if (end < start) {
            throw new IllegalArgumentException("replay ends (" + end + ") before it starts (" + start + ")");
        }
        this.wall = wall;
        this.start = start;
        this.end = end;
        this.anchor = start;
        this.anchorWall = wall.millis();
    }

    public long start() {
        return start;
    }

    public long end() {
        return end;
    }

    /** Where the replay is now, in capture time (epoch ms). */
    public synchronized long playhead() {
        if (!playing) {
            return anchor;
        }
        long t = anchor + (long) ((wall.millis() - anchorWall) * speed);
        if (t >= end) {
            playing = false;
            anchor = end;
            return end;
        }
        return t;
    }

    /** Starts moving; from the start again when the playhead stands at the end. */
    public synchronized void play() {
        long at = playhead();
        reanchor(at >= end ? start : at);
        playing = true;
    }

    public synchronized void pause() {
        reanchor(playhead());
        playing = false;
    }

    public synchronized void togglePlay() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    /** Moves the playhead to {@code t}, clamped to the capture; keeps playing if it was. */
    public synchronized void seek(long t) {
        reanchor(Math.max(start, Math.min(end, t)));
    }

    /** Sets the speed, 1× to 60×; other values are refused rather than clamped, so a bug shows. */
    public synchronized void setSpeed(double x) {
        if (!(x >= MIN_SPEED && x <= MAX_SPEED)) {
            throw new IllegalArgumentException("replay speed must be between 1x and 60x, not " + x);
        }
        reanchor(playhead());
        speed = x;
    }

    public synchronized double speed() {
        return speed;
    }

    public synchronized boolean isPlaying() {
        playhead(); // stops at the end
        return playing;
    }

    private void reanchor(long t) {
        anchor = t;
        anchorWall = wall.millis();
    }
}
