package dev.phreplay.ui.session;

/** One validation finding, as the core reported it: {@code where} names file, entry, line or event. */
public record Finding(Severity severity, String where, String message) {
    public enum Severity { ERROR, WARNING, INFO }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
