package io.sightline.checklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sightline.checklist.hypothesis.Contribution;
import io.sightline.checklist.hypothesis.HypothesisResult;

import io.sightline.checklist.runbook.StepStatus;

import java.util.List;
import java.util.Locale;

/**
 * The JSON form of a diagnosis (DESIGN.md, {@code diagnose --json}):
 * {@code {"hypotheses":[{"id","score","title","evidence":[…],"toConfirm":[…]}…],"topSince":<epoch ms>,"time":<epoch ms>}},
 * hypotheses sorted by score. Each evidence entry says its role (for/against), status, strength, value, since and text.
 */
public final class DiagnosisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DiagnosisJson() {
    }

    public static ObjectNode toJson(Diagnosis d) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode hypotheses = root.putArray("hypotheses");
        for (HypothesisResult h : d.ranked()) {
            ObjectNode o = hypotheses.addObject();
            o.put("id", h.id());
            o.put("score", round(h.score()));
            o.put("title", h.title());
            ArrayNode evidence = o.putArray("evidence");
            for (Contribution c : h.contributions()) {
                evidence.add(evidence(c));
            }
            ArrayNode confirm = o.putArray("toConfirm");
            h.toConfirm().forEach(confirm::add);
        }
        root.put("topSince", d.topSince());
        root.put("time", d.time());
        return root;
    }

    /** The diagnosis plus the runbook's steps: {@code "steps":[{"id","state","mark","summary"}…]}. */
    public static String write(Diagnosis d, List<StepStatus> steps) {
        ObjectNode root = toJson(d);
        ArrayNode out = root.putArray("steps");
        for (StepStatus s : steps) {
            out.addObject().put("id", s.step().id()).put("title", s.step().title())
                    .put("state", s.state().name().toLowerCase(Locale.ROOT)).put("mark", s.mark().name().toLowerCase(Locale.ROOT))
                    .put("summary", s.summary());
        }
        return write(root);
    }

    public static String write(Diagnosis d) {
        return write(toJson(d));
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write diagnosis as JSON", e);
        }
    }

    private static ObjectNode evidence(Contribution c) {
        Evidence e = c.evidence();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("role", c.role().name().toLowerCase(Locale.ROOT));
        o.put("status", e.status().name().toLowerCase(Locale.ROOT));
        o.put("strength", round(e.strength()));
        o.put("weight", round(c.weight()));
        if (Double.isFinite(e.value())) {
            o.put("value", round(e.value()));
        }
        if (e.since() >= 0) {
            o.put("since", e.since());
        }
        o.put("text", e.text());
        ArrayNode series = o.putArray("series");
        e.series().forEach(r -> series.addObject().put("id", r.seriesId()).put("from", r.from()).put("to", r.to()));
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
