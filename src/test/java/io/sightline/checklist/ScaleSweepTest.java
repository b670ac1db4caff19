package io.sightline.checklist;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same causes on services of very different sizes (a small pool under light load, a mid-size one, a large pool
 * under heavy load): the engine must reason from ratios and shapes, not from the numbers of one service.
 */
class ScaleSweepTest {
    record Scale(String name, double rate, double holdMs, double max) {
        double need() {
            return rate * holdMs / 1000;
        }
    }

    private static final List<Scale> SCALES = List.of(
            new Scale("small", 20, 60, 5),
            new Scale("mid", 100, 40, 20),
            new Scale("large", 900, 30, 60));

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Scale s : SCALES) {
            out.add(Arguments.of(s, "no-incident", (Consumer<Telemetry>) t -> { }));
            out.add(Arguments.of(s, "pool-undersized", (Consumer<Telemetry>) t -> t.restartWithMax(Math.max(1, Math.floor(s.need() / 2)))));
            out.add(Arguments.of(s, "slow-queries", (Consumer<Telemetry>) t -> t.holdMs(s.holdMs() * 12)));
            out.add(Arguments.of(s, "connection-leak", (Consumer<Telemetry>) t -> t.leakPerMinute(s.max() / 6)));
            out.add(Arguments.of(s, "db-connection-limit", (Consumer<Telemetry>) t -> t.dbLimit(Math.max(1, Math.floor(s.need() / 2)))));
            out.add(Arguments.of(s, "db-network", (Consumer<Telemetry>) t -> t.holdMs(s.holdMs() * 8).networkErrorsPerMinute(12).validationFailuresPerMinute(3)));
            out.add(Arguments.of(s, "gc-pauses", (Consumer<Telemetry>) t -> t.gcPercent(25)));
            out.add(Arguments.of(s, "slow-downstream", (Consumer<Telemetry>) t -> t.downstreamMs(900)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void causeRanksFirstAtEveryScale(Scale s, String expected, Consumer<Telemetry> fault) {
        Telemetry t = new Telemetry(s.name().hashCode() ^ expected.hashCode()).rate(s.rate()).holdMs(s.holdMs());
        t.max = s.max();
        t.run(Duration.ofMinutes(3));
        long onset = t.now;
        fault.accept(t);
        t.run(Duration.ofMinutes(expected.equals("connection-leak") ? 8 : 3));
        DiagnosisScenariosTest.Outcome o = DiagnosisScenariosTest.replay(t, onset);
        if (Boolean.getBoolean("checklist.print")) {
            System.out.printf("| %s | %s | %s | %.2f | %s | %.2f | %ds |%n", s.name(), expected, o.end().top().id(), o.end().top().score(),
                    o.end().ranked().get(1).id(), o.end().ranked().get(1).score(), (o.end().topSince() - onset) / 1000);
        }
        o.assertTop(expected);
        if (!expected.equals("no-incident")) {
            // Leaks announce themselves by their slow shape; everything else within a minute of the onset.
            o.assertTopWithin(expected.equals("connection-leak") ? Duration.ofMinutes(5).toMillis() : 60_000);
        }
        assertThat(o.end().top().score()).isGreaterThan(0.3);
    }
}
