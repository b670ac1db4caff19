package io.sightline.ui.chart;

import io.sightline.chart.PanelKind;
import io.sightline.chart.PlotSeries;
import io.sightline.chart.SeriesSelection;
import io.sightline.chart.SeriesSelectionTest;
import io.sightline.series.SeriesStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the GUI's pool panel shows is what the postmortem's pool chart draws: same series, names, order. */
class PanelSelectionParityTest {
    @Test
    void theGuiPanelAndTheHeadlessExportSelectTheSameSeries() {
        SeriesStore store = SeriesSelectionTest.polledAndLogged();
        ChartStackViewModel vm = new ChartStackViewModel(store, null, new MutableClock(10));
        vm.tick(800);

        ChartPanelViewModel pool = vm.panels().stream().filter(p -> p.kind() == PanelKind.POOL).findFirst().orElseThrow();
        assertThat(pool.series()).extracting(PlotSeries::label)
                .containsExactlyElementsOf(SeriesSelection.plots(PanelKind.POOL, store.all()).stream().map(PlotSeries::label).toList())
                .noneMatch(label -> label.contains("shop-db) · app"));
    }
}
