package dev.phreplay.format;

/** How bad a finding is: an error makes a package invalid, a warning does not. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
