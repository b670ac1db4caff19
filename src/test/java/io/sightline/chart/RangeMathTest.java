package io.sightline.chart;

import io.sightline.series.DecimatedColumns;
import io.sightline.series.Decimator;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.Unit;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RangeMathTest {
    private static final long T0 = 1_700_000_000_000L; // 2023-11-14T22:13:20Z

    @Test
    void wheelZoomKeepsTheInstantUnderTheMouseInPlace() {
        TimeRange r = new TimeRange(T0, T0 + 600_000);
        long anchor = T0 + 150_000; // a quarter in
        TimeRange in = r.zoom(anchor, 0.5);
        assertThat(in.span()).isEqualTo(300_000);
        assertThat((anchor - in.from()) / (double) in.span()).isCloseTo(0.25, within(1e-6));
        assertThat(r.zoom(anchor, 1e-9).span()).isEqualTo(TimeRange.MIN_SPAN_MILLIS);
        assertThat(r.pan(-60_000)).isEqualTo(new TimeRange(T0 - 60_000, T0 + 540_000));
    }

    @Test
    void boxZoomTakesEitherDirectionAndNeverCollapses() {
        assertThat(TimeRange.between(T0 + 9000, T0 + 2000)).isEqualTo(new TimeRange(T0 + 2000, T0 + 9000));
        assertThat(TimeRange.between(T0, T0 + 10).span()).isEqualTo(TimeRange.MIN_SPAN_MILLIS);
        assertThatThrownBy(() -> new TimeRange(T0, T0)).hasMessageContaining("empty time range");
    }

    @Test
    void pixelOfATimeIsTheColumnDecimationPutsItIn() {
        Series s = new Series(SeriesId.parse("jmx/t/m"), Unit.NONE, 0);
        TimeRange r = new TimeRange(T0, T0 + 997_331);
        int width = 1237;
        for (long t = r.from(); t < r.to(); t += 7_919) {
            s.append(t, t);
        }
        TimeScale ts = new TimeScale(r, 50, width);
        DecimatedColumns c = new DecimatedColumns();
        Decimator.decimate(s.snapshot(), null, r.from(), r.to(), width, c);
        for (int col = 0; col < width; col++) {
            if (c.count(col) > 0) {
                long t = (long) c.first(col);
                assertThat((int) Math.floor(ts.toX(t) - 50)).isEqualTo(col);
                assertThat(Decimator.columnStart(r.from(), r.to(), width, col)).isLessThanOrEqualTo(t);
            }
        }
        assertThat(ts.toTime(ts.toX(T0 + 123_456))).isCloseTo(T0 + 123_456, within(1L));
    }

    @Test
    void timeTicksFallOnRoundWallClockInstantsOfTheZone() {
        ZoneId zone = ZoneId.of("Asia/Kolkata"); // +05:30: round hours there are not round hours in UTC
        TimeRange r = new TimeRange(T0, T0 + 6 * 3_600_000L);
        List<Ticks.Tick> ticks = Ticks.time(r, 1200, 90, zone);
        assertThat(ticks).isNotEmpty();
        long step = (long) (ticks.get(1).value() - ticks.get(0).value());
        assertThat(step).isEqualTo(30 * 60_000L); // 6 h over 1200 px at >= 90 px apart
        for (Ticks.Tick t : ticks) {
            assertThat(t.label()).matches("\\d\\d:(00|30)");
            assertThat(r.contains((long) t.value())).isTrue();
        }
        List<Ticks.Tick> seconds = Ticks.time(new TimeRange(T0, T0 + 60_000), 1200, 90, ZoneOffset.UTC);
        assertThat(seconds.get(0).label()).isEqualTo("22:13:20");
        assertThat(Ticks.time(new TimeRange(T0, T0 + 3 * 86_400_000L), 800, 90, ZoneOffset.UTC).get(0).label())
                .matches("\\d\\d-\\d\\d \\d\\d:\\d\\d");
    }

    @Test
    void valueAxisStartsAtZeroAndEndsOnANiceTickAboveTheData() {
        ValueScale vs = ValueScale.fitting(3, 37, 0, 200);
        assertThat(vs.min()).isZero();
        assertThat(vs.max()).isGreaterThanOrEqualTo(37);
        List<Ticks.Tick> ticks = Ticks.values(vs, 28);
        assertThat(ticks).extracting(Ticks.Tick::label).startsWith("0").contains("10", "20", "30");
        assertThat(vs.toY(0)).isEqualTo(200);
        assertThat(vs.toY(vs.max())).isEqualTo(0);
        assertThat(ValueScale.fitting(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, 100).max()).isEqualTo(1);
        assertThat(ValueScale.fitting(-5, 5, 0, 100).min()).isLessThanOrEqualTo(-5);
        ValueScale broken = ValueScale.fitting(0, Double.POSITIVE_INFINITY, 0, 100); // a source divided by zero
        assertThat(Ticks.values(broken, 28)).hasSizeLessThan(10);
        assertThat(Ticks.niceStep(0.03)).isEqualTo(0.05);
        assertThat(Ticks.niceStep(170)).isEqualTo(200);
        assertThat(Ticks.values(ValueScale.fitting(0, 0.3, 0, 100), 20)).extracting(Ticks.Tick::label)
                .contains("0.1", "0.2");
        assertThat(Ticks.number(250_000, 50_000)).isEqualTo("250k");
        assertThat(Ticks.number(3_000_000, 1_000_000)).isEqualTo("3M");
    }

    @Test
    void readoutsCarryTheirUnit() {
        assertThat(Ticks.withUnit(312, Unit.MILLISECONDS)).isEqualTo("312 ms");
        assertThat(Ticks.withUnit(10, Unit.CONNECTIONS)).isEqualTo("10 connections");
        assertThat(Ticks.withUnit(1.5, Unit.PER_SECOND)).isEqualTo("1.50/s");
        assertThat(Ticks.withUnit(512.4, Unit.MEBIBYTES)).isEqualTo("512 MiB");
        assertThat(Ticks.withUnit(4.891, Unit.PERCENT)).isEqualTo("4.89%");
        assertThat(Ticks.withUnit(Double.NaN, Unit.MILLISECONDS)).isEqualTo("no data");
    }
}
