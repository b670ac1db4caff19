package io.sightline.source.log;

import io.sightline.series.Severity;

/**
 * The level of a line from its first bytes, whatever the layout: the first of ERROR/WARN/INFO/DEBUG/TRACE
 * standing as a word (or {@code "level":"X"}) in the first 160 bytes. A cheap guess for colouring and
 * filtering a viewer, not a parse.
 */
final class LevelSniffer {
    static final byte NONE = 0;
    static final byte CONTINUATION = 1;
    private static final byte[][] WORDS = {"ERROR".getBytes(), "FATAL".getBytes(), "WARN".getBytes(),
            "INFO".getBytes(), "DEBUG".getBytes(), "TRACE".getBytes()};
    private static final byte[] CODES = {6, 6, 5, 4, 3, 3};

    private LevelSniffer() {
    }

    /** A level code: 0 none, 1 continuation (starts with white space), 3 debug, 4 info, 5 warn, 6 error. */
    static byte sniff(byte[] b, int start, int end) {
        if (start < end && (b[start] == ' ' || b[start] == '\t')) {
            return CONTINUATION;
        }
        int limit = Math.min(end, start + 160);
        for (int i = start; i < limit; i++) {
            byte c = b[i];
            if (c < 'D' || c > 'W') {
                continue;
            }
            for (int w = 0; w < WORDS.length; w++) {
                if (matchesWord(b, i, limit, WORDS[w])) {
                    return CODES[w];
                }
            }
        }
        return NONE;
    }

    private static boolean matchesWord(byte[] b, int i, int limit, byte[] word) {
        if (i + word.length > limit || (i > 0 && isWordByte(b[i - 1]))) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (b[i + k] != word[k]) {
                return false;
            }
        }
        return i + word.length == limit || !isWordByte(b[i + word.length]);
    }

    private static boolean isWordByte(byte c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }

    static Severity severity(byte code) {
        switch (code) {
            case 6:
                return Severity.ERROR;
            case 5:
                return Severity.WARN;
            case 4:
                return Severity.INFO;
            case 3:
                return Severity.DEBUG;
            default:
                return null;
        }
    }
}
