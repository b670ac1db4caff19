package io.sightline.lint.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.sightline.lint.ConfigFormat;
import io.sightline.lint.PoolConfiguration;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads pool configurations from files: HikariCP properties, Spring Boot {@code application*.yml|yaml|properties}
 * (several datasources, profiles — documents of all Spring files given together are merged per profile, as Spring
 * Boot does), and JSON. The one entry point for {@code lint}, {@code pool-test} and the GUI.
 */
public final class ConfigReader {
    private final JsonFactory yaml = new YAMLFactory();
    private final JsonFactory json = new JsonFactory();

    /** Every pool configured in {@code files}; one unusable file fails the whole read, naming it. */
    public List<PoolConfiguration> read(List<Path> files) throws ConfigReadException {
        List<PoolConfiguration> pools = new ArrayList<>();
        List<FlatDocument> springDocs = new ArrayList<>();
        for (Path file : files) {
            List<FlatDocument> docs = parse(file);
            ConfigFormat format = formatOf(file, docs);
            if (format == ConfigFormat.SPRING) {
                springDocs.addAll(docs);
            } else {
                pools.add(HikariInterpreter.interpret(file, docs, format));
            }
        }
        if (!springDocs.isEmpty()) {
            pools.addAll(SpringInterpreter.interpret(springDocs));
        }
        return pools;
    }

    private List<FlatDocument> parse(Path file) throws ConfigReadException {
        String name = file.toString();
        String lower = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (!Files.exists(file)) {
                throw new ConfigReadException(name, 0, "no such file");
            }
            if (!Files.isReadable(file)) {
                throw new ConfigReadException(name, 0, "permission denied");
            }
            if (Files.isDirectory(file)) {
                throw new ConfigReadException(name, 0, "is a directory, not a configuration file");
            }
            if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
                return TreeFlattener.flatten(file, name, yaml);
            }
            if (lower.endsWith(".json")) {
                return TreeFlattener.flatten(file, name, json);
            }
            if (lower.endsWith(".properties")) {
                return PropertiesFileParser.parse(file, name, readLines(file));
            }
            throw new ConfigReadException(name, 0, "unknown file type; expected .properties, .yml, .yaml or .json");
        } catch (NoSuchFileException e) {
            throw new ConfigReadException(name, 0, "no such file");
        } catch (IOException e) {
            throw new ConfigReadException(name, 0, "cannot read: " + reason(e));
        }
    }

    /** Spring Boot reads properties as UTF-8 since 2.x; old files may still be ISO-8859-1. */
    private static List<String> readLines(Path file) throws IOException, ConfigReadException {
        byte[] head = Files.readAllBytes(file);
        for (byte b : head) {
            if (b == 0) {
                throw new ConfigReadException(file.toString(), 0, "a binary file, not a properties file");
            }
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Spring when the keys say so (or the file is an {@code application*} file), else HikariCP's own format. */
    static ConfigFormat formatOf(Path file, List<FlatDocument> docs) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean springish = lower.startsWith("application") || lower.startsWith("bootstrap")
                || lower.endsWith(".yml") || lower.endsWith(".yaml")
                || docs.stream().flatMap(d -> d.entries().stream())
                .map(e -> e.key().toLowerCase(Locale.ROOT))
                .anyMatch(k -> k.startsWith("spring.") || k.contains(".hikari."));
        if (springish) {
            return ConfigFormat.SPRING;
        }
        return lower.endsWith(".json") ? ConfigFormat.JSON : ConfigFormat.HIKARI_PROPERTIES;
    }
}
