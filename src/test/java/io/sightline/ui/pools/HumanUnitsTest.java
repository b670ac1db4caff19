package io.sightline.ui.pools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings read the way a DBA writes them, never as raw milliseconds. */
class HumanUnitsTest {
    @Test
    void timesInTheLargestExactUnits() {
        assertThat(HumanUnits.millis(250, "off")).isEqualTo("250 ms");
        assertThat(HumanUnits.millis(30_000, "off")).isEqualTo("30 s");
        assertThat(HumanUnits.millis(1_500, "off")).isEqualTo("1.5 s");
        assertThat(HumanUnits.millis(1_800_000, "off")).isEqualTo("30 min");
        assertThat(HumanUnits.millis(1_799_000, "off")).isEqualTo("29 min 59 s");
        assertThat(HumanUnits.millis(7_200_000, "off")).isEqualTo("2 h");
    }

    @Test
    void zeroSaysWhatHikariDoesWithItAndUnreadableIsADash() {
        assertThat(HumanUnits.millis(0, "off")).isEqualTo("off");
        assertThat(HumanUnits.millis(-1, "off")).isEqualTo("—");
        assertThat(HumanUnits.number(Double.NaN)).isEqualTo("—");
        assertThat(HumanUnits.percent(99.6)).isEqualTo("100%");
    }
}
