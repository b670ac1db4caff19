package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;

/** Computes one named signal. Rules run in order; a later rule may read what earlier ones found. */
public interface EvidenceRule {
    String id();

    Evidence evaluate(EvidenceContext context, EvidenceSet earlier);
}
