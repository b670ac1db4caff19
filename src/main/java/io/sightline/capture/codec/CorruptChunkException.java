package io.sightline.capture.codec;

/** A chunk whose bytes do not decode: damaged on disk, or written by a broken encoder. */
public final class CorruptChunkException extends RuntimeException {
    public CorruptChunkException(String message) {
        super(message);
    }
}
