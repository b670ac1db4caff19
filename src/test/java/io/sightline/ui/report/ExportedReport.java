package io.sightline.ui.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What every exported postmortem must hold: the classic headings, the lint action, and its charts beside it. */
public final class ExportedReport {
    private ExportedReport() {
    }

    public static void assertComplete(Path report) throws IOException {
        String md = Files.readString(report);
        assertThat(md).startsWith("# Postmortem (draft)")
                .contains("## Summary", "**Impact:**", "## Timeline", "## Root cause", "## Resolution",
                        "## Corrective and preventive actions", "`pool-below-load` (error)", "## Charts");
        String base = report.getFileName().toString().replace(".md", "");
        for (String panel : new String[] {"pool", "latency", "errors"}) {
            Path png = report.resolveSibling(base + "-" + panel + ".png");
            assertThat(md).contains("](" + png.getFileName() + ")");
            assertThat(png).exists();
            assertThat(Files.size(png)).isGreaterThan(5_000);
        }
    }
}
