package io.sightline.source.jmx;

import io.sightline.workspace.Workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * The user's saved remote targets, as {@code targets.json} in the workspace. A {@link TargetSpec} has no password
 * field, so none can reach the file; the password stays in the session's memory ({@link Credentials}).
 */
public final class SavedTargets {
    static final String FILE = "targets.json";

    private final Workspace workspace;
    /** The file as last read or written: the sources panel asks on every refresh, the disk is read once. */
    private List<TargetSpec> cached;

    public SavedTargets(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The file's shape; versioned so a later Sightline can migrate it. */
    public record TargetsFile(int version, List<TargetSpec> targets) {
    }

    public synchronized List<TargetSpec> load() {
        if (cached == null) {
            cached = workspace.read(FILE, TargetsFile.class).map(f -> f.targets() == null ? List.<TargetSpec>of()
                    : List.copyOf(f.targets())).orElse(List.of());
        }
        return cached;
    }

    /** Adds or replaces (by name) one target. */
    public synchronized void put(TargetSpec spec) {
        List<TargetSpec> all = new ArrayList<>(load());
        all.removeIf(t -> t.name().equals(spec.name()));
        all.add(spec);
        write(all);
    }

    public synchronized void remove(String name) {
        List<TargetSpec> all = new ArrayList<>(load());
        if (all.removeIf(t -> t.name().equals(name))) {
            write(all);
        }
    }

    private void write(List<TargetSpec> all) {
        workspace.write(FILE, new TargetsFile(1, all));
        cached = List.copyOf(all);
    }
}
