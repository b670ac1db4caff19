package io.sightline.source.log;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Base of the parsers that work on text: decodes each line (ASCII fast path, UTF-8 otherwise; invalid UTF-8 is
 * decoded with U+FFFD and counted) and keeps binary garbage out of the parsers as a raw line.
 */
abstract class TextLineParser implements LineParser {
    static final String REASON_BINARY = "binary data";

    protected final ParseContext ctx;
    private final CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    TextLineParser(ParseContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void line(byte[] buf, int start, int end, LogSink sink) {
        int flags = Bytes.classify(buf, start, end);
        if ((flags & Bytes.MAY_HAVE_CONTROL) != 0 && isBinary(buf, start, end)) {
            flush(sink);
            ctx.stats().raw(REASON_BINARY);
            // shown, not decoded as text: its bytes are not an encoding error of a text line
            sink.raw(ctx.lastTime(), new String(buf, start, Math.min(end, start + 200) - start, StandardCharsets.UTF_8),
                    REASON_BINARY);
            return;
        }
        text((flags & Bytes.NON_ASCII) == 0 ? new String(buf, start, end - start, StandardCharsets.ISO_8859_1)
                : decode(buf, start, end), sink);
    }

    /** One decoded line. */
    abstract void text(String line, LogSink sink);

    String decode(byte[] buf, int start, int end) {
        if (Bytes.isAscii(buf, start, end)) {
            return new String(buf, start, end - start, StandardCharsets.ISO_8859_1);
        }
        try {
            return strictUtf8.decode(ByteBuffer.wrap(buf, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            ctx.stats().invalidUtf8();
            return new String(buf, start, end - start, StandardCharsets.UTF_8);
        }
    }

    /** NUL bytes, or more than one control character in ten, is not text anyone logged on purpose. */
    static boolean isBinary(byte[] buf, int start, int end) {
        if (!Bytes.mayHaveControl(buf, start, end)) {
            return false;
        }
        int controls = 0;
        for (int i = start; i < end; i++) {
            byte b = buf[i];
            if (b >= 0 && b < 0x20 && b != '\t' && b != 0x1b) {
                if (b == 0) {
                    return true;
                }
                controls++;
            }
        }
        return controls > 0 && controls * 10 > end - start;
    }
}
