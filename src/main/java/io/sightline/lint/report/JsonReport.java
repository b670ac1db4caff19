package io.sightline.lint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sightline.lint.Finding;
import io.sightline.lint.LintSeverity;
import io.sightline.lint.PoolConfiguration;

import java.io.IOException;
import java.io.Writer;

/** {@code {"pools":[…], "findings":[{ruleId, severity, file, line, key, pool, message, fix, helpUri}], "summary":{…}}}. */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {
    }

    public static void write(LintReport report, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode pools = root.putArray("pools");
        for (PoolConfiguration p : report.pools()) {
            pools.addObject().put("pool", p.label()).put("file", p.location().file()).put("line", p.location().line())
                    .put("format", p.format().description());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            findings.addObject().put("ruleId", f.ruleId()).put("severity", f.severity().label())
                    .put("file", f.location().file()).put("line", f.location().line()).put("key", f.location().key())
                    .put("pool", f.pool()).put("message", f.message()).put("fix", f.fix()).put("helpUri", f.helpUri());
        }
        root.putObject("summary").put("errors", report.count(LintSeverity.ERROR))
                .put("warnings", report.count(LintSeverity.WARNING)).put("notes", report.count(LintSeverity.INFO));
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, root);
    }
}
