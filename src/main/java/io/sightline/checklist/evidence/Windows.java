package io.sightline.checklist.evidence;

/**
 * How far back each question looks, in ms. "Now" is the newest {@code recent} of data; the baseline is what came
 * before it within {@code baseline}, so evidence always compares the incident to the same service before the change
 * rather than to fixed numbers.
 *
 * @param recent   the current state: gauges are averaged over this
 * @param events   how far back counted log lines (refusals, lock waits, network errors) keep evidence alive
 * @param baseline how far back the "before" window reaches
 * @param leak     how far back the leak shape is searched for (leaks climb over minutes)
 * @param history  how far back a pool maximum counts as "what it was before"
 * @param stale    a series whose newest sample is older than this says nothing about now (log buckets lag behind
 *                 their watermark, so this is generous)
 * @param tolerance a streak ("at 100% since") survives dips shorter than this
 */
public record Windows(long recent, long events, long baseline, long leak, long history, long stale, long tolerance) {
    public static final Windows DEFAULTS = new Windows(30_000, 300_000, 1_800_000, 900_000, 3_600_000, 120_000, 10_000);
}
