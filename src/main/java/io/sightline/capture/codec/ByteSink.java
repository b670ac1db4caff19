package io.sightline.capture.codec;

import java.util.Arrays;

/** A growable byte array with the little-endian and varint writes the chunk format uses. Not thread-safe. */
public final class ByteSink {
    private byte[] bytes;
    private int size;

    public ByteSink(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    public void write(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    public void writeLongLE(long v) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            bytes[size++] = (byte) (v >>> (8 * i));
        }
    }

    public void writeFloatLE(float f) {
        int v = Float.floatToRawIntBits(f);
        ensure(4);
        for (int i = 0; i < 4; i++) {
            bytes[size++] = (byte) (v >>> (8 * i));
        }
    }

    /** Unsigned LEB128. */
    public void writeVarLong(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    public void writeZigZag(long v) {
        writeVarLong(VarInts.zigZag(v));
    }

    public void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    public int size() {
        return size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    byte[] array() {
        return bytes;
    }

    void advance(int n) {
        size += n;
    }
}
