package io.sightline.series;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The provisional tail: replaced whole, always after the final samples, overtaken by finals, never torn. */
class SeriesProvisionalTest {
    private static final SeriesId ID = SeriesId.of("log", "access", Metrics.LATENCY_P99);

    @Test
    void aNewTailReplacesTheOldOneWholeAndKeepsOnlySamplesAfterTheFinalOnes() {
        Series s = new Series(ID, Unit.MILLISECONDS, 0);
        s.append(1000, 10);
        s.append(2000, 20);
        s.setProvisional(new long[] {3000, 4000, 5000}, new double[] {30, 40, 50});
        assertThat(s.provisional().size()).isEqualTo(3);
        long v1 = s.provisional().version();

        s.setProvisional(new long[] {1500, 2000, 3000, 2500, 6000}, new double[] {1, 2, 3, 4, 6});
        Provisional tail = s.provisional();
        assertThat(times(tail)).as("at or before the last final, or going backwards: dropped").containsExactly(3000L, 6000L);
        assertThat(tail.value(1)).isEqualTo(6);
        assertThat(tail.version()).isNotEqualTo(v1);
        assertThat(s.snapshot().size()).as("final data untouched").isEqualTo(2);

        s.setProvisional(new long[0], new double[0]);
        assertThat(s.provisional().isEmpty()).isTrue();
        assertThatThrownBy(() -> s.setProvisional(new long[] {1}, new double[0]))
                .hasMessageContaining("1 times but 0 values");
    }

    @Test
    void aFinalSampleDropsTheProvisionalOnesItReaches() {
        Series s = new Series(ID, Unit.MILLISECONDS, 0);
        s.setProvisional(new long[] {1000, 2000, 3000}, new double[] {10, 20, 30});
        s.append(2000, 21);
        assertThat(times(s.provisional())).containsExactly(3000L);
        Series.Snapshot both = s.snapshot().withProvisional();
        assertThat(both.size()).isEqualTo(2);
        assertThat(both.value(0)).isEqualTo(21);
        assertThat(both.isProvisional(0)).isFalse();
        assertThat(both.value(1)).isEqualTo(30);
        assertThat(both.isProvisional(1)).isTrue();
        assertThat(both.floorIndex(2500)).isEqualTo(0);
        assertThat(both.floorIndex(3500)).isEqualTo(1);
        assertThat(s.snapshot().size()).as("the snapshot's own indexes cover final samples only").isEqualTo(1);

        s.append(3000, 31);
        assertThat(s.provisional().isEmpty()).isTrue();

        s.appendGap(4000);
        s.setProvisional(new long[] {5000, 6000}, new double[] {50, 60});
        s.appendGap(5000); // still in the gap: no new sample, yet second 5 is final now
        assertThat(times(s.provisional())).containsExactly(6000L);
    }

    @Test
    void aReaderNeverSeesATornTailOrOneOverlappingTheFinalSamples() throws Exception {
        Series s = new Series(ID, Unit.MILLISECONDS, 60_000);
        int rounds = 200_000;
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> problem = new AtomicReference<>();
        CountDownLatch readerRunning = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            readerRunning.countDown();
            long reads = 0;
            while ((!done.get() || reads < 1000) && problem.get() == null) {
                Series.Snapshot snap = s.snapshot();
                Provisional tail = snap.provisional();
                reads++;
                if (tail.isEmpty()) {
                    continue;
                }
                // the writer publishes tails of one value each, as long as that value says, right after the final data
                double v = tail.value(0);
                for (int i = 0; i < tail.size(); i++) {
                    if (tail.value(i) != v || (i > 0 && tail.time(i) <= tail.time(i - 1))) {
                        problem.set("torn tail at read " + reads);
                    }
                }
                if (tail.size() > (int) v) {
                    problem.set("tail longer than written: " + tail.size() + " > " + v);
                }
                if (!snap.isEmpty() && tail.time(0) <= snap.lastTime()) {
                    problem.set("tail overlaps final data at read " + reads);
                }
            }
        }, "tail-reader");
        reader.start();
        assertThat(readerRunning.await(5, TimeUnit.SECONDS)).isTrue();
        long t = 0;
        for (int round = 1; round <= rounds && problem.get() == null; round++) {
            int n = 1 + round % 60;
            long[] times = new long[n];
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                times[i] = t + 1000L * (i + 1);
                values[i] = n;
            }
            s.setProvisional(times, values);
            if (round % 3 == 0) {
                t += 1000;
                s.append(t, 1); // overtakes the first provisional sample
            }
        }
        done.set(true);
        reader.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(problem.get()).isNull();
    }

    private static java.util.List<Long> times(Provisional p) {
        java.util.List<Long> out = new java.util.ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            out.add(p.time(i));
        }
        return out;
    }
}
