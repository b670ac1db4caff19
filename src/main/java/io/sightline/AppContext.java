package io.sightline;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.SeriesStore;
import io.sightline.workspace.Workspace;

import java.time.Clock;

/**
 * What one running Sightline shares: its clock, workspace, series store and the lifecycle that owns every
 * thread and child process. The GUI and each CLI command build one and close it on exit; tests build their own.
 */
public final class AppContext implements AutoCloseable {
    private final Clock clock;
    private final Workspace workspace;
    private final SeriesStore store;
    private final Lifecycle lifecycle;

    public AppContext(Clock clock, Workspace workspace, SeriesStore store, Lifecycle lifecycle) {
        this.clock = clock;
        this.workspace = workspace;
        this.store = store;
        this.lifecycle = lifecycle;
    }

    /** The context of a real session: system clock, the environment's workspace, a fresh store. */
    public static AppContext create() {
        return new AppContext(Clock.systemDefaultZone(), Workspace.fromEnvironment(), new SeriesStore(), new Lifecycle());
    }

    public Clock clock() {
        return clock;
    }

    public Workspace workspace() {
        return workspace;
    }

    public SeriesStore store() {
        return store;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    @Override
    public void close() {
        lifecycle.close();
    }
}
