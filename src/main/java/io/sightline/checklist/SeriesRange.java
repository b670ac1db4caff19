package io.sightline.checklist;

/** A link from evidence to the samples of one series that support it, {@code from <= t < to}, epoch ms. */
public record SeriesRange(String seriesId, long from, long to) {
}
