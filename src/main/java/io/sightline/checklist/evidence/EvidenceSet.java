package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The evidence of one evaluation by id, in rule order. */
public final class EvidenceSet {
    private final Map<String, Evidence> byId = new LinkedHashMap<>();

    public void put(Evidence e) {
        byId.put(e.id(), e);
    }

    /** The evidence with this id; an UNKNOWN one when no rule produced it. */
    public Evidence get(String id) {
        Evidence e = byId.get(id);
        return e != null ? e : Evidence.unknown(id, "not computed");
    }

    /** Strength 0..1 of this evidence (0 when absent or unknown). */
    public double strength(String id) {
        return get(id).strength();
    }

    public Collection<Evidence> all() {
        return Collections.unmodifiableCollection(byId.values());
    }
}
