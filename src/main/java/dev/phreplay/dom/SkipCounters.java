package dev.phreplay.dom;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Events or parts of events that could not be applied ("Node with id X not found" and friends). */
public final class SkipCounters {
    public enum Reason {
        REMOVE_TARGET_MISSING, REMOVE_PARENT_MISSING, ADD_UNRESOLVED, ADD_DROPPED_NO_ROOT, TEXT_TARGET_MISSING,
        ATTRIBUTE_TARGET_MISSING, MUTATION_ABORTED, TARGET_MISSING, STYLE_SHEET_MISSING, STYLE_RULE_REJECTED,
        UNDECODABLE_EVENT, UNKNOWN_EVENT
    }

    private final EnumMap<Reason, Long> counts = new EnumMap<>(Reason.class);

    void count(Reason reason) {
        counts.merge(reason, 1L, Long::sum);
    }

    public long count(Reason reason, long fallback) {
        return counts.getOrDefault(reason, fallback);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<Reason, Long> asMap() {
        return Collections.unmodifiableMap(counts);
    }

    SkipCounters copy() {
        SkipCounters copy = new SkipCounters();
        copy.counts.putAll(counts);
        return copy;
    }
}
