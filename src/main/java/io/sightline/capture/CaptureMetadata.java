package io.sightline.capture;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.sightline.Version;
import io.sightline.redact.Redactor;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a capture says about itself, stored as JSON in {@code meta.metadata}. Unknown fields are ignored so an
 * older Sightline reads a newer file's metadata as far as it understands it.
 *
 * @param sightlineVersion the version that recorded it
 * @param timeZone         the recorder's zone, so times read as the responder saw them
 * @param startedAt        epoch ms when recording began
 * @param endedAt          epoch ms of the last flush (updated on every flush, so a crashed file still has it)
 * @param targets          what was watched (JMX URLs or PIDs, log paths, commands), credentials removed
 * @param sources          source names ({@code jmx/shop-1}) as series ids use them
 * @param poolConfigs      pool name to its configuration as seen (key to value), credentials removed
 * @param attributes       anything else worth keeping (scenario, notes)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaptureMetadata(String sightlineVersion, String timeZone, Long startedAt, Long endedAt,
                              List<String> targets, List<String> sources,
                              Map<String, Map<String, String>> poolConfigs, Map<String, String> attributes) {
    public CaptureMetadata {
        targets = targets == null ? List.of() : List.copyOf(targets);
        sources = sources == null ? List.of() : List.copyOf(sources);
        poolConfigs = poolConfigs == null ? Map.of() : Map.copyOf(poolConfigs);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** Metadata for a recording starting now on this machine. */
    public static CaptureMetadata startingAt(long epochMillis, ZoneId zone) {
        return new CaptureMetadata(Version.get(), zone.getId(), epochMillis, epochMillis, List.of(), List.of(),
                Map.of(), Map.of());
    }

    public CaptureMetadata withTargets(List<String> t) {
        return new CaptureMetadata(sightlineVersion, timeZone, startedAt, endedAt, t, sources, poolConfigs, attributes);
    }

    public CaptureMetadata withSources(List<String> s) {
        return new CaptureMetadata(sightlineVersion, timeZone, startedAt, endedAt, targets, s, poolConfigs, attributes);
    }

    public CaptureMetadata withPoolConfig(String pool, Map<String, String> config) {
        Map<String, Map<String, String>> p = new LinkedHashMap<>(poolConfigs);
        p.put(pool, config);
        return new CaptureMetadata(sightlineVersion, timeZone, startedAt, endedAt, targets, sources, p, attributes);
    }

    public CaptureMetadata withAttribute(String key, String value) {
        Map<String, String> a = new LinkedHashMap<>(attributes);
        a.put(key, value);
        return new CaptureMetadata(sightlineVersion, timeZone, startedAt, endedAt, targets, sources, poolConfigs, a);
    }

    public CaptureMetadata withRange(Long start, Long end) {
        return new CaptureMetadata(sightlineVersion, timeZone, start, end, targets, sources, poolConfigs, attributes);
    }

    /** Every string passed through {@code redact}: used with {@link Redactor} before writing, and for export. */
    public CaptureMetadata mapText(UnaryOperator<String> redact) {
        Map<String, Map<String, String>> pools = new LinkedHashMap<>();
        poolConfigs.forEach((pool, config) -> pools.put(redact.apply(pool), mapValues(config, redact)));
        return new CaptureMetadata(sightlineVersion, timeZone, startedAt, endedAt,
                targets.stream().map(redact).toList(), sources.stream().map(redact).toList(), pools,
                mapValues(attributes, redact));
    }

    private static Map<String, String> mapValues(Map<String, String> in, UnaryOperator<String> redact) {
        Map<String, String> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, isSecretKey(k) ? Redactor.MASK : redact.apply(v)));
        return out;
    }

    /** A config entry named like a secret ({@code password}, {@code dataSource.password}) is masked whole. */
    private static boolean isSecretKey(String key) {
        String k = key.toLowerCase(java.util.Locale.ROOT);
        return k.contains("password") || k.contains("secret") || k.contains("token") || k.endsWith("pwd")
                || k.contains("credential");
    }

    public ZoneId zone() {
        try {
            return timeZone == null ? ZoneId.systemDefault() : ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            return ZoneId.systemDefault();
        }
    }
}
