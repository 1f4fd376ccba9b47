package dev.phreplay.ui.player;

/** A message over the page; {@code action} (may be null) is offered as a button labelled {@code actionLabel}. */
public record Banner(Level level, String text, String actionLabel, Runnable action) {
    public enum Level { INFO, WARNING, ERROR }

    public static Banner of(Level level, String text) {
        return new Banner(level, text, null, null);
    }
}
