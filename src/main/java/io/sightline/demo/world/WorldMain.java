package io.sightline.demo.world;

import com.fasterxml.jackson.databind.JsonNode;
import io.sightline.concurrent.Lifecycle;
import io.sightline.demo.proc.ChildChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The world around the demo service, in one process of its own: its users (the {@link LoadGenerator}) and its
 * payment provider (the {@link PaymentStub}). Outside the service so that the service's GC pauses and restarts do
 * not pause its users: arrivals keep coming, as they do in production.
 */
public final class WorldMain {
    private static final Logger LOG = LoggerFactory.getLogger(WorldMain.class);

    private WorldMain() {
    }

    public static void main(String[] args) throws Exception {
        ChildChannel channel = ChildChannel.open();
        JsonNode config = channel.config();
        Lifecycle lifecycle = new Lifecycle();
        Runtime.getRuntime().addShutdownHook(new Thread(lifecycle::close, "shutdown"));
        PaymentStub payments = lifecycle.own(PaymentStub.start(config.path("declineRate").asDouble(0.10), lifecycle));
        payments.configure(millis(config, "paymentLatencyMs"), millis(config, "paymentJitterMs"));
        LoadGenerator load = new LoadGenerator(lifecycle, channel::send,
                config.path("products").asInt(5000), config.path("carts").asInt(2000));
        channel.serve(command -> apply(command, payments, load));
        channel.send(Map.of("event", "ready", "paymentPort", payments.port()));
    }

    private static void apply(JsonNode command, PaymentStub payments, LoadGenerator load) {
        switch (command.path("cmd").asText()) {
            case "payment" -> payments.configure(millis(command, "latencyMs"), millis(command, "jitterMs"));
            case "load" -> load.start(URI.create(command.path("target").asText()), command.path("rate").asDouble(),
                    new double[] {command.path("browse").asDouble(), command.path("cart").asDouble(),
                            command.path("checkout").asDouble()}, millis(command, "timeoutMs"));
            case "rate" -> load.rate(command.path("rate").asDouble());
            default -> LOG.warn("unknown command {}", command);
        }
    }

    private static Duration millis(JsonNode node, String field) {
        return Duration.ofMillis(node.path(field).asLong(0));
    }
}
