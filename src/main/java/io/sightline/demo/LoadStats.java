package io.sightline.demo;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One second of the demo load, as the load generator counted it. {@code offered} requests arrived;
 * {@code completed} got an answer (of which {@code ok} 2xx, {@code clientErrors} 4xx, {@code serverErrors} 5xx);
 * {@code failed} could not connect or lost the connection; {@code timedOut} were abandoned by the client;
 * {@code dropped} exceeded the generator's in-flight cap; {@code inFlight} are waiting now.
 */
public record LoadStats(long offered, long completed, long ok, long clientErrors, long serverErrors, long failed,
                        long timedOut, long dropped, long inFlight, double meanLatencyMs) {
    public static final LoadStats NONE = new LoadStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    static LoadStats of(JsonNode m) {
        return new LoadStats(m.path("offered").asLong(), m.path("completed").asLong(), m.path("ok").asLong(),
                m.path("clientErrors").asLong(), m.path("serverErrors").asLong(), m.path("failed").asLong(),
                m.path("timedOut").asLong(), m.path("dropped").asLong(), m.path("inFlight").asLong(),
                m.path("meanLatencyMs").asDouble());
    }
}
