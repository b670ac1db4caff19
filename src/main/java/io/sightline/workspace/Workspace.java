package io.sightline.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/**
 * The user's workspace: {@code ~/.sightline/}, or {@code $SIGHTLINE_HOME} when set (every test sets it). Holds
 * saved targets and layouts as JSON, and captures. Never a password: callers strip secrets before saving.
 */
public final class Workspace {
    public static final String HOME_VARIABLE = "SIGHTLINE_HOME";

    private final Path root;
    /** Made on first use: a new mapper costs 40-200 ms of class loading, which the GUI's first frame must not wait for. */
    private volatile ObjectMapper json;

    public Workspace(Path root) {
        this.root = root;
    }

    /** The workspace the environment names: {@code $SIGHTLINE_HOME} or {@code ~/.sightline}. */
    public static Workspace fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static Workspace fromEnvironment(Map<String, String> env) {
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return new Workspace(Path.of(home));
        }
        return new Workspace(Path.of(System.getProperty("user.home"), ".sightline"));
    }

    public Path root() {
        return root;
    }

    public Path captures() {
        return dir("captures");
    }

    /** A sub-folder of the workspace, created on first use. */
    public Path dir(String name) {
        Path dir = root.resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create workspace folder " + dir, e);
        }
        return dir;
    }

    /** True when nothing has been saved yet: the first launch, which opens the demo incident. */
    public boolean isFresh() {
        return !Files.exists(root.resolve("targets.json")) && !Files.exists(root.resolve("layout.json"));
    }

    public <T> Optional<T> read(String file, Class<T> type) {
        Path path = root.resolve(file);
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json().readValue(path.toFile(), type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code value} as JSON, atomically, so a crash mid-write never leaves half a file. */
    public void write(String file, Object value) {
        Path path = root.resolve(file);
        try {
            Files.createDirectories(root);
            Path tmp = Files.createTempFile(root, file, ".tmp");
            json().writeValue(tmp.toFile(), value);
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    private ObjectMapper json() {
        ObjectMapper mapper = json;
        if (mapper == null) {
            synchronized (this) {
                mapper = json;
                if (mapper == null) {
                    mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                    json = mapper;
                }
            }
        }
        return mapper;
    }
}
