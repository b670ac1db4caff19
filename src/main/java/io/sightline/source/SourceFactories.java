package io.sightline.source;

import io.sightline.cli.UserInputException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The source factories available to a command, one per kind. */
public final class SourceFactories {
    private final Map<String, SourceFactory> byKind = new LinkedHashMap<>();

    private SourceFactories(List<SourceFactory> factories) {
        for (SourceFactory f : factories) {
            SourceFactory previous = byKind.putIfAbsent(f.kind(), f);
            if (previous != null) {
                throw new IllegalStateException("two source factories for --" + f.kind() + ": "
                        + previous.getClass().getName() + " and " + f.getClass().getName());
            }
        }
    }

    /** The factories this build registers in {@code META-INF/services/io.sightline.source.SourceFactory}. */
    public static SourceFactories discover() {
        return new SourceFactories(ServiceLoader.load(SourceFactory.class).stream().map(ServiceLoader.Provider::get).toList());
    }

    public static SourceFactories of(SourceFactory... factories) {
        return new SourceFactories(List.of(factories));
    }

    public Optional<SourceFactory> find(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    /** The factory for {@code kind}, or a one-line error saying this build cannot read that kind of source. */
    public SourceFactory require(String kind, String argument) {
        return find(kind).orElseThrow(() -> new UserInputException("--" + kind + " " + argument
                + ": this build of Sightline has no " + kind + " source"));
    }
}
