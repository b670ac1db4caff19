package io.sightline.capture.codec;

/** Least-significant-bit-first bit streams over byte arrays, for the XOR value stream. */
final class Bits {
    private Bits() {
    }

    static final class Writer {
        private final ByteSink out;
        private long acc;
        private int pending;

        Writer(int capacity) {
            out = new ByteSink(capacity);
        }

        /** Writes the low {@code n} bits of {@code v} (0..64). */
        void write(long v, int n) {
            if (n == 0) {
                return;
            }
            v &= BitPacking.mask(n);
            acc |= v << pending;
            if (pending + n >= 64) {
                out.writeLongLE(acc);
                int used = 64 - pending;
                acc = used == 64 ? 0 : v >>> used;
                pending = pending + n - 64;
            } else {
                pending += n;
            }
        }

        byte[] toByteArray() {
            for (int i = 0; i < pending; i += 8) {
                out.write((int) (acc >>> i));
            }
            pending = 0;
            acc = 0;
            return out.toByteArray();
        }
    }

    static final class Reader {
        private final byte[] buf;
        private final long endBit;
        private long bit;

        /** Reads bits from byte {@code pos} up to byte {@code end}; the buffer has 8 bytes of slack past end. */
        Reader(byte[] buf, int pos, int end) {
            if (end + 8 > buf.length) {
                throw new CorruptChunkException("XOR stream runs past the end of the chunk");
            }
            this.buf = buf;
            this.bit = (long) pos * 8;
            this.endBit = (long) end * 8;
        }

        long read(int n) {
            if (bit + n > endBit) {
                throw new CorruptChunkException("XOR stream ends early");
            }
            int at = (int) (bit >>> 3);
            int shift = (int) (bit & 7);
            bit += n;
            long word = BitPacking.word(buf, at);
            long mask = BitPacking.mask(n);
            if (shift + n <= 64) {
                return (word >>> shift) & mask;
            }
            long high = BitPacking.word(buf, at + 8);
            return ((word >>> shift) | (high << (64 - shift))) & mask;
        }
    }
}
