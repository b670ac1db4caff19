package io.sightline.demo.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

/** Calls the payment provider (the demo's payment stub on loopback) with connect and response timeouts. */
final class PaymentClient {
    static final Duration TIMEOUT = Duration.ofSeconds(4);

    private final URI endpoint;
    private final HttpClient http;

    PaymentClient(URI endpoint, ExecutorService executor) {
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).executor(executor)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** True when the payment is approved, false when declined; throws on timeouts and provider errors. */
    boolean charge(long orderId, String amount) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"order\":" + orderId + ",\"amount\":\"" + amount + "\"}"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("payment provider answered " + response.statusCode() + " for order " + orderId);
        }
        return response.body().contains("\"approved\"");
    }
}
