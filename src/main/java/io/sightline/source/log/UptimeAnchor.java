package io.sightline.source.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wall-clock time for GC logs that print only JVM uptime ({@code -Xlog:gc*} by default: {@code [12.345s]}).
 * The file was last written at its modification time, by its last line: so the JVM started at
 * mtime minus that line's uptime. Good to the write delay of the last line, and the only honest anchor a
 * finished file offers.
 */
record UptimeAnchor(long wallMillis, double uptimeMillis) {
    private static final Pattern UPTIME = Pattern.compile("(?m)^\\[(\\d+(?:\\.\\d+)?)(s|ms)\\]");
    private static final int TAIL_BYTES = 64 << 10;

    /** Epoch ms of an uptime. */
    long wallAt(double uptime) {
        return wallMillis + (long) (uptime - uptimeMillis);
    }

    /** The anchor of a file whose last lines start with an uptime decorator; null otherwise. */
    static UptimeAnchor of(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long from = Math.max(0, size - TAIL_BYTES);
            ByteBuffer buf = ByteBuffer.allocate((int) (size - from));
            while (buf.hasRemaining() && ch.read(buf, from + buf.position()) > 0) {
                // fill
            }
            Matcher m = UPTIME.matcher(new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1));
            String last = null;
            String unit = null;
            while (m.find()) {
                last = m.group(1);
                unit = m.group(2);
            }
            if (last == null) {
                return null;
            }
            double uptime = Double.parseDouble(last) * ("s".equals(unit) ? 1000.0 : 1.0);
            return new UptimeAnchor(Files.getLastModifiedTime(file).toMillis(), uptime);
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }
}
