package io.sightline.capture;

import io.sightline.concurrent.NamedThreadFactory;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The checks {@link CaptureReader#open} runs before trusting a file: header, version, format, integrity. */
final class CaptureChecks {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private CaptureChecks() {
    }

    static void checkHeader(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new CaptureException(path, "no such capture file");
        }
        byte[] head = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(path)) {
            if (in.readNBytes(head, 0, head.length) < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
                throw new CaptureException(path, "not a Sightline capture (not an SQLite database)");
            }
        } catch (IOException e) {
            throw new CaptureException(path, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * SQLite refuses a file shorter than its header's page count as corrupt; a capture cut short (a full disk, an
     * interrupted copy) still holds its first part, so retry with {@code writable_schema}, which makes SQLite
     * trust the file's real length. Nothing is ever written through this connection.
     */
    static int versionOrTolerateTruncation(Connection db, Path path, List<String> problems) {
        try {
            return intPragma(db, path, "user_version");
        } catch (CaptureException first) {
            String truncation = truncation(path);
            if (truncation == null) {
                throw first;
            }
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA writable_schema = ON");
            } catch (SQLException e) {
                throw first;
            }
            problems.add(path + ": " + truncation);
            return intPragma(db, path, "user_version");
        }
    }

    /** "truncated: ..." when the header promises more pages than the file has, else null. */
    static String truncation(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] h = in.readNBytes(100);
            if (h.length < 100) {
                return null;
            }
            int pageSize = ((h[16] & 0xFF) << 8) | (h[17] & 0xFF);
            pageSize = pageSize == 1 ? 65536 : pageSize;
            long pages = ((h[28] & 0xFFL) << 24) | ((h[29] & 0xFFL) << 16) | ((h[30] & 0xFFL) << 8) | (h[31] & 0xFFL);
            long have = Files.size(path) / Math.max(512, pageSize);
            return pages > have ? "truncated: the file has " + have + " of its " + pages + " pages" : null;
        } catch (IOException e) {
            return null;
        }
    }

    static int intPragma(Connection db, Path path, String pragma) {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new CaptureException(path, "damaged beyond reading (" + e.getMessage() + ")", e);
        }
    }

    static void checkFormat(Connection db, Path path, int version, List<String> problems) {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'format'")) {
            if (!rs.next() || !CaptureSchema.FORMAT.equals(rs.getString(1))) {
                throw new CaptureException(path, "an SQLite database but not a Sightline capture");
            }
        } catch (SQLException e) {
            if (version == 0 || intPragma(db, path, "application_id") != CaptureSchema.APPLICATION_ID) {
                throw new CaptureException(path, "an SQLite database but not a Sightline capture (" + e.getMessage() + ")");
            }
            problems.add("the capture's meta table is unreadable (" + e.getMessage() + ")");
        }
    }

    static String readMetadata(Connection db, List<String> problems) {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'metadata'")) {
            if (rs.next()) {
                return rs.getString(1);
            }
            problems.add("the capture has no metadata");
        } catch (SQLException e) {
            problems.add("the capture's metadata is unreadable (" + e.getMessage() + ")");
        }
        return null;
    }

    /**
     * Starts SQLite's {@code quick_check} (every page and record checked; indexes not cross-checked, which is
     * slow) on a second connection and thread: on a 24 h capture it costs ~140 ms of CPU, half the budget of the
     * first frame, which needs none of it. The thread ends with the check; {@link #close()} waits for it.
     */
    static Future<List<String>> startQuickCheck(Path path, boolean truncated) {
        ExecutorService once = Executors.newSingleThreadExecutor(new NamedThreadFactory("capture-check"));
        try {
            return once.submit(() -> quickCheck(path, truncated));
        } finally {
            once.shutdown();
        }
    }

    static List<String> quickCheck(Path path, boolean truncated) {
        List<String> out = new ArrayList<>();
        try (Connection check = new SQLiteConfig().createConnection("jdbc:sqlite:" + path);
             Statement s = check.createStatement()) {
            if (truncated) {
                s.execute("PRAGMA writable_schema = ON"); // as for the main connection: trust the real length
            }
            try (ResultSet rs = s.executeQuery("PRAGMA quick_check(50)")) {
                while (rs.next()) {
                    for (String line : rs.getString(1).split("\n")) {
                        if (!line.isBlank() && !line.startsWith("*** in database")) {
                            out.add(line.strip());
                        }
                    }
                }
            }
        } catch (SQLException e) {
            out.add("quick_check could not run: " + e.getMessage());
        }
        return out.isEmpty() ? List.of("quick_check returned nothing") : List.copyOf(out);
    }
}
