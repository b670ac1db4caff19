package io.sightline.ui.sources;

import io.sightline.source.jmx.TargetSpec;
import io.sightline.source.jmx.TargetState;

/**
 * One row of the sources panel: a local JVM, a saved remote target, or a target connected for this session only
 * (the demo), with its connection state.
 *
 * @param spec   how to reach it
 * @param kind   where it comes from
 * @param phase  the poller's state, or null when not connected
 * @param status one line for people (state, reason, pools)
 */
public record SourceItem(TargetSpec spec, Kind kind, TargetState.Phase phase, String status) {
    /** Where a row comes from. */
    public enum Kind { LOCAL, SAVED, SESSION }

    public String name() {
        return spec.name();
    }

    /** Polled now or trying to be: connecting, connected or reconnecting. */
    public boolean connected() {
        return phase == TargetState.Phase.CONNECTING || phase == TargetState.Phase.CONNECTED
                || phase == TargetState.Phase.RECONNECTING;
    }

    /** Has a poller, even a failed one (which Disconnect clears and Connect retries). */
    public boolean polled() {
        return phase != null && phase != TargetState.Phase.STOPPED;
    }

    /** The style class of the row's state badge. */
    String phaseStyle() {
        return phase == null ? SourcesStyles.STATE_IDLE : switch (phase) {
            case CONNECTED -> SourcesStyles.STATE_OK;
            case CONNECTING, RECONNECTING -> SourcesStyles.STATE_WARN;
            case FAILED -> SourcesStyles.STATE_FAILED;
            default -> SourcesStyles.STATE_IDLE;
        };
    }
}
