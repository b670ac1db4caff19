package io.sightline.source.log;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Fast epoch conversion for the timestamps logs print: caches the epoch of the current hour (and its zone
 * offset), since consecutive lines nearly always share it.
 */
final class LocalTimes {
    private final ZoneId zone;
    private long cachedKey = Long.MIN_VALUE;
    private int cachedOffsetArg;
    private long cachedHourMillis;

    LocalTimes(ZoneId zone) {
        this.zone = zone;
    }

    /** Epoch ms of a wall-clock time in the source's zone. Returns Long.MIN_VALUE for an impossible date. */
    long local(int year, int month, int day, int hour, int minute, int second, int millis) {
        return hourMillis(year, month, day, hour, Integer.MIN_VALUE) + minute * 60_000L + second * 1000L + millis;
    }

    /** Epoch ms of a time written with an explicit offset in seconds. */
    long withOffset(int year, int month, int day, int hour, int minute, int second, int millis, int offsetSeconds) {
        return hourMillis(year, month, day, hour, offsetSeconds) + minute * 60_000L + second * 1000L + millis;
    }

    private long hourMillis(int year, int month, int day, int hour, int offsetSeconds) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23) {
            throw new IllegalArgumentException("bad date");
        }
        long key = (((long) year * 13 + month) * 32 + day) * 24 + hour;
        if (key != cachedKey || offsetSeconds != cachedOffsetArg) {
            LocalDateTime ldt = LocalDateTime.of(LocalDate.of(year, month, day), java.time.LocalTime.of(hour, 0));
            ZoneOffset offset = offsetSeconds == Integer.MIN_VALUE ? zone.getRules().getOffset(ldt)
                    : ZoneOffset.ofTotalSeconds(offsetSeconds);
            cachedHourMillis = ldt.toEpochSecond(offset) * 1000L;
            cachedKey = key;
            cachedOffsetArg = offsetSeconds;
        }
        return cachedHourMillis;
    }
}
