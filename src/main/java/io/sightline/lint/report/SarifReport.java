package io.sightline.lint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sightline.Version;
import io.sightline.lint.Finding;
import io.sightline.lint.RuleInfo;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * SARIF 2.1.0, the format GitHub code scanning, GitLab and Azure DevOps show inline on the changed lines:
 * one run, the tool's rules with their help links, and one result per finding with file and start line.
 */
public final class SarifReport {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SarifReport() {
    }

    public static void write(LintReport report, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode().put("$schema", SCHEMA).put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver")
                .put("name", "sightline-lint").put("version", Version.get())
                .put("informationUri", "https://github.com/brettwooldridge/HikariCP");
        ArrayNode rules = driver.putArray("rules");
        List<RuleInfo> infos = report.rules();
        for (RuleInfo r : infos) {
            ObjectNode rule = rules.addObject().put("id", r.id()).put("name", r.id()).put("helpUri", r.helpUri());
            rule.putObject("shortDescription").put("text", r.title());
            rule.putObject("defaultConfiguration").put("level", r.severity().sarifLevel());
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            ObjectNode result = results.addObject().put("ruleId", f.ruleId()).put("level", f.severity().sarifLevel());
            int index = indexOf(infos, f.ruleId());
            if (index >= 0) {
                result.put("ruleIndex", index);
            }
            result.putObject("message").put("text", f.pool() + ": " + f.message() + " Fix: " + f.fix());
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri(f.location().file()));
            if (f.location().line() > 0) {
                physical.putObject("region").put("startLine", f.location().line());
            }
        }
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, root);
    }

    private static int indexOf(List<RuleInfo> infos, String id) {
        for (int i = 0; i < infos.size(); i++) {
            if (infos.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Relative paths stay relative (CI resolves them against the checkout); absolute ones become file: URIs. */
    static String uri(String file) {
        try {
            Path p = Path.of(file);
            if (p.isAbsolute()) {
                return p.toUri().toString();
            }
        } catch (InvalidPathException e) {
            return file;
        }
        return file.replace('\\', '/').replace(" ", "%20");
    }
}
