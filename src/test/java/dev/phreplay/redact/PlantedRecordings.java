package dev.phreplay.redact;

import java.nio.charset.StandardCharsets;

/** Public access to the planted-secrets recording for tests outside this package (the UI dialog test). */
public final class PlantedRecordings {
    public static final String RULES = PlantedRecording.RULES;
    public static final String EMAIL = PlantedRecording.EMAIL;
    public static final String PERSON = PlantedRecording.PERSON;
    public static final java.util.List<String> SECRETS = PlantedRecording.SECRETS;

    public static java.util.List<String> events() {
        return PlantedRecording.events();
    }

    public record Written(String text, Tally tally) {}

    private PlantedRecordings() {}

    private static RedactionRules rules(byte[] rules) {
        return rules == null ? RedactionRules.defaults() : RedactionRules.parse(rules, "rules.json");
    }

    /** The planted-secrets recording as a PostHog "Export to file" JSON (version 2023-04-28) in {@code folder}. */
    public static java.nio.file.Path writeExport(java.nio.file.Path folder) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = dev.phreplay.event.Json.mapper();
        com.fasterxml.jackson.databind.node.ObjectNode export = mapper.createObjectNode();
        export.put("version", "2023-04-28");
        com.fasterxml.jackson.databind.node.ObjectNode data = export.putObject("data");
        data.put("id", "session-1");
        data.set("person", mapper.readTree(PERSON).get("person"));
        com.fasterxml.jackson.databind.node.ArrayNode snapshots = data.putArray("snapshots");
        for (String event : events()) {
            com.fasterxml.jackson.databind.node.ObjectNode node = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(event);
            node.put("windowId", 1);
            snapshots.add(node);
        }
        java.nio.file.Path file = folder.resolve("planted.ph-recording.json");
        java.nio.file.Files.write(file, mapper.writeValueAsBytes(export));
        return file;
    }

    public static Tally preview(byte[] rules) throws Exception {
        return new Redactor(rules(rules)).preview(PlantedRecording.recording(), PlantedRecording.PERSON.getBytes(StandardCharsets.UTF_8));
    }

    public static Written write(byte[] rules) throws Exception {
        CollectingSink sink = new CollectingSink();
        Tally tally = new Redactor(rules(rules)).redact(PlantedRecording.recording(), PlantedRecording.PERSON.getBytes(StandardCharsets.UTF_8), sink);
        return new Written(sink.everything(), tally);
    }
}
