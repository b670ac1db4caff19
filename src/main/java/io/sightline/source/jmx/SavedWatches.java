package io.sightline.source.jmx;

import io.sightline.workspace.Workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The MBean attributes the user chose to chart, per target name, as {@code watches.json} in the workspace, so a
 * target polled again (the same saved target, the demo) charts them again without asking.
 */
public final class SavedWatches {
    static final String FILE = "watches.json";

    private final Workspace workspace;
    private final Map<String, List<AttributeWatch>> memory = new TreeMap<>();
    private boolean loaded;

    /** @param workspace where to keep them; null keeps them in memory for this session only */
    public SavedWatches(Workspace workspace) {
        this.workspace = workspace;
        this.loaded = workspace == null;
    }

    /** Read on first use, not at construction: a session starts without touching the disk for this. */
    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            workspace.read(FILE, WatchesFile.class).ifPresent(f -> {
                if (f.targets() != null) {
                    f.targets().forEach((k, v) -> memory.put(k, v == null ? List.of() : List.copyOf(v)));
                }
            });
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(SavedWatches.class)
                    .warn("{} ignored, no attributes charted beyond the defaults: {}", FILE, e.getMessage());
        }
    }

    /** The file's shape; versioned so a later Sightline can migrate it. */
    public record WatchesFile(int version, Map<String, List<AttributeWatch>> targets) {
    }

    public synchronized List<AttributeWatch> of(String target) {
        load();
        return memory.getOrDefault(target, List.of());
    }

    public synchronized void put(String target, List<AttributeWatch> watches) {
        load();
        if (watches.isEmpty()) {
            memory.remove(target);
        } else {
            memory.put(target, List.copyOf(watches));
        }
        if (workspace != null) {
            workspace.write(FILE, new WatchesFile(1, new TreeMap<>(memory)));
        }
    }

    synchronized List<AttributeWatch> add(String target, AttributeWatch watch) {
        List<AttributeWatch> next = new ArrayList<>(of(target));
        if (!next.contains(watch)) {
            next.add(watch);
            put(target, next);
        }
        return of(target);
    }

    synchronized List<AttributeWatch> remove(String target, AttributeWatch watch) {
        List<AttributeWatch> next = new ArrayList<>(of(target));
        if (next.remove(watch)) {
            put(target, next);
        }
        return of(target);
    }
}
