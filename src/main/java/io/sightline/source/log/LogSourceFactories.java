package io.sightline.source.log;

import io.sightline.concurrent.Backoff;
import io.sightline.cli.UserInputException;
import io.sightline.concurrent.Lifecycle;
import io.sightline.series.SeriesStore;
import io.sightline.source.Source;
import io.sightline.source.SourceFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The log kinds of {@link SourceFactory}: {@code --log PATH} follows a file (rotated siblings read as history) and
 * {@code --command CMD} runs a command through {@code sh -c} and reads its stdout. Found by {@code record} through
 * {@code META-INF/services}.
 */
public final class LogSourceFactories {
    private LogSourceFactories() {
    }

    /** The series target of a log source: the file's name without extension, or the command's program name. */
    public static String targetName(String text) {
        String base = text.replaceAll(".*/", "");
        int dot = base.indexOf('.');
        String name = dot > 0 ? base.substring(0, dot) : base;
        name = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "log" : name;
    }

    /** {@code --log PATH}. */
    public static final class FileFactory implements SourceFactory {
        @Override
        public String kind() {
            return LOG;
        }

        @Override
        public Source create(String argument, SeriesStore store, Lifecycle lifecycle) {
            Path path = Path.of(argument);
            if (!Files.isReadable(path) && !Files.isDirectory(path.toAbsolutePath().getParent())) {
                throw new UserInputException("--log " + argument + ": no such file or folder");
            }
            return new FileTailSource(targetName(argument), path, LogOptions.defaults().withHistory(), store, lifecycle,
                    Clock.systemDefaultZone());
        }
    }

    /** {@code --command CMD}. */
    public static final class CommandFactory implements SourceFactory {
        @Override
        public String kind() {
            return COMMAND;
        }

        @Override
        public Source create(String argument, SeriesStore store, Lifecycle lifecycle) {
            String program = argument.trim().split("\\s+")[0];
            if (program.isEmpty()) {
                throw new UserInputException("--command: empty command");
            }
            return new CommandSource(targetName(program), List.of("sh", "-c", argument), LogOptions.defaults(), store,
                    lifecycle, Clock.systemDefaultZone(), Backoff.defaults());
        }
    }

}
