package io.sightline.checklist;

import io.sightline.checklist.hypothesis.Contribution;
import io.sightline.checklist.hypothesis.HypothesisResult;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import io.sightline.checklist.runbook.ResponderMark;
import io.sightline.checklist.runbook.StepStatus;

import java.util.List;
import java.util.Locale;

/** A diagnosis for people: the top cause with its case for and against and what to check by hand, then the rest. */
public final class DiagnosisText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final int OTHER_EVIDENCE = 2;
    private static final double NO_SUPPORT = 0.05;

    private DiagnosisText() {
    }

    public static String render(Diagnosis d, long from) {
        StringBuilder sb = new StringBuilder();
        sb.append("Diagnosis from ").append(TIME.format(Instant.ofEpochMilli(from))).append(" to ")
                .append(TIME.format(Instant.ofEpochMilli(d.time()))).append(" (").append(Format.duration(d.time() - from)).append(")\n\n");
        HypothesisResult top = d.top();
        if (top.score() < NO_SUPPORT) {
            return sb.append("No hypothesis has support: the capture holds too little telemetry (pool gauges, access-log")
                    .append(" rates and latency, GC) to rank causes.\n").toString();
        }
        sb.append("Most likely: ").append(top.id()).append(" (").append(Format.score(top.score())).append(") - ").append(top.title())
                .append("\n  on top since ").append(TIME.format(Instant.ofEpochMilli(d.topSince())))
                .append(" (").append(Format.duration(d.time() - d.topSince())).append(" before the end)\n");
        lines(sb, "  for:     ", top.supporting(), Integer.MAX_VALUE);
        lines(sb, "  against: ", top.opposing(), Integer.MAX_VALUE);
        sb.append("  check by hand:\n");
        top.toConfirm().forEach(c -> sb.append("    - ").append(c).append('\n'));
        sb.append("\nOther hypotheses:\n");
        for (HypothesisResult h : d.ranked().subList(1, d.ranked().size())) {
            sb.append(String.format(Locale.ROOT, "  %-20s %s  %s%n", h.id(), Format.score(h.score()), h.title()));
            lines(sb, "      ", h.supporting(), OTHER_EVIDENCE);
        }
        return sb.toString();
    }

    /** The runbook's steps as they stand: state, the responder's mark, and the headline evidence. */
    public static String render(List<StepStatus> steps) {
        StringBuilder sb = new StringBuilder("\nDatabase-first checklist:\n");
        int n = 1;
        for (StepStatus s : steps) {
            String mark = s.mark() == ResponderMark.OPEN ? "" : " [" + s.mark().name().toLowerCase(Locale.ROOT) + "]";
            sb.append(String.format(Locale.ROOT, "  %d. %-10s %s%s%n", n++, s.state().name().toLowerCase(Locale.ROOT), s.step().title(), mark));
            if (!s.summary().isEmpty()) {
                sb.append("                ").append(s.summary()).append('\n');
            }
        }
        return sb.toString();
    }

    private static void lines(StringBuilder sb, String label, List<Contribution> list, int limit) {
        String pad = " ".repeat(label.length());
        for (int i = 0; i < Math.min(limit, list.size()); i++) {
            sb.append(i == 0 ? label : pad).append(list.get(i).evidence().text()).append('\n');
        }
    }
}
