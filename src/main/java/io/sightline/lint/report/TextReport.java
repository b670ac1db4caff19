package io.sightline.lint.report;

import io.sightline.lint.Finding;
import io.sightline.lint.LintSeverity;

import java.io.PrintWriter;

/** Findings as a reviewer reads them: {@code file:line: severity [rule] pool: message}, then the fix and a link. */
public final class TextReport {
    private TextReport() {
    }

    public static void write(LintReport report, PrintWriter out) {
        for (Finding f : report.findings()) {
            out.println(f.location().render() + ": " + f.severity().label() + " [" + f.ruleId() + "] " + f.pool()
                    + (f.location().key().isEmpty() ? "" : " (" + f.location().key() + ")") + ": " + f.message());
            out.println("    fix: " + f.fix());
            out.println("    see: " + f.helpUri());
        }
        out.println(report.count(LintSeverity.ERROR) + " error(s), " + report.count(LintSeverity.WARNING)
                + " warning(s), " + report.count(LintSeverity.INFO) + " note(s) in " + report.pools().size() + " pool(s)");
        out.flush();
    }
}
