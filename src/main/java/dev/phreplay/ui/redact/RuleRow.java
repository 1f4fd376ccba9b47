package dev.phreplay.ui.redact;

/** One line of the preview table. */
public record RuleRow(String rule, String description, long count) {}
