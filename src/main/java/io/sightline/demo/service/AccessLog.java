package io.sightline.demo.service;

import com.sun.net.httpserver.HttpExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes Apache combined format plus the request time in microseconds ({@code %D}) as the last field:
 * {@code %h %l %u [%t] "%r" %>s %b "%{Referer}i" "%{User-Agent}i" %D}. Like Apache, {@code %t} is the time the
 * request started, so lines are written out of time order when requests overlap.
 */
final class AccessLog {
    private static final Logger ACCESS = LoggerFactory.getLogger("access");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    void log(HttpExchange exchange, long startMillis, int status, long bytes, long micros) {
        String line = exchange.getRemoteAddress().getAddress().getHostAddress()
                + " - - [" + TIME.format(Instant.ofEpochMilli(startMillis)) + "] \""
                + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + exchange.getProtocol() + "\" "
                + status + " " + (bytes == 0 ? "-" : Long.toString(bytes)) + " \""
                + header(exchange, "Referer") + "\" \"" + header(exchange, "User-Agent") + "\" " + micros;
        ACCESS.info(line);
    }

    private static String header(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "-" : value.replace("\"", "\\\"");
    }
}
