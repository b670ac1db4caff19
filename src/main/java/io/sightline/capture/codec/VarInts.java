package io.sightline.capture.codec;

/** Zig-zag and LEB128 varint reads over a byte array with an explicit cursor. */
public final class VarInts {
    private VarInts() {
    }

    public static long zigZag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    public static long unZigZag(long z) {
        return (z >>> 1) ^ -(z & 1);
    }

    /** Reads an unsigned LEB128 at {@code cursor[0]} and moves the cursor past it. */
    public static long readVarLong(byte[] buf, int[] cursor) {
        int pos = cursor[0];
        long result = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            if (pos >= buf.length) {
                throw new CorruptChunkException("varint runs past the end of the chunk");
            }
            byte b = buf[pos++];
            result |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                cursor[0] = pos;
                return result;
            }
        }
        throw new CorruptChunkException("varint longer than 10 bytes");
    }

    public static long readZigZag(byte[] buf, int[] cursor) {
        return unZigZag(readVarLong(buf, cursor));
    }

    public static long readLongLE(byte[] buf, int pos) {
        if (pos + 8 > buf.length) {
            throw new CorruptChunkException("chunk ends inside a fixed-size field");
        }
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (buf[pos + i] & 0xFF);
        }
        return v;
    }

    public static float readFloatLE(byte[] buf, int pos) {
        if (pos + 4 > buf.length) {
            throw new CorruptChunkException("chunk summary ends inside a value");
        }
        int v = (buf[pos] & 0xFF) | (buf[pos + 1] & 0xFF) << 8 | (buf[pos + 2] & 0xFF) << 16 | (buf[pos + 3] & 0xFF) << 24;
        return Float.intBitsToFloat(v);
    }
}
