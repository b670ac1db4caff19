package io.sightline.capture;

/** One chunk ready to store: its encoded samples, block summary and the columns people query. */
record EncodedChunk(long seq, long firstTime, long lastTime, int count, double min, double max, boolean sealed,
                    byte[] data, byte[] summary) {
}
