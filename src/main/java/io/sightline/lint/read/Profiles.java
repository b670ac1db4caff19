package io.sightline.lint.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which Spring profile a document belongs to: its activation key, or the file name {@code application-<p>.yml}. */
final class Profiles {
    private static final Pattern PROFILE_FILE = Pattern.compile("(?:application|bootstrap)-(.+)\\.(?:ya?ml|properties|json)");
    private static final List<String> ACTIVATION_KEYS = List.of("spring.config.activate.on-profile", "spring.profiles");

    private Profiles() {
    }

    static String ofFile(Path file) {
        Matcher m = PROFILE_FILE.matcher(file.getFileName().toString().toLowerCase(Locale.ROOT));
        return m.matches() ? m.group(1) : null;
    }

    /** A document built from {@code entries}: the activation key, when present, becomes its profile. */
    static FlatDocument document(String file, String fileProfile, List<FlatEntry> entries) {
        String profile = fileProfile;
        List<FlatEntry> settings = new ArrayList<>();
        for (FlatEntry e : entries) {
            String relaxed = e.key().toLowerCase(Locale.ROOT).replace("_", "-");
            if (ACTIVATION_KEYS.stream().anyMatch(k -> relaxed.equals(k) || relaxed.startsWith(k + "["))) {
                profile = e.value().trim();
            } else {
                settings.add(e);
            }
        }
        return new FlatDocument(file, profile, settings);
    }
}
