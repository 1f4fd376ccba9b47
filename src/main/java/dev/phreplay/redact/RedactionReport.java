package dev.phreplay.redact;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phreplay.event.Json;

/**
 * The JSON documents that describe a redaction: the report for people (per rule: how many, in which
 * entries, at which events) and the short record kept in the package manifest. Neither ever holds
 * a removed value.
 */
public final class RedactionReport {
    public static final String KIND = "phreplay redaction report";

    private RedactionReport() {}

    /** Who produced the redacted copy. */
    public record Producer(String name, String version) {}

    /** The report written by {@code phreplay redact --report}. */
    public static ObjectNode report(Tally tally, String rulesSha256, Producer producer, String input, String output) {
        ObjectNode report = Json.mapper().createObjectNode();
        report.put("kind", KIND);
        report.put("input", input);
        report.put("output", output);
        report.put("rulesSha256", rulesSha256);
        report.set("producer", producer(producer));
        report.put("totalRemoved", tally.total());
        ArrayNode rules = report.putArray("rules");
        for (Tally.RuleCount rule : tally.rules()) {
            ObjectNode item = rules.addObject();
            item.put("rule", rule.rule());
            item.put("description", RuleNames.describe(rule.rule()));
            item.put("count", rule.count());
            ObjectNode entries = item.putObject("entries");
            rule.byEntry().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> entries.put(e.getKey(), e.getValue()));
            ArrayNode events = item.putArray("events");
            for (Tally.EventHit hit : rule.events()) {
                ObjectNode event = events.addObject();
                event.put("window", hit.window());
                event.put("entry", hit.entry());
                event.put("index", hit.index());
                event.put("count", hit.count());
            }
            item.put("eventsTruncated", rule.eventsTruncated());
        }
        return report;
    }

    /** The manifest's {@code redaction} object: the rules' SHA-256, the counts per rule, the producer. */
    public static ObjectNode manifestRecord(Tally tally, String rulesSha256, Producer producer) {
        ObjectNode record = Json.mapper().createObjectNode();
        record.put("applied", true);
        record.put("rulesSha256", rulesSha256);
        record.set("producer", producer(producer));
        record.put("totalRemoved", tally.total());
        ObjectNode counts = record.putObject("counts");
        tally.counts().forEach(counts::put);
        return record;
    }

    private static ObjectNode producer(Producer producer) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("name", producer.name());
        node.put("version", producer.version());
        return node;
    }
}
