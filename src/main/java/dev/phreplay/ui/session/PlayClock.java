package dev.phreplay.ui.session;

/**
 * The player's clock as a frame is drawn: the recording's time (ms since the epoch, as event
 * timestamps), the rate it runs at (the speed, or the faster rate that skips an inactive period),
 * whether it runs, and whether it got here by a seek rather than by running.
 */
public record PlayClock(long time, double rate, boolean running, boolean seeked) {}
