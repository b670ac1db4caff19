package io.sightline.source.log;

/** For sources whose format is unknown: every line kept as a raw line, with that reason. */
final class RawParser extends TextLineParser {
    static final String REASON = "format not recognised";

    RawParser(ParseContext ctx) {
        super(ctx);
    }

    @Override
    void text(String line, LogSink sink) {
        ctx.stats().raw(REASON);
        sink.raw(ctx.lastTime(), line, REASON);
    }
}
