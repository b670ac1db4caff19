package io.sightline.source.log;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** logrotate's numbered siblings of a log file ({@code app.log.1}, {@code app.log.2.gz}), oldest first. */
final class RotatedSiblings {
    private RotatedSiblings() {
    }

    /** Plain and gzipped siblings, oldest (highest number) first. */
    static List<Path> all(Path file) throws IOException {
        return find(file, true);
    }

    /** Uncompressed siblings only, oldest first (those a rename rotation can just have produced). */
    static List<Path> plain(Path file) throws IOException {
        return find(file, false);
    }

    private static List<Path> find(Path file, boolean gz) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        String base = file.getFileName().toString();
        Pattern p = Pattern.compile(Pattern.quote(base) + "\\.(\\d+)" + (gz ? "(\\.gz)?" : ""));
        List<Object[]> found = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, base + ".*")) {
            for (Path sib : ds) {
                Matcher m = p.matcher(sib.getFileName().toString());
                if (m.matches()) {
                    found.add(new Object[] {Integer.parseInt(m.group(1)), sib});
                }
            }
        }
        found.sort(Comparator.comparingInt((Object[] o) -> (Integer) o[0]).reversed());
        List<Path> out = new ArrayList<>();
        for (Object[] o : found) {
            out.add((Path) o[1]);
        }
        return out;
    }
}
