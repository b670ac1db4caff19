package io.sightline.source.jmx;

import io.sightline.chart.PlotSeries;
import io.sightline.series.SeriesId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttributeWatchTest {
    @Test
    void aWatchRoundTripsThroughItsSeriesIdTextEvenWithCommasInTheObjectName() {
        AttributeWatch w = new AttributeWatch("java.lang:type=GarbageCollector,name=G1 Young Generation",
                "LastGcInfo", "duration");
        SeriesId id = SeriesId.parse(w.seriesId("shop-1").toString());
        assertThat(id.toString()).isEqualTo(
                "jmx/shop-1/mbean.LastGcInfo.duration{mbean=java.lang:name=G1 Young Generation;type=GarbageCollector}");
        assertThat(AttributeWatch.fromSeries(id)).contains(w);
        assertThat(PlotSeries.defaultLabel(id)).isEqualTo("LastGcInfo.duration (G1 Young Generation)");
        assertThat(PlotSeries.defaultLabel(AttributeWatch.of("java.lang:type=Memory", "ObjectPendingFinalizationCount")
                .seriesId("t"))).isEqualTo("ObjectPendingFinalizationCount (Memory)");
    }

    @Test
    void namesAreCanonicalSoTheSameMBeanIsOneWatch() {
        assertThat(AttributeWatch.of("java.lang:type=GarbageCollector,name=Copy", "CollectionCount"))
                .isEqualTo(AttributeWatch.of("java.lang:name=Copy,type=GarbageCollector", "CollectionCount"));
    }

    @Test
    void patternsAndBadNamesAreRefusedWithTheName() {
        assertThatThrownBy(() -> AttributeWatch.of("java.lang:type=*", "X")).hasMessageContaining("pattern");
        assertThatThrownBy(() -> AttributeWatch.of("no colon", "X")).hasMessageContaining("'no colon' is not an MBean name");
        assertThat(AttributeWatch.fromSeries(SeriesId.parse("jmx/t/hikari.active{pool=p}"))).isEmpty();
    }
}
