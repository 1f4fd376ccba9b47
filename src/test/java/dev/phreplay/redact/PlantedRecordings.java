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

    public static Tally preview(byte[] rules) throws Exception {
        return new Redactor(rules(rules)).preview(PlantedRecording.recording(), PlantedRecording.PERSON.getBytes(StandardCharsets.UTF_8));
    }

    public static Written write(byte[] rules) throws Exception {
        CollectingSink sink = new CollectingSink();
        Tally tally = new Redactor(rules(rules)).redact(PlantedRecording.recording(), PlantedRecording.PERSON.getBytes(StandardCharsets.UTF_8), sink);
        return new Written(sink.everything(), tally);
    }
}
